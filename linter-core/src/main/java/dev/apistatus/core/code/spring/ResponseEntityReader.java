package dev.apistatus.core.code.spring;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.apistatus.core.code.Annotations;
import dev.apistatus.core.code.Answer;
import dev.apistatus.core.code.AnswerFacts;
import dev.apistatus.core.code.Expressions;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.code.Internals;
import dev.apistatus.core.code.JavaTypeShape;
import dev.apistatus.core.code.ThrowCollector;
import dev.apistatus.core.code.TypeHierarchy;
import dev.apistatus.core.model.AnswerTrait;
import dev.apistatus.core.model.Evidence;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads Spring's response builders in an expression: {@code ResponseEntity.ok(...)}, {@code created(uri)},
 * {@code status(HttpStatus.X)}, {@code new ResponseEntity<>(body, headers, status)}, {@code ResponseEntity::ok},
 * the chained {@code .header(...)}, {@code .location(...)}, {@code .body(...)}, {@code .build()};
 * {@code ProblemDetail.forStatus(...)} and {@code ErrorResponse.create(...)}.
 */
final class ResponseEntityReader {

    /** Static factories of ResponseEntity with a fixed status. */
    private static final Map<String, Integer> FACTORIES = Map.of(
            "ok", 200, "created", 201, "accepted", 202, "noContent", 204, "badRequest", 400,
            "notFound", 404, "unprocessableEntity", 422, "unprocessableContent", 422, "internalServerError", 500);

    private final JavaProject project;
    private final Expressions expressions;
    private final ThrowCollector calls;
    private final TypeHierarchy types;
    private final AnswerFacts facts;

    ResponseEntityReader(JavaProject project, Expressions expressions, ThrowCollector calls, AnswerFacts facts) {
        this.project = project;
        this.expressions = expressions;
        this.calls = calls;
        this.types = new TypeHierarchy(project);
        this.facts = facts;
    }

    /** Every response an expression can evaluate to, found by its builders; empty when there is none. */
    List<Answer> read(Expression e) {
        List<Answer> out = new ArrayList<>();
        for (MethodCallExpr call : e.findAll(MethodCallExpr.class)) {
            Answer a = fromFactory(call);
            if (a != null) {
                out.add(a);
                if (isOptionalOf(call)) {
                    // ResponseEntity.of(Optional), ofNullable(value): 404 with no body when there is nothing
                    out.add(new Answer(404, evidence(call, "ResponseEntity." + call.getNameAsString() + "(...) of nothing"),
                            false, null, Set.of(), false, false));
                }
            }
        }
        for (ObjectCreationExpr create : e.findAll(ObjectCreationExpr.class)) {
            String type = create.getType().getNameAsString();
            if (type.equals("ResponseEntity") && !create.getArguments().isEmpty()) {
                out.add(fromConstructor(create));
            }
        }
        for (MethodReferenceExpr ref : e.findAll(MethodReferenceExpr.class)) {
            if (isResponseEntity(ref.getScope().toString()) && FACTORIES.containsKey(ref.getIdentifier())) {
                int status = FACTORIES.get(ref.getIdentifier());
                out.add(new Answer(status, evidence(ref, "ResponseEntity::" + ref.getIdentifier()), true, null, Set.of(), false, false)
                        .with(facts.placement(ref)));
            }
        }
        return out;
    }

    /** {@code ResponseEntity.of(optional)} or {@code ofNullable(value)}, not {@code of(problemDetail).build()}. */
    private boolean isOptionalOf(MethodCallExpr call) {
        String name = call.getNameAsString();
        return (name.equals("ofNullable") || name.equals("of")) && call.getArguments().size() == 1 && !isChained(call)
                && call.getScope().map(s -> isResponseEntity(s.toString())).orElse(false)
                && !isProblem(bodyType(call.getArgument(0)));
    }

    private static boolean isChained(MethodCallExpr call) {
        return call.getParentNode().orElse(null) instanceof MethodCallExpr parent
                && parent.getScope().isPresent() && parent.getScope().get() == call;
    }

