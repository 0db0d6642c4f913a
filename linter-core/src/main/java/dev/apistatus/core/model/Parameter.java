package dev.apistatus.core.model;

/**
 * An operation parameter.
 *
 * @param in {@code path}, {@code query}, {@code header}, {@code cookie} (or Swagger 2.0's {@code formData})
 */
public record Parameter(String name, String in, boolean required, SourceLocation location) {

    public boolean isHeader(String headerName) {
        return "header".equalsIgnoreCase(in) && name.equalsIgnoreCase(headerName);
    }
}
