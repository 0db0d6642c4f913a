package dev.apistatus.core.code.jaxrs;

import dev.apistatus.core.code.OperationAssembler;

import dev.apistatus.core.model.Response;

import dev.apistatus.core.model.CodeOperation;

import dev.apistatus.core.model.ErrorMapping;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.apistatus.core.code.Annotations;
import dev.apistatus.core.code.Answer;
import dev.apistatus.core.code.Expressions;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.code.Thrown;
import dev.apistatus.core.code.TypeHierarchy;
import dev.apistatus.core.model.Evidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a JAX-RS exception ends. Following the specification (Jakarta REST 3.1, section 4.5.4 / JAX-RS 2.1
 * section 3.3.4): a {@code WebApplicationException} whose response has an entity is sent as it is; otherwise
 * the {@code ExceptionMapper} whose type is the closest superclass of the exception answers (a Quarkus
 * {@code @ServerExceptionMapper} method of the resource class first, then the global ones); otherwise a
 * {@code WebApplicationException} sends its own response ({@code NotFoundException}: 404) and anything else
 * is a 500.
 */
final class ExceptionMappers {

    /** The fixed statuses of the {@code WebApplicationException} subclasses. */
    static final Map<String, Integer> FIXED = Map.of(
            "BadRequestException", 400, "NotAuthorizedException", 401, "ForbiddenException", 403,
            "NotFoundException", 404, "NotAllowedException", 405, "NotAcceptableException", 406,
            "NotSupportedException", 415, "InternalServerErrorException", 500, "ServiceUnavailableException", 503);

    /** Library exceptions whose status is a constructor argument. */
    private static final Set<String> CARRIERS = Set.of("WebApplicationException", "ClientErrorException",
            "ServerErrorException", "RedirectionException");

    /**
     * One mapper: an {@code ExceptionMapper<T>} class's {@code toResponse}, or a {@code @ServerExceptionMapper}
     * method.
     *
     * @param local a {@code @ServerExceptionMapper} declared in a resource class: it maps that class's exceptions
     */
    record Mapper(String name, List<String> types, MethodDeclaration method, String exceptionVar,
                  TypeDeclaration<?> owner, boolean local, boolean server) {
    }

    /** Where an exception ends. */
    record Resolution(List<Answer> answers, boolean unknown) {
    }

    /** How an argument of an exception constructor reads. */
    private enum Kind { STRING, STATUS, NUMBER, DATE, RESPONSE, THROWABLE, UNKNOWN }

    private final JavaProject project;
    private final Expressions expressions;
    private final TypeHierarchy types;
    private final ResponseBuilders builders;
    private final JaxRsAnswers answers;
    private final Constructors constructors;
    private final List<Mapper> mappers = new ArrayList<>();
    /** A mapper whose exception type cannot be told (a generic mapper registered by code): it may map anything. */
    private boolean opaqueMapper;
    private final Map<Mapper, JaxRsAnswers.Result> cache = new HashMap<>();

    ExceptionMappers(JavaProject project, Expressions expressions, TypeHierarchy types, ResponseBuilders builders,
                     JaxRsAnswers answers, Constructors constructors) {
        this.project = project;
        this.expressions = expressions;
        this.types = types;
        this.builders = builders;
        this.answers = answers;
        this.constructors = constructors;
        List<ClassOrInterfaceDeclaration> genericBases = new ArrayList<>();
        for (TypeDeclaration<?> t : project.implementations("ExceptionMapper")) {
            if (!t.isClassOrInterfaceDeclaration()) {
                continue;
            }
            ClassOrInterfaceDeclaration c = t.asClassOrInterfaceDeclaration();
            Optional<ClassOrInterfaceType> implemented = c.getImplementedTypes().stream()
                    .filter(i -> i.getNameAsString().equals("ExceptionMapper")).findFirst();
            Optional<String> handled = implemented.flatMap(i -> i.getTypeArguments()).filter(a -> a.size() == 1)
                    .map(a -> a.get(0).asString());
            if (handled.isEmpty() || c.getTypeParameters().stream().anyMatch(p -> p.getNameAsString().equals(handled.get()))) {
                if (c.isAbstract()) {
                    genericBases.add(c);
                } else {
                    opaqueMapper = true;
                }
                continue;
            }
            if (!c.isAbstract()) {
                mapperOf(c, c, TypeHierarchy.simple(handled.get()));
            }
        }
        for (CompilationUnit unit : project.entryPoints()) {
            for (ClassOrInterfaceDeclaration c : unit.findAll(ClassOrInterfaceDeclaration.class)) {
                if (!c.isAbstract() && !c.isInterface() && !c.getExtendedTypes().isEmpty()) {
                    ClassOrInterfaceType parent = c.getExtendedTypes().get(0);
                    for (ClassOrInterfaceDeclaration base : genericBases) {
                        if (base.getNameAsString().equals(parent.getNameAsString())) {
                            Optional<String> arg = parent.getTypeArguments().filter(a -> a.size() == 1).map(a -> a.get(0).asString());
                            if (arg.isPresent()) {
                                mapperOf(c, base, TypeHierarchy.simple(arg.get()));
                            } else {
                                opaqueMapper = true;
                            }
                        }
                    }
                }
                for (MethodDeclaration m : c.getMethods()) {
                    Optional<AnnotationExpr> a = Annotations.find(m, "ServerExceptionMapper");
                    if (a.isPresent()) {
                        serverMapper(c, m, a.get());
                    }
                }
            }
        }
    }

