package dev.apistatus.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One operation: a method on a path template, with what it takes and the responses it declares (spec) or
 * produces (code).
 *
 * @param operationId null when none is given
 * @param requestBody null when the operation takes no body
 * @param security    the effective security requirements (scheme names per alternative); an empty alternative
 *                    means anonymous access is allowed
 * @param location    where the operation is written (the method key in a spec, the handler in code)
 */
public record Operation(HttpMethod method, String path, String operationId, List<Parameter> parameters,
                        RequestBody requestBody, List<List<String>> security, List<Response> responses,
                        SourceLocation location) {

    public Operation {
        parameters = List.copyOf(parameters);
        security = List.copyOf(security);
        responses = List.copyOf(responses);
    }

    /** {@code POST /orders}: how messages name an operation. */
    public String describe() {
        return method + " " + path;
    }

    /** The response with this exact code, if declared. */
    public Optional<Response> response(int status) {
        return responses.stream().filter(r -> r.code().code() == status).findFirst();
    }

    /** True when this code is declared exactly or by its range ({@code 4XX}). */
    public boolean declares(int status) {
        return responses.stream().anyMatch(r -> r.code().covers(status));
    }

    /** True when every alternative requires a credential. */
    public boolean requiresAuthentication() {
        return !security.isEmpty() && security.stream().noneMatch(List::isEmpty);
    }

    public boolean hasHeaderParameter(String name) {
        return parameters.stream().anyMatch(p -> p.isHeader(name));
    }
}
