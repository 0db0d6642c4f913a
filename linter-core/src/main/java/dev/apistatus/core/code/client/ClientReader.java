package dev.apistatus.core.code.client;

import com.github.javaparser.ast.CompilationUnit;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.code.ThrowCollector;
import dev.apistatus.core.code.TypeHierarchy;
import dev.apistatus.core.model.RetryConstruct;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the retry constructs of a project's HTTP client code: hand-written loops and recursion, Spring Retry,
 * Spring Framework 7 retry, Resilience4j (code and {@code application.yml}), Failsafe, MicroProfile Fault Tolerance,
 * Reactor, Feign's {@code Retryer} and Apache HttpClient's retry handlers, each with the HTTP calls it repeats.
 */
public final class ClientReader {

    /** Text that marks a file worth parsing up front for HTTP clients and retries. */
    public static final List<String> MARKERS = List.of("retry", "Retry", "RETRY", "retries", "Retries", "attempt",
            "Attempt", "ATTEMPT", "backoff", "Backoff", "BACKOFF", "sleep(", "HttpClient", "HttpRequest",
            "RestTemplate", "RestClient", "WebClient", "OkHttp", "okhttp3", "HttpPost", "HttpPut", "HttpPatch",
            "feign", "Feign", "RequestLine", "RegisterRestClient", "HttpExchange", "web.service.annotation", "proceed(",
            "jakarta.ws.rs", "javax.ws.rs");

    private final JavaProject project;
    private final Values values;
    private final Resolver resolver;
    private final HttpCalls http;
    private final StatusConditions conditions;
    private final Delays delays;
    private final ConfigProperties config;

    public ClientReader(JavaProject project, Path projectDir, List<Path> sourceRoots) {
        this.project = project;
        this.values = new Values(project);
        this.resolver = new Resolver(project, new ThrowCollector(project, new TypeHierarchy(project)), values);
        this.http = new HttpCalls(project, values, resolver);
        this.conditions = new StatusConditions(values, resolver);
        this.delays = new Delays(values, resolver);
        this.config = ConfigProperties.read(projectDir, sourceRoots, project);
    }

    /** Every retry construct, in source order; constructs found twice (a loop seen from two files) once. */
    public List<RetryConstruct> read() {
        List<RetryConstruct> out = new ArrayList<>();
        LoopRetries loops = new LoopRetries(project, values, resolver, http, conditions, delays);
        LibraryRetries libraries = new LibraryRetries(project, values, resolver, http, conditions, config);
        for (CompilationUnit unit : new ArrayList<>(project.entryPoints())) {
            try {
                out.addAll(loops.read(unit));
                out.addAll(libraries.read(unit));
            } catch (RuntimeException | StackOverflowError e) {
                // code the reader cannot follow yields no construct; the rest of the run goes on
            }
        }
        try {
            out.addAll(libraries.finish());
        } catch (RuntimeException | StackOverflowError e) {
            // as above
        }
        Map<String, RetryConstruct> unique = new LinkedHashMap<>();
        for (RetryConstruct r : out) {
            unique.putIfAbsent(r.location() + "|" + r.kind() + "|" + r.description(), r);
        }
        List<RetryConstruct> sorted = new ArrayList<>(unique.values());
        sorted.sort(Comparator.comparing(RetryConstruct::location).thenComparing(RetryConstruct::description));
        return sorted;
    }
}