    /**
     * The mappers as the model's error mappings (for the rules on exception handling): each mapper's answers read
     * without a particular exception bound, so every branch counts.
     */
    List<ErrorMapping> errorMappings() {
        List<ErrorMapping> out = new ArrayList<>();
        for (Mapper m : mappers) {
            List<ErrorMapping.HandledType> handled = new ArrayList<>();
            for (String t : m.types()) {
                List<String> chain = types.chain(t, m.method());
                handled.add(new ErrorMapping.HandledType(t, chain.size() > 1 ? chain.subList(1, chain.size()) : List.of()));
            }
            List<Response> responses = new ArrayList<>();
            List<CodeOperation.Unknown> unknowns = new ArrayList<>();
            try {
                JaxRsAnswers.Result r = answers.ofMapper(m.method(), Binding.NONE, !m.server());
                for (Answer a : r.answers()) {
                    if (a.isKnown()) {
                        responses.add(OperationAssembler.response(project, a, List.of()));
                    } else {
                        unknowns.add(new CodeOperation.Unknown(a.evidence().location(), "a status computed at run time"));
                    }
                }
                r.unknowns().forEach(n -> unknowns.add(new CodeOperation.Unknown(project.locate(n), "a status computed at run time")));
            } catch (RuntimeException e) {
                unknowns.add(new CodeOperation.Unknown(project.locate(m.method().getName()), "the mapper could not be read"));
            }
            out.add(new ErrorMapping(ErrorMapping.Kind.EXCEPTION_MAPPER, m.name(), "jax-rs", handled, responses, unknowns,
                    project.locate(m.method().getName())));
        }
        return out;
    }

    private void mapperOf(ClassOrInterfaceDeclaration c, ClassOrInterfaceDeclaration declaring, String handled) {
        Optional<MethodDeclaration> toResponse = c.getMethodsByName("toResponse").stream()
                .filter(m -> m.getParameters().size() == 1 && m.getBody().isPresent()).findFirst()
                .or(() -> declaring.getMethodsByName("toResponse").stream()
                        .filter(m -> m.getParameters().size() == 1 && m.getBody().isPresent()).findFirst());
        if (toResponse.isEmpty()) {
            opaqueMapper = true;
            return;
        }
        MethodDeclaration m = toResponse.get();
        mappers.add(new Mapper(c.getNameAsString() + ".toResponse", List.of(handled), m, m.getParameter(0).getNameAsString(),
                c, false, false));
    }

    private void serverMapper(ClassOrInterfaceDeclaration c, MethodDeclaration m, AnnotationExpr a) {
        List<String> handled = new ArrayList<>();
        for (Expression e : Annotations.values(a, "value")) {
            if (e instanceof ClassExpr ce) {
                handled.add(TypeHierarchy.simple(ce.getType().asString()));
            }
        }
        String var = null;
        for (Parameter p : m.getParameters()) {
            String t = TypeHierarchy.simple(p.getType().asString());
            if (isThrowable(t, m)) {
                var = p.getNameAsString();
                if (handled.isEmpty()) {
                    handled.add(t);
                }
                break;
            }
        }
        if (handled.isEmpty()) {
            opaqueMapper = true;
            return;
        }
        boolean local = Annotations.has(c, "Path");
        mappers.add(new Mapper(c.getNameAsString() + "." + m.getNameAsString(), handled, m, var, c, local, true));
    }

