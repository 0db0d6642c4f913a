package dev.apistatus.core.code.spring;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.apistatus.core.code.Annotations;
import dev.apistatus.core.code.Answer;
import dev.apistatus.core.code.Expressions;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.code.OperationAssembler;
import dev.apistatus.core.code.PathTemplates;
import dev.apistatus.core.code.ThrowCollector;
import dev.apistatus.core.code.Thrown;
import dev.apistatus.core.code.TypeHierarchy;
import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.ErrorMapping;
import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.UnmappedHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Spring MVC and WebFlux annotated controllers: one operation per handler method and path, with every
 * status the handler can answer (its own returns, the exceptions it raises and what answers them, and what
 * Spring answers on its own).
 */
public final class SpringReader {

    /** Text that marks a file worth parsing for Spring handlers and advice. */
    public static final List<String> MARKERS = List.of("@RestController", "@Controller", "@ControllerAdvice",
            "@RestControllerAdvice", "Mapping(", "@ResponseStatus", "extends ResponseStatusException",
            "extends ErrorResponseException", "ApiDelegate");

    private static final Set<String> OBJECT_METHODS = Set.of("toString", "equals", "hashCode", "clone", "finalize");

    /** Library interfaces a controller may implement that are not API contracts. */
    private static final Set<String> NOT_CONTRACTS = Set.of("Serializable", "Cloneable", "AutoCloseable", "Closeable",
            "Comparable", "Runnable", "Callable", "InitializingBean", "DisposableBean", "BeanNameAware",
            "ApplicationContextAware", "ApplicationListener", "ErrorController", "WebMvcConfigurer", "WebFluxConfigurer",
            "CommandLineRunner", "ApplicationRunner", "Ordered", "HandlerInterceptor", "ResourceLoaderAware",
            "EnvironmentAware", "SmartInitializingSingleton");

    private static final Map<String, HttpMethod> MAPPINGS = Map.of("GetMapping", HttpMethod.GET,
            "PostMapping", HttpMethod.POST, "PutMapping", HttpMethod.PUT, "DeleteMapping", HttpMethod.DELETE,
            "PatchMapping", HttpMethod.PATCH);

    /** Return types of a view-rendering {@code @Controller} method: not an API operation. */
    private static final Set<String> VIEW_TYPES = Set.of("String", "ModelAndView", "View", "RedirectView", "Rendering");

    private final JavaProject project;
    private final Expressions expressions;
    private final TypeHierarchy types;
    private final ThrowCollector throwsOf;
    private final SpringAnswers answers;
    private final SpringExceptionHandlers handlers;
    private final List<UnmappedHandler> unmapped = new ArrayList<>();

    public SpringReader(JavaProject project) {
        this.project = project;
        this.expressions = new Expressions(project);
        this.types = new TypeHierarchy(project);
        this.throwsOf = new ThrowCollector(project, types);
        this.answers = new SpringAnswers(project, expressions, throwsOf);
        this.handlers = new SpringExceptionHandlers(project, expressions, types, answers);
    }

    public List<CodeOperation> read() {
        List<CodeOperation> out = new ArrayList<>();
        for (CompilationUnit unit : project.entryPoints()) {
            for (ClassOrInterfaceDeclaration c : unit.findAll(ClassOrInterfaceDeclaration.class)) {
                if (!c.isInterface() && !c.isAbstract() && (Annotations.has(c, "RestController", "Controller")
                        || c.getImplementedTypes().stream().anyMatch(t -> t.getNameAsString().endsWith("ApiDelegate")))) {
                    try {
                        readController(c, out);
                    } catch (RuntimeException | StackOverflowError e) {
                        // a construct the reader does not survive must not stop the run: say so and go on
                        project.problem(c.getName(), "apistatus could not analyse " + c.getNameAsString() + " ("
                                + e.getClass().getSimpleName() + "); its handlers are not checked. Please report it.");
                    }
                }
            }
        }
        return out;
    }

    /**
     * Contract-first handlers found by {@link #read()} whose mapping is in an interface the sources do not hold:
     * public {@code @Override} methods of a controller implementing an interface that is not in the project, and of
     * an openapi-generator {@code *ApiDelegate} implementation. Call after {@link #read()}.
     */
    public List<UnmappedHandler> unmappedHandlers() {
        return List.copyOf(unmapped);
    }