    private static boolean isResponseEntity(String scope) {
        return scope.equals("ResponseEntity") || scope.endsWith(".ResponseEntity");
    }

    private Answer fromFactory(MethodCallExpr call) {
        if (call.getNameAsString().equals("handleExceptionInternal") && call.getArguments().size() == 5
                && call.getScope().map(x -> x.isSuperExpr() || x.isThisExpr()).orElse(true)) {
            return fromHandleExceptionInternal(call);
        }
        if (call.getScope().isEmpty()) {
            return null;
        }
        String scope = call.getScope().get().toString();
        String name = call.getNameAsString();
        if (isResponseEntity(scope)) {
            int status;
            Set<String> headers = new LinkedHashSet<>();
            boolean body;
            String bodyType = null;
            if (FACTORIES.containsKey(name)) {
                status = FACTORIES.get(name);
                if (name.equals("created")) {
                    headers.add("Location");
                }
                body = name.equals("ok") && !call.getArguments().isEmpty() && !call.getArgument(0).isNullLiteralExpr();
            } else if (name.equals("status")) {
                status = call.getArguments().isEmpty() ? -1 : status(call.getArgument(0));
                body = false;
            } else if (name.equals("of") || name.equals("ofNullable")) {
                // of(Optional): 200 with the value, or 404 when empty (added by read); of(ProblemDetail): its status
                boolean problemArg = !call.getArguments().isEmpty() && isProblem(bodyType(call.getArgument(0)));
                status = problemArg || isChained(call) ? (call.getArguments().isEmpty() ? -1 : problemStatus(call.getArgument(0))) : 200;
                body = true;
            } else {
                return null;
            }
            Chain chain = chain(call);
            headers.addAll(chain.headers);
            body = body || chain.body;
            if (chain.bodyArg != null) {
                bodyType = bodyType(chain.bodyArg);
            }
            boolean problem = chain.problem || chain.bodyArg != null && isProblem(bodyType);
            String detail = "ResponseEntity." + name + "(" + (name.equals("status") ? call.getArgument(0).toString() : call.getArguments().isEmpty() ? "" : "...") + ")";
            Set<AnswerTrait> traits = EnumSet.noneOf(AnswerTrait.class);
            traits.addAll(facts.placement(call));
            if (chain.bodyArg != null && !name.equals("of") && !name.equals("ofNullable")) {
                traits.addAll(facts.body(chain.bodyArg));
            }
            if (problem) {
                traits.add(AnswerTrait.ERROR_BODY);
            }
            return new Answer(status, evidence(call, detail), body, bodyType, headers, chain.headersUnknown, problem,
                    problemStatus(chain.bodyArg), body ? Internals.exposed(call).orElse(null) : null).with(traits);
        }
        if ((scope.equals("ProblemDetail") && (name.equals("forStatus") || name.equals("forStatusAndDetail")))
                || (scope.equals("ErrorResponse") && (name.equals("create") || name.equals("builder")))) {
            int arg = scope.equals("ErrorResponse") ? 1 : 0;
            if (call.getArguments().size() <= arg || insideResponseEntity(call)) {
                return null;
            }
            int status = status(call.getArgument(arg));
            Set<AnswerTrait> traits = EnumSet.of(AnswerTrait.ERROR_BODY);
            traits.addAll(facts.placement(call));
            return new Answer(status, evidence(call, scope + "." + name + "(" + call.getArgument(arg) + ")"), true, scope,
                    Set.of(), false, true, Math.max(status, -1), Internals.exposed(call).orElse(null)).with(traits);
        }
        return null;
    }