    /** Where an exception raised in {@code owner}'s code ends. */
    Resolution resolve(Thrown thrown, ClassOrInterfaceDeclaration owner, boolean framework, String why) {
        Node context = context(thrown);
        List<String> chain = types.chain(thrown.type(), context);
        Answer carried = carried(thrown, chain);
        Evidence.Kind kind = framework ? Evidence.Kind.FRAMEWORK : Evidence.Kind.EXCEPTION;
        String raised = (framework ? "JAX-RS raises " : "throws ") + thrown.type()
                + (thrown.via() != null ? " (from " + thrown.via() + ")" : "") + (why != null ? " " + why : "");
        if (carried != null && carried.body()) {
            // a WebApplicationException built around a response with an entity: no mapper is asked
            return single(carried, kind, thrown, raised + " with its own response");
        }
        Optional<Mapper> mapper = best(owner, chain);
        if (mapper.isPresent()) {
            return mapped(mapper.get(), thrown, carried, kind, raised);
        }
        if (carried != null) {
            return single(carried, kind, thrown, raised);
        }
        boolean unknown = opaqueMapper || !types.isComplete(chain) && !mappers.isEmpty();
        return new Resolution(List.of(new Answer(500, new Evidence(kind, project.locate(thrown.at()),
                raised + ", which no exception mapper handles (500)"), false, null, Set.of(), false, false)), unknown);
    }

    /**
     * Where an exception the runtime raises ends when a built-in mapper of the runtime stands behind the user's:
     * only a user mapper for one of {@code chain} (nearest first) takes it over; else {@code builtin}.
     */
    Resolution resolveBuiltin(Thrown thrown, ClassOrInterfaceDeclaration owner, List<String> chain, int builtin, String why) {
        String raised = "JAX-RS raises " + thrown.type() + " " + why;
        Optional<Mapper> mapper = best(owner, chain);
        if (mapper.isPresent()) {
            return mapped(mapper.get(), thrown, null, Evidence.Kind.FRAMEWORK, raised);
        }
        return new Resolution(List.of(new Answer(builtin, new Evidence(Evidence.Kind.FRAMEWORK, project.locate(thrown.at()),
                raised + ", answered by the runtime's own mapper (" + builtin + ")"), false, null, Set.of(), false, false)),
                opaqueMapper);
    }

    private Resolution single(Answer carried, Evidence.Kind kind, Thrown thrown, String raised) {
        String status = carried.isKnown() ? Integer.toString(carried.status()) : "status computed at run time";
        Answer a = carried.withStatus(carried.status(), new Evidence(kind, project.locate(thrown.at()), raised + " (" + status + ")"));
        return new Resolution(List.of(a), !carried.isKnown());
    }

    private Resolution mapped(Mapper mapper, Thrown thrown, Answer carried, Evidence.Kind kind, String raised) {
        JaxRsAnswers.Result r;
        boolean independent = mapper.exceptionVar() == null || mapper.method().findAll(NameExpr.class,
                n -> n.getNameAsString().equals(mapper.exceptionVar())).isEmpty();
        if (independent && cache.containsKey(mapper)) {
            r = cache.get(mapper);
        } else {
            r = answers.ofMapper(mapper.method(), Binding.mapping(mapper.exceptionVar(), carried, thrown), !mapper.server());
            if (independent) {
                cache.put(mapper, r);
            }
        }
        List<Answer> out = new ArrayList<>();
        boolean unknown = r.answers().isEmpty() || !r.unknowns().isEmpty();
        for (Answer a : r.answers()) {
            if (!a.isKnown()) {
                unknown = true;
                continue;
            }
            boolean nullReturn = a.evidence().kind() == Evidence.Kind.RETURN;
            out.add(a.withStatus(a.status(), new Evidence(kind, project.locate(thrown.at()), raised + ", answered by "
                    + mapper.name() + (nullReturn ? ", which returns null" : "") + " (" + a.status() + ")")));
        }
        return new Resolution(out, unknown);
    }