    /**
     * Where the project maps exceptions to statuses: every {@code @ExceptionHandler} and overridden
     * {@code ResponseEntityExceptionHandler} hook seen (advices, and the controllers read by {@link #read()}),
     * and the exception classes with their own status. Call after {@link #read()}.
     */
    public List<ErrorMapping> errorMappings() {
        return handlers.mappings();
    }

    private void readController(ClassOrInterfaceDeclaration c, List<CodeOperation> out) {
        boolean restController = Annotations.has(c, "RestController") || Annotations.has(c, "ResponseBody");
        Optional<AnnotationExpr> classMapping = Annotations.find(c, "RequestMapping");
        List<ClassOrInterfaceDeclaration> contracts = contracts(c);
        if (classMapping.isEmpty()) {
            classMapping = contracts.stream().map(i -> Annotations.find(i, "RequestMapping")).flatMap(Optional::stream).findFirst();
        }
        List<String> prefixes = classMapping.map(a -> paths(a)).orElse(List.of(""));
        List<String> classProduces = classMapping.map(a -> strings(a, "produces")).orElse(List.of());
        List<String> classConsumes = classMapping.map(a -> strings(a, "consumes")).orElse(List.of());
        Optional<AnnotationExpr> classStatus = Annotations.find(c, "ResponseStatus");
        List<SpringExceptionHandlers.Handler> local = handlers.handlers(c);
        boolean webflux = isWebFlux(c);
        List<String> missing = missingContracts(c);
        boolean delegate = !Annotations.has(c, "RestController", "Controller");

        for (MethodDeclaration m : c.getMethods()) {
            if (m.isStatic() || m.isPrivate()) {
                continue;
            }
            Optional<MethodDeclaration> contract = contractMethod(m, contracts);
            Optional<AnnotationExpr> mapping = delegate ? Optional.empty() : mapping(m).or(() -> contract.flatMap(this::mapping));
            if (mapping.isEmpty()) {
                if (m.isPublic() && Annotations.has(m, "Override") && !OBJECT_METHODS.contains(m.getNameAsString()) && (delegate ? contract.isPresent() || !missing.isEmpty()
                        : contract.isEmpty() && !missing.isEmpty())) {
                    OperationAssembler assembler = assemble(m, c, contract, local, classStatus, List.of(), List.of(), webflux);
                    unmapped.add(new UnmappedHandler(m.getNameAsString(), delegate && missing.isEmpty()
                            ? contracts.stream().map(ClassOrInterfaceDeclaration::getNameAsString).toList() : missing,
                            assembler.build(null, null, m, m.getParameters(), webflux ? "spring-webflux" : "spring-mvc",
                                    c.getNameAsString() + "." + m.getNameAsString(), List.of())));
                }
                continue;
            }
            Type returned = SpringAnswers.unwrap(m.getType());
            String returnedName = returned.isClassOrInterfaceType() ? returned.asClassOrInterfaceType().getNameAsString() : returned.asString();
            boolean api = restController || Annotations.has(m, "ResponseBody")
                    || contract.map(cm -> Annotations.has(cm, "ResponseBody")).orElse(false)
                    || !VIEW_TYPES.contains(returnedName) && !returned.isVoidType();
            if (!api) {
                continue; // a view-rendering @Controller method: redirects and 200 pages are right there
            }
            List<HttpMethod> methods = methods(mapping.get());
            if (methods.isEmpty()) {
                continue;
            }
            List<String> produces = or(strings(mapping.get(), "produces"), classProduces);
            List<String> consumes = or(strings(mapping.get(), "consumes"), classConsumes);
            OperationAssembler assembler = assemble(m, c, contract, local, classStatus, consumes, produces, webflux);
            List<Parameter> parameters = contract.map(MethodDeclaration::getParameters).orElse(m.getParameters());
            for (String prefix : prefixes) {
                for (String path : paths(mapping.get())) {
                    for (HttpMethod method : methods) {
                        out.add(assembler.build(method, PathTemplates.join(prefix, path), m, parameters,
                                webflux ? "spring-webflux" : "spring-mvc", c.getNameAsString() + "." + m.getNameAsString(),
                                consumes));
                    }
                }
            }
        }
    }