    /**
     * {@code handleExceptionInternal(ex, body, headers, status, request)} in a {@code ResponseEntityExceptionHandler}
     * subclass (MVC or WebFlux): Spring's method answers {@code status} with {@code body} (or, for a null body, the
     * exception's own {@code ProblemDetail}). Not read when the project overrides it (or {@code createResponseEntity})
     * where the call would reach the override: the project's method is followed instead.
     */
    private Answer fromHandleExceptionInternal(MethodCallExpr call) {
        Optional<ClassOrInterfaceDeclaration> owner = call.findAncestor(ClassOrInterfaceDeclaration.class);
        if (owner.isEmpty() || !types.chain(owner.get().getNameAsString(), owner.get()).contains("ResponseEntityExceptionHandler")) {
            return null;
        }
        boolean viaSuper = call.getScope().map(Expression::isSuperExpr).orElse(false);
        TypeDeclaration<?> type = owner.get();
        for (int depth = 0; depth < 6 && type instanceof ClassOrInterfaceDeclaration c; depth++) {
            boolean overrides = !c.getMethodsByName("handleExceptionInternal").isEmpty()
                    || !c.getMethodsByName("createResponseEntity").isEmpty();
            if (overrides && !(viaSuper && depth == 0)) {
                return null;
            }
            type = c.getExtendedTypes().isEmpty() ? null
                    : project.type(c.getExtendedTypes().get(0).getNameAsString(), c).orElse(null);
        }
        Expression bodyArg = call.getArgument(1);
        Expression headersArg = call.getArgument(2);
        boolean body = !bodyArg.isNullLiteralExpr();
        String bodyType = body ? bodyType(bodyArg) : "ProblemDetail";
        boolean problem = !body || isProblem(bodyType);
        boolean headersUnknown = !headersArg.isNullLiteralExpr() && !(headersArg instanceof ObjectCreationExpr o
                && o.getArguments().isEmpty() && o.getType().getNameAsString().equals("HttpHeaders"));
        Set<AnswerTrait> traits = EnumSet.noneOf(AnswerTrait.class);
        traits.addAll(facts.placement(call));
        if (body) {
            traits.addAll(facts.body(bodyArg));
        }
        if (problem) {
            traits.add(AnswerTrait.ERROR_BODY);
        }
        int status = status(call.getArgument(3));
        return new Answer(status, evidence(call, "handleExceptionInternal(..., " + call.getArgument(3) + ", ...)"), true,
                body ? bodyType : null, Set.of(), headersUnknown, problem, body ? problemStatus(bodyArg) : -1,
                body ? Internals.exposed(call).orElse(null) : null).with(traits);
    }