    /** The mapper whose type is the nearest superclass of the exception: the resource's own first. */
    private Optional<Mapper> best(ClassOrInterfaceDeclaration owner, List<String> chain) {
        Mapper best = null;
        int distance = Integer.MAX_VALUE;
        for (boolean local : new boolean[] {true, false}) {
            for (Mapper m : mappers) {
                if (m.local() != local || local && m.owner() != owner) {
                    continue;
                }
                for (String t : m.types()) {
                    int d = chain.indexOf(t);
                    if (d >= 0 && d < distance) {
                        best = m;
                        distance = d;
                    }
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    private static Node context(Thrown thrown) {
        return thrown.creation() != null ? thrown.creation() : thrown.at();
    }

    /**
     * The response an exception of the {@code WebApplicationException} family carries by itself (status -1 when
     * it cannot be read); null for any other exception.
     */
    Answer carried(Thrown thrown, List<String> chain) {
        if (!chain.contains("WebApplicationException")) {
            return null;
        }
        Node context = context(thrown);
        List<Expression> args = thrown.creation() != null ? thrown.creation().getArguments()
                : isConstructorReference(thrown) ? List.of() : null;
        List<Constructors.Reached> reached = constructors.reach(thrown.type(), args, Binding.NONE, context);
        Answer merged = null;
        for (Constructors.Reached r : reached) {
            Answer a = library(r.type(), r.args(), r.binding(), context);
            merged = merged == null ? a : merge(merged, a);
        }
        return merged != null ? merged : unknownAnswer();
    }

    /** {@code orElseThrow(NotFoundException::new)}: the no-argument constructor. */
    private static boolean isConstructorReference(Thrown thrown) {
        return thrown.via() == null && thrown.at() instanceof MethodCallExpr call && call.getArguments().size() == 1
                && call.getArgument(0) instanceof MethodReferenceExpr ref && ref.getIdentifier().equals("new");
    }

    private static Answer unknownAnswer() {
        return new Answer(-1, null, false, null, Set.of(), false, false);
    }

    private static Answer merge(Answer a, Answer b) {
        Set<String> headers = new LinkedHashSet<>(a.headers());
        headers.retainAll(b.headers());
        return new Answer(a.status() == b.status() ? a.status() : -1, null, a.body() && b.body(),
                a.bodyType(), headers, a.headersUnknown() || b.headersUnknown() || !a.headers().equals(b.headers()),
                a.problem() && b.problem());
    }

    /** The response of a library exception created with these arguments (null: unknown arguments). */
    private Answer library(String type, List<Expression> args, Binding binding, Node context) {
        Integer fixed = FIXED.get(type);
        if (!CARRIERS.contains(type) && fixed == null) {
            return unknownAnswer(); // a WebApplicationException subclass of another library: its status is not known here
        }
        Set<String> headers = new LinkedHashSet<>();
        if (args == null) {
            if (type.equals("NotAllowedException")) {
                headers.add("Allow");
            } else if (type.equals("NotAuthorizedException")) {
                headers.add("WWW-Authenticate");
            }
            return new Answer(fixed != null ? fixed : -1, null, false, null, headers,
                    type.equals("ServiceUnavailableException") || type.equals("RedirectionException"), false);
        }
        Answer response = null;
        Expression statusArg = null;
        boolean unknownArg = false;
        boolean retryAfter = false;
        for (Expression arg : args) {
            switch (kind(arg, binding)) {
                case RESPONSE -> {
                    if (response == null) {
                        response = responseArg(arg, binding);
                    }
                }
                case STATUS -> {
                    if (statusArg == null) {
                        statusArg = arg;
                    }
                }
                case NUMBER, DATE -> retryAfter = true;
                case UNKNOWN -> unknownArg = true;
                default -> {
                }
            }
        }
        boolean hasResponseArg = args.stream().anyMatch(a -> kind(a, binding) == Kind.RESPONSE);
        if (response != null) {
            headers.addAll(response.headers());
        }
        boolean headersUnknown = hasResponseArg && response == null || response != null && response.headersUnknown();
        if (!hasResponseArg) {
            switch (type) {
                case "NotAllowedException" -> headers.add("Allow");
                case "NotAuthorizedException" -> headers.add("WWW-Authenticate");
                case "RedirectionException" -> headers.add("Location");
                case "ServiceUnavailableException" -> {
                    if (retryAfter) {
                        headers.add("Retry-After");
                    } else if (unknownArg) {
                        headersUnknown = true;
                    }
                }
                default -> {
                }
            }
        }
        int status;
        if (fixed != null) {
            status = fixed;
        } else if (hasResponseArg) {
            status = response == null ? -1 : response.status();
        } else if (statusArg != null) {
            status = builders.status(statusArg, binding).code();
        } else if (type.equals("WebApplicationException") && !unknownArg) {
            status = 500; // only a message and/or a cause
        } else {
            status = -1;
        }
        boolean body = response != null && response.body();
        return new Answer(status, null, body, body ? response.bodyType() : null, headers, headersUnknown,
                body && response.problem());
    }

    private Answer responseArg(Expression arg, Binding binding) {
        Expression bound = binding.bound(arg);
        if (bound != null) {
            return responseArg(bound, binding.outer());
        }
        List<Answer> found = answers.follow(arg, binding);
        return found.size() == 1 ? found.get(0) : null;
    }

    private Kind kind(Expression e, Binding b) {
        Expression bound = b.bound(e);
        if (bound != null) {
            return kind(bound, b.outer());
        }
        if (e.isStringLiteralExpr() || e.isTextBlockLiteralExpr()) {
            return Kind.STRING;
        }
        if (e.isIntegerLiteralExpr()) {
            return Kind.STATUS;
        }
        if (e.isLongLiteralExpr()) {
            return Kind.NUMBER;
        }
        if (e instanceof BinaryExpr be && be.getOperator() == BinaryExpr.Operator.PLUS) {
            return Kind.STRING;
        }
        if (e instanceof ObjectCreationExpr o) {
            String t = o.getType().getNameAsString();
            return t.equals("Date") ? Kind.DATE : isThrowable(t, o) ? Kind.THROWABLE : Kind.UNKNOWN;
        }
        if (e instanceof MethodCallExpr m) {
            String name = m.getNameAsString();
            if (Set.of("getMessage", "getLocalizedMessage", "format", "formatted", "toString", "concat", "join").contains(name)) {
                return Kind.STRING;
            }
            if (name.equals("build") || name.equals("getResponse") || !builders.read(m, b).isEmpty()) {
                return Kind.RESPONSE;
            }
            if (Set.of("getStatusCode", "getStatus", "getStatusInfo", "fromStatusCode").contains(name)
                    || expressions.status(m).isPresent()) {
                return Kind.STATUS;
            }
            if (name.equals("from") && m.getScope().map(s -> s.toString().equals("Date")).orElse(false)) {
                return Kind.DATE;
            }
            return Kind.UNKNOWN;
        }
        if (e instanceof FieldAccessExpr || e instanceof NameExpr) {
            if (expressions.status(e).isPresent()) {
                return Kind.STATUS;
            }
            if (expressions.string(e).isPresent()) {
                return Kind.STRING;
            }
        }
        if (e instanceof NameExpr n) {
            if (n.findAncestor(CatchClause.class).map(c -> c.getParameter().getNameAsString().equals(n.getNameAsString())).orElse(false)) {
                return Kind.THROWABLE;
            }
            Optional<String> type = ResponseBuilders.declaredType(n).or(() -> fieldType(n));
            if (type.isPresent()) {
                return byType(TypeHierarchy.simple(type.get()), n);
            }
        }
        return Kind.UNKNOWN;
    }

    private Kind byType(String t, Node context) {
        return switch (t) {
            case "String", "CharSequence" -> Kind.STRING;
            case "int", "Integer", "Status", "StatusType" -> Kind.STATUS;
            case "long", "Long" -> Kind.NUMBER;
            case "Date", "Instant" -> Kind.DATE;
            case "Response", "RestResponse" -> Kind.RESPONSE;
            default -> isThrowable(t, context) ? Kind.THROWABLE : Kind.UNKNOWN;
        };
    }

    private static Optional<String> fieldType(NameExpr n) {
        for (Node p = n.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof TypeDeclaration<?> t) {
                Optional<String> f = t.getFieldByName(n.getNameAsString()).map(fd -> fd.getElementType().asString());
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    private boolean isThrowable(String type, Node context) {
        String simple = TypeHierarchy.simple(type);
        return simple.endsWith("Exception") || simple.endsWith("Error") || simple.equals("Throwable")
                || types.chain(simple, context).contains("Throwable");
    }
}