    /** A handler's answers: its own, the exceptions it raises and those Spring raises around it, and what answers them. */
    private OperationAssembler assemble(MethodDeclaration m, ClassOrInterfaceDeclaration c, Optional<MethodDeclaration> contract,
                                        List<SpringExceptionHandlers.Handler> local, Optional<AnnotationExpr> classStatus,
                                        List<String> consumes, List<String> produces, boolean webflux) {
        Optional<AnnotationExpr> inheritedStatus = contract.flatMap(cm -> Annotations.find(cm, "ResponseStatus")).or(() -> classStatus);
        OperationAssembler assembler = new OperationAssembler(project, produces);

        SpringAnswers.Result own = answers.of(m, inheritedStatus);
        assembler.addAll(own.answers());
        own.unknowns().forEach(n -> assembler.unknown(n, "a status the handler computes at run time"));

        ThrowCollector.Result thrown = throwsOf.collect(m);
        thrown.unknowns().forEach(n -> assembler.unknown(n, "an exception whose type or handling cannot be read"));
        for (Thrown t : thrown.thrown()) {
            resolve(t, c, local, false, assembler);
        }
        for (Thrown t : frameworkExceptions(m, contract, consumes, produces, webflux)) {
            resolve(t, c, local, true, assembler);
        }
        return assembler;
    }

