package dev.apistatus.core.code.jaxrs;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.ReturnStmt;
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
import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.RequestBody;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads JAX-RS resources ({@code javax.ws.rs} and {@code jakarta.ws.rs}; Jersey, RESTEasy, Quarkus REST): one
 * operation per resource method, with its full path ({@code @ApplicationPath}, the class's and the method's
 * {@code @Path}, sub-resource locators), and every status it can answer: its own returns, the exceptions it raises
 * and the mapper that answers them, and what the runtime answers on its own.
 */
public final class JaxRsReader {

    /** Text that marks a file worth parsing for resources, mappers and the application class. */
    public static final List<String> MARKERS = List.of("@Path", "ws.rs.Path", "ExceptionMapper", "@Provider", "@ApplicationPath");

    public static final String FRAMEWORK = "jax-rs";

    private static final Map<String, HttpMethod> VERBS = Map.of("GET", HttpMethod.GET, "POST", HttpMethod.POST,
            "PUT", HttpMethod.PUT, "DELETE", HttpMethod.DELETE, "PATCH", HttpMethod.PATCH, "HEAD", HttpMethod.HEAD,
            "OPTIONS", HttpMethod.OPTIONS);

    /** {@code MediaType} constants of JAX-RS and Quarkus ({@code RestMediaType}). */
    private static final Map<String, String> MEDIA_CONSTANTS = Map.ofEntries(
            Map.entry("APPLICATION_ATOM_XML", "application/atom+xml"),
            Map.entry("APPLICATION_FORM_URLENCODED", "application/x-www-form-urlencoded"),
            Map.entry("APPLICATION_JSON", "application/json"),
            Map.entry("APPLICATION_JSON_PATCH_JSON", "application/json-patch+json"),
            Map.entry("APPLICATION_OCTET_STREAM", "application/octet-stream"),
            Map.entry("APPLICATION_SVG_XML", "application/svg+xml"),
            Map.entry("APPLICATION_XHTML_XML", "application/xhtml+xml"),
            Map.entry("APPLICATION_XML", "application/xml"),
            Map.entry("MULTIPART_FORM_DATA", "multipart/form-data"),
            Map.entry("SERVER_SENT_EVENTS", "text/event-stream"),
            Map.entry("TEXT_HTML", "text/html"), Map.entry("TEXT_PLAIN", "text/plain"), Map.entry("TEXT_XML", "text/xml"),
            Map.entry("WILDCARD", "*/*"),
            Map.entry("APPLICATION_NDJSON", "application/x-ndjson"),
            Map.entry("APPLICATION_STREAM_JSON", "application/stream+json"));

    /** Types the runtime injects into a resource method without an annotation (Quarkus REST) or with {@code @Context}. */
    private static final Set<String> INJECTABLE = Set.of("UriInfo", "HttpHeaders", "Request", "SecurityContext",
            "AsyncResponse", "Sse", "SseEventSink", "ResourceContext", "Providers", "Application", "Configuration",
            "ResourceInfo", "SimpleResourceInfo", "HttpServerRequest", "HttpServerResponse", "RoutingContext",
            "ContainerRequestContext", "ServerRequestContext", "HttpServletRequest", "HttpServletResponse",
            "ServletContext", "ServletConfig", "Principal");

    /** Parameter annotations that do not make a parameter anything but the entity. */
    private static final Set<String> ENTITY_NEUTRAL = Set.of("Valid", "Validated", "NotNull", "NotEmpty", "NotBlank",
            "Size", "Parameter", "RequestBody", "Schema", "ConvertGroup", "Nonnull", "NonNull");

    /** Bean Validation constraints that, on a parameter, make the runtime validate it. */
    private static final Set<String> CONSTRAINTS = Set.of("NotNull", "NotEmpty", "NotBlank", "Size", "Min", "Max",
            "Pattern", "Email", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero", "DecimalMin", "DecimalMax",
            "Digits", "Past", "PastOrPresent", "Future", "FutureOrPresent", "AssertTrue", "AssertFalse", "Null");

