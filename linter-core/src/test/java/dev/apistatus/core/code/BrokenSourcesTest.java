package dev.apistatus.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration;
import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.spec.InputProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java sources the parser cannot read: each is a {@code source-unparsable} warning with its location, the file is
 * skipped, and the controllers in the other files are still read.
 */
class BrokenSourcesTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            package com.example;

            import org.springframework.web.bind.annotation.*;

            @RestController
            public class Good {
                @GetMapping("/good")
                public String good() { return "ok"; }
            }
            """;

    private void write(String name, byte[] content) throws IOException {
        Path file = dir.resolve("src/main/java/com/example").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private void write(String name, String content) throws IOException {
        write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private CodeReader.Result read() {
        return CodeReader.read(dir, List.of(dir.resolve("src/main/java")), ParserConfiguration.LanguageLevel.JAVA_25);
    }

    private static String at(InputProblem p) {
        return p.location().file() + ":" + p.location().line() + ":" + p.location().column();
    }

    @Test
    void eachBrokenFileIsOneLocatedProblemAndTheOthersAreRead() throws IOException {
        write("Good.java", GOOD);
        write("Syntax.java", """
                package com.example;

                @RestController
                public class Syntax {
                    @GetMapping("/x"
                    public String x() { return "x"; }
                }
                """);
        write("LocalEnum.java", """
                package com.example;

                @RestController
                public class LocalEnum {
                    @GetMapping("/e")
                    public String e() {
                        enum Kind { A, B }
                        return Kind.A.name();
                    }
                }
                """);
        write("Latin1.java", ("package com.example;\n\n@RestController\npublic class Latin1 {\n    // caf\u00e9\n}\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder generated = new StringBuilder("package com.example;\n\n@RestController\npublic class Generated {\n");
        int i = 0;
        while (generated.length() < 5 * 1024 * 1024) {
            generated.append("    public static final String C").append(i++).append(" = \"").append("x".repeat(80)).append("\";\n");
        }
        write("Generated.java", generated.append("}\n").toString());
        write("Deep.java", "package com.example;\n\n@RestController\npublic class Deep {\n    static final String P = "
                + String.join(" + ", java.util.Collections.nCopies(1_500, "\"a\"")) + ";\n}\n");

        CodeReader.Result result = read();
        assertThat(result.problems()).extracting(BrokenSourcesTest::at).containsExactly(
                "src/main/java/com/example/Deep.java:1:1",
                "src/main/java/com/example/Generated.java:1:1",
                "src/main/java/com/example/Latin1.java:5:11",
                "src/main/java/com/example/LocalEnum.java:7:14",
                "src/main/java/com/example/Syntax.java:5:17");
        assertThat(result.problems().get(0).message()).contains("deeper than 1000 levels");
        assertThat(result.problems().get(1).message()).contains("over the limit of 4194304");
        assertThat(result.problems().get(2).message()).contains("not UTF-8");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("\n").hasSizeLessThan(300));
        assertThat(result.operations()).extracting(o -> o.operation().describe()).containsExactly("GET /good");
    }

    @Test
    void theEngineReportsThemAsWarningsAndGoesOn() throws IOException {
        write("Good.java", GOOD);
        write("Syntax.java", "package com.example;\n@RestController class Syntax { void x( }\n");
        LintResult result = new Engine(List.of()).run(LintConfig.of(dir, List.of())
                .withSources(List.of(dir.resolve("src/main/java"))));
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("source-unparsable");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().toString()).isEqualTo("src/main/java/com/example/Syntax.java:2:38");
        });
        assertThat(result.findings()).extracting(Finding::message).allMatch(m -> m.contains("the file is skipped"));
    }

    @Test
    void treesJustUnderTheDepthLimitDoNotOverflowTheReaders() throws IOException {
        // A constant of 900 concatenations used as a path: Expressions gives up at its own depth (the path is
        // unknown, so the handler is left out), and nothing overflows.
        write("Wide.java", "package com.example;\n\nimport org.springframework.web.bind.annotation.*;\n\n"
                + "@RestController\npublic class Wide {\n    static final String P = "
                + String.join(" + ", java.util.Collections.nCopies(900, "\"a\"")) + ";\n"
                + "    @GetMapping(P)\n    public String x() { return \"x\"; }\n}\n");
        CodeReader.Result result = read();
        assertThat(result.problems()).isEmpty();
        assertThat(result.project().parsedCount()).isEqualTo(1);
    }
}