    /** The interfaces a class implements that are not in the project (generated at build time), library ones aside. */
    private List<String> missingContracts(ClassOrInterfaceDeclaration c) {
        List<String> out = new ArrayList<>();
        for (ClassOrInterfaceType t : c.getImplementedTypes()) {
            String name = t.getNameAsString();
            if (!NOT_CONTRACTS.contains(name) && project.type(name, c).isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    private void resolve(Thrown t, ClassOrInterfaceDeclaration c, List<SpringExceptionHandlers.Handler> local,
                         boolean framework, OperationAssembler assembler) {
        SpringExceptionHandlers.Resolution r = handlers.resolve(t, c, local, framework);
        for (Answer a : r.answers()) {
            if (a.isKnown()) {
                assembler.add(a);
            }
        }
        if (r.unknown()) {
            assembler.unknown(t.at(), "where " + t.type() + " ends cannot be told");
        }
    }

    /**
     * Exceptions Spring raises around a handler: unreadable or invalid bodies, missing or mistyped parameters,
     * unsupported media types, and any uncaught runtime exception.
     */
    private List<Thrown> frameworkExceptions(MethodDeclaration m, Optional<MethodDeclaration> contract,
                                             List<String> consumes, List<String> produces, boolean webflux) {
        List<Thrown> out = new ArrayList<>();
        Node at = m.getName();
        List<Parameter> params = new ArrayList<>(m.getParameters());
        contract.ifPresent(cm -> params.addAll(cm.getParameters()));
        boolean body = false;
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            // a BindingResult (or Errors) right after the validated argument receives its errors: Spring raises nothing
            boolean valid = Annotations.has(p, "Valid", "Validated") && !(i + 1 < params.size()
                    && Set.of("BindingResult", "Errors").contains(TypeHierarchy.simple(params.get(i + 1).getType().asString())));
            if (Annotations.has(p, "RequestBody")) {
                body = true;
                out.add(new Thrown(webflux ? "ServerWebInputException" : "HttpMessageNotReadableException", at, null, null));
                if (valid) {
                    out.add(new Thrown(webflux ? "WebExchangeBindException" : "MethodArgumentNotValidException", at, null, null));
                }
            } else if (valid || Annotations.has(p, "ModelAttribute")) {
                out.add(new Thrown(webflux ? "WebExchangeBindException" : "BindException", at, null, null));
            }
            Optional<AnnotationExpr> param = Annotations.find(p, "RequestParam", "RequestHeader", "PathVariable");
            if (param.isPresent()) {
                boolean optional = p.getType().asString().startsWith("Optional")
                        || Annotations.attribute(param.get(), "required").map(v -> v.toString().equals("false")).orElse(false)
                        || Annotations.attribute(param.get(), "defaultValue").isPresent();
                String name = param.get().getName().getIdentifier();
                if (!optional && !name.equals("PathVariable")) {
                    out.add(new Thrown(webflux ? "ServerWebInputException" : name.equals("RequestHeader")
                            ? "MissingRequestHeaderException" : "MissingServletRequestParameterException", at, null, null));
                }
                if (!p.getType().asString().equals("String") && !p.getType().asString().startsWith("Optional<String")) {
                    out.add(new Thrown(webflux ? "ServerWebInputException" : "MethodArgumentTypeMismatchException", at, null, null));
                }
            }
        }
        if (body || !consumes.isEmpty()) {
            out.add(new Thrown(webflux ? "UnsupportedMediaTypeStatusException" : "HttpMediaTypeNotSupportedException", at, null, null));
        }
        if (!produces.isEmpty()) {
            out.add(new Thrown(webflux ? "NotAcceptableStatusException" : "HttpMediaTypeNotAcceptableException", at, null, null));
        }
        out.add(new Thrown("RuntimeException", at, null, null));
        return out;
    }

    private Optional<AnnotationExpr> mapping(MethodDeclaration m) {
        return Annotations.find(m, "GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping", "RequestMapping");
    }

    private List<HttpMethod> methods(AnnotationExpr mapping) {
        HttpMethod fixed = MAPPINGS.get(mapping.getName().getIdentifier());
        if (fixed != null) {
            return List.of(fixed);
        }
        List<HttpMethod> out = new ArrayList<>();
        for (Expression e : Annotations.values(mapping, "method")) {
            String name = e.isFieldAccessExpr() ? e.asFieldAccessExpr().getNameAsString() : e.toString();
            HttpMethod.parse(name).ifPresent(out::add);
        }
        return out; // @RequestMapping without a method matches every method: not one operation we can name
    }

    private List<String> paths(AnnotationExpr a) {
        List<String> out = new ArrayList<>();
        List<Expression> values = Annotations.values(a, "value", "path");
        for (Expression e : values) {
            expressions.string(e).ifPresent(out::add);
        }
        if (values.isEmpty()) {
            out.add("");
        }
        return out;
    }

    private List<String> strings(AnnotationExpr a, String name) {
        List<String> out = new ArrayList<>();
        for (Expression e : Annotations.values(a, name)) {
            Optional<String> s = expressions.string(e);
            if (s.isPresent()) {
                out.add(s.get());
            } else if (e.isFieldAccessExpr()) {
                out.add(mediaConstant(e.asFieldAccessExpr().getNameAsString()));
            }
        }
        return out;
    }

    /** {@code MediaType.APPLICATION_PROBLEM_JSON_VALUE} gives {@code application/problem+json}. */
    static String mediaConstant(String name) {
        String n = name.endsWith("_VALUE") ? name.substring(0, name.length() - 6) : name;
        String[] parts = n.toLowerCase(java.util.Locale.ROOT).split("_", 2);
        if (parts.length < 2) {
            return n.toLowerCase(java.util.Locale.ROOT);
        }
        String subtype = parts[1].replace("problem_json", "problem+json").replace("problem_xml", "problem+xml")
                .replace("hal_json", "hal+json").replace("_", "-");
        return parts[0] + "/" + subtype;
    }

    private static List<String> or(List<String> first, List<String> fallback) {
        return first.isEmpty() ? fallback : first;
    }

    /** The project interfaces a controller implements (contract-first: generated API interfaces). */
    private List<ClassOrInterfaceDeclaration> contracts(ClassOrInterfaceDeclaration c) {
        List<ClassOrInterfaceDeclaration> out = new ArrayList<>();
        for (ClassOrInterfaceType t : c.getImplementedTypes()) {
            project.type(t.getNameAsString(), c).filter(TypeDeclaration::isClassOrInterfaceDeclaration)
                    .map(TypeDeclaration::asClassOrInterfaceDeclaration).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<MethodDeclaration> contractMethod(MethodDeclaration m, List<ClassOrInterfaceDeclaration> contracts) {
        for (ClassOrInterfaceDeclaration i : contracts) {
            for (MethodDeclaration cm : i.getMethodsByName(m.getNameAsString())) {
                if (cm.getParameters().size() == m.getParameters().size()) {
                    return Optional.of(cm);
                }
            }
        }
        return Optional.empty();
    }

    static boolean isWebFlux(ClassOrInterfaceDeclaration c) {
        return c.findCompilationUnit().map(u -> u.getImports().stream().anyMatch(i -> i.getNameAsString().startsWith("reactor.")
                || i.getNameAsString().startsWith("org.springframework.web.reactive"))).orElse(false);
    }
}
