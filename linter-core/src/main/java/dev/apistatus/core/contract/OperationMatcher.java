package dev.apistatus.core.contract;

import dev.apistatus.core.model.ApiModel;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.ServiceInfo;
import dev.apistatus.core.model.SpecDocument;
import dev.apistatus.core.model.UnmappedHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Holds the code's handlers against the spec's operations.
 *
 * <ul>
 *   <li>Paths match whatever their parameters are named, with Spring and JAX-RS regular expressions, duplicate and
 *       trailing slashes ignored ({@link PathKey}).</li>
 *   <li>Base paths: the spec's {@code servers} URL paths (3.x) or {@code basePath} (2.0), and the service's
 *       {@code server.servlet.context-path} (+ {@code spring.mvc.servlet.path}) or {@code spring.webflux.base-path}
 *       for the module the handler is in. The full paths on both sides are tried first; when they do not meet, each
 *       side with and without its prefix (one side keeping its full prefix), then, against a spec nothing else met,
 *       both paths as written (a gateway rewriting one prefix to the other); the {@link Route} says which one
 *       matched.</li>
 *   <li>Contract-first handlers whose mapping is in an interface the sources do not hold
 *       ({@link ApiModel#unmappedHandlers()}) are matched by method name to {@code operationId} (compared as
 *       openapi-generator derives method names: case, dashes and underscores ignored; an operation without an id
 *       by the name generated from path and method, {@code ordersIdGet}).</li>
 *   <li>Several specs: a handler is matched to every spec that holds its path at the best rank.</li>
 * </ul>
 *
 * <p>Precision guards, so that what cannot be understood is never reported: a spec is held against the code
 * ({@link ContractMatch#inScope}) only when at least one of its operations was matched; a handler is undocumented
 * only when some spec is in scope; a spec operation is unimplemented only when no handler path, wildcard or
 * template ({@code /orders/{id}} serves {@code /orders/search}) covers it, no unread route
 * ({@link ServiceInfo#routeGaps()}) may serve it, and it is not HEAD of a served GET or an OPTIONS.
 */
public final class OperationMatcher {

    private OperationMatcher() {
    }

    /** One spec operation under one of its document's prefixes. */
    private record SpecKey(SpecOperation spec, Route.Prefix prefix) {
    }

    /** A handler path under one of its prefixes. */
    private record CodeKey(String path, Route.Prefix prefix, int segments, boolean rest) {
        CodeKey(String path, Route.Prefix prefix) {
            this(path, prefix, PathKey.segments(path), path.contains(PathKey.REST));
        }

        /** Whether the key may match a path of this many segments: the same count, or any with a catch-all. */
        boolean mayMatch(int segmentCount) {
            return rest || segments == segmentCount;
        }
    }

    public static ContractMatch match(ApiModel model) {
        ServiceInfo service = model.service();
        List<SpecOperation> specOps = new ArrayList<>();
        Map<String, List<SpecKey>> index = new HashMap<>();
        Map<SpecDocument, List<Route.Prefix>> specPrefixes = new IdentityHashMap<>();
        for (SpecDocument doc : model.specs()) {
            List<Route.Prefix> prefixes = specPrefixes(doc);
            specPrefixes.put(doc, prefixes);
            for (Operation op : doc.operations()) {
                SpecOperation s = new SpecOperation(doc, op);
                specOps.add(s);
                for (Route.Prefix q : prefixes) {
                    index.computeIfAbsent(op.method() + " " + PathKey.join(q.path(), op.path()), k -> new ArrayList<>())
                            .add(new SpecKey(s, q));
                }
            }
        }

        Map<SpecOperation, List<Match.Binding>> bindings = new IdentityHashMap<>();
        List<CodeOperation> unmatched = new ArrayList<>();
        List<CodeOperation> patterns = new ArrayList<>();
        Map<CodeOperation, List<CodeKey>> codeKeys = new IdentityHashMap<>();
        Map<CodeOperation, String> servedAt = new IdentityHashMap<>();
        for (CodeOperation c : model.codeOperations()) {
            String path = PathKey.normalize(PathKey.resolvePlaceholders(c.operation().path(), service.properties()));
            List<CodeKey> keys = new ArrayList<>();
            for (Route.Prefix p : codePrefixes(service, c.framework(), c.operation().location().file())) {
                keys.add(new CodeKey(PathKey.join(p.path(), path), p));
            }
            codeKeys.put(c, keys);
            keys.stream().filter(k -> k.prefix().full()).findFirst().ifPresent(k -> servedAt.put(c, k.path()));
            if (PathKey.isPattern(path)) {
                patterns.add(c);
                continue;
            }
            int best = Integer.MAX_VALUE;
            List<Match.Binding> found = new ArrayList<>();
            List<SpecOperation> foundSpecs = new ArrayList<>();
            for (CodeKey k : keys) {
                for (SpecKey s : index.getOrDefault(c.operation().method() + " " + k.path(), List.of())) {
                    if (!k.prefix().full() && !s.prefix().full()) {
                        continue; // both prefixes dropped: tried below, for specs nothing else met
                    }
                    int rank = k.prefix().full() && s.prefix().full() ? 0 : 1;
                    if (rank < best) {
                        best = rank;
                        found.clear();
                        foundSpecs.clear();
                    }
                    if (rank == best && foundSpecs.stream().noneMatch(f -> f == s.spec())) {
                        foundSpecs.add(s.spec());
                        found.add(new Match.Binding(c, Route.of(k.prefix(), full(keys), s.prefix(),
                                fullSpec(specPrefixes.get(s.spec().document())), rank == 0)));
                    }
                }
            }
            if (found.isEmpty()) {
                unmatched.add(c);
            }
            for (int i = 0; i < found.size(); i++) {
                bindings.computeIfAbsent(foundSpecs.get(i), k -> new ArrayList<>()).add(found.get(i));
            }
        }

        // Both sides configured and they disagree (a gateway rewriting /api to the context path /svc): the paths as
        // written on both sides, but only against specs no handler met otherwise, whose base path is then unknown.
        // A spec already met through its server URL belongs to another module or service.
        Set<SpecDocument> met = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        bindings.keySet().forEach(sp -> met.add(sp.document()));
        for (java.util.Iterator<CodeOperation> it = unmatched.iterator(); it.hasNext(); ) {
            CodeOperation c = it.next();
            boolean any = false;
            for (CodeKey k : codeKeys.get(c)) {
                for (SpecKey s : index.getOrDefault(c.operation().method() + " " + k.path(), List.of())) {
                    if (k.prefix().full() || s.prefix().full() || met.contains(s.spec().document())) {
                        continue;
                    }
                    List<Match.Binding> b = bindings.computeIfAbsent(s.spec(), x -> new ArrayList<>());
                    if (b.stream().noneMatch(x -> x.code() == c)) {
                        b.add(new Match.Binding(c, Route.of(k.prefix(), full(codeKeys.get(c)), s.prefix(),
                                fullSpec(specPrefixes.get(s.spec().document())), false)));
                        any = true;
                    }
                }
            }
            if (any) {
                it.remove();
            }
        }

        // contract-first handlers: by operationId
        Map<String, List<SpecOperation>> byId = new HashMap<>();
        for (SpecOperation s : specOps) {
            byId.computeIfAbsent(operationKey(s.operation()), k -> new ArrayList<>()).add(s);
        }
        for (UnmappedHandler u : service.unmappedHandlers()) {
            for (SpecOperation s : byId.getOrDefault(methodKey(u.operationId()), List.of())) {
                bindings.computeIfAbsent(s, k -> new ArrayList<>()).add(new Match.Binding(
                        u.bind(s.operation().method(), s.operation().path()), Route.OPERATION_ID));
            }
        }

        Set<SpecDocument> inScope = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        bindings.keySet().forEach(s -> inScope.add(s.document()));
        List<SpecDocument> inScopeInOrder = model.specs().stream().filter(inScope::contains).toList();

        List<Match> matches = new ArrayList<>();
        for (SpecOperation s : specOps) {
            List<Match.Binding> b = bindings.get(s);
            if (b != null) {
                matches.add(new Match(s, b));
            }
        }

        List<CodeOperation> undocumented = new ArrayList<>();
        if (!inScope.isEmpty()) {
            for (CodeOperation c : unmatched) {
                HttpMethod m = c.operation().method();
                if (m != HttpMethod.HEAD && m != HttpMethod.OPTIONS
                        && !service.hiddenHandlers().contains(c.operation().location())) {
                    undocumented.add(c);
                }
            }
        }

        Map<HttpMethod, List<CodeOperation>> byMethod = new java.util.EnumMap<>(HttpMethod.class);
        model.codeOperations().forEach(c -> byMethod.computeIfAbsent(c.operation().method(), k -> new ArrayList<>()).add(c));
        Map<String, Pattern> regexes = new HashMap<>();
        List<SpecOperation> unimplemented = new ArrayList<>();
        for (SpecOperation s : specOps) {
            if (!inScope.contains(s.document()) || bindings.containsKey(s) || s.operation().method() == HttpMethod.OPTIONS
                    || retired(s.operation())) {
                continue;
            }
            List<String> specPaths = specPrefixes.get(s.document()).stream()
                    .map(q -> PathKey.join(q.path(), s.operation().path())).toList();
            if (covered(s, specPaths, byMethod, codeKeys, regexes) || gapped(s, specPaths, service)) {
                continue;
            }
            unimplemented.add(s);
        }
        Map<String, List<SpecOperation>> inScopeByPath = new LinkedHashMap<>();
        for (SpecOperation s : specOps) {
            if (inScope.contains(s.document())) {
                inScopeByPath.computeIfAbsent(PathKey.normalize(s.operation().path()), k -> new ArrayList<>()).add(s);
            }
        }
        return new ContractMatch(matches, undocumented, unimplemented, inScopeInOrder, specOps, servedAt, inScopeByPath);
    }

    private static Route.Prefix full(List<CodeKey> keys) {
        return keys.stream().map(CodeKey::prefix).filter(p -> p.full() && p.source() != null).findFirst().orElse(null);
    }

    private static Route.Prefix fullSpec(List<Route.Prefix> prefixes) {
        return prefixes.stream().filter(p -> p.full() && p.source() != null).findFirst().orElse(null);
    }

    /** Whether a handler's path or pattern (or, for HEAD, a GET handler's) covers the spec operation. */
    private static boolean covered(SpecOperation s, List<String> specPaths, Map<HttpMethod, List<CodeOperation>> byMethod,
                                   Map<CodeOperation, List<CodeKey>> codeKeys, Map<String, Pattern> regexes) {
        HttpMethod method = s.operation().method();
        List<CodeOperation> code = new ArrayList<>(byMethod.getOrDefault(method, List.of()));
        if (method == HttpMethod.HEAD) {
            code.addAll(byMethod.getOrDefault(HttpMethod.GET, List.of()));
        }
        int[] segments = specPaths.stream().mapToInt(PathKey::segments).toArray();
        List<String> concrete = specPaths.stream().map(p -> p.replace(PathKey.PARAMETER, "x")).toList();
        for (CodeOperation c : code) {
            for (CodeKey k : codeKeys.get(c)) {
                for (int i = 0; i < concrete.size(); i++) {
                    if (k.mayMatch(segments[i])
                            && regexes.computeIfAbsent(k.path(), PathKey::regex).matcher(concrete.get(i)).matches()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether an unread route may serve the spec operation. */
    private static boolean gapped(SpecOperation s, List<String> specPaths, ServiceInfo service) {
        for (ServiceInfo.RouteGap g : service.routeGaps()) {
            if (!g.methods().isEmpty() && !g.methods().contains(s.operation().method())) {
                continue;
            }
            for (Route.Prefix p : codePrefixes(service, null, g.location().file())) {
                String gapPath = PathKey.join(p.path(), g.path());
                Pattern re = g.prefix()
                        ? Pattern.compile(gapPath.equals("/") ? "/.*" : PathKey.regex(gapPath).pattern() + "(/.*)?")
                        : PathKey.regex(gapPath);
                for (String sp : specPaths) {
                    if (re.matcher(sp.replace(PathKey.PARAMETER, "x")).matches()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** An operation kept only to say it is gone: a 410 and no success. */
    private static boolean retired(Operation op) {
        return op.declares(410) && op.responses().stream().noneMatch(r -> r.code().isSuccess() || r.code().isRedirection());
    }

    /** {@code ""} (the paths as written), then each server path; with no servers, {@code ""} is the full path. */
    private static List<Route.Prefix> specPrefixes(SpecDocument doc) {
        List<Route.Prefix> out = new ArrayList<>();
        if (doc.basePaths().isEmpty()) {
            out.add(Route.Prefix.NONE);
            return out;
        }
        boolean rootServer = doc.basePaths().stream().anyMatch(b -> b.path().isEmpty());
        out.add(new Route.Prefix("", null, null, rootServer));
        for (SpecDocument.BasePath b : doc.basePaths()) {
            if (!b.path().isEmpty()) {
                String pointer = b.location().pointer();
                String source = pointer != null && pointer.equals("/basePath") ? "basePath" : "server URL";
                out.add(new Route.Prefix(b.path(), source, b.location(), true));
            }
        }
        return out;
    }

    /**
     * The prefixes a handler's path may take: {@code ""}, and the configured base paths of its module and framework
     * (a null framework takes any). The full ones are every configured property applied at once (context path then
     * servlet path), one value each.
     */
    private static List<Route.Prefix> codePrefixes(ServiceInfo service, String framework, String file) {
        Map<String, List<ServiceInfo.BasePath>> byProperty = new LinkedHashMap<>();
        String module = null;
        for (ServiceInfo.BasePath b : service.basePaths()) {
            if ((framework == null || b.appliesTo(framework)) && b.covers(file)) {
                // the innermost module wins
                if (module == null || b.module().length() > module.length()) {
                    module = b.module();
                }
            }
        }
        for (ServiceInfo.BasePath b : service.basePaths()) {
            if ((framework == null || b.appliesTo(framework)) && module != null && b.module().equals(module)) {
                byProperty.computeIfAbsent(b.property(), k -> new ArrayList<>()).add(b);
            }
        }
        List<Route.Prefix> out = new ArrayList<>();
        if (byProperty.isEmpty()) {
            out.add(Route.Prefix.NONE);
            return out;
        }
        out.add(new Route.Prefix("", null, null, false));
        List<String> properties = new ArrayList<>(byProperty.keySet());
        properties.sort((a, b) -> Integer.compare(order(a), order(b)));
        // every subset of the properties, one value each; the full ones use them all
        int n = properties.size();
        for (int mask = 1; mask < (1 << n); mask++) {
            List<Route.Prefix> partial = new ArrayList<>();
            partial.add(new Route.Prefix("", null, null, false));
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) == 0) {
                    continue;
                }
                List<Route.Prefix> next = new ArrayList<>();
                for (Route.Prefix p : partial) {
                    for (ServiceInfo.BasePath b : byProperty.get(properties.get(i))) {
                        next.add(new Route.Prefix(PathKey.join(p.path(), b.path()).equals("/") ? "" : PathKey.join(p.path(), b.path()),
                                p.source() == null ? b.property() : p.source() + " + " + b.property(),
                                p.location() == null ? b.location() : p.location(), false));
                    }
                }
                partial = next;
            }
            boolean full = mask == (1 << n) - 1;
            for (Route.Prefix p : partial) {
                Route.Prefix q = new Route.Prefix(p.path(), p.source(), p.location(), full);
                if (out.stream().noneMatch(o -> o.path().equals(q.path()) && o.full() == q.full())) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    private static int order(String property) {
        return property.equals(ServiceInfo.BasePath.SERVLET_PATH) ? 1 : 0;
    }

    /**
     * The method name a generator gives an operation, compared loosely: its {@code operationId}, else the path's
     * words and the method ({@code GET /orders/{id}} is {@code ordersIdGet}); case, dashes and underscores ignored.
     */
    static String operationKey(Operation op) {
        if (op.operationId() != null && !op.operationId().isBlank()) {
            return methodKey(op.operationId());
        }
        return methodKey(op.path().replace("{", "").replace("}", "") + op.method().name());
    }

    /** A method name or operationId reduced to lower-case letters and digits. */
    static String methodKey(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Documents held against the code, for messages: {@code openapi.yaml, v2/openapi.yaml}. */
    static String files(List<SpecDocument> docs) {
        Set<String> out = new LinkedHashSet<>();
        docs.forEach(d -> out.add(d.file()));
        return String.join(", ", out);
    }
}
