package dev.apistatus.core.code.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import dev.apistatus.core.code.CodeReader;
import dev.apistatus.core.code.Expressions;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.Evidence;
import dev.apistatus.core.model.Response;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JaxRsReaderTest {

    static final Path CODE = Path.of("src/test/resources/code");
    static final Map<String, CodeReader.Result> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void read() {
        for (String name : List.of("jaxrs-shop", "javax-inventory", "jaxrs-mappers", "spring-shop")) {
            Path dir = CODE.resolve(name);
            RESULTS.put(name, CodeReader.read(dir, List.of(dir.resolve("src/main/java")), ParserConfiguration.LanguageLevel.JAVA_17));
        }
    }

    private static CodeOperation op(String project, String describe) {
        List<CodeOperation> ops = RESULTS.get(project).operations();
        return ops.stream().filter(o -> o.operation().describe().equals(describe)).findFirst()
                .orElseThrow(() -> new AssertionError(describe + " not among " + ops.stream().map(o -> o.operation().describe()).toList()));
    }

    /** {@code 201@34:BUILDER} for each response, framework defaults left out. */
    private static String statuses(CodeOperation op) {
        return op.operation().responses().stream().filter(r -> !r.evidence().isFrameworkDefault())
                .map(r -> r.code().code() + "@" + r.location().line() + ":" + r.evidence().kind())
                .collect(Collectors.joining(" "));
    }

    /** The statuses of the framework defaults, each once, in order. */
    private static String defaults(CodeOperation op) {
        return op.operation().responses().stream().filter(r -> r.evidence().isFrameworkDefault())
                .map(r -> Integer.toString(r.code().code())).distinct().collect(Collectors.joining(" "));
    }

    private static Response response(CodeOperation op, int status, Evidence.Kind kind) {
        return op.operation().responses().stream().filter(r -> r.code().code() == status && r.evidence().kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError(status + " " + kind + " not in " + statuses(op)));
    }

    private static List<String> headers(Response r) {
        return List.copyOf(r.declaration().headers().keySet());
    }

    private static List<String> media(Response r) {
        return r.declaration().content().stream().map(c -> c.mediaType()).toList();
    }

    @Nested
    class JakartaShop {

        static final String SHOP = "jaxrs-shop";

        CodeOperation op(String describe) {
            return JaxRsReaderTest.op(SHOP, describe);
        }

        @Test
        void findsEveryResourceMethodWithApplicationClassAndMethodPathsJoined() {
            assertThat(RESULTS.get(SHOP).problems()).isEmpty();
            assertThat(RESULTS.get(SHOP).operations()).extracting(o -> o.operation().describe()).containsExactly(
                    // the sub-resource served through OrderResource.items ({id}/items)
                    "GET /api/orders/{id}/items", "GET /api/orders/{id}/items/{itemId}",
                    "GET /api/orders", "GET /api/orders/{id: [0-9]+}", "POST /api/orders", "PUT /api/orders/{id}",
                    "DELETE /api/orders/{id}", "POST /api/orders/{id}/cancel", "GET /api/orders/{id}/invoice",
                    "GET /api/orders/{id}/lookup", "PATCH /api/orders/{id}", "POST /api/orders/{id}/ship",
                    "GET /api/orders/{id}/legacy", "GET /api/orders/{id}/etag", "POST /api/orders/maintenance",
                    "GET /api/orders/broken", "GET /api/orders/search", "POST /api/orders/{id}/reserve",
                    "GET /api/orders/{id}/async",
                    "POST /api/reports", "GET /api/reports/{id}", "GET /api/reports/{id}/status", "DELETE /api/reports/{id}",
                    "GET /api/reports/{id}/archive");
            CodeOperation list = op("GET /api/orders");
            assertThat(list.framework()).isEqualTo("jax-rs");
            assertThat(list.handler()).isEqualTo("OrderResource.list");
            assertThat(list.operation().location().toString()).isEqualTo("src/main/java/com/example/jshop/api/OrderResource.java:29:24");
            assertThat(list.produces()).containsExactly("application/json");
            assertThat(list.consumes()).containsExactly("application/json");
            assertThat(op("GET /api/orders/{id}/invoice").produces()).containsExactly("application/pdf");
            assertThat(op("GET /api/orders/{id}/items/{itemId}").handler()).isEqualTo("ItemsResource.item");
        }

        @Test
        void parametersAndTheEntityBecomeTheOperationsRequest() {
            assertThat(op("GET /api/orders/{id}/etag").operation().parameters())
                    .extracting(p -> p.in() + ":" + p.name() + ":" + p.required())
                    .containsExactly("path:id:true", "header:If-None-Match:false");
            assertThat(op("POST /api/orders").operation().requestBody()).isNotNull();
            assertThat(op("POST /api/orders").operation().requestBody().location().line()).isEqualTo(40);
            assertThat(op("GET /api/orders").operation().requestBody()).isNull();
            // the locator's path parameter reaches the sub-resource's operations
            assertThat(op("GET /api/orders/{id}/items/{itemId}").operation().parameters()).extracting(p -> p.name())
                    .containsExactly("id", "itemId");
        }

        @Test
        void aPlainEntityIs200AndANullEntity204() {
            assertThat(statuses(op("GET /api/orders"))).isEqualTo("200@29:RETURN");
            CodeOperation lookup = op("GET /api/orders/{id}/lookup");
            assertThat(statuses(lookup)).isEqualTo("200@82:RETURN 204@83:RETURN");
            assertThat(lookup.operation().response(204).orElseThrow().declaration().hasBody()).isFalse();
            assertThat(lookup.operation().response(200).orElseThrow().declaration().hasBody()).isTrue();
        }

        @Test
        void aVoidResourceMethodIs204() {
            CodeOperation update = op("PUT /api/orders/{id}");
            assertThat(statuses(update)).isEqualTo("204@47:RETURN 404@48:EXCEPTION");
            assertThat(update.operation().response(204).orElseThrow().evidence().detail()).isEqualTo("void resource method: 204 No Content");
        }

        @Test
        void responseBuildersGiveTheirStatusHeadersAndEntity() {
            Response created = op("POST /api/orders").operation().response(201).orElseThrow();
            assertThat(created.evidence().kind()).isEqualTo(Evidence.Kind.BUILDER);
            assertThat(created.location().line()).isEqualTo(42);
            assertThat(headers(created)).containsExactly("Location");
            assertThat(created.declaration().hasBody()).isTrue();

            assertThat(statuses(op("DELETE /api/orders/{id}"))).isEqualTo("204@58:BUILDER 404@55:BUILDER");
            assertThat(op("DELETE /api/orders/{id}").operation().response(204).orElseThrow().declaration().hasBody()).isFalse();
            assertThat(statuses(op("POST /api/orders/{id}/cancel"))).isEqualTo("200@66:BUILDER 409@68:BUILDER");
            assertThat(statuses(op("GET /api/orders/broken"))).isEqualTo("500@125:BUILDER");

            CodeOperation etag = op("GET /api/orders/{id}/etag");
            assertThat(statuses(etag)).isEqualTo("200@113:BUILDER 304@111:BUILDER");
            assertThat(headers(etag.operation().response(200).orElseThrow())).containsExactly("ETag");
            assertThat(etag.operation().response(200).orElseThrow().evidence().detail()).isEqualTo("Response.ok(...).status(Response.Status.OK)");
        }

        @Test
        void redirectsCarryTheirLocation() {
            Response seeOther = op("POST /api/orders/{id}/ship").operation().response(303).orElseThrow();
            assertThat(headers(seeOther)).containsExactly("Location");
            Response temporary = op("GET /api/orders/{id}/legacy").operation().response(307).orElseThrow();
            assertThat(headers(temporary)).containsExactly("Location");
            assertThat(temporary.location().line()).isEqualTo(104);
        }

        @Test
        void aBuilderHeldInALocalKeepsTheHeadersSetOnIt() {
            Response accepted = op("PATCH /api/orders/{id}").operation().response(202).orElseThrow();
            assertThat(accepted.location().line()).isEqualTo(89);
            assertThat(headers(accepted)).containsExactly("Location");
        }

        @Test
        void aResponseFromAProjectHelperTakesTheStatusTheCallerPasses() {
            CodeOperation search = op("GET /api/orders/search");
            // the status is decided by the argument: the evidence is the call in the resource method
            assertThat(statuses(search)).isEqualTo("400@132:BUILDER 429@134:BUILDER");
            Response bad = search.operation().response(400).orElseThrow();
            assertThat(bad.evidence().detail()).isEqualTo("Problems.badRequest(...): Response.status(status)");
            assertThat(media(bad)).containsExactly("application/problem+json");
            assertThat(search.isComplete()).isTrue();
        }

        @Test
        void aStatusComputedAtRunTimeIsUnknown() {
            CodeOperation invoice = op("GET /api/orders/{id}/invoice");
            assertThat(statuses(invoice)).isEmpty();
            assertThat(invoice.isComplete()).isFalse();
            assertThat(invoice.unknowns()).extracting(u -> u.location().line()).containsExactly(77);
        }

        @Test
        void exceptionsFromCalledMethodsEndInTheClosestMapper() {
            CodeOperation get = op("GET /api/orders/{id: [0-9]+}");
            assertThat(statuses(get)).isEqualTo("200@35:RETURN 404@36:EXCEPTION");
            Response notFound = response(get, 404, Evidence.Kind.EXCEPTION);
            assertThat(notFound.evidence().detail())
                    .isEqualTo("throws OrderNotFoundException (from OrderServiceImpl.find), answered by OrderNotFoundMapper.toResponse (404)");
            assertThat(media(notFound)).containsExactly("application/problem+json");
        }

        @Test
        void aWebApplicationExceptionMapperReadsTheExceptionsOwnResponse() {
            // WebAppMapper: Response.fromResponse(e.getResponse()): the status and Retry-After of the exception
            Response unavailable = op("POST /api/orders/maintenance").operation().response(503).orElseThrow();
            assertThat(unavailable.location().line()).isEqualTo(119);
            assertThat(unavailable.evidence().detail()).isEqualTo("throws ServiceUnavailableException, answered by WebAppMapper.toResponse (503)");
            assertThat(headers(unavailable)).containsExactly("Retry-After");
            assertThat(statuses(op("GET /api/orders/{id}/items/{itemId}"))).isEqualTo("200@27:RETURN 404@29:EXCEPTION");
        }

        @Test
        void aMapperReadingAnAccessorOfTheExceptionGetsTheStatusTheCreationPassed() {
            CodeOperation reserve = op("POST /api/orders/{id}/reserve");
            // ApiExceptionMapper: Response.status(e.getStatus()); new ApiException(402, ...), OutOfStockException: super(409, ...)
            assertThat(statuses(reserve)).isEqualTo("402@141:EXCEPTION 409@143:EXCEPTION");
            assertThat(reserve.isComplete()).isTrue();
        }

        @Test
        void aMapperReturningNullAnswers204AndSaysSo() {
            CodeOperation ship = op("POST /api/orders/{id}/ship");
            assertThat(statuses(ship)).isEqualTo("204@97:EXCEPTION 303@98:BUILDER");
            assertThat(ship.operation().response(204).orElseThrow().evidence().detail())
                    .isEqualTo("throws ShipmentDelayedException (from OrderServiceImpl.ship), answered by QuietMapper.toResponse, which returns null (204)");
        }

        @Test
        void anAsyncResponseAnswersWhatItIsResumedWith() {
            CodeOperation async = op("GET /api/orders/{id}/async");
            assertThat(statuses(async)).isEqualTo("200@149:BUILDER 404@150:EXCEPTION");
            assertThat(async.operation().responses()).noneMatch(r -> r.code().code() == 204);
        }

        @Test
        void frameworkDefaultsGoThroughTheMappers() {
            CodeOperation get = op("GET /api/orders/{id: [0-9]+}");
            // a long path parameter that does not convert: 404 (the specification's choice); @Produces: 406;
            // @Consumes: 415; anything uncaught: 500 through FallbackMapper (ExceptionMapper<Throwable>)
            assertThat(defaults(get)).isEqualTo("404 406 415 500");
            Response conversion = response(get, 404, Evidence.Kind.FRAMEWORK);
            assertThat(conversion.evidence().detail()).isEqualTo(
                    "JAX-RS raises NotFoundException (path parameter id is not a valid long), answered by WebAppMapper.toResponse (404)");
            assertThat(response(get, 500, Evidence.Kind.FRAMEWORK).evidence().detail())
                    .isEqualTo("JAX-RS raises RuntimeException (an uncaught exception), answered by FallbackMapper.toResponse (500)");
            assertThat(response(get, 500, Evidence.Kind.FRAMEWORK).location().line()).isEqualTo(35);

            // @Valid entity: unreadable JSON 400 (the runtime's own mapper), Bean Validation through ValidationMapper
            // (an ExceptionMapper without @Provider, registered in code): 422
            CodeOperation create = op("POST /api/orders");
            assertThat(defaults(create)).isEqualTo("400 406 415 422 500");
            assertThat(response(create, 422, Evidence.Kind.FRAMEWORK).evidence().detail())
                    .isEqualTo("JAX-RS raises ConstraintViolationException (Bean Validation fails), answered by ValidationMapper.toResponse (422)");

            // a String path parameter converts always; no @Produces on the sub-resource: no 406
            assertThat(defaults(op("GET /api/orders/{id}/legacy"))).isEqualTo("406 415 500");
            // the locator's long parameter: 404 at the locator
            Response locator = response(op("GET /api/orders/{id}/items"), 404, Evidence.Kind.FRAMEWORK);
            assertThat(locator.location().toString()).startsWith("src/main/java/com/example/jshop/api/OrderResource.java:154");
            assertThat(defaults(op("GET /api/orders/{id}/items"))).isEqualTo("404 500");
        }

        @Test
        void quarkusRestResponseStatusAnnotationAndServerExceptionMappers() {
            CodeOperation create = op("POST /api/reports");
            assertThat(statuses(create)).isEqualTo("201@20:ANNOTATION");
            assertThat(headers(create.operation().response(201).orElseThrow())).containsExactly("Location");
            assertThat(defaults(create)).isEqualTo("400 415 500");

            CodeOperation get = op("GET /api/reports/{id}");
            // IllegalArgumentException: the global @ServerExceptionMapper of GlobalMappers
            assertThat(statuses(get)).isEqualTo("200@35:BUILDER 400@30:EXCEPTION 404@33:BUILDER");
            assertThat(get.operation().response(200).orElseThrow().evidence().detail()).isEqualTo("RestResponse.ok(...)");
            assertThat(response(get, 400, Evidence.Kind.EXCEPTION).evidence().detail())
                    .isEqualTo("throws IllegalArgumentException, answered by GlobalMappers.badArgument (400)");
            // an unannotated parameter named after a template variable is a path parameter in Quarkus REST
            assertThat(get.operation().parameters()).extracting(p -> p.in() + ":" + p.name()).containsExactly("path:id");
            assertThat(get.operation().requestBody()).isNull();

            CodeOperation status = op("GET /api/reports/{id}/status");
            assertThat(statuses(status)).isEqualTo("202@41:BUILDER");
            assertThat(status.operation().response(202).orElseThrow().declaration().hasBody()).isTrue();
            assertThat(status.operation().parameters()).extracting(p -> p.in() + ":" + p.name()).containsExactly("path:id", "query:verbose");

            // Uni<Void>: 204; a Uni failure answered by the resource's own @ServerExceptionMapper
            CodeOperation delete = op("DELETE /api/reports/{id}");
            assertThat(statuses(delete)).isEqualTo("204@46:RETURN 409@48:EXCEPTION");
            assertThat(response(delete, 409, Evidence.Kind.EXCEPTION).evidence().detail())
                    .isEqualTo("throws ReportLockedException, answered by ReportResource.locked (409)");

            Response gone = op("GET /api/reports/{id}/archive").operation().response(410).orElseThrow();
            assertThat(gone.evidence().kind()).isEqualTo(Evidence.Kind.BUILDER);
            assertThat(headers(gone)).containsExactly("Retry-After");
        }
    }

    @Nested
    class JavaxInventory {

        static final String INVENTORY = "javax-inventory";

        CodeOperation op(String describe) {
            return JaxRsReaderTest.op(INVENTORY, describe);
        }

        @Test
        void aContractInterfaceCarriesThePathsAndTheImplementationTheAnswers() {
            assertThat(RESULTS.get(INVENTORY).problems()).isEmpty();
            // RemoteCatalog (@RegisterRestClient) is a client, not a resource
            assertThat(RESULTS.get(INVENTORY).operations()).extracting(o -> o.operation().describe()).containsExactly(
                    "GET /inventory", "GET /inventory/{sku}", "DELETE /inventory/{sku}",
                    "GET /shelves/{shelf}", "GET /stock/{sku}", "POST /stock", "POST /stock/{sku}/recount", "GET /stock/{sku}/raw");
            CodeOperation get = op("GET /inventory/{sku}");
            assertThat(get.handler()).isEqualTo("InventoryResource.get");
            assertThat(get.operation().location().toString()).isEqualTo("src/main/java/com/example/inventory/InventoryResource.java:25:21");
            assertThat(get.produces()).containsExactly("application/json");
            assertThat(get.operation().parameters()).extracting(p -> p.in() + ":" + p.name()).containsExactly("path:sku");
            assertThat(statuses(op("DELETE /inventory/{sku}"))).isEqualTo("204@47:RETURN 404@49:EXCEPTION");
        }

        @Test
        void webApplicationExceptionsWithoutAMapperSendTheirOwnStatus() {
            CodeOperation get = op("GET /inventory/{sku}");
            assertThat(statuses(get)).isEqualTo("200@41:BUILDER 400@27:EXCEPTION 401@31:EXCEPTION 403@32:EXCEPTION "
                    + "405@30:EXCEPTION 406@33:EXCEPTION 409@29:EXCEPTION 409@36:EXCEPTION 410@28:EXCEPTION 415@34:EXCEPTION "
                    + "422@37:EXCEPTION 500@35:EXCEPTION 500@39:EXCEPTION 503@38:EXCEPTION");
            assertThat(get.isComplete()).isTrue();
            assertThat(headers(response(get, 405, Evidence.Kind.EXCEPTION))).containsExactly("Allow");
            assertThat(headers(response(get, 401, Evidence.Kind.EXCEPTION))).containsExactly("WWW-Authenticate");
            assertThat(headers(response(get, 503, Evidence.Kind.EXCEPTION))).isEmpty(); // new ServiceUnavailableException()
            assertThat(response(get, 410, Evidence.Kind.EXCEPTION).evidence().detail()).isEqualTo("throws WebApplicationException (410)");
            // a project subclass passing its status to super(...)
            assertThat(get.operation().responses()).filteredOn(r -> r.location().line() == 36).singleElement()
                    .satisfies(r -> assertThat(r.evidence().detail()).isEqualTo("throws ReservedException (409)"));
            // built around a response with an entity: sent as it is
            Response odd = response(get, 422, Evidence.Kind.EXCEPTION);
            assertThat(odd.evidence().detail()).isEqualTo("throws WebApplicationException with its own response (422)");
            assertThat(odd.declaration().hasBody()).isTrue();
            // no mapper at all: a plain runtime exception is the container's 500
            assertThat(response(get, 500, Evidence.Kind.FRAMEWORK).evidence().detail())
                    .isEqualTo("JAX-RS raises RuntimeException (an uncaught exception), which no exception mapper handles (500)");
        }

        @Test
        void beanParamsAndFormParamsConvertWithTheSpecificationsStatuses() {
            CodeOperation list = op("GET /inventory");
            assertThat(defaults(list)).isEqualTo("404 406 500"); // @QueryParam int page in Paging: 404
            assertThat(response(list, 404, Evidence.Kind.FRAMEWORK).evidence().detail())
                    .isEqualTo("JAX-RS raises NotFoundException (query parameter page is not a valid int) (404)");
            CodeOperation add = op("POST /stock");
            assertThat(statuses(add)).isEqualTo("201@35:BUILDER");
            assertThat(defaults(add)).isEqualTo("400 415 500"); // @FormParam int qty: 400
            assertThat(add.consumes()).containsExactly("application/x-www-form-urlencoded");
        }

        @Test
        void staticImportsStatusLookupsConstantsLocalsAndObjectReturns() {
            assertThat(statuses(op("GET /stock/{sku}"))).isEqualTo("200@29:BUILDER 409@24:BUILDER 423@27:BUILDER");
            assertThat(statuses(op("POST /stock/{sku}/recount"))).isEqualTo("202@41:BUILDER");
            // an Object return: a Response where it is built, an entity (200) where one is returned
            assertThat(statuses(op("GET /stock/{sku}/raw"))).isEqualTo("200@51:RETURN 400@49:BUILDER");
            assertThat(defaults(op("GET /stock/{sku}"))).isEqualTo("500");
        }

        @Test
        void staticallyImportedLibraryConstantsAndDropwizardParameterWrappers() {
            CodeOperation moved = op("GET /shelves/{shelf}");
            // import static ...MediaType.APPLICATION_JSON / ...HttpHeaders.LOCATION
            assertThat(moved.produces()).containsExactly("application/json");
            assertThat(headers(moved.operation().response(302).orElseThrow())).containsExactly("Location");
            // LongParam answers 400 itself where the specification's conversion would be 404
            assertThat(defaults(moved)).isEqualTo("400 406 500");
        }
    }

    @Nested
    class Mappers {

        CodeOperation op(String describe) {
            return JaxRsReaderTest.op("jaxrs-mappers", describe);
        }

        @Test
        void aCatchAllMapperAnswersEachExceptionByTheBranchItsInstanceofTestsLeadTo() {
            CodeOperation get = op("GET /things/{id}");
            assertThat(statuses(get)).isEqualTo("200@15:RETURN 404@20:EXCEPTION 409@17:EXCEPTION 409@23:EXCEPTION 451@26:EXCEPTION");
            // IllegalStateException: the instanceof IllegalStateException branch only
            assertThat(get.operation().responses()).filteredOn(r -> r.location().line() == 17).extracting(r -> r.code().code())
                    .containsExactly(409);
            // NotFoundException: int code = 500; if (e instanceof WebApplicationException) code = ...getResponse().getStatus()
            assertThat(get.operation().responses()).filteredOn(r -> r.location().line() == 20).extracting(r -> r.code().code())
                    .containsExactly(404);
            // a generic mapper base, bound by the subclass's type argument: closer than the catch-all
            assertThat(response(get, 409, Evidence.Kind.EXCEPTION).evidence().detail())
                    .isEqualTo("throws IllegalStateException, answered by CatchAll.toResponse (409)");
            assertThat(get.operation().responses()).filteredOn(r -> r.location().line() == 23).singleElement()
                    .satisfies(r -> assertThat(r.evidence().detail()).isEqualTo("throws ThingConflict, answered by ThingConflictMapper.toResponse (409)"));
            // a WebApplicationException with an entity is not mapped
            assertThat(response(get, 451, Evidence.Kind.EXCEPTION).evidence().detail())
                    .isEqualTo("throws WebApplicationException with its own response (451)");
            // the uncaught default falls through both instanceof tests
            assertThat(defaults(get)).isEqualTo("500");
            assertThat(get.isComplete()).isTrue();
        }

        @Test
        void aPatternVariableOfTheExceptionAndAnEarlyReturnSelectTheBranch() {
            CodeOperation gadget = op("GET /things/{id}/gadget");
            // GadgetMapper: if (e instanceof GadgetGone gone) return gone.getResponse(); else 400
            assertThat(statuses(gadget)).isEqualTo("400@43:EXCEPTION 410@41:EXCEPTION");
            assertThat(gadget.isComplete()).isTrue();
        }

        @Test
        void aMethodThatOnlyThrowsHasNoEntityAnswerAndARunTimeStatusIsUnknown() {
            CodeOperation odd = op("GET /things/{id}/odd");
            assertThat(statuses(odd)).isEmpty();
            assertThat(odd.isComplete()).isFalse();
            assertThat(odd.unknowns()).extracting(u -> u.location().line() + " " + u.what())
                    .containsExactly("34 where WebApplicationException ends cannot be told");
        }
    }

    @Test
    void aSpringProjectHasNoJaxRsOperations() {
        assertThat(RESULTS.get("spring-shop").operations()).extracting(CodeOperation::framework).containsOnly("spring-mvc");
    }

    @Test
    void everyJaxRsStatusConstantIsKnown() {
        Map<String, Integer> constants = new LinkedHashMap<>();
        String[] names = {"OK", "CREATED", "ACCEPTED", "NO_CONTENT", "RESET_CONTENT", "PARTIAL_CONTENT", "MOVED_PERMANENTLY",
                "FOUND", "SEE_OTHER", "NOT_MODIFIED", "USE_PROXY", "TEMPORARY_REDIRECT", "PERMANENT_REDIRECT", "BAD_REQUEST",
                "UNAUTHORIZED", "PAYMENT_REQUIRED", "FORBIDDEN", "NOT_FOUND", "METHOD_NOT_ALLOWED", "NOT_ACCEPTABLE",
                "PROXY_AUTHENTICATION_REQUIRED", "REQUEST_TIMEOUT", "CONFLICT", "GONE", "LENGTH_REQUIRED", "PRECONDITION_FAILED",
                "REQUEST_ENTITY_TOO_LARGE", "REQUEST_URI_TOO_LONG", "UNSUPPORTED_MEDIA_TYPE", "REQUESTED_RANGE_NOT_SATISFIABLE",
                "EXPECTATION_FAILED", "PRECONDITION_REQUIRED", "TOO_MANY_REQUESTS", "REQUEST_HEADER_FIELDS_TOO_LARGE",
                "UNAVAILABLE_FOR_LEGAL_REASONS", "INTERNAL_SERVER_ERROR", "NOT_IMPLEMENTED", "BAD_GATEWAY", "SERVICE_UNAVAILABLE",
                "GATEWAY_TIMEOUT", "HTTP_VERSION_NOT_SUPPORTED", "NETWORK_AUTHENTICATION_REQUIRED"};
        int[] codes = {200, 201, 202, 204, 205, 206, 301, 302, 303, 304, 305, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407,
                408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 511};
        for (int i = 0; i < names.length; i++) {
            constants.put(names[i], codes[i]);
        }
        Expressions expressions = new Expressions(JavaProject.read(CODE, List.of(), ParserConfiguration.LanguageLevel.JAVA_17, List.of()));
        constants.forEach((name, code) -> {
            for (String scope : List.of("Response.Status", "Status", "RestResponse.Status", "RestResponse.StatusCode",
                    "jakarta.ws.rs.core.Response.Status")) {
                assertThat(expressions.status(StaticJavaParser.parseExpression(scope + "." + name)))
                        .as(scope + "." + name).hasValue(code);
            }
        });
    }

    @Test
    void templateVariablesIgnoreRegularExpressions() {
        assertThat(JaxRsReader.templateVariables("/orders/{id: [0-9]{1,5}}/items/{ itemId }/{rest:.*}"))
                .containsExactly("id", "itemId", "rest");
    }
}
