package dev.apistatus.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.model.ApiModel;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.model.ResponseCode;
import dev.apistatus.core.model.ServiceInfo;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.model.SpecDocument;
import dev.apistatus.core.model.SpecVersion;
import dev.apistatus.core.model.UnmappedHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperationMatcherTest {

    private int line = 1;

    private Operation specOp(String file, HttpMethod method, String path, String operationId) {
        return new Operation(method, path, operationId, List.of(), null, List.of(),
                List.of(new Response(ResponseCode.of(200), new SourceLocation(file, line + 1, 9, "/r"), null)),
                new SourceLocation(file, line++, 5, "/paths"));
    }

    private static SpecDocument spec(String file, List<String> servers, Operation... ops) {
        List<SpecDocument.BasePath> bases = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            bases.add(new SpecDocument.BasePath(servers.get(i), new SourceLocation(file, 3 + i, 10, "/servers/" + i + "/url")));
        }
        return new SpecDocument(file, SpecVersion.OPENAPI_3_0, List.of(ops), Map.of(), bases);
    }

    private CodeOperation code(String file, HttpMethod method, String path, String framework) {
        Operation op = new Operation(method, path, "h" + line, List.of(), null, List.of(), List.of(),
                new SourceLocation(file, line++, 17, null));
        return new CodeOperation(op, framework, "C.h" + line, List.of(), List.of(), List.of());
    }

    private CodeOperation code(HttpMethod method, String path) {
        return code("src/main/java/C.java", method, path, "spring-mvc");
    }

    private static ServiceInfo service(List<ServiceInfo.BasePath> bases, List<UnmappedHandler> unmapped,
                                       List<ServiceInfo.RouteGap> gaps, Set<SourceLocation> hidden) {
        return new ServiceInfo(bases, Map.of(), unmapped, gaps, Map.of(), hidden);
    }

    private static ServiceInfo.BasePath base(String path, String property, String module) {
        String dir = module.isEmpty() ? "" : module + "/";
        return new ServiceInfo.BasePath(path, property, module,
                new SourceLocation(dir + "src/main/resources/application.properties", 1, 1, null));
    }

    private static List<String> matched(ContractMatch m) {
        return m.matches().stream().flatMap(x -> x.bindings().stream().map(b -> b.code().operation().describe()
                + " -> " + x.spec().document().file() + " " + x.spec().describe() + (b.route().describe().isEmpty()
                ? "" : " [" + b.route().describe() + "]"))).toList();
    }

    @Test
    void matchesWhateverTheParametersAreCalled() {
        SpecDocument doc = spec("openapi.yaml", List.of(), specOp("openapi.yaml", HttpMethod.GET, "/orders/{orderId}", null),
                specOp("openapi.yaml", HttpMethod.DELETE, "/orders/{orderId}", null));
        CodeOperation get = code(HttpMethod.GET, "/orders/{id:\\d+}/");
        CodeOperation put = code(HttpMethod.PUT, "/orders/{id}");
        ContractMatch m = OperationMatcher.match(new ApiModel(List.of(doc), List.of(get, put)));
        assertThat(matched(m)).containsExactly("GET /orders/{id:\\d+}/ -> openapi.yaml GET /orders/{orderId}");
        assertThat(m.undocumented()).containsExactly(put);
        assertThat(m.unimplemented()).extracting(SpecOperation::describe).containsExactly("DELETE /orders/{orderId}");
    }

    @Test
    void contextPathAndServerUrlAgree() {
        SpecDocument doc = spec("openapi.yaml", List.of("/shop/v1"), specOp("openapi.yaml", HttpMethod.GET, "/orders", null));
        CodeOperation get = code(HttpMethod.GET, "/v1/orders");
        ServiceInfo s = service(List.of(base("/shop", ServiceInfo.BasePath.CONTEXT_PATH, "")), List.of(), List.of(), Set.of());
        ContractMatch m = OperationMatcher.match(new ApiModel(List.of(doc), List.of(get), List.of(), s));
        assertThat(matched(m)).containsExactly("GET /v1/orders -> openapi.yaml GET /orders");
        assertThat(m.servedAt(get)).isEqualTo("/shop/v1/orders");
    }

    @Test
    void contextPathThenServletPath() {
        SpecDocument doc = spec("openapi.yaml", List.of("/app/api"), specOp("openapi.yaml", HttpMethod.GET, "/orders", null));
        CodeOperation get = code(HttpMethod.GET, "/orders");
        ServiceInfo s = service(List.of(base("/api", ServiceInfo.BasePath.SERVLET_PATH, ""),
                base("/app", ServiceInfo.BasePath.CONTEXT_PATH, "")), List.of(), List.of(), Set.of());
        ContractMatch m = OperationMatcher.match(new ApiModel(List.of(doc), List.of(get), List.of(), s));
        assertThat(matched(m)).containsExactly("GET /orders -> openapi.yaml GET /orders");
        assertThat(m.servedAt(get)).isEqualTo("/app/api/orders");
    }

    @Test
    void whenOnlyOneSideNamesItsPrefixTheMatchSaysSo() {
        // the spec's paths already hold the context path, and it names no server
        SpecDocument doc = spec("openapi.yaml", List.of(""), specOp("openapi.yaml", HttpMethod.GET, "/orders", null));
        CodeOperation get = code(HttpMethod.GET, "/orders");
        ServiceInfo s = service(List.of(base("/api", ServiceInfo.BasePath.CONTEXT_PATH, "")), List.of(), List.of(), Set.of());
        ContractMatch m = OperationMatcher.match(new ApiModel(List.of(doc), List.of(get), List.of(), s));
        assertThat(matched(m)).containsExactly("GET /orders -> openapi.yaml GET /orders [matched without "
                + "server.servlet.context-path /api (src/main/resources/application.properties:1)]");
    }

    @Test
    void bothPrefixesDroppedOnlyForASpecNothingElseMet() {
        // a gateway publishes /svc as /api
        SpecDocument doc = spec("openapi.yaml", List.of("/api"), specOp("openapi.yaml", HttpMethod.GET, "/orders", null));
        CodeOperation get = code(HttpMethod.GET, "/orders");
        ServiceInfo s = service(List.of(base("/svc", ServiceInfo.BasePath.CONTEXT_PATH, "")), List.of(), List.of(), Set.of());
        ContractMatch m = OperationMatcher.match(new ApiModel(List.of(doc), List.of(get), List.of(), s));
        assertThat(matched(m)).containsExactly("GET /orders -> openapi.yaml GET /orders [matched without "
                + "server.servlet.context-path /svc (src/main/resources/application.properties:1) and without server URL /api (openapi.yaml:3)]");
    }

    @Test
    void modulesKeepTheirOwnContextPaths() {
        SpecDocument doc = spec("orders/openapi.yaml", List.of("/orders-service"),
                specOp("orders/openapi.yaml", HttpMethod.GET, "/orders", null));
        CodeOperation orders = code("orders/src/main/java/O.java", HttpMethod.GET, "/orders", "spring-mvc");
        CodeOperation billing = code("billing/src/main/java/B.java", HttpMethod.GET, "/orders", "spring-mvc");
        ServiceInfo s = service(List.of(base("/orders-service", ServiceInfo.BasePath.CONTEXT_PATH, "orders"),
                base("/billing-service", ServiceInfo.BasePath.CONTEXT_PATH, "billing")), List.of(), List.of(), Set.of());
        ContractMatch m = OperationMatcher.match(new ApiModel(List.of(doc), List.of(orders, billing), List.of(), s));
        assertThat(m.matches()).hasSize(1);
        assertThat(m.matches().get(0).code()).containsExactly(orders);
        assertThat(m.undocumented()).containsExactly(billing);
        assertThat(m.servedAt(billing)).isEqualTo("/billing-service/orders");
    }

    @Test
    void webfluxBasePathAppliesToWebfluxHandlersOnly() {
        SpecDocument doc = spec("openapi.yaml", List.of("/reactive"), specOp("openapi.yaml", HttpMethod.GET, "/stock", null));
        CodeOperation flux = code("src/main/java/F.java", HttpMethod.GET, "/stock", "spring-webflux");
        ServiceInfo s = service(List.of(base("/reactive", ServiceInfo.BasePath.WEBFLUX_BASE_PATH, "")), List.of(), List.of(), Set.of());
        ContractMatch m = OperationMatcher.match(new ApiModel(List.of(doc), List.of(flux), List.of(), s));
        assertThat(matched(m)).containsExactly("GET /stock -> openapi.yaml GET /stock");
        assertThat(m.servedAt(flux)).isEqualTo("/reactive/stock");
        CodeOperation mvc = code("src/main/java/M.java", HttpMethod.GET, "/stock", "spring-mvc");
        assertThat(OperationMatcher.match(new ApiModel(List.of(doc), List.of(mvc), List.of(), s)).servedAt(mvc)).isEqualTo("/stock");
    }

    @Test
    void severalSpecsEachHandlerToTheSpecThatHoldsItsPath() {
        SpecDocument v1 = spec("openapi-v1.yaml", List.of("/v1"), specOp("openapi-v1.yaml", HttpMethod.GET, "/orders", null));
        SpecDocument v2 = spec("openapi-v2.yaml", List.of("/v2"), specOp("openapi-v2.yaml", HttpMethod.GET, "/orders", null),
                specOp("openapi-v2.yaml", HttpMethod.GET, "/invoices", null));
        CodeOperation a = code(HttpMethod.GET, "/v1/orders");
        CodeOperation b = code(HttpMethod.GET, "/v2/orders");
        ContractMatch m = OperationMatcher.match(new ApiModel(List.of(v1, v2), List.of(a, b)));
        assertThat(matched(m)).containsExactly("GET /v1/orders -> openapi-v1.yaml GET /orders",
                "GET /v2/orders -> openapi-v2.yaml GET /orders");
        assertThat(m.unimplemented()).extracting(SpecOperation::describe).containsExactly("GET /invoices");
        assertThat(m.inScopeFiles()).isEqualTo("openapi-v1.yaml, openapi-v2.yaml");
    }

    @Test
    void aSpecNoHandlerMeetsIsNotHeldAgainstTheCode() {
        SpecDocument other = spec("billing.yaml", List.of(), specOp("billing.yaml", HttpMethod.GET, "/invoices", null));
        CodeOperation a = code(HttpMethod.GET, "/orders");
        ContractMatch m = OperationMatcher.match(new ApiModel(List.of(other), List.of(a)));
        assertThat(m.inScope()).isEmpty();
        assertThat(m.undocumented()).isEmpty();
        assertThat(m.unimplemented()).isEmpty();
    }

    @Test
    void contractFirstHandlersByOperationId() {
        SpecDocument doc = spec("openapi.yaml", List.of(), specOp("openapi.yaml", HttpMethod.GET, "/orders", "list-orders"),
                specOp("openapi.yaml", HttpMethod.GET, "/orders/{orderId}", null),
                specOp("openapi.yaml", HttpMethod.DELETE, "/orders/{orderId}", "delete_order"),
                specOp("openapi.yaml", HttpMethod.POST, "/orders", "createOrder"));
        List<UnmappedHandler> unmapped = new ArrayList<>();
        for (String name : List.of("listOrders", "ordersOrderIdGet", "deleteOrder", "toString")) {
            Operation op = new Operation(null, null, name, List.of(), null, List.of(), List.of(),
                    new SourceLocation("src/main/java/OrdersController.java", line++, 5, null));
            unmapped.add(new UnmappedHandler(name, List.of("OrdersApi"),
                    new CodeOperation(op, "spring-mvc", "OrdersController." + name, List.of(), List.of(), List.of())));
        }
        ServiceInfo s = service(List.of(), unmapped, List.of(), Set.of());
        ContractMatch m = OperationMatcher.match(new ApiModel(List.of(doc), List.of(), List.of(), s));
        assertThat(m.matches()).extracting(x -> x.spec().describe() + " <- " + x.code().get(0).handler() + " "
                + x.code().get(0).operation().describe()).containsExactly(
                "GET /orders <- OrdersController.listOrders GET /orders",
                "GET /orders/{orderId} <- OrdersController.ordersOrderIdGet GET /orders/{orderId}",
                "DELETE /orders/{orderId} <- OrdersController.deleteOrder DELETE /orders/{orderId}");
        assertThat(m.unimplemented()).extracting(SpecOperation::describe).containsExactly("POST /orders");
        assertThat(m.matches().get(0).bindings().get(0).route().byOperationId()).isTrue();
    }

    @Test
    void whatMayServeAnOperationKeepsItFromBeingUnimplemented() {
        SpecDocument doc = spec("openapi.yaml", List.of(),
                specOp("openapi.yaml", HttpMethod.GET, "/orders", null),
                specOp("openapi.yaml", HttpMethod.HEAD, "/orders", null),
                specOp("openapi.yaml", HttpMethod.OPTIONS, "/orders", null),
                specOp("openapi.yaml", HttpMethod.GET, "/orders/search", null),
                specOp("openapi.yaml", HttpMethod.GET, "/files/a/b", null),
                specOp("openapi.yaml", HttpMethod.GET, "/customers/{id}", null),
                specOp("openapi.yaml", HttpMethod.POST, "/legacy", null),
                specOp("openapi.yaml", HttpMethod.PUT, "/legacy", null),
                specOp("openapi.yaml", HttpMethod.GET, "/missing", null));
        List<CodeOperation> code = List.of(code(HttpMethod.GET, "/orders"), code(HttpMethod.GET, "/orders/{id}"),
                code(HttpMethod.GET, "/files/**"));
        List<ServiceInfo.RouteGap> gaps = List.of(
                new ServiceInfo.RouteGap("/customers", true, Set.of(), new SourceLocation("src/main/java/Cu.java", 3, 1, null), "inherited"),
                new ServiceInfo.RouteGap("/legacy", false, Set.of(HttpMethod.POST), new SourceLocation("src/main/java/L.java", 3, 1, null), "no method"));
        ContractMatch m = OperationMatcher.match(new ApiModel(List.of(doc), code, List.of(), service(List.of(), List.of(), gaps, Set.of())));
        assertThat(m.unimplemented()).extracting(SpecOperation::describe).containsExactly("PUT /legacy", "GET /missing");
        assertThat(m.undocumented()).extracting(c -> c.operation().describe()).containsExactly("GET /orders/{id}");
    }

    @Test
    void hiddenHandlersAreNotUndocumented() {
        SpecDocument doc = spec("openapi.yaml", List.of(), specOp("openapi.yaml", HttpMethod.GET, "/orders", null));
        CodeOperation a = code(HttpMethod.GET, "/orders");
        CodeOperation hidden = code(HttpMethod.POST, "/orders/reindex");
        CodeOperation head = code(HttpMethod.HEAD, "/orders/{id}");
        ServiceInfo s = service(List.of(), List.of(), List.of(), Set.of(hidden.operation().location()));
        ContractMatch m = OperationMatcher.match(new ApiModel(List.of(doc), List.of(a, hidden, head), List.of(), s));
        assertThat(m.undocumented()).isEmpty();
    }

    @Test
    void placeholdersInMappingsResolveFromTheConfiguration() {
        SpecDocument doc = spec("openapi.yaml", List.of("/v2"), specOp("openapi.yaml", HttpMethod.GET, "/pets", null));
        CodeOperation a = code(HttpMethod.GET, "${openapi.petstore.base-path:/v2}/pets");
        ContractMatch m = OperationMatcher.match(new ApiModel(List.of(doc), List.of(a)));
        assertThat(m.matches()).hasSize(1);
        CodeOperation unresolved = code(HttpMethod.GET, "${nowhere}/pets");
        ContractMatch u = OperationMatcher.match(new ApiModel(List.of(doc), List.of(a, unresolved)));
        assertThat(u.undocumented()).isEmpty();
    }
}