    /** Entity types the runtime reads without parsing: reading them cannot fail on the body's content. */
    private static final Set<String> RAW_ENTITIES = Set.of("String", "byte[]", "char[]", "InputStream", "Reader", "File",
            "DataSource", "MultivaluedMap", "Form", "Buffer", "CharSequence", "EntityPart", "FileUpload", "Object");

    /** Parameter types whose conversion from the request's text cannot fail. */
    private static final Set<String> TEXT_TYPES = Set.of("String", "CharSequence", "PathSegment", "Cookie", "Object",
            "FileUpload", "InputStream", "File", "byte[]", "EntityPart", "Path");

    private static final int MAX_LOCATOR_DEPTH = 4;

    /** How a resource method parameter is filled. */
    private enum Role { PATH, QUERY, MATRIX, HEADER, COOKIE, FORM, BEAN, CONTEXT, ENTITY }

    /** An exception raised before the resource method runs (in a sub-resource locator), and where it is resolved. */
    private record Raised(Thrown thrown, ClassOrInterfaceDeclaration owner, boolean framework, String why) {
    }

    /**
     * What sub-resource locators add to the operations below them: their parameters, their exceptions (and the
     * runtime's, converting their parameters), and what they could not read.
     */
    private record Upstream(List<Parameter> parameters, List<Raised> raised, List<Node> unknowns) {
        static final Upstream NONE = new Upstream(List.of(), List.of(), List.of());
    }

    private final JavaProject project;
    private final Expressions expressions;
    private final TypeHierarchy types;
    private final ThrowCollector throwsOf;
    private final JaxRsAnswers answers;
    private final ExceptionMappers mappers;
    private final String applicationPath;
    private final boolean used;

    public JaxRsReader(JavaProject project) {
        this.project = project;
        this.expressions = new Expressions(project);
        this.types = new TypeHierarchy(project);
        this.throwsOf = new ThrowCollector(project, types);
        Constructors constructors = new Constructors(project);
        Dispatch dispatch = new Dispatch(types);
        ResponseBuilders builders = new ResponseBuilders(project, expressions, constructors, dispatch);
        this.answers = new JaxRsAnswers(project, expressions, builders, throwsOf, dispatch);
        this.used = project.entryPoints().stream().anyMatch(u -> u.getImports().stream().map(ImportDeclaration::getNameAsString)
                .anyMatch(n -> n.startsWith("javax.ws.rs") || n.startsWith("jakarta.ws.rs") || n.startsWith("org.jboss.resteasy.reactive")));
        this.mappers = used ? new ExceptionMappers(project, expressions, types, builders, answers, constructors) : null;
        this.applicationPath = used ? applicationPath() : "";
    }

