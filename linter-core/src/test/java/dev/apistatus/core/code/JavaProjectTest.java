package dev.apistatus.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.type.VarType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser's configuration: the language level's validator left out, everything else JavaParser does kept. */
class JavaProjectTest {

    /** {@code abstract final} is rejected by the validator only: the parser itself reads it. */
    private static final String SOURCE = """
            abstract final class A {
                int m(int k) {
                    var x = 1; // a comment
                    return switch (k) { case 1 -> { yield 2; } default -> x; };
                }
            }
            """;

    @Test
    void theLevelsValidatorIsLeftOutAndItsPostProcessorKept() {
        ParserConfiguration.LanguageLevel level = ParserConfiguration.LanguageLevel.JAVA_17;
        assertThat(new JavaParser(new ParserConfiguration().setLanguageLevel(level)).parse(SOURCE).getProblems())
                .extracting(p -> p.getMessage()).containsExactly("Can have only one of 'final', 'abstract'.");

        ParseResult<CompilationUnit> result = new JavaParser(JavaProject.configuration(level)).parse(SOURCE);
        assertThat(result.getProblems()).isEmpty();
        CompilationUnit unit = result.getResult().orElseThrow();
        assertThat(unit.findAll(VarType.class)).hasSize(1); // Java 10's post-processor ran
        assertThat(unit.findAll(YieldStmt.class)).hasSize(1); // the grammar of the level: yield is a statement
        assertThat(unit.findFirst(YieldStmt.class).flatMap(Node::getBegin)).hasValueSatisfying(p -> {
            assertThat(p.line).isEqualTo(4);
            assertThat(p.column).isEqualTo(41);
        });
        assertThat(unit.getAllContainedComments()).isEmpty(); // not attributed
        assertThat(unit.containsData(Node.LINE_SEPARATOR_KEY)).isTrue(); // the line-ending processor still runs
    }

    @Test
    void syntaxErrorsAreStillReportedWithTheirPosition() {
        ParseResult<CompilationUnit> result = new JavaParser(JavaProject.configuration(ParserConfiguration.LanguageLevel.JAVA_21))
                .parse("class A {\n  void x( }\n");
        assertThat(result.isSuccessful()).isFalse();
        assertThat(result.getProblems().get(0).getLocation().flatMap(l -> l.toRange()).map(r -> r.begin.line)).hasValue(2);
    }

    @TempDir
    Path dir;

    /** Files are parsed ahead on other threads; what the reader records does not depend on which thread was first. */
    @Test
    void parsingAheadGivesTheSameProjectEveryTime() throws IOException {
        Path src = dir.resolve("src/main/java/com/example");
        Files.createDirectories(src);
        for (int i = 0; i < 40; i++) {
            Files.writeString(src.resolve("Api" + i + ".java"), "package com.example;\n@RestController\nclass Api" + i
                    + " {\n  private final Service" + (39 - i) + " service = new Service" + (39 - i) + "();\n"
                    + "  @GetMapping(\"/x" + i + "\")\n  String x(" + (i % 7 == 0 ? "" : ")") // broken: 6 of them
                    + " { return service.run(); }\n}\n");
            Files.writeString(src.resolve("Service" + i + ".java"), "package com.example;\nclass Service" + i
                    + " { String run() { throw new IllegalStateException(); } }\n");
        }
        List<String> first = null;
        for (int run = 0; run < 5; run++) {
            CodeReader.Result result = CodeReader.read(dir, List.of(dir.resolve("src/main/java")),
                    ParserConfiguration.LanguageLevel.JAVA_17);
            List<String> seen = new ArrayList<>();
            result.problems().forEach(p -> seen.add(p.location() + " " + p.message()));
            result.project().parsedUnits().forEach(u -> seen.add(result.project().fileOf(u)));
            result.operations().forEach(o -> seen.add(o.operation().location() + " " + o.operation().describe()));
            if (first == null) {
                first = seen;
                assertThat(result.problems()).hasSize(6);
                assertThat(result.operations()).hasSize(34);
                assertThat(result.project().parsedCount()).isGreaterThan(40); // services parsed when handlers reach them
            } else {
                assertThat(seen).isEqualTo(first);
            }
        }
    }
}
