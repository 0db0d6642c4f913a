package dev.apistatus.core.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the code reader learned about the service beyond its operations: where it is deployed (base paths from its
 * configuration), handlers whose method and path live in code that is not there (contract-first), places where it
 * may serve routes the reader cannot read, and the statuses its exception handling can answer. The contract rules
 * use it to match code to spec and to stay silent where the code is not understood.
 *
 * @param basePaths         prefixes the deployment puts before handler paths ({@code server.servlet.context-path},
 *                          {@code spring.mvc.servlet.path}, {@code spring.webflux.base-path}), each from one
 *                          configuration file; several values of one property (profiles) are alternatives
 * @param properties        the service's configuration ({@code application*.properties|yml} under
 *                          {@code src/main/resources}), flattened to dotted keys; for {@code ${...}} in paths
 * @param unmappedHandlers  methods that override an interface the sources do not hold (generated at build time,
 *                          openapi-generator's {@code interfaceOnly} and delegate styles): their method and path
 *                          are in the spec, found by {@code operationId}
 * @param routeGaps         places where the code may serve routes the reader could not read (inherited mappings,
 *                          paths it cannot evaluate, functional routes): a spec operation under one of them is
 *                          not said to be unimplemented
 * @param exceptionStatuses by framework ({@code spring-mvc}, {@code spring-webflux}, {@code jax-rs}), every status
 *                          the project's exception handling can answer (exception handlers, exception classes with
 *                          their own status, status exceptions it creates; {@code -1} for one computed at run
 *                          time); a framework missing from the map is not known
 * @param hiddenHandlers    handlers left out of the documentation on purpose ({@code @Hidden},
 *                          {@code @Operation(hidden = true)}, {@code @ApiIgnore}, an {@code ErrorController}), by
 *                          the location of the handler's name (as {@link Operation#location()} gives it)
 */
public record ServiceInfo(List<BasePath> basePaths, Map<String, String> properties,
                          List<UnmappedHandler> unmappedHandlers, List<RouteGap> routeGaps,
                          Map<String, Set<Integer>> exceptionStatuses, Set<SourceLocation> hiddenHandlers) {

    /** Nothing known: no sources read. */
    public static final ServiceInfo NONE = new ServiceInfo(List.of(), Map.of(), List.of(), List.of(), Map.of(), Set.of());

    public ServiceInfo {
        basePaths = List.copyOf(basePaths);
        properties = Map.copyOf(properties);
        unmappedHandlers = List.copyOf(unmappedHandlers);
        routeGaps = List.copyOf(routeGaps);
        exceptionStatuses = Map.copyOf(exceptionStatuses);
        hiddenHandlers = Set.copyOf(hiddenHandlers);
    }

    /**
     * A prefix the deployment puts before the paths of handlers.
     *
     * @param path     {@code /api}, normalised (leading slash, no trailing slash)
     * @param property where it comes from: {@code server.servlet.context-path}, {@code spring.mvc.servlet.path},
     *                 {@code spring.webflux.base-path}
     * @param module   the directory (relative to the project, {@code ""} for the project itself) whose handlers it
     *                 applies to: the module whose {@code src/main/resources} holds the file
     * @param location the property in its file
     */
    public record BasePath(String path, String property, String module, SourceLocation location) {

        public static final String CONTEXT_PATH = "server.servlet.context-path";
        public static final String SERVLET_PATH = "spring.mvc.servlet.path";
        public static final String WEBFLUX_BASE_PATH = "spring.webflux.base-path";

        /** True when the property applies to handlers of this framework. */
        public boolean appliesTo(String framework) {
            return switch (property) {
                case CONTEXT_PATH, SERVLET_PATH -> "spring-mvc".equals(framework);
                case WEBFLUX_BASE_PATH -> "spring-webflux".equals(framework);
                default -> false;
            };
        }

        /** True when a handler in this file (relative to the project) belongs to the module. */
        public boolean covers(String file) {
            return module.isEmpty() || file.startsWith(module + "/");
        }
    }

    /**
     * Where the code may serve routes the reader could not read.
     *
     * @param path     the path (without base paths) the unread routes are at or under; {@code ""} for anywhere
     * @param prefix   true when any path under {@code path} may be served, false for exactly {@code path}
     * @param methods  the methods they may answer; empty for any
     * @param location what the reader could not read
     * @param why      what it is, for messages and tests
     */
    public record RouteGap(String path, boolean prefix, Set<HttpMethod> methods, SourceLocation location, String why) {

        public RouteGap {
            methods = Set.copyOf(methods);
        }
    }
}
