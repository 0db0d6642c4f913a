package dev.apistatus.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.ErrorMapping;
import dev.apistatus.core.model.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts the Spring reader records for the handler rules: answer traits and error mappings. */
class SpringHandlerFactsTest {

    static final Path PROJECT = Path.of("src/test/resources/code/spring-handlers");
    static CodeReader.Result result;

    @BeforeAll
    static void read() {
        result = CodeReader.read(PROJECT, List.of(PROJECT.resolve("src/main/java")), ParserConfiguration.LanguageLevel.JAVA_17);
        assertThat(result.problems()).isEmpty();
    }

    private static CodeOperation op(String describe) {
        return result.operations().stream().filter(o -> o.operation().describe().equals(describe)).findFirst().orElseThrow();
    }

    /** {@code 404@24[EMPTY_COLLECTION]} for each of the handler's own answers (not exceptions, not framework defaults). */
    private static String own(CodeOperation op) {
        return op.operation().responses().stream()
                .filter(r -> r.evidence().kind() != dev.apistatus.core.model.Evidence.Kind.EXCEPTION && !r.evidence().isFrameworkDefault())
                .map(SpringHandlerFactsTest::describe).collect(Collectors.joining(" "));
    }

    private static String describe(Response r) {
        return r.code().code() + "@" + r.location().line() + r.evidence().traits();
    }

    private static ErrorMapping mapping(String name) {
        return result.errorMappings().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + result.errorMappings().stream().map(ErrorMapping::name).toList()));
    }

    @Test
    void anEmptyListAnsweredNotFoundIsMarked() {
        assertThat(own(op("GET /items"))).isEqualTo("200@26[] 404@24[EMPTY_COLLECTION]");
    }

    @Test
    void orElseNullIsAMissingLookupReturningNull() {
        assertThat(own(op("GET /items/{id}"))).isEqualTo("200@30[IMPLICIT_STATUS] 200@31[IMPLICIT_STATUS, RETURNS_NULL, LOOKUP_MISSING]");
    }

    @Test
    void responseEntityOfAnOptionalAnswers404WhenEmpty() {
        assertThat(own(op("GET /items/{id}/optional"))).isEqualTo("200@36[] 404@36[]");
    }

    @Test
    void aSuccessFromACatchAllBlockWithAnErrorMapIsMarked() {
        assertThat(own(op("POST /items"))).isEqualTo("200@44[FROM_CATCH_BLOCK, CATCH_ALL, ERROR_BODY] 201@42[]");
    }

    @Test
    void anEmptyBodyWhereAnOptionalIsEmptyIsAMissingLookup() {
        assertThat(own(op("GET /items/{id}/label"))).isEqualTo("200@52[LOOKUP_MISSING] 200@54[]");
    }

    @Test
    void exceptionHandlersAreErrorMappingsWithTheirTypesAndAnswers() {
        ErrorMapping item = mapping("Errors.item");
        assertThat(item.kind()).isEqualTo(ErrorMapping.Kind.EXCEPTION_HANDLER);
        assertThat(item.framework()).isEqualTo("spring-mvc");
        assertThat(item.handled()).containsExactly(new ErrorMapping.HandledType("ItemException",
                List.of("RuntimeException", "Exception", "Throwable")));
        assertThat(item.responses()).extracting(SpringHandlerFactsTest::describe)
                .containsExactly("200@18[IMPLICIT_STATUS]", "200@19[IMPLICIT_STATUS, ERROR_BODY]");
        assertThat(item.location().line()).isEqualTo(18);
        assertThat(item.isComplete()).isTrue();

        ErrorMapping state = mapping("Errors.state");
        assertThat(state.isComplete()).isFalse();
        assertThat(state.responses()).isEmpty();
    }

    @Test
    void overriddenResponseEntityExceptionHandlerHooksAreMappings() {
        ErrorMapping hook = mapping("Errors.handleMethodArgumentNotValid");
        assertThat(hook.kind()).isEqualTo(ErrorMapping.Kind.HANDLER_HOOK);
        assertThat(hook.handled()).extracting(ErrorMapping.HandledType::name).containsExactly("MethodArgumentNotValidException");
        assertThat(hook.responses()).extracting(SpringHandlerFactsTest::describe).containsExactly("422@30[]");
    }

    @Test
    void exceptionClassesWithTheirOwnStatusAreMappings() {
        ErrorMapping annotated = mapping("ItemNotFoundException");
        assertThat(annotated.kind()).isEqualTo(ErrorMapping.Kind.RESPONSE_STATUS);
        assertThat(annotated.handled().get(0).supertypes()).startsWith("ItemException", "RuntimeException");
        assertThat(annotated.handled().get(0).isA("RuntimeException")).isTrue();
        assertThat(annotated.responses()).extracting(SpringHandlerFactsTest::describe).containsExactly("404@6[]");
    }

    @Test
    void mappingsAreSortedByLocation() {
        assertThat(result.errorMappings()).extracting(ErrorMapping::name).containsExactly(
                "Errors.item", "Errors.state", "Errors.handleMethodArgumentNotValid", "ItemNotFoundException");
    }
}
