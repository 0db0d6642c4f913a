package dev.apistatus.core.model;

import java.util.Locale;

/**
 * A body in one media type.
 *
 * @param schema the body's schema, or null when the spec gives none
 */
public record MediaContent(String mediaType, SchemaShape schema, SourceLocation location) {

    /** The media type without parameters, lower case: {@code application/problem+json; charset=utf-8} gives {@code application/problem+json}. */
    public String essence() {
        int semi = mediaType.indexOf(';');
        return (semi < 0 ? mediaType : mediaType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** {@code application/problem+json} or {@code application/problem+xml} (RFC 9457 §3, §8). */
    public boolean isProblemDetails() {
        String e = essence();
        return e.equals("application/problem+json") || e.equals("application/problem+xml");
    }
}
