package dev.apistatus.core.code.spring;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.apistatus.core.code.Annotations;
import dev.apistatus.core.code.Expressions;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.code.PathTemplates;
import dev.apistatus.core.code.TypeHierarchy;
import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.ServiceInfo;
import dev.apistatus.core.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a Spring service holds beyond its annotated handlers, for the contract rules: the places where it may serve
 * routes the {@link SpringReader} does not read (mappings inherited from a superclass, paths it cannot evaluate,
 * {@code @RequestMapping} without a method, functional {@code RouterFunction} routes, mapped methods in classes of
 * a stereotype it does not know), and the statuses its exception classes carry ({@code @ResponseStatus},
 * {@code ResponseStatusException}) or that conditional-request support answers (304, 412; also JAX-RS's
 * {@code Request.evaluatePreconditions}).
 */
public final class SpringServiceScanner {

    /** Text that marks a file worth parsing for this scan. */
    public static final List<String> MARKERS = List.of("RouterFunction", "@ResponseStatus", "ResponseStatusException(",
            "ErrorResponseException(", "checkNotModified", "ShallowEtagHeaderFilter", ".eTag(", ".lastModified(", "evaluatePreconditions",
            "@RepositoryRestResource", "ws.rs.client", "@RegisterRestClient");

    private static final Set<String> MAPPINGS = Set.of("GetMapping", "PostMapping", "PutMapping", "DeleteMapping",
            "PatchMapping", "RequestMapping");

    private final JavaProject project;
    private final Expressions expressions;
    private final TypeHierarchy types;

    public SpringServiceScanner(JavaProject project) {
        this.project = project;
        this.expressions = new Expressions(project);
        this.types = new TypeHierarchy(project);
    }

