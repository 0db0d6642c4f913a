package dev.apistatus.core.model;

import java.util.List;

/**
 * A handler whose HTTP method and path are declared where the sources do not show them: a controller method that
 * overrides an interface generated from the spec at build time (openapi-generator's {@code interfaceOnly} style,
 * or a {@code *ApiDelegate} implementation in the delegate style), read before the generated sources exist. The
 * spec gives its method and path: the method's name is the operation's {@code operationId}.
 *
 * @param operationId the method's name, which a generator derives from the spec's {@code operationId}
 * @param contracts   the interfaces it may implement that the sources do not hold ({@code OrdersApi})
 * @param unbound     the handler as read: its answers, unknowns, parameters, location and name; its operation's
 *                    method and path are null, so use {@link #bind} before handing it to code that reads them
 */
public record UnmappedHandler(String operationId, List<String> contracts, CodeOperation unbound) {

    public UnmappedHandler {
        contracts = List.copyOf(contracts);
    }

    /** {@code OrderController.getOrder}. */
    public String handler() {
        return unbound.handler();
    }

    public SourceLocation location() {
        return unbound.operation().location();
    }

    /** The handler as an operation at the method and path the spec gives it. */
    public CodeOperation bind(HttpMethod method, String path) {
        Operation o = unbound.operation();
        return new CodeOperation(new Operation(method, path, o.operationId(), o.parameters(), o.requestBody(),
                o.security(), o.responses(), o.location()), unbound.framework(), unbound.handler(), unbound.unknowns(),
                unbound.consumes(), unbound.produces());
    }
}
