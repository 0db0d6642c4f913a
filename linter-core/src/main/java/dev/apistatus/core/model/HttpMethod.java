package dev.apistatus.core.model;

import java.util.Locale;
import java.util.Optional;

/** The HTTP methods an OpenAPI path item or a handler can serve, in the order OpenAPI lists them. */
public enum HttpMethod {
    GET, PUT, POST, DELETE, OPTIONS, HEAD, PATCH, TRACE;

    /** Safe methods (RFC 9110 §9.2.1). */
    public boolean isSafe() {
        return this == GET || this == HEAD || this == OPTIONS || this == TRACE;
    }

    /** Idempotent methods (RFC 9110 §9.2.2). */
    public boolean isIdempotent() {
        return this != POST && this != PATCH;
    }

    public static Optional<HttpMethod> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
