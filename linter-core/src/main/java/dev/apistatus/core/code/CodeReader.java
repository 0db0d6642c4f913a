package dev.apistatus.core.code;

import com.github.javaparser.ParserConfiguration;
import dev.apistatus.core.code.client.ClientReader;
import dev.apistatus.core.code.spring.SpringReader;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.RetryConstruct;
import dev.apistatus.core.spec.InputProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a service's Java sources into code operations (Spring MVC and WebFlux controllers; JAX-RS to come) and
 * the retry constructs of its HTTP client code.
 * Parses each file at most once, and only the files that can matter.
 */
public final class CodeReader {

    /** What the reader produced. */
    public record Result(JavaProject project, List<CodeOperation> operations, List<InputProblem> problems,
                         List<RetryConstruct> retries) {

        public Result(JavaProject project, List<CodeOperation> operations, List<InputProblem> problems) {
            this(project, operations, problems, List.of());
        }
    }

    private CodeReader() {
    }

    /** Text markers of files worth parsing up front; other files are parsed only when a handler needs them. */
    public static List<String> markers() {
        List<String> all = new ArrayList<>(SpringReader.MARKERS);
        all.addAll(ClientReader.MARKERS);
        return all;
    }

    public static Result read(Path projectDir, List<Path> sourceRoots, ParserConfiguration.LanguageLevel level) {
        JavaProject project = JavaProject.read(projectDir, sourceRoots, level, markers());
        List<CodeOperation> operations = new ArrayList<>(new SpringReader(project).read());
        operations.sort(Comparator.comparing((CodeOperation o) -> o.operation().location())
                .thenComparing(o -> o.operation().path()).thenComparing(o -> o.operation().method()));
        List<RetryConstruct> retries = new ClientReader(project, projectDir, sourceRoots).read();
        return new Result(project, operations, project.problems(), retries);
    }
}
