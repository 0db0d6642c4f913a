package dev.apistatus.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A comment at the end of a line changes nothing the reader sees: statuses, headers and evidence read the same. */
class TrailingCommentsTest {

    private static final String CONTROLLER = """
            package com.example;

            import org.springframework.http.HttpHeaders;
            import org.springframework.http.HttpStatus;
            import org.springframework.http.ProblemDetail;
            import org.springframework.http.ResponseEntity;
            import org.springframework.web.bind.annotation.ExceptionHandler;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            public class ThingController {

                @GetMapping("/things")
                public ResponseEntity<String> list() {
                    return ResponseEntity.status(HttpStatus.ACCEPTED) // TODO: 200 once the index is synchronous
                            .header(HttpHeaders.LOCATION, "/jobs/1") // the job's monitor
                            .body("queued");
                }

                @GetMapping("/things/{id}")
                public String get() {
                    throw new IllegalStateException("gone");
                }

                @ExceptionHandler(IllegalStateException.class)
                ProblemDetail gone(IllegalStateException e) {
                    return ProblemDetail.forStatusAndDetail(HttpStatus.GONE, // NOSONAR
                            "the thing is gone");
                }
            }
            """;

    @Test
    void trailingLineCommentsDoNotHideBuildersOrStatuses(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("src/main/java/com/example/ThingController.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, CONTROLLER);

        CodeReader.Result result = CodeReader.read(dir, List.of(dir.resolve("src/main/java")),
                ParserConfiguration.LanguageLevel.JAVA_17);

        CodeOperation list = op(result, "GET /things");
        assertThat(list.unknowns()).isEmpty();
        Response accepted = list.operation().response(202).orElseThrow();
        assertThat(accepted.declaration().header("Location")).isPresent();
        assertThat(accepted.evidence().detail()).isEqualTo("ResponseEntity.status(HttpStatus.ACCEPTED)");

        CodeOperation get = op(result, "GET /things/{id}");
        assertThat(get.unknowns()).isEmpty();
        assertThat(get.operation().responses().stream().filter(r -> !r.evidence().isFrameworkDefault())
                .map(r -> r.code().code() + "@" + r.evidence().answeredAt().line()).collect(Collectors.joining(" ")))
                .isEqualTo("200@22 410@28");
    }

    private static CodeOperation op(CodeReader.Result result, String describe) {
        return result.operations().stream().filter(o -> o.operation().describe().equals(describe)).findFirst()
                .orElseThrow(() -> new AssertionError(describe + " not read"));
    }
}
