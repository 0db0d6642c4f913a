package dev.apistatus.core.code.client;

import dev.apistatus.core.model.StatusSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The response statuses that client libraries' exceptions stand for: retrying {@code HttpClientErrorException}
 * retries 4xx responses, because {@code RestTemplate} throws it for every 4xx.
 */
final class ExceptionStatuses {

    /** Exceptions that classify nothing: catching or retrying them means every exception. */
    static final Set<String> CATCH_ALL = Set.of("Exception", "Throwable", "RuntimeException");

    private static final StatusSet ERRORS = StatusSet.range(400, 599);

    /** By simple name, or {@code Outer.Inner} for the nested per-status classes. */
    private static final Map<String, StatusSet> TABLE = Map.ofEntries(
            // Spring RestTemplate / RestClient: RestClientException is the parent of the 4xx/5xx exceptions
            Map.entry("RestClientException", ERRORS),
            Map.entry("ResourceAccessException", StatusSet.NONE),
            Map.entry("RestClientResponseException", ERRORS),
            Map.entry("HttpStatusCodeException", ERRORS),
            Map.entry("UnknownHttpStatusCodeException", StatusSet.NONE),
            Map.entry("HttpClientErrorException", StatusSet.series(4)),
            Map.entry("HttpServerErrorException", StatusSet.series(5)),
            // Spring WebClient
            Map.entry("WebClientException", ERRORS),
            Map.entry("WebClientRequestException", StatusSet.NONE),
            Map.entry("WebClientResponseException", ERRORS),
            // Feign
            Map.entry("FeignException", ERRORS),
            Map.entry("FeignClientException", StatusSet.series(4)),
            Map.entry("FeignServerException", StatusSet.series(5)),
            // JAX-RS / MicroProfile REST Client
            Map.entry("WebApplicationException", ERRORS),
            Map.entry("ClientErrorException", StatusSet.series(4)),
            Map.entry("ServerErrorException", StatusSet.series(5)),
            Map.entry("BadRequestException", StatusSet.of(400)),
            Map.entry("NotAuthorizedException", StatusSet.of(401)),
            Map.entry("ForbiddenException", StatusSet.of(403)),
            Map.entry("NotFoundException", StatusSet.of(404)),
            Map.entry("NotAllowedException", StatusSet.of(405)),
            Map.entry("NotAcceptableException", StatusSet.of(406)),
            Map.entry("NotSupportedException", StatusSet.of(415)),
            Map.entry("InternalServerErrorException", StatusSet.of(500)),
            Map.entry("ServiceUnavailableException", StatusSet.of(503)),
            // Apache HttpClient 5 / 4 fluent
            Map.entry("HttpResponseException", ERRORS));

    /** Spring's per-status subclasses: HttpClientErrorException.NotFound, WebClientResponseException.TooManyRequests. */
    private static final Map<String, Integer> NESTED = Map.ofEntries(
            Map.entry("BadRequest", 400), Map.entry("Unauthorized", 401), Map.entry("Forbidden", 403),
            Map.entry("NotFound", 404), Map.entry("MethodNotAllowed", 405), Map.entry("NotAcceptable", 406),
            Map.entry("Conflict", 409), Map.entry("Gone", 410), Map.entry("UnsupportedMediaType", 415),
            Map.entry("UnprocessableEntity", 422), Map.entry("UnprocessableContent", 422),
            Map.entry("TooManyRequests", 429), Map.entry("InternalServerError", 500), Map.entry("NotImplemented", 501),
            Map.entry("BadGateway", 502), Map.entry("ServiceUnavailable", 503), Map.entry("GatewayTimeout", 504));

    private static final Set<String> NESTED_OWNERS = Set.of("HttpClientErrorException", "HttpServerErrorException",
            "WebClientResponseException", "FeignException");

    private ExceptionStatuses() {
    }

    /**
     * The statuses an exception type stands for; empty when the type says nothing about statuses (an I/O error, a
     * project exception) and {@code StatusSet.NONE}-valued for types known to carry none.
     *
     * @param type as written: {@code HttpClientErrorException}, {@code HttpClientErrorException.NotFound},
     *             {@code WebClientResponseException.TooManyRequests}, or a nested name used alone
     */
    static Optional<StatusSet> of(String type) {
        String t = type.replace(".class", "").trim();
        int generic = t.indexOf('<');
        if (generic >= 0) {
            t = t.substring(0, generic);
        }
        String[] parts = t.split("\\.");
        String last = parts[parts.length - 1];
        if (parts.length >= 2 && NESTED_OWNERS.contains(parts[parts.length - 2]) && NESTED.containsKey(last)) {
            return Optional.of(StatusSet.of(NESTED.get(last)));
        }
        if (TABLE.containsKey(last)) {
            return Optional.of(TABLE.get(last));
        }
        if (parts.length == 1 && NESTED.containsKey(last)) {
            // imported nested class: import ...HttpClientErrorException.NotFound
            return Optional.of(StatusSet.of(NESTED.get(last)));
        }
        return Optional.empty();
    }

    static boolean isCatchAll(String type) {
        return CATCH_ALL.contains(TypeNames.simple(type));
    }

    /** Simple-name helpers. */
    static final class TypeNames {
        private TypeNames() {
        }

        static String simple(String type) {
            String t = type.replace(".class", "").trim();
            int generic = t.indexOf('<');
            if (generic >= 0) {
                t = t.substring(0, generic);
            }
            return t.contains(".") ? t.substring(t.lastIndexOf('.') + 1) : t;
        }
    }
}
