package dev.apistatus.core.code;

import com.github.javaparser.ParserConfiguration;
import dev.apistatus.core.code.jaxrs.JaxRsReader;
import dev.apistatus.core.code.spring.SpringReader;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.ErrorMapping;
import dev.apistatus.core.spec.InputProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a service's Java sources into code operations: Spring MVC and WebFlux controllers, JAX-RS resources.
 * Parses each file at most once, and only the files that can matter.
 */
public final class CodeReader {

    /**
     * What the reader produced.
     *
     * @param project       the parsed sources, kept for the engine's {@code @SuppressWarnings} look-ups
     * @param errorMappings exception handlers, mappers and exception classes with their own status
     */
    public record Result(JavaProject project, List<CodeOperation> operations, List<InputProblem> problems,
                         List<ErrorMapping> errorMappings) {
    }

    private CodeReader() {
    }

    /** Text markers of files worth parsing up front; other files are parsed only when a handler needs them. */
    public static List<String> markers() {
        List<String> all = new ArrayList<>(SpringReader.MARKERS);
        all.addAll(JaxRsReader.MARKERS);
        return all;
    }

    public static Result read(Path projectDir, List<Path> sourceRoots, ParserConfiguration.LanguageLevel level) {
        JavaProject project = JavaProject.read(projectDir, sourceRoots, level, markers());
        SpringReader spring = new SpringReader(project);
        List<CodeOperation> operations = new ArrayList<>(spring.read());
        List<ErrorMapping> mappings = new ArrayList<>(spring.errorMappings());
        JaxRsReader jaxrs = new JaxRsReader(project);
        operations.addAll(jaxrs.read());
        mappings.addAll(jaxrs.errorMappings());
        operations.sort(Comparator.comparing((CodeOperation o) -> o.operation().location())
                .thenComparing(o -> o.operation().path()).thenComparing(o -> o.operation().method()));
        mappings.sort(Comparator.comparing(ErrorMapping::location).thenComparing(ErrorMapping::name));
        return new Result(project, operations, project.problems(), mappings);
    }
}
