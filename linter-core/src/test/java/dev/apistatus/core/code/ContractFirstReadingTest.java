package dev.apistatus.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.ServiceInfo;
import dev.apistatus.core.model.UnmappedHandler;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the code reader records for the contract rules: contract-first handlers, unread routes, base paths. */
class ContractFirstReadingTest {

    static final Path PROJECT = Path.of("src/test/resources/code/contract-first");
    static CodeReader.Result result;

    @BeforeAll
    static void read() {
        result = CodeReader.read(PROJECT, List.of(PROJECT.resolve("src/main/java")), ParserConfiguration.LanguageLevel.JAVA_17);
    }

    @Test
    void overridesOfInterfacesTheSourcesDoNotHoldAreUnmappedHandlers() {
        assertThat(result.problems()).isEmpty();
        List<UnmappedHandler> unmapped = result.service().unmappedHandlers();
        assertThat(unmapped).extracting(u -> u.handler() + " " + u.operationId() + " " + u.contracts()).containsExactly(
                "InvoicesDelegate.getInvoice getInvoice [InvoicesApiDelegate]",
                "PaymentsApiDelegateImpl.capturePayment capturePayment [PaymentsApiDelegate]",
                "OrdersController.getOrder getOrder [OrdersApi]");
        UnmappedHandler getOrder = unmapped.get(2);
        assertThat(getOrder.unbound().operation().method()).isNull();
        assertThat(getOrder.unbound().operation().responses()).extracting(r -> r.code().code()).contains(200, 404);
        CodeOperation bound = getOrder.bind(dev.apistatus.core.model.HttpMethod.GET, "/orders/{orderId}");
        assertThat(bound.operation().describe()).isEqualTo("GET /orders/{orderId}");
        assertThat(bound.handler()).isEqualTo("OrdersController.getOrder");
        assertThat(getOrder.location().toString()).isEqualTo("src/main/java/com/example/web/OrdersController.java:13:34");
        assertThat(unmapped.get(1).unbound().operation().responses()).extracting(r -> r.code().code()).contains(202);
    }

    @Test
    void interfacesInTheSourcesStillGiveMappedOperations() {
        assertThat(result.operations()).extracting(o -> o.operation().describe())
                .contains("GET /pets/{petId}", "POST /customers/reindex")
                .doesNotContain("GET /internal/ping");
    }

    @Test
    void routesTheReaderCannotReadAreRecorded() {
        assertThat(result.service().routeGaps()).extracting(g -> g.path() + (g.prefix() ? "/**" : "") + " " + g.why()).containsExactlyInAnyOrder(
                "/customers/** mappings CustomerController may inherit from CrudController",
                "/customers/legacy @RequestMapping without a method: every method",
                "/customers/** a path that cannot be evaluated",
                "/error @RequestMapping without a method: every method",
                "/** functional routes (stock returns a RouterFunction)",
                "/internal/** mapped methods in Stereotyped, which is not a @Controller",
                "/** a Spring Data REST repository (StockItemRepository)");
    }

    @Test
    void hiddenHandlers() {
        assertThat(result.service().hiddenHandlers()).extracting(Object::toString).containsExactlyInAnyOrder(
                "src/main/java/com/example/web/CustomerController.java:12:17",
                "src/main/java/com/example/web/ShopErrors.java:10:19");
    }

    @Test
    void statusesExceptionHandlingCanAnswer() {
        assertThat(result.service().exceptionStatuses().get("spring-mvc")).containsExactlyInAnyOrder(409, 410, 429);
        assertThat(result.service().exceptionStatuses().get("spring-webflux")).containsExactlyInAnyOrder(409, 410, 429);
        assertThat(result.service().exceptionStatuses().get("jax-rs")).containsExactlyInAnyOrder(410, 429);
    }

    @Test
    void aJaxRsClientMayBringAnyStatusBack(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("BookResource.java"), """
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.client.ClientBuilder;

                @Path("/books")
                public class BookResource {
                    @GET
                    public String list() {
                        return ClientBuilder.newClient().target("http://catalog/books").request().get(String.class);
                    }
                }
                """);
        CodeReader.Result r = CodeReader.read(dir, List.of(dir), ParserConfiguration.LanguageLevel.JAVA_17);
        assertThat(r.service().exceptionStatuses().get("jax-rs")).contains(-1);
        assertThat(r.service().exceptionStatuses().get("spring-mvc")).doesNotContain(-1);
    }

    @Test
    void contextPathFromTheConfiguration() {
        assertThat(result.service().basePaths()).extracting(ServiceInfo.BasePath::path).containsExactly("/shop");
    }
}