    public List<CodeOperation> read() {
        List<CodeOperation> out = new ArrayList<>();
        if (!used) {
            return out; // no file imports JAX-RS: nothing to read, and no need to look for mappers
        }
        Set<ClassOrInterfaceDeclaration> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (CompilationUnit unit : project.entryPoints()) {
            for (ClassOrInterfaceDeclaration c : unit.findAll(ClassOrInterfaceDeclaration.class)) {
                Optional<AnnotationExpr> path = Annotations.find(c, "Path").filter(a -> isJaxRs(a, c, "Path"));
                if (path.isEmpty()) {
                    continue;
                }
                if (!c.isInterface() && !c.isAbstract()) {
                    if (done.add(c)) {
                        readResource(c, PathTemplates.join(applicationPath, path(path.get())), Upstream.NONE, 0, new LinkedHashSet<>(), out);
                    }
                } else if (c.isInterface() && !Annotations.has(c, "RegisterRestClient", "RegisterClientHeaders")) {
                    // contract-first: the interface carries the annotations, a project class implements it
                    for (TypeDeclaration<?> impl : project.implementations(c.getNameAsString())) {
                        if (impl instanceof ClassOrInterfaceDeclaration ic && !ic.isAbstract() && !Annotations.has(ic, "Path")
                                && done.add(ic)) {
                            readResource(ic, PathTemplates.join(applicationPath, path(path.get())), Upstream.NONE, 0,
                                    new LinkedHashSet<>(), out);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** {@code @ApplicationPath} of the one {@code Application} subclass, else nothing. */
    private String applicationPath() {
        Set<String> found = new LinkedHashSet<>();
        for (CompilationUnit unit : project.entryPoints()) {
            for (ClassOrInterfaceDeclaration c : unit.findAll(ClassOrInterfaceDeclaration.class)) {
                Annotations.find(c, "ApplicationPath").filter(a -> isJaxRs(a, c, "ApplicationPath"))
                        .flatMap(a -> Annotations.attribute(a, "value")).flatMap(expressions::string).ifPresent(found::add);
            }
        }
        return found.size() == 1 ? found.iterator().next() : "";
    }

    /** An annotation of JAX-RS: written qualified, or imported from {@code javax.ws.rs}/{@code jakarta.ws.rs}. */
    private static boolean isJaxRs(AnnotationExpr a, Node at, String simple) {
        String written = a.getNameAsString();
        if (written.contains(".")) {
            return written.startsWith("javax.ws.rs.") || written.startsWith("jakarta.ws.rs.");
        }
        return at.findCompilationUnit().map(u -> u.getImports().stream().anyMatch(i -> !i.isStatic()
                && (i.getNameAsString().equals("javax.ws.rs." + simple) || i.getNameAsString().equals("jakarta.ws.rs." + simple)
                || i.isAsterisk() && (i.getNameAsString().equals("javax.ws.rs") || i.getNameAsString().equals("jakarta.ws.rs")))))
                .orElse(false);
    }

    private void readResource(ClassOrInterfaceDeclaration c, String prefix, Upstream upstream, int depth,
                              Set<String> visiting, List<CodeOperation> out) {
        List<ClassOrInterfaceDeclaration> contracts = contracts(c);
        List<String> classProduces = media(c, contracts, "Produces");
        List<String> classConsumes = media(c, contracts, "Consumes");
        for (MethodDeclaration m : methods(c)) {
            if (m.isStatic() || m.isPrivate()) {
                continue;
            }
            Optional<MethodDeclaration> contract = contractMethod(m, contracts);
            MethodDeclaration annotated = hasJaxRs(m) || contract.isEmpty() || !hasJaxRs(contract.get()) ? m : contract.get();
            List<Parameter> parameters = annotated.getParameters();
            Optional<HttpMethod> verb = verb(annotated);
            Optional<AnnotationExpr> methodPath = Annotations.find(annotated, "Path");
            String path = PathTemplates.join(prefix, methodPath.map(this::path).orElse(""));
            if (verb.isEmpty()) {
                if (methodPath.isPresent()) {
                    locator(c, m, path, upstream, depth, visiting, out);
                }
                continue;
            }
            List<String> produces = or(mediaTypes(Annotations.find(annotated, "Produces")), classProduces);
            List<String> consumes = or(mediaTypes(Annotations.find(annotated, "Consumes")), classConsumes);
            OperationAssembler assembler = new OperationAssembler(project, produces);

            JaxRsAnswers.Result own = answers.ofResource(m, annotated, parameters);
            assembler.addAll(own.answers());
            own.unknowns().forEach(n -> assembler.unknown(n, "a status the resource method computes at run time"));
            for (Thrown t : own.thrown()) {
                resolve(t, c, false, null, assembler);
            }
            ThrowCollector.Result thrown = throwsOf.collect(m);
            thrown.unknowns().forEach(n -> assembler.unknown(n, "an exception whose type or handling cannot be read"));
            for (Thrown t : thrown.thrown()) {
                resolve(t, c, false, null, assembler);
            }
            signalled(m, c, assembler);
            for (Raised r : upstream.raised()) {
                resolve(r.thrown(), r.owner(), r.framework(), r.why(), assembler);
            }
            upstream.unknowns().forEach(n -> assembler.unknown(n, "an exception of the sub-resource locator whose handling cannot be read"));
            Parameter entity = framework(m, parameters, path, consumes, produces, c, assembler);

            List<Parameter> all = new ArrayList<>(upstream.parameters());
            all.addAll(parameters);
            CodeOperation op = assembler.build(verb.get(), path, m, all, FRAMEWORK,
                    c.getNameAsString() + "." + m.getNameAsString(), consumes);
            out.add(complete(op, all, path, entity));
        }
    }

    /** A {@code @Path} method without an HTTP method: a sub-resource locator; its returned class serves below it. */
    private void locator(ClassOrInterfaceDeclaration c, MethodDeclaration m, String path, Upstream upstream, int depth,
                         Set<String> visiting, List<CodeOperation> out) {
        Type returned = m.getType();
        if (returned.isClassOrInterfaceType() && returned.asClassOrInterfaceType().getNameAsString().equals("Class")) {
            Optional<Type> arg = returned.asClassOrInterfaceType().getTypeArguments().filter(a -> a.size() == 1).map(a -> a.get(0));
            if (arg.isEmpty()) {
                return;
            }
            returned = arg.get();
        }
        if (!returned.isClassOrInterfaceType() || depth >= MAX_LOCATOR_DEPTH) {
            return;
        }
        String name = returned.asClassOrInterfaceType().getNameAsString();
        Optional<TypeDeclaration<?>> target = project.type(name, m);
        if (target.isEmpty() || !(target.get() instanceof ClassOrInterfaceDeclaration sub)) {
            return;
        }
        if (sub.isInterface() || sub.isAbstract()) {
            List<TypeDeclaration<?>> impls = project.implementations(sub.getNameAsString()).stream()
                    .filter(t -> t instanceof ClassOrInterfaceDeclaration cd && !cd.isAbstract()).toList();
            if (impls.size() != 1) {
                return; // which implementation serves cannot be told
            }
            sub = (ClassOrInterfaceDeclaration) impls.get(0);
        }
        if (!visiting.add(sub.getNameAsString())) {
            return;
        }
        List<Parameter> parameters = new ArrayList<>(upstream.parameters());
        List<Raised> raised = new ArrayList<>(upstream.raised());
        List<Node> unknowns = new ArrayList<>(upstream.unknowns());
        Set<String> template = templateVariables(path);
        for (Parameter p : m.getParameters()) {
            Role role = role(p, template);
            if (role != Role.ENTITY && role != Role.CONTEXT && role != Role.BEAN) {
                parameters.add(p);
                if (mayFailConversion(p.getType())) {
                    raised.add(new Raised(new Thrown(conversionException(role, p.getType(), m), m.getName(), null, null), c, true,
                            conversionWhy(role, p.getType(), parameterName(p))));
                }
            }
        }
        ThrowCollector.Result r = throwsOf.collect(m);
        for (Thrown t : r.thrown()) {
            raised.add(new Raised(t, c, false, null));
        }
        unknowns.addAll(r.unknowns());
        for (ReturnStmt ret : JaxRsAnswers.returns(m)) {
            if (ret.getExpression().filter(JaxRsAnswers::mayBeNull).isPresent()) {
                raised.add(new Raised(new Thrown("NotFoundException", ret, null, null), c, true,
                        "(the sub-resource locator returned null)"));
            }
        }
        readResource(sub, path, new Upstream(parameters, raised, unknowns), depth + 1, visiting, out);
        visiting.remove(sub.getNameAsString());
    }

    private void resolve(Thrown t, ClassOrInterfaceDeclaration owner, boolean framework, String why, OperationAssembler assembler) {
        record(mappers.resolve(t, owner, framework, why), t, assembler);
    }

    private void builtin(Thrown t, ClassOrInterfaceDeclaration owner, List<String> chain, int status, String why,
                         OperationAssembler assembler) {
        record(mappers.resolveBuiltin(t, owner, chain, status, why), t, assembler);
    }

    private static void record(ExceptionMappers.Resolution r, Thrown t, OperationAssembler assembler) {
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
     * Failures a reactive resource signals instead of throwing: {@code Uni.createFrom().failure(new X())},
     * {@code .failWith(X::new)}, {@code CompletableFuture.failedFuture(new X())}.
     */
    private void signalled(MethodDeclaration m, ClassOrInterfaceDeclaration owner, OperationAssembler assembler) {
        for (MethodCallExpr call : m.findAll(MethodCallExpr.class, c -> c.getArguments().size() == 1 && (Set.of("failWith",
                "failedFuture", "failedStage").contains(c.getNameAsString()) || c.getNameAsString().equals("failure")
                && c.getScope().map(s -> s.toString().contains("createFrom")).orElse(false)))) {
            Expression arg = call.getArgument(0);
            Thrown t = null;
            if (arg instanceof ObjectCreationExpr o) {
                t = new Thrown(o.getType().getNameAsString(), call, o, null);
            } else if (arg instanceof MethodReferenceExpr ref && ref.getIdentifier().equals("new")) {
                t = new Thrown(TypeHierarchy.simple(ref.getScope().toString()), call, null, null);
            } else if (arg instanceof LambdaExpr lambda) {
                t = lambda.getBody().findFirst(ObjectCreationExpr.class)
                        .map(o -> new Thrown(o.getType().getNameAsString(), call, o, null)).orElse(null);
            }
            if (t != null) {
                resolve(t, owner, false, null, assembler);
            } else {
                assembler.unknown(call, "a failure whose type cannot be read");
            }
        }
    }

    /**
     * What the runtime raises around a resource method: a parameter it cannot convert (404 for path, query and
     * matrix parameters, 400 for headers, cookies and forms, as the specification says), a body it cannot read
     * (400) or validate (400), a media type it does not accept (415) or cannot produce (406), and any uncaught
     * exception (500). Each goes through the mappers. Returns the entity parameter, if any.
     */
    private Parameter framework(MethodDeclaration m, List<Parameter> parameters, String path, List<String> consumes,
                                List<String> produces, ClassOrInterfaceDeclaration owner, OperationAssembler assembler) {
        Node at = m.getName();
        Set<String> template = templateVariables(path);
        boolean validation = imports(m, "javax.validation") || imports(m, "jakarta.validation");
        Parameter entity = null;
        boolean validated = false;
        for (Parameter p : parameters) {
            Role role = role(p, template);
            if (role == Role.ENTITY) {
                entity = p;
                String type = TypeHierarchy.simple(p.getType().asString());
                if (!RAW_ENTITIES.contains(type) && !p.getType().isArrayType()) {
                    if (consumes.isEmpty() || consumes.stream().anyMatch(c -> c.contains("json"))) {
                        builtin(new Thrown("JsonParseException", at, null, null), owner, List.of("JsonParseException"), 400,
                                "(the body is not well-formed JSON)", assembler);
                        builtin(new Thrown("MismatchedInputException", at, null, null), owner,
                                List.of("MismatchedInputException", "JsonMappingException"), 400,
                                "(the body does not fit " + p.getType().asString() + ")", assembler);
                    } else {
                        resolve(new Thrown("BadRequestException", at, null, null), owner, true,
                                "(the body cannot be read as " + p.getType().asString() + ")", assembler);
                    }
                }
            } else if (role == Role.BEAN) {
                bean(p, m, template, owner, assembler);
            } else if (role != Role.CONTEXT) {
                conversion(role, p.getType(), parameterName(p), at, owner, assembler);
            }
            boolean constrained = Annotations.has(p, "Valid", "Validated")
                    || validation && p.getAnnotations().stream().anyMatch(a -> CONSTRAINTS.contains(a.getName().getIdentifier()));
            if (constrained && !validated && role != Role.CONTEXT) {
                validated = true;
                builtin(new Thrown("ConstraintViolationException", at, null, null), owner,
                        List.of("ConstraintViolationException", "ValidationException"), 400, "(Bean Validation fails)", assembler);
            }
        }
        if (entity != null || !consumes.isEmpty() && !consumes.contains("*/*")) {
            resolve(new Thrown("NotSupportedException", at, null, null), owner, true, "(unsupported request media type)", assembler);
        }
        if (!produces.isEmpty() && !produces.contains("*/*")) {
            resolve(new Thrown("NotAcceptableException", at, null, null), owner, true, "(no acceptable response media type)", assembler);
        }
        resolve(new Thrown("RuntimeException", at, null, null), owner, true, "(an uncaught exception)", assembler);
        return entity;
    }

    /** A parameter the runtime converts from text: a failure is 404 (path, query, matrix) or 400 (the rest). */
    private void conversion(Role role, Type type, String name, Node at, ClassOrInterfaceDeclaration owner,
                            OperationAssembler assembler) {
        if (!mayFailConversion(type)) {
            return;
        }
        resolve(new Thrown(conversionException(role, type, at), at, null, null), owner, true, conversionWhy(role, type, name), assembler);
    }

    /**
     * The specification's answer to a parameter it cannot convert: 404 for the URI's, 400 for the others; 400
     * for Dropwizard's {@code LongParam}-style wrappers, which raise it themselves.
     */
    private static String conversionException(Role role, Type type, Node at) {
        boolean wrapper = TypeHierarchy.simple(type.asString()).endsWith("Param") && imports(at, "io.dropwizard");
        return !wrapper && (role == Role.PATH || role == Role.QUERY || role == Role.MATRIX) ? "NotFoundException" : "BadRequestException";
    }

    private static String conversionWhy(Role role, Type type, String name) {
        return "(" + role.name().toLowerCase(Locale.ROOT) + " parameter " + name + " is not a valid " + type.asString() + ")";
    }

    /** The annotated fields (or record components) of a {@code @BeanParam}. */
    private void bean(Parameter p, MethodDeclaration m, Set<String> template, ClassOrInterfaceDeclaration owner,
                      OperationAssembler assembler) {
        Optional<TypeDeclaration<?>> type = project.type(TypeHierarchy.simple(p.getType().asString()), m);
        if (type.isEmpty()) {
            return;
        }
        if (type.get() instanceof RecordDeclaration r) {
            for (Parameter component : r.getParameters()) {
                Role role = role(component, template);
                if (role != Role.ENTITY && role != Role.CONTEXT && role != Role.BEAN) {
                    conversion(role, component.getType(), parameterName(component), m.getName(), owner, assembler);
                }
            }
            return;
        }
        for (FieldDeclaration f : type.get().getFields()) {
            Role role = annotatedRole(f);
            if (role != null && role != Role.CONTEXT && role != Role.BEAN) {
                conversion(role, f.getElementType(), f.getVariable(0).getNameAsString(), m.getName(), owner, assembler);
            }
        }
    }

    private Role role(Parameter p, Set<String> template) {
        Role annotated = annotatedRole(p);
        if (annotated != null) {
            return annotated;
        }
        if (p.getAnnotations().stream().anyMatch(a -> !ENTITY_NEUTRAL.contains(a.getName().getIdentifier())
                && !CONSTRAINTS.contains(a.getName().getIdentifier()))) {
            return Role.CONTEXT; // injected by something else (@Auth, @Inject...)
        }
        String type = TypeHierarchy.simple(p.getType().asString());
        if (INJECTABLE.contains(type)) {
            return Role.CONTEXT;
        }
        if (template.contains(p.getNameAsString())) {
            return Role.PATH; // Quarkus REST: a parameter named after a template variable (no import needed)
        }
        return Role.ENTITY;
    }

    private static Role annotatedRole(NodeWithAnnotations<?> node) {
        for (AnnotationExpr a : node.getAnnotations()) {
            switch (a.getName().getIdentifier()) {
                case "PathParam", "RestPath" -> {
                    return Role.PATH;
                }
                case "QueryParam", "RestQuery" -> {
                    return Role.QUERY;
                }
                case "MatrixParam", "RestMatrix" -> {
                    return Role.MATRIX;
                }
                case "HeaderParam", "RestHeader" -> {
                    return Role.HEADER;
                }
                case "CookieParam", "RestCookie" -> {
                    return Role.COOKIE;
                }
                case "FormParam", "RestForm" -> {
                    return Role.FORM;
                }
                case "BeanParam" -> {
                    return Role.BEAN;
                }
                case "Context", "Suspended", "MultipartForm" -> {
                    return Role.CONTEXT;
                }
                default -> {
                }
            }
        }
        return null;
    }

    private static final Set<String> NAMED_PARAMETERS = Set.of("PathParam", "RestPath", "QueryParam", "RestQuery",
            "MatrixParam", "RestMatrix", "HeaderParam", "RestHeader", "CookieParam", "RestCookie", "FormParam", "RestForm");

    private static String parameterName(Parameter p) {
        for (AnnotationExpr a : p.getAnnotations()) {
            Optional<Expression> v = Annotations.attribute(a, "value");
            if (NAMED_PARAMETERS.contains(a.getName().getIdentifier()) && v.isPresent() && v.get().isStringLiteralExpr()
                    && !v.get().asStringLiteralExpr().asString().isEmpty()) {
                return v.get().asStringLiteralExpr().asString();
            }
        }
        return p.getNameAsString();
    }

    /** Whether converting the request's text to this type can fail. */
    private static boolean mayFailConversion(Type type) {
        if (type.isClassOrInterfaceType()) {
            ClassOrInterfaceType c = type.asClassOrInterfaceType();
            String name = c.getNameAsString();
            if (Set.of("List", "Set", "SortedSet", "Optional", "Collection").contains(name)) {
                return c.getTypeArguments().filter(a -> a.size() == 1).map(a -> mayFailConversion(a.get(0))).orElse(false);
            }
            return !TEXT_TYPES.contains(name);
        }
        return !TEXT_TYPES.contains(type.asString());
    }

    /** Adds what the assembler does not know of JAX-RS: the entity as request body, Quarkus's own parameters. */
    private CodeOperation complete(CodeOperation op, List<Parameter> parameters, String path, Parameter entity) {
        Operation o = op.operation();
        List<dev.apistatus.core.model.Parameter> params = new ArrayList<>(o.parameters());
        Set<String> template = templateVariables(path);
        for (Parameter p : parameters) {
            String in = null;
            for (AnnotationExpr a : p.getAnnotations()) {
                in = switch (a.getName().getIdentifier()) {
                    case "RestQuery" -> "query";
                    case "RestHeader" -> "header";
                    case "RestCookie" -> "cookie";
                    default -> in;
                };
            }
            if (in == null && p.getAnnotations().isEmpty() && template.contains(p.getNameAsString())
                    && !INJECTABLE.contains(TypeHierarchy.simple(p.getType().asString()))) {
                in = "path";
            }
            if (in != null) {
                String name = parameterName(p);
                params.add(new dev.apistatus.core.model.Parameter(name, in, in.equals("path"), project.locate(p)));
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        params.removeIf(p -> !seen.add(p.in() + ":" + p.name())); // a sub-resource re-declaring the locator's parameter
        RequestBody body = o.requestBody() != null ? o.requestBody()
                : entity == null ? null : new RequestBody(true, List.of(), project.locate(entity));
        Operation completed = new Operation(o.method(), o.path(), o.operationId(), params, body, o.security(), o.responses(),
                o.location());
        return new CodeOperation(completed, op.framework(), op.handler(), op.unknowns(), op.consumes(), op.produces());
    }

    /** The variables of a path template: {@code /orders/{id: [0-9]+}} gives {@code id}. */
    static Set<String> templateVariables(String path) {
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        while ((i = path.indexOf('{', i)) >= 0) {
            int depth = 0;
            int end = i;
            StringBuilder name = new StringBuilder();
            boolean inName = true;
            for (; end < path.length(); end++) {
                char ch = path.charAt(end);
                if (ch == '{') {
                    depth++;
                    continue;
                }
                if (ch == '}' && --depth == 0) {
                    break;
                }
                if (ch == ':') {
                    inName = false;
                }
                if (inName && depth == 1) {
                    name.append(ch);
                }
            }
            if (!name.toString().isBlank()) {
                out.add(name.toString().trim());
            }
            i = end + 1;
        }
        return out;
    }

    private Optional<HttpMethod> verb(MethodDeclaration m) {
        for (AnnotationExpr a : m.getAnnotations()) {
            String name = a.getName().getIdentifier();
            HttpMethod fixed = VERBS.get(name);
            if (fixed != null) {
                return Optional.of(fixed);
            }
            if (Set.of("Path", "Produces", "Consumes", "Override", "Deprecated").contains(name)) {
                continue;
            }
            // a project annotation meta-annotated @HttpMethod("PATCH")
            Optional<TypeDeclaration<?>> declared = project.type(a.getNameAsString(), m);
            if (declared.isPresent() && declared.get() instanceof AnnotationDeclaration ad) {
                Optional<HttpMethod> custom = Annotations.find(ad, "HttpMethod").flatMap(h -> Annotations.attribute(h, "value"))
                        .flatMap(v -> expressions.string(v).or(() -> v instanceof FieldAccessExpr f ? Optional.of(f.getNameAsString())
                                : Optional.empty())).flatMap(HttpMethod::parse);
                if (custom.isPresent()) {
                    return custom;
                }
            }
        }
        return Optional.empty();
    }

    private boolean hasJaxRs(MethodDeclaration m) {
        return verb(m).isPresent() || Annotations.has(m, "Path", "Produces", "Consumes");
    }

    private String path(AnnotationExpr a) {
        return Annotations.attribute(a, "value").flatMap(expressions::string).orElse("");
    }

    private List<String> media(ClassOrInterfaceDeclaration c, List<ClassOrInterfaceDeclaration> contracts, String name) {
        List<String> own = mediaTypes(Annotations.find(c, name));
        if (!own.isEmpty()) {
            return own;
        }
        for (ClassOrInterfaceDeclaration i : contracts) {
            List<String> inherited = mediaTypes(Annotations.find(i, name));
            if (!inherited.isEmpty()) {
                return inherited;
            }
        }
        return List.of();
    }

    private List<String> mediaTypes(Optional<AnnotationExpr> a) {
        List<String> out = new ArrayList<>();
        if (a.isEmpty()) {
            return out;
        }
        for (Expression e : Annotations.values(a.get(), "value")) {
            mediaType(e).ifPresent(s -> {
                for (String part : s.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            });
        }
        return out;
    }

    private Optional<String> mediaType(Expression e) {
        Optional<String> s = expressions.string(e);
        if (s.isPresent()) {
            return s;
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            Optional<String> l = mediaType(b.getLeft());
            Optional<String> r = mediaType(b.getRight());
            return l.isPresent() && r.isPresent() ? Optional.of(l.get() + r.get()) : Optional.empty();
        }
        String name = e instanceof FieldAccessExpr f ? f.getNameAsString() : e instanceof NameExpr n ? n.getNameAsString() : null;
        if (name == null) {
            return Optional.empty();
        }
        String known = MEDIA_CONSTANTS.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        String[] parts = name.toLowerCase(Locale.ROOT).split("_", 2);
        if (parts.length < 2 || !Set.of("application", "text", "multipart", "image", "audio", "video").contains(parts[0])) {
            return Optional.empty();
        }
        String subtype = parts[1].replace("problem_json", "problem+json").replace("problem_xml", "problem+xml")
                .replace("hal_json", "hal+json").replace("_", "-");
        return Optional.of(parts[0] + "/" + subtype);
    }

    private static List<String> or(List<String> first, List<String> fallback) {
        return first.isEmpty() ? fallback : first;
    }

    /** The class's methods and those it inherits from project superclasses (not overridden). */
    private List<MethodDeclaration> methods(ClassOrInterfaceDeclaration c) {
        List<MethodDeclaration> out = new ArrayList<>(c.getMethods());
        Set<String> seen = new LinkedHashSet<>();
        out.forEach(m -> seen.add(m.getNameAsString() + "/" + m.getParameters().size()));
        TypeDeclaration<?> type = c;
        for (int i = 0; i < 5 && type instanceof ClassOrInterfaceDeclaration cd && !cd.getExtendedTypes().isEmpty(); i++) {
            type = project.type(cd.getExtendedTypes().get(0).getNameAsString(), cd).orElse(null);
            if (type == null) {
                break;
            }
            for (MethodDeclaration m : type.getMethods()) {
                if (seen.add(m.getNameAsString() + "/" + m.getParameters().size())) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** The project interfaces a resource implements (their methods may carry the JAX-RS annotations). */
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

    private static boolean imports(Node at, String prefix) {
        return at.findCompilationUnit().map(u -> u.getImports().stream()
                .map(ImportDeclaration::getNameAsString).anyMatch(n -> n.startsWith(prefix))).orElse(false);
    }

    /** The project's exception mappers as error mappings; empty when the project does not use JAX-RS. Call after {@link #read()}. */
    public List<dev.apistatus.core.model.ErrorMapping> errorMappings() {
        return mappers == null ? List.of() : mappers.errorMappings();
    }
}