    /** Places where the code may serve routes the reader could not read, in file order. */
    public List<ServiceInfo.RouteGap> routeGaps() {
        List<ServiceInfo.RouteGap> out = new ArrayList<>();
        for (CompilationUnit unit : project.entryPoints()) {
            // one walk of the file: its methods, and its first call on RouterFunctions
            List<MethodDeclaration> methods = new ArrayList<>();
            MethodCallExpr[] routerCall = {null};
            unit.walk(n -> {
                if (n instanceof MethodDeclaration m) {
                    methods.add(m);
                } else if (routerCall[0] == null && n instanceof MethodCallExpr c && c.getScope()
                        .map(s -> s.isNameExpr() && s.toString().equals("RouterFunctions")).orElse(false)) {
                    routerCall[0] = c; // only a name prints as that: the other scopes need not be printed
                }
            });
            boolean routerFunctions = false;
            for (MethodDeclaration m : methods) {
                if (m.getType().asString().startsWith("RouterFunction")) {
                    out.add(gap("", true, Set.of(), m, "functional routes (" + m.getNameAsString() + " returns a RouterFunction)"));
                    routerFunctions = true;
                }
            }
            if (!routerFunctions && routerCall[0] != null) {
                out.add(gap("", true, Set.of(), routerCall[0], "functional routes (RouterFunctions)"));
            }
            for (ClassOrInterfaceDeclaration c : project.classes(unit)) {
                if (Annotations.has(c, "RepositoryRestResource")) {
                    // Spring Data REST serves the repository under spring.data.rest.base-path, at a path of its own
                    out.add(gap("", true, Set.of(), c.getName(), "a Spring Data REST repository (" + c.getNameAsString() + ")"));
                    continue;
                }
                if (c.isInterface() || c.isAbstract()) {
                    continue;
                }
                boolean controller = Annotations.has(c, "RestController", "Controller");
                List<String> classPaths = paths(classMapping(c));
                List<String> prefixes = classPaths == null ? List.of("") : classPaths;
                if (!controller) {
                    if (!Annotations.has(c, "FeignClient", "HttpExchange") && c.getMethods().stream().anyMatch(m -> mapping(m).isPresent())
                            && c.getImplementedTypes().stream().noneMatch(t -> t.getNameAsString().endsWith("ApiDelegate"))) {
                        for (String p : prefixes) {
                            out.add(gap(p, true, Set.of(), c.getName(), "mapped methods in " + c.getNameAsString()
                                    + ", which is not a @Controller"));
                        }
                    }
                    continue;
                }
                if (!c.getExtendedTypes().isEmpty() && inheritsMappings(c.getExtendedTypes().get(0), c, 0)) {
                    for (String p : prefixes) {
                        out.add(gap(p, true, Set.of(), c.getExtendedTypes().get(0), "mappings " + c.getNameAsString()
                                + " may inherit from " + c.getExtendedTypes().get(0).getNameAsString()));
                    }
                }
                for (MethodDeclaration m : c.getMethods()) {
                    Optional<AnnotationExpr> mapping = mapping(m);
                    if (mapping.isEmpty()) {
                        continue;
                    }
                    List<String> paths = paths(mapping.get());
                    if (paths == null) {
                        for (String p : prefixes) {
                            out.add(gap(p, true, Set.of(), mapping.get(), "a path that cannot be evaluated"));
                        }
                    } else if (mapping.get().getName().getIdentifier().equals("RequestMapping")
                            && Annotations.values(mapping.get(), "method").isEmpty()) {
                        for (String p : prefixes) {
                            for (String path : paths) {
                                // with a class prefix that cannot be evaluated, the route may be anywhere
                                out.add(gap(classPaths == null ? "" : PathTemplates.join(p, path), classPaths == null,
                                        Set.of(), mapping.get(), "@RequestMapping without a method: every method"));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Handlers left out of the documentation on purpose: {@code @Hidden} (springdoc), {@code @Operation(hidden =
     * true)}, {@code @ApiIgnore} (springfox), {@code @ApiOperation(hidden = true)}, on the method or its class, and
     * the methods of an {@code ErrorController}; by the location of the method's name.
     */
    public Set<SourceLocation> hiddenHandlers() {
        Set<SourceLocation> out = new java.util.LinkedHashSet<>();
        for (CompilationUnit unit : project.entryPoints()) {
            for (ClassOrInterfaceDeclaration c : project.classes(unit)) {
                if (c.isInterface()) {
                    continue;
                }
                boolean classHidden = hidden(c) || c.getImplementedTypes().stream()
                        .anyMatch(t -> t.getNameAsString().equals("ErrorController"));
                for (MethodDeclaration m : c.getMethods()) {
                    if (classHidden || hidden(m)) {
                        out.add(project.locate(m.getName()));
                    }
                }
            }
        }
        return out;
    }

    private static boolean hidden(com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> n) {
        if (Annotations.has(n, "Hidden", "ApiIgnore")) {
            return true;
        }
        Optional<AnnotationExpr> op = Annotations.find(n, "Operation", "ApiOperation");
        return op.flatMap(a -> Annotations.attribute(a, "hidden")).map(v -> v.toString().equals("true")).orElse(false);
    }

    /** Calls that show conditional-request support (304, 412). */
    private static final Set<String> CONDITIONAL_CALLS = Set.of("checkNotModified", "eTag", "lastModified", "evaluatePreconditions");

    /**
     * Statuses the project's exception classes carry and conditional-request support answers, {@code -1} for one
     * computed at run time.
     */
    public Set<Integer> exceptionStatuses() {
        Set<Integer> out = new TreeSet<>();
        for (CompilationUnit unit : project.entryPoints()) {
            for (ClassOrInterfaceDeclaration c : project.classes(unit)) {
                Optional<AnnotationExpr> rs = Annotations.find(c, "ResponseStatus");
                if (rs.isPresent() && isException(c)) {
                    out.add(Annotations.attribute(rs.get(), "value", "code").map(expressions::status)
                            .orElse(OptionalInt.empty()).orElse(-1));
                }
            }
            // one walk of the file for the three kinds of node looked at below
            List<ObjectCreationExpr> creations = new ArrayList<>();
            List<ExplicitConstructorInvocationStmt> superCalls = new ArrayList<>();
            boolean[] conditional = {false};
            unit.walk(n -> {
                if (n instanceof ObjectCreationExpr e) {
                    creations.add(e);
                } else if (n instanceof ExplicitConstructorInvocationStmt sup) {
                    superCalls.add(sup);
                } else if (n instanceof MethodCallExpr c && CONDITIONAL_CALLS.contains(c.getNameAsString())
                        || n instanceof ClassOrInterfaceType t && t.getNameAsString().equals("ShallowEtagHeaderFilter")) {
                    conditional[0] = true;
                }
            });
            for (ObjectCreationExpr e : creations) {
                String type = e.getType().getNameAsString();
                if (type.equals("ResponseStatusException") || type.equals("ErrorResponseException")) {
                    out.add(e.getArguments().isEmpty() ? -1 : expressions.status(e.getArgument(0)).orElse(-1));
                }
            }
            for (ExplicitConstructorInvocationStmt sup : superCalls) {
                Optional<ClassOrInterfaceDeclaration> owner = sup.findAncestor(ClassOrInterfaceDeclaration.class);
                if (!sup.isThis() && owner.isPresent() && !owner.get().getExtendedTypes().isEmpty()) {
                    List<String> chain = types.chain(owner.get().getExtendedTypes().get(0).getNameAsString(), owner.get());
                    if (chain.contains("ResponseStatusException") || chain.contains("ErrorResponseException")) {
                        out.add(sup.getArguments().isEmpty() ? -1 : expressions.status(sup.getArgument(0)).orElse(-1));
                    }
                }
            }
            if (conditional[0]) {
                out.add(304);
                out.add(412);
            }
        }
        return out;
    }

    /**
     * Whether the project calls HTTP services through the JAX-RS client or a MicroProfile REST client, whose
     * {@code WebApplicationException}s carry the remote status and reach the client of this service unmapped.
     */
    public boolean callsJaxRsClients() {
        for (CompilationUnit unit : project.entryPoints()) {
            if (unit.getImports().stream().anyMatch(i -> i.getNameAsString().contains("ws.rs.client"))
                    || project.classes(unit).stream().anyMatch(c -> Annotations.has(c, "RegisterRestClient"))) {
                return true;
            }
        }
        return false;
    }

    private boolean isException(ClassOrInterfaceDeclaration c) {
        return c.getNameAsString().endsWith("Exception") || !c.getExtendedTypes().isEmpty()
                && types.chain(c.getExtendedTypes().get(0).getNameAsString(), c).contains("Throwable");
    }

    /** Whether a superclass may hold mapped methods: a project class that has some, or one the sources do not hold. */
    private boolean inheritsMappings(ClassOrInterfaceType parent, TypeDeclaration<?> from, int depth) {
        Optional<TypeDeclaration<?>> type = project.type(parent.getNameAsString(), from);
        if (type.isEmpty()) {
            return true;
        }
        if (type.get().getMethods().stream().anyMatch(m -> mapping(m).isPresent())) {
            return true;
        }
        return depth < 4 && type.get() instanceof ClassOrInterfaceDeclaration cd && !cd.getExtendedTypes().isEmpty()
                && inheritsMappings(cd.getExtendedTypes().get(0), cd, depth + 1);
    }

    private static Optional<AnnotationExpr> mapping(MethodDeclaration m) {
        return m.getAnnotations().stream().filter(a -> MAPPINGS.contains(a.getName().getIdentifier())).findFirst();
    }

    private static AnnotationExpr classMapping(ClassOrInterfaceDeclaration c) {
        return Annotations.find(c, "RequestMapping").orElse(null);
    }

    /** An annotation's paths; null when one cannot be evaluated. */
    private List<String> paths(AnnotationExpr a) {
        if (a == null) {
            return List.of("");
        }
        List<Expression> values = Annotations.values(a, "value", "path");
        if (values.isEmpty()) {
            return List.of("");
        }
        List<String> out = new ArrayList<>();
        for (Expression e : values) {
            Optional<String> s = expressions.string(e);
            if (s.isEmpty()) {
                return null;
            }
            out.add(s.get());
        }
        return out;
    }

    private ServiceInfo.RouteGap gap(String path, boolean prefix, Set<HttpMethod> methods, com.github.javaparser.ast.Node at,
                                     String why) {
        return new ServiceInfo.RouteGap(path.isEmpty() || path.equals("/") ? "" : PathTemplates.join("", path), prefix,
                methods, project.locate(at), why);
    }
}
