package dev.apistatus.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.status.MethodStatusMatrix.Mismatch;
import dev.apistatus.core.status.MethodStatusMatrix.Unless;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MethodStatusMatrixTest {

    @ParameterizedTest(name = "{1} on {0} does not fit")
    @CsvSource({
            "GET, 201", "HEAD, 201", "DELETE, 201",
            "GET, 202", "HEAD, 202",
            "GET, 204", "HEAD, 204",
            "GET, 409", "HEAD, 409",
            "GET, 412", "HEAD, 412",
            "GET, 415", "HEAD, 415",
            "POST, 304", "PUT, 304", "PATCH, 304", "DELETE, 304", "OPTIONS, 304", "TRACE, 304",
            "GET, 207", "HEAD, 207", "PUT, 207", "PATCH, 207", "OPTIONS, 207", "TRACE, 207"})
    void flagsTheCombinationsOfTheCatalogue(HttpMethod method, int code) {
        Mismatch m = MethodStatusMatrix.mismatch(method, code).orElseThrow();
        assertThat(m.code()).isEqualTo(code);
        assertThat(m.methods()).contains(method);
    }

    @ParameterizedTest(name = "{1} on {0} fits")
    @CsvSource({
            "POST, 201", "PUT, 201", "PATCH, 201",
            "POST, 202", "PUT, 202", "PATCH, 202", "DELETE, 202",
            "PUT, 204", "PATCH, 204", "DELETE, 204", "POST, 204", "OPTIONS, 204",
            "POST, 409", "PUT, 409", "PATCH, 409", "DELETE, 409",
            "PUT, 412", "PATCH, 412", "DELETE, 412", "POST, 412",
            "POST, 415", "PUT, 415", "PATCH, 415",
            "GET, 304", "HEAD, 304",
            "POST, 207", "DELETE, 207",
            "GET, 200", "GET, 404", "DELETE, 200", "POST, 200", "GET, 206", "GET, 303"})
    void leavesFittingCombinationsAlone(HttpMethod method, int code) {
        assertThat(MethodStatusMatrix.mismatch(method, code)).isEmpty();
    }

    @Test
    void conditionalAndContentExceptionsAreOnlyWhereHttpAllowsThem() {
        assertThat(MethodStatusMatrix.mismatch(HttpMethod.GET, 412).orElseThrow().unless())
                .isEqualTo(Unless.CONDITIONAL_REQUEST);
        assertThat(MethodStatusMatrix.mismatch(HttpMethod.GET, 415).orElseThrow().unless())
                .isEqualTo(Unless.REQUEST_CONTENT);
        assertThat(MethodStatusMatrix.all().stream()
                .filter(m -> m.code() != 412 && m.code() != 415)
                .map(Mismatch::unless)).containsOnly(Unless.NEVER);
        assertThat(MethodStatusMatrix.PRECONDITION_HEADERS).containsExactly("If-Match", "If-Unmodified-Since");
    }

    @Test
    void everyEntryIsARegisteredCodeWithReasonReferenceAndAdvice() {
        for (Mismatch m : MethodStatusMatrix.all()) {
            assertThat(StatusRegistry.isRegistered(m.code())).as("%s registered", m.code()).isTrue();
            assertThat(m.methods()).isNotEmpty();
            assertThat(m.why()).isNotBlank();
            assertThat(m.reference()).isNotBlank();
            assertThat(m.advice()).isNotBlank();
        }
    }

    @Test
    void noMethodAndCodeIsListedTwice() {
        Set<String> seen = new HashSet<>();
        for (Mismatch m : MethodStatusMatrix.all()) {
            for (HttpMethod method : m.methods()) {
                assertThat(seen.add(method + " " + m.code())).as(method + " " + m.code()).isTrue();
            }
        }
    }

    @Test
    void theTableIsImmutable() {
        Mismatch m = MethodStatusMatrix.all().get(0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.methods().add(HttpMethod.POST))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MethodStatusMatrix.all().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