    /** A ProblemDetail built inside a ResponseEntity's body: the ResponseEntity decides the status. */
    private static boolean insideResponseEntity(MethodCallExpr call) {
        for (Node p = call.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof MethodCallExpr m && (m.getNameAsString().equals("body") || m.getScope().map(s -> isResponseEntity(s.toString())).orElse(false))) {
                return true;
            }
            if (p instanceof ObjectCreationExpr o && o.getType().getNameAsString().equals("ResponseEntity")) {
                return true;
            }
            if (p instanceof com.github.javaparser.ast.stmt.Statement) {
                return false;
            }
        }
        return false;
    }

    private Answer fromConstructor(ObjectCreationExpr create) {
        List<Expression> args = create.getArguments();
        Expression last = args.get(args.size() - 1);
        int status = status(last);
        boolean body = false;
        Expression bodyArg = null;
        boolean headersUnknown = false;
        Set<String> headers = new LinkedHashSet<>();
        Expression headersArg = null;
        if (args.size() == 3) {
            bodyArg = args.get(0);
            headersArg = args.get(1).isNullLiteralExpr() ? null : args.get(1);
        } else if (args.size() == 2) {
            String first = args.get(0).toString().toLowerCase(Locale.ROOT);
            if (first.contains("header") || isHttpHeadersLocal(args.get(0))) {
                headersArg = args.get(0);
            } else {
                bodyArg = args.get(0);
            }
        }
        if (headersArg != null) {
            Optional<Set<String>> known = localHeaders(headersArg);
            known.ifPresent(headers::addAll);
            headersUnknown = known.isEmpty();
        }
        if (bodyArg != null && !bodyArg.isNullLiteralExpr()) {
            body = true;
        }
        Set<AnswerTrait> traits = EnumSet.noneOf(AnswerTrait.class);
        traits.addAll(facts.placement(create));
        if (bodyArg != null) {
            traits.addAll(facts.body(bodyArg));
        }
        boolean problem = body && isProblem(bodyType(bodyArg));
        if (problem) {
            traits.add(AnswerTrait.ERROR_BODY);
        }
        return new Answer(status, evidence(create, "new ResponseEntity<>(..., " + last + ")"), body,
                body ? bodyType(bodyArg) : null, headers, headersUnknown, problem,
                problemStatus(bodyArg), body ? Internals.exposed(create).orElse(null) : null).with(traits);
    }

    /**
     * The status an expression gives: a constant, {@link Answer#EXCEPTION_STATUS} when it is the own status of the
     * exception an {@code @ExceptionHandler} handles ({@code e.getStatusCode()} of a {@code ResponseStatusException}
     * or {@code ErrorResponseException} parameter), else -1.
     */
    private int status(Expression e) {
        OptionalInt s = expressions.status(e);
        if (s.isPresent()) {
            return s.getAsInt();
        }
        return passesExceptionStatus(e) ? Answer.EXCEPTION_STATUS : -1;
    }

    /** Calls that read a status exception's own status. */
    private static final Set<String> STATUS_GETTERS = Set.of("getStatusCode", "getStatus", "getRawStatusCode");

    /**
     * {@code e.getStatusCode()}, {@code e.getStatusCode().value()}, {@code HttpStatus.valueOf(e.getRawStatusCode())}
     * where {@code e} is the exception parameter of the {@code @ExceptionHandler} the expression stands in, and its
     * type is a {@code ResponseStatusException} or {@code ErrorResponseException}.
     */
    private boolean passesExceptionStatus(Expression expression) {
        Expression e = expression;
        for (int i = 0; i < 3; i++) {
            while (e.isEnclosedExpr() || e.isCastExpr()) {
                e = e.isEnclosedExpr() ? e.asEnclosedExpr().getInner() : e.asCastExpr().getExpression();
            }
            if (e instanceof MethodCallExpr m && m.getArguments().size() == 1 && (m.getNameAsString().equals("valueOf")
                    || m.getNameAsString().equals("resolve")) && m.getScope().map(x -> x.toString().endsWith("HttpStatus")
                    || x.toString().endsWith("HttpStatusCode")).orElse(false)) {
                e = m.getArgument(0);
            } else if (e instanceof MethodCallExpr m && m.getNameAsString().equals("value") && m.getArguments().isEmpty()
                    && m.getScope().isPresent()) {
                e = m.getScope().get();
            } else {
                break;
            }
        }
        if (!(e instanceof MethodCallExpr call) || !STATUS_GETTERS.contains(call.getNameAsString())
                || !call.getArguments().isEmpty() || !(call.getScope().orElse(null) instanceof NameExpr scope)) {
            return false;
        }
        Optional<MethodDeclaration> handler = call.findAncestor(MethodDeclaration.class);
        if (handler.isEmpty() || !Annotations.has(handler.get(), "ExceptionHandler")) {
            return false;
        }
        for (Parameter p : handler.get().getParameters()) {
            if (p.getNameAsString().equals(scope.getNameAsString())) {
                List<String> chain = types.chain(TypeHierarchy.simple(p.getType().asString()), p);
                return chain.contains("ResponseStatusException") || chain.contains("ErrorResponseException");
            }
        }
        return false;
    }

    /** What a builder chain adds: headers, a body. */
    private record Chain(Set<String> headers, boolean body, Expression bodyArg, boolean headersUnknown, boolean problem) {
    }

    private Chain chain(MethodCallExpr start) {
        Set<String> headers = new LinkedHashSet<>();
        boolean body = false;
        Expression bodyArg = null;
        boolean unknown = false;
        boolean problem = false;
        if (start.getNameAsString().equals("ok") && !start.getArguments().isEmpty()) {
            bodyArg = start.getArgument(0);
        }
        if ((start.getNameAsString().equals("of") || start.getNameAsString().equals("ofNullable")) && !start.getArguments().isEmpty()) {
            bodyArg = start.getArgument(0);
        }
        Node current = start;
        while (current.getParentNode().orElse(null) instanceof MethodCallExpr parent
                && parent.getScope().isPresent() && parent.getScope().get() == current) {
            String name = parent.getNameAsString();
            switch (name) {
                case "body" -> {
                    body = !parent.getArguments().isEmpty() && !parent.getArgument(0).isNullLiteralExpr();
                    bodyArg = parent.getArguments().isEmpty() ? null : parent.getArgument(0);
                }
                case "header" -> {
                    if (!parent.getArguments().isEmpty()) {
                        Optional<String> h = headerName(parent.getArgument(0));
                        if (h.isPresent()) {
                            headers.add(h.get());
                        } else {
                            unknown = true;
                        }
                    }
                }
                case "location" -> headers.add("Location");
                case "eTag" -> headers.add("ETag");
                case "allow" -> headers.add("Allow");
                case "lastModified" -> headers.add("Last-Modified");
                case "cacheControl" -> headers.add("Cache-Control");
                case "headers" -> {
                    Optional<Set<String>> known = parent.getArguments().size() == 1
                            ? localHeaders(parent.getArgument(0)) : Optional.empty();
                    known.ifPresent(headers::addAll);
                    unknown |= known.isEmpty();
                }
                case "contentType" -> problem = !parent.getArguments().isEmpty()
                        && parent.getArgument(0).toString().contains("PROBLEM");
                default -> {
                }
            }
            current = parent;
        }
        return new Chain(headers, body, bodyArg, unknown, problem);
    }

    /** {@code HttpHeaders} setters and the header each sets. */
    private static final Map<String, String> HEADER_SETTERS = Map.of("setLocation", "Location", "setContentType",
            "Content-Type", "setETag", "ETag", "setAllow", "Allow", "setCacheControl", "Cache-Control", "setLastModified",
            "Last-Modified", "setContentLength", "Content-Length", "setExpires", "Expires");

    private static boolean isHttpHeadersLocal(Expression e) {
        return e instanceof NameExpr n && ThrowCollector.typeOfName(n.getNameAsString(), e, null)
                .map(t -> TypeHierarchy.simple(t).equals("HttpHeaders")).orElse(false);
    }

    /**
     * The headers a local {@code HttpHeaders headers = new HttpHeaders()} ends up holding, when every use of it in
     * the method can be read: {@code headers.setLocation(uri)}, {@code headers.add("Retry-After", ...)}, and passing
     * it to a {@code ResponseEntity}. Empty when it cannot be told (another use, another origin).
     */
    private Optional<Set<String>> localHeaders(Expression e) {
        if (!(e instanceof NameExpr n)) {
            return Optional.empty();
        }
        Optional<CallableDeclaration> method = e.findAncestor(CallableDeclaration.class);
        if (method.isEmpty()) {
            return Optional.empty();
        }
        String name = n.getNameAsString();
        List<VariableDeclarator> declared = method.get().findAll(
                VariableDeclarator.class, v -> v.getNameAsString().equals(name));
        if (declared.size() != 1 || !(declared.get(0).getInitializer().orElse(null) instanceof ObjectCreationExpr init)
                || !init.getType().getNameAsString().equals("HttpHeaders") || !init.getArguments().isEmpty()) {
            return Optional.empty();
        }
        Set<String> out = new LinkedHashSet<>();
        for (NameExpr use : method.get().findAll(NameExpr.class, u -> u.getNameAsString().equals(name))) {
            Node parent = use.getParentNode().orElse(null);
            if (parent instanceof MethodCallExpr call && call.getScope().filter(x -> x == use).isPresent()) {
                String setter = HEADER_SETTERS.get(call.getNameAsString());
                if (setter != null) {
                    out.add(setter);
                    continue;
                }
                if ((call.getNameAsString().equals("add") || call.getNameAsString().equals("set")) && call.getArguments().size() == 2) {
                    Optional<String> header = headerName(call.getArgument(0));
                    if (header.isPresent()) {
                        out.add(header.get());
                        continue;
                    }
                }
                return Optional.empty();
            }
            boolean handedToResponse = parent instanceof ObjectCreationExpr o && o.getType().getNameAsString().equals("ResponseEntity")
                    || parent instanceof MethodCallExpr h && h.getNameAsString().equals("headers") && h.getArguments().size() == 1;
            if (!handedToResponse) {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    /** A header name: a string, {@code HttpHeaders.RETRY_AFTER}, or a constant holding one. */
    Optional<String> headerName(Expression e) {
        Optional<String> s = expressions.string(e);
        if (s.isPresent()) {
            return s;
        }
        if (e.isFieldAccessExpr() && e.asFieldAccessExpr().getScope().toString().endsWith("HttpHeaders")) {
            String constant = e.asFieldAccessExpr().getNameAsString();
            StringBuilder name = new StringBuilder();
            for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
                if (!name.isEmpty()) {
                    name.append('-');
                }
                name.append(part.equals("etag") ? "ETag" : part.equals("www") ? "WWW" : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
            return Optional.of(name.toString());
        }
        return Optional.empty();
    }

    /**
     * The status a problem body carries: {@code ProblemDetail.forStatus(X)} written in place, or held by a local
     * initialised with it; -1 when there is none or it cannot be read.
     */
    private int problemStatus(Expression body) {
        Expression e = body;
        if (e instanceof NameExpr n) {
            e = e.findAncestor(CallableDeclaration.class)
                    .flatMap(m -> m.findFirst(VariableDeclarator.class,
                            v -> v.getNameAsString().equals(n.getNameAsString())))
                    .flatMap(VariableDeclarator::getInitializer).orElse(null);
        }
        if (e instanceof MethodCallExpr m && m.getScope().filter(s -> s.toString().equals("ProblemDetail")).isPresent()
                && (m.getNameAsString().equals("forStatus") || m.getNameAsString().equals("forStatusAndDetail"))
                && !m.getArguments().isEmpty()) {
            return expressions.status(m.getArgument(0)).orElse(-1);
        }
        return -1;
    }

    /** True for ProblemDetail, ErrorResponse and the project's subclasses of ProblemDetail. */
    private boolean isProblem(String bodyType) {
        return bodyType != null && new JavaTypeShape(project, bodyType, null, null).isProblem(types);
    }

    /** The Java type of a body expression, or null when it cannot be told. */
    String bodyType(Expression e) {
        if (e == null || e.isNullLiteralExpr()) {
            return null;
        }
        if (e instanceof ObjectCreationExpr o) {
            return o.getType().asString();
        }
        if (e.isStringLiteralExpr() || e.isTextBlockLiteralExpr()
                || e.isBinaryExpr() && e.asBinaryExpr().getOperator() == com.github.javaparser.ast.expr.BinaryExpr.Operator.PLUS
                && (e.asBinaryExpr().getLeft().isStringLiteralExpr() || e.asBinaryExpr().getRight().isStringLiteralExpr())) {
            return "String";
        }
        if (e instanceof NameExpr n) {
            return ThrowCollector.typeOfName(n.getNameAsString(), e,
                    e.findAncestor(com.github.javaparser.ast.body.TypeDeclaration.class).orElse(null)).orElse(null);
        }
        if (e instanceof MethodCallExpr m) {
            String name = m.getNameAsString();
            String scope = m.getScope().map(Object::toString).orElse("");
            if (scope.equals("Map") || scope.equals("ImmutableMap") || name.equals("singletonMap")) {
                return "Map";
            }
            if (scope.equals("List") || scope.equals("Set") || name.equals("singletonList") || name.equals("emptyList")) {
                return "List";
            }
            if (scope.equals("ProblemDetail") || name.equals("getBody") && m.getArguments().isEmpty()
                    && scope.matches("(?i).*(ex|exception|e)$")) {
                return "ProblemDetail";
            }
            if (scope.equals("String") && name.equals("format") || name.equals("getMessage")
                    || name.equals("getLocalizedMessage") || name.equals("toString")) {
                return "String";
            }
            return calls.resolve(m).map(md -> md.getType().asString()).orElse(null);
        }
        return null;
    }

    private Evidence evidence(Node node, String detail) {
        return new Evidence(Evidence.Kind.BUILDER, project.locate(node), detail);
    }
}
