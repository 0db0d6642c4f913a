package dev.apistatus.core.code;

import com.github.javaparser.ParserConfiguration;
import dev.apistatus.core.code.spring.SpringReader;
import dev.apistatus.core.code.spring.SpringServiceScanner;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.ServiceInfo;
import dev.apistatus.core.model.UnmappedHandler;
import dev.apistatus.core.spec.InputProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a service's Java sources into code operations: Spring MVC and WebFlux controllers (JAX-RS to come).
 * Parses each file at most once, and only the files that can matter.
 */
public final class CodeReader {

    /**
     * What the reader produced.
     *
     * @param service base paths from the service's configuration, contract-first handlers, unread routes and the
     *                statuses exception handling can answer (see {@link ServiceInfo})
     */
    public record Result(JavaProject project, List<CodeOperation> operations, List<InputProblem> problems,
                         ServiceInfo service) {

        public Result(JavaProject project, List<CodeOperation> operations, List<InputProblem> problems) {
            this(project, operations, problems, ServiceInfo.NONE);
        }
    }

    private CodeReader() {
    }

    /** Text markers of files worth parsing up front; other files are parsed only when a handler needs them. */
    public static List<String> markers() {
        List<String> all = new ArrayList<>(SpringReader.MARKERS);
        all.addAll(SpringServiceScanner.MARKERS);
        return all;
    }

    public static Result read(Path projectDir, List<Path> sourceRoots, ParserConfiguration.LanguageLevel level) {
        JavaProject project = JavaProject.read(projectDir, sourceRoots, level, markers());
        SpringReader spring = new SpringReader(project);
        List<CodeOperation> operations = new ArrayList<>(spring.read());
        operations.sort(Comparator.comparing((CodeOperation o) -> o.operation().location())
                .thenComparing(o -> o.operation().path()).thenComparing(o -> o.operation().method()));
        List<UnmappedHandler> unmapped = new ArrayList<>(spring.unmappedHandlers());
        unmapped.sort(Comparator.comparing(UnmappedHandler::location));
        SpringServiceScanner scanner = new SpringServiceScanner(project);
        Set<Integer> springStatuses = new TreeSet<>(spring.exceptionHandlerStatuses());
        springStatuses.addAll(scanner.exceptionStatuses());
        ServiceConfig.Result config = ServiceConfig.read(projectDir, sourceRoots);
        ServiceInfo service = new ServiceInfo(config.basePaths(), config.properties(), unmapped, scanner.routeGaps(),
                Map.of("spring-mvc", springStatuses, "spring-webflux", springStatuses), scanner.hiddenHandlers());
        return new Result(project, operations, project.problems(), service);
    }
}
