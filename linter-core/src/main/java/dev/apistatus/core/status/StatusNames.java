package dev.apistatus.core.status;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The names Java libraries give status codes: Spring's {@code HttpStatus.NOT_FOUND}, JAX-RS's
 * {@code Response.Status.NOT_FOUND}, the Servlet API's {@code HttpServletResponse.SC_NOT_FOUND}, the JDK's
 * {@code HttpURLConnection.HTTP_NOT_FOUND}, Apache HttpCore's {@code HttpStatus.SC_NOT_FOUND}. Most are the
 * registry's reason phrase in upper snake case; the rest are listed here.
 */
public final class StatusNames {

    private static final Map<String, Integer> BY_NAME = new HashMap<>();

    static {
        for (HttpStatus s : StatusRegistry.all()) {
            if (s.isRegistered() && !s.isUnused()) {
                BY_NAME.put(constantName(s.reason()), s.code());
            }
        }
        // Older RFC names and library spellings.
        alias(302, "MOVED_TEMPORARILY");
        alias(413, "PAYLOAD_TOO_LARGE", "REQUEST_ENTITY_TOO_LARGE", "ENTITY_TOO_LARGE");
        alias(414, "REQUEST_URI_TOO_LONG", "URI_TOO_LONG", "REQ_TOO_LONG");
        alias(416, "REQUESTED_RANGE_NOT_SATISFIABLE");
        alias(418, "I_AM_A_TEAPOT");
        alias(422, "UNPROCESSABLE_ENTITY", "UNPROCESSABLE_CONTENT");
        alias(103, "CHECKPOINT");
        alias(419, "INSUFFICIENT_SPACE_ON_RESOURCE");
        alias(420, "METHOD_FAILURE");
        alias(421, "DESTINATION_LOCKED");
        alias(509, "BANDWIDTH_LIMIT_EXCEEDED");
        alias(507, "INSUFFICIENT_STORAGE");
        // java.net.HttpURLConnection's own names (HTTP_ prefix stripped).
        alias(203, "NOT_AUTHORITATIVE");
        alias(206, "PARTIAL");
        alias(300, "MULT_CHOICE");
        alias(301, "MOVED_PERM");
        alias(302, "MOVED_TEMP");
        alias(401, "UNAUTHORIZED");
        alias(403, "FORBIDDEN");
        alias(405, "BAD_METHOD");
        alias(408, "CLIENT_TIMEOUT");
        alias(415, "UNSUPPORTED_TYPE");
        alias(500, "INTERNAL_ERROR", "SERVER_ERROR");
        alias(503, "UNAVAILABLE");
        alias(505, "VERSION");
    }

    private StatusNames() {
    }

    private static void alias(int code, String... names) {
        for (String n : names) {
            BY_NAME.put(n, code);
        }
    }

    /** {@code "Non-Authoritative Information"} gives {@code NON_AUTHORITATIVE_INFORMATION}. */
    static String constantName(String reason) {
        return reason.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /**
     * The code of a constant name, with or without the {@code SC_} (Servlet, Apache) or {@code HTTP_} (JDK)
     * prefix: {@code NOT_FOUND}, {@code SC_NOT_FOUND}, {@code HTTP_NOT_FOUND} all give 404.
     */
    public static OptionalInt code(String constant) {
        Integer exact = BY_NAME.get(constant);
        if (exact != null) {
            return OptionalInt.of(exact);
        }
        String name = constant;
        if (name.startsWith("SC_")) {
            name = name.substring(3);
        } else if (name.startsWith("HTTP_")) {
            name = name.substring(5);
        }
        Integer code = BY_NAME.get(name);
        return code == null ? OptionalInt.empty() : OptionalInt.of(code);
    }
}
