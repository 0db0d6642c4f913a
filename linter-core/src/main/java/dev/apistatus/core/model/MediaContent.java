package dev.apistatus.core.model;

import java.util.List;
import java.util.Locale;

/**
 * A body in one media type.
 *
 * @param schema   the body's schema, or null when the spec gives none
 * @param examples the example bodies written for this media type ({@code example}, the values of
 *                 {@code examples}; Swagger 2.0's response {@code examples} for this media type), as parsed
 *                 (a Jackson node, a map, a string or a number); empty when there are none or they could not be read
 */
public record MediaContent(String mediaType, SchemaShape schema, SourceLocation location, List<Object> examples) {

    public MediaContent {
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /** A body without examples. */
    public MediaContent(String mediaType, SchemaShape schema, SourceLocation location) {
        this(mediaType, schema, location, List.of());
    }

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
