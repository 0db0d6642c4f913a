package dev.apistatus.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpringReaderTest {

    static final Path SHOP = Path.of("src/test/resources/code/spring-shop");
    static CodeReader.Result result;

    @BeforeAll
    static void read() {
        result = CodeReader.read(SHOP, List.of(SHOP.resolve("src/main/java")), ParserConfiguration.LanguageLevel.JAVA_17);
    }

    private static CodeOperation op(String describe) {
        return result.operations().stream().filter(o -> o.operation().describe().equals(describe)).findFirst()
                .orElseThrow(() -> new AssertionError(describe + " not among " + result.operations().stream()
                        .map(o -> o.operation().describe()).toList()));
    }

    /** {@code 201@34:BUILDER} for each response, framework defaults left out. */
    private static String statuses(CodeOperation op) {
        return op.operation().responses().stream().filter(r -> !r.evidence().isFrameworkDefault())
                .map(r -> r.code().code() + "@" + r.location().line() + ":" + r.evidence().kind())
                .collect(Collectors.joining(" "));
    }

    private static String defaults(CodeOperation op) {
        return op.operation().responses().stream().filter(r -> r.evidence().isFrameworkDefault())
                .map(r -> Integer.toString(r.code().code())).distinct().collect(Collectors.joining(" "));
    }

    @Test
    void findsEveryApiOperationWithItsFullPath() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.operations()).extracting(o -> o.operation().describe()).containsExactly(
                "GET /api/v1/orders", "GET /api/v1/orders/{id}", "POST /api/v1/orders", "PUT /api/v1/orders/{id}",
                "DELETE /api/v1/orders/{id}", "POST /api/v1/orders/{id}/cancel", "GET /api/v1/orders/{id}/invoice");
        assertThat(op("GET /api/v1/orders").handler()).isEqualTo("OrderController.list");
        assertThat(op("GET /api/v1/orders").framework()).isEqualTo("spring-mvc");
        assertThat(op("GET /api/v1/orders").operation().location().toString())
                .isEqualTo("src/main/java/com/example/shop/web/OrderController.java:24:24");
    }

    @Test
    void plainBodiesAnswer200AndExceptionsFromCalledMethodsAreFollowedToTheAdvice() {
        assertThat(statuses(op("GET /api/v1/orders"))).isEqualTo("200@24:RETURN");
        // orders.find -> OrderServiceImpl.find -> orElseThrow(OrderNotFoundException) -> ShopException handler -> 404
        assertThat(statuses(op("GET /api/v1/orders/{id}"))).isEqualTo("200@29:RETURN 404@30:EXCEPTION");
        Response notFound = op("GET /api/v1/orders/{id}").operation().response(404).orElseThrow();
        assertThat(notFound.evidence().detail())
                .isEqualTo("throws OrderNotFoundException (from OrderServiceImpl.find), answered by ApiErrors.shop (404)");
        assertThat(notFound.declaration().content()).extracting(c -> c.mediaType()).containsExactly("application/problem+json");
    }

    @Test
    void buildersGiveTheirStatusHeadersAndBodies() {
        CodeOperation create = op("POST /api/v1/orders");
        assertThat(statuses(create)).isEqualTo("201@36:BUILDER");
        Response created = create.operation().response(201).orElseThrow();
        assertThat(created.declaration().header("Location")).isPresent();
        assertThat(created.declaration().hasBody()).isTrue();
        // @Valid @RequestBody: the advice answers MethodArgumentNotValidException with 422
        assertThat(defaults(create)).isEqualTo("400 415 422 500");

        assertThat(statuses(op("DELETE /api/v1/orders/{id}"))).isEqualTo("204@51:BUILDER 404@48:BUILDER");
        assertThat(op("DELETE /api/v1/orders/{id}").operation().response(204).orElseThrow().declaration().hasBody()).isFalse();
        assertThat(statuses(op("POST /api/v1/orders/{id}/cancel"))).isEqualTo("200@58:BUILDER 409@60:BUILDER");
    }

    @Test
    void responseStatusOnAVoidHandlerIsItsStatus() {
        assertThat(statuses(op("PUT /api/v1/orders/{id}"))).isEqualTo("204@40:ANNOTATION 404@42:EXCEPTION");
    }

    @Test
    void aStatusComputedAtRunTimeIsUnknown() {
        CodeOperation invoice = op("GET /api/v1/orders/{id}/invoice");
        assertThat(statuses(invoice)).isEmpty();
        assertThat(invoice.isComplete()).isFalse();
        assertThat(invoice.unknowns()).extracting(u -> u.location().line()).containsExactly(67);
        assertThat(invoice.produces()).containsExactly("application/pdf");
        assertThat(defaults(invoice)).isEqualTo("400 406 500");
    }

    @Test
    void viewControllersAreNotApiOperations() {
        assertThat(result.operations()).noneMatch(o -> o.handler().startsWith("PageController"));
    }
}
