package dev.apistatus.core.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.github.javaparser.ParserConfiguration;
import dev.apistatus.core.code.CodeReader;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.spec.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Coverage-guided fuzzing of the code reader: any Java text (a controller, an advice, an exception class, broken
 * code) must end in code operations and problems, never in an exception, a hang or running out of memory. The
 * fuzzed file sits beside a few fixed ones it can refer to (an exception, an advice, a service).
 */
class CodeReaderFuzzTest {

    private static final Path PROJECT = project();

    private static Path project() {
        try {
            Path dir = Files.createTempDirectory("apistatus-fuzz-code");
            dir.toFile().deleteOnExit();
            Path pkg = Files.createDirectories(dir.resolve("src/main/java/com/example"));
            Files.writeString(pkg.resolve("NotFound.java"), """
                    package com.example;
                    import org.springframework.http.HttpStatus;
                    import org.springframework.web.bind.annotation.ResponseStatus;
                    @ResponseStatus(HttpStatus.NOT_FOUND)
                    public class NotFound extends RuntimeException {
                        public NotFound(String m) { super(m); }
                    }
                    """);
            Files.writeString(pkg.resolve("Advice.java"), """
                    package com.example;
                    import org.springframework.http.*;
                    import org.springframework.web.bind.annotation.*;
                    @RestControllerAdvice
                    public class Advice {
                        @ExceptionHandler(IllegalStateException.class)
                        public ResponseEntity<ProblemDetail> conflict(IllegalStateException e) {
                            return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatus(409));
                        }
                    }
                    """);
            Files.writeString(pkg.resolve("Service.java"), """
                    package com.example;
                    public class Service {
                        public static final String BASE = "/api";
                        public Object find(String id) { if (id == null) throw new NotFound(id); return id; }
                        public Object again(String id) { return find(id); }
                    }
                    """);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"@RestController", "@Controller", "@RestControllerAdvice", "@ControllerAdvice",
            "@GetMapping(\"", "@PostMapping", "@RequestMapping(", "@ResponseStatus(HttpStatus.", "@ExceptionHandler(",
            "ResponseEntity.status(", "ResponseEntity.ok(", ".build()", ".body(", "throw new ", "NotFound(",
            "Service.BASE + ", "HttpStatus.valueOf(", "Response.Status.", "orElseThrow(", "Mono.error(", "enum ",
            "record ", "switch (", "->", "try {", "} catch (", "extends RuntimeException", "implements ",
            "import static ", "package com.example;", "new Service().find(", "ProblemDetail.forStatus("})
    void java(byte[] input) {
        Path file = PROJECT.resolve("src/main/java/com/example/Fuzzed.java");
        try {
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CodeReader.Result result = CodeReader.read(PROJECT, List.of(PROJECT.resolve("src/main/java")),
                ParserConfiguration.LanguageLevel.JAVA_25);
        for (InputProblem p : result.problems()) {
            if (p.location().line() < 1 || p.location().column() < 1 || p.message().length() > 1000) {
                throw new AssertionError("badly located or overlong problem: " + p);
            }
        }
        for (CodeOperation op : result.operations()) {
            op.operation().describe();
            op.operation().responses().forEach(r -> r.location().toString());
        }
    }
}
