package dev.apistatus.core.code;

import com.github.javaparser.ParserConfiguration;
import dev.apistatus.core.code.jaxrs.JaxRsReader;
import dev.apistatus.core.code.client.ClientReader;
import dev.apistatus.core.code.spring.SpringReader;
import dev.apistatus.core.code.spring.SpringServiceScanner;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.ErrorMapping;
import dev.apistatus.core.model.ServiceInfo;
import dev.apistatus.core.model.UnmappedHandler;
import dev.apistatus.core.model.RetryConstruct;
import dev.apistatus.core.spec.InputProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a service's Java sources into code operations (Spring MVC and WebFlux controllers, JAX-RS resources)
 * and the retry constructs of its HTTP client code.
 * Parses each file at most once, and only the files that can matter.
 */
public final class CodeReader {

    /**
     * What the reader produced.
     *
     * @param project       the parsed sources, kept for the engine's {@code @SuppressWarnings} look-ups
     * @param errorMappings exception handlers, mappers and exception classes with their own status
     * @param service       base paths from the service's configuration, contract-first handlers, unread routes and
     *                      the statuses exception handling can answer (see {@link ServiceInfo})
     * @param retries       the retry constructs of the HTTP client code
     */
    public record Result(JavaProject project, List<CodeOperation> operations, List<InputProblem> problems,
                         List<ErrorMapping> errorMappings, ServiceInfo service, List<RetryConstruct> retries) {

        public Result(JavaProject project, List<CodeOperation> operations, List<InputProblem> problems,
                      List<ErrorMapping> errorMappings) {
            this(project, operations, problems, errorMappings, ServiceInfo.NONE, List.of());
        }
    }

    private CodeReader() {
    }

    /** Text markers of files worth parsing up front; other files are parsed only when a handler needs them. */
    public static List<String> markers() {
        List<String> all = new ArrayList<>(SpringReader.MARKERS);
        all.addAll(JaxRsReader.MARKERS);
        all.addAll(SpringServiceScanner.MARKERS);
        all.addAll(ClientReader.MARKERS);
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
        List<UnmappedHandler> unmapped = new ArrayList<>(spring.unmappedHandlers());
        unmapped.sort(Comparator.comparing(UnmappedHandler::location));
        SpringServiceScanner scanner = new SpringServiceScanner(project);
        ServiceConfig.Result config = ServiceConfig.read(projectDir, sourceRoots);
        Map<String, Set<Integer>> statuses = exceptionStatuses(mappings, scanner.exceptionStatuses());
        if (scanner.callsJaxRsClients()) {
            statuses.get("jax-rs").add(-1); // a remote status may come back through a WebApplicationException
        }
        ServiceInfo service = new ServiceInfo(config.basePaths(), config.properties(), unmapped, scanner.routeGaps(),
                statuses, scanner.hiddenHandlers());
        List<RetryConstruct> retries = new ClientReader(project, projectDir, sourceRoots).read();
        project.stopParsingAhead();
        return new Result(project, operations, project.problems(), mappings, service, retries);
    }

    /**
     * By framework, every status the project's exception handling can answer: its error mappings (exception
     * handlers, mappers, exception classes with their own status; {@code -1} for one computed at run time or a
     * mapping not read completely), plus {@code extra} (status exceptions created, conditional-request support).
     */
    static Map<String, Set<Integer>> exceptionStatuses(List<ErrorMapping> mappings, Set<Integer> extra) {
        Map<String, Set<Integer>> out = new java.util.LinkedHashMap<>();
        for (String framework : List.of("spring-mvc", "spring-webflux", "jax-rs")) {
            out.put(framework, new TreeSet<>(extra));
        }
        for (ErrorMapping m : mappings) {
            Set<Integer> s = out.computeIfAbsent(m.framework(), k -> new TreeSet<>(extra));
            m.responses().forEach(r -> s.add(r.code().isExact() ? r.code().code() : -1));
            if (!m.isComplete() || m.responses().isEmpty()) {
                s.add(-1);
            }
            if (m.framework().startsWith("spring")) {
                // advice answers the same way in MVC and WebFlux as far as this is concerned
                out.get("spring-mvc").addAll(s);
                out.get("spring-webflux").addAll(s);
            }
        }
        return out;
    }
}
