package dev.apistatus.core.code.spring;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.Type;
import dev.apistatus.core.code.Annotations;
import dev.apistatus.core.code.Answer;
import dev.apistatus.core.code.AnswerFacts;
import dev.apistatus.core.code.Expressions;
import dev.apistatus.core.code.Internals;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.code.JavaTypeShape;
import dev.apistatus.core.code.TypeHierarchy;
import dev.apistatus.core.code.ThrowCollector;
import dev.apistatus.core.model.AnswerTrait;
import dev.apistatus.core.model.Evidence;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The answers a Spring handler method gives by itself, from its return type and its {@code return}
 * statements: builders, {@code @ResponseStatus}, plain bodies (200), {@code void} (200, empty), {@code null}
 * returns, and the Servlet response's {@code setStatus}/{@code sendError}.
 */
final class SpringAnswers {

    /** Wrappers Spring unwraps before looking at the value. */
    private static final Set<String> WRAPPERS = Set.of("Mono", "CompletableFuture", "CompletionStage",
            "DeferredResult", "Callable", "WebAsyncTask", "ListenableFuture", "Single", "Maybe", "Uni");

    /** The answers of one method, and the places it could not read. */
    record Result(List<Answer> answers, List<Node> unknowns) {
    }

    private final JavaProject project;
    private final Expressions expressions;
    private final AnswerFacts facts;
    private final ResponseEntityReader builders;
    private final ThrowCollector calls;

    SpringAnswers(JavaProject project, Expressions expressions, ThrowCollector calls) {
        this.project = project;
        this.expressions = expressions;
        this.facts = new AnswerFacts(project);
        this.builders = new ResponseEntityReader(project, expressions, calls, facts);
        this.calls = calls;
    }

    /**
     * An exception handler's answers: the same reading as a handler's (a plain body is a 200), with
     * {@code @ResponseStatus} on its class applying as Spring applies it.
     */
    Result ofExceptionHandler(MethodDeclaration m, TypeDeclaration<?> owner) {
        return of(m, Annotations.find(owner, "ResponseStatus"));
    }

    AnswerFacts facts() {
        return facts;
    }

    /**
     * @param inheritedStatus {@code @ResponseStatus} found on the interface method or the class
     */
    Result of(MethodDeclaration m, Optional<AnnotationExpr> inheritedStatus) {
        List<Answer> answers = new ArrayList<>();
        List<Node> unknowns = new ArrayList<>();
        Optional<AnnotationExpr> rs = Annotations.find(m, "ResponseStatus").or(() -> inheritedStatus);
        int declared = -1;
        Evidence declaredEvidence = null;
        if (rs.isPresent()) {
            OptionalInt s = Annotations.attribute(rs.get(), "value", "code").map(expressions::status).orElse(OptionalInt.empty());
            if (s.isPresent()) {
                declared = s.getAsInt();
                declaredEvidence = new Evidence(Evidence.Kind.ANNOTATION, project.locate(rs.get()), "@ResponseStatus(" + declared + ")");
            } else {
                unknowns.add(rs.get());
            }
        }
        Type type = unwrap(m.getType());
        String typeName = type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameAsString() : type.asString();
        boolean servletStatus = servlet(m, answers);
        boolean rawResponse = writesRawResponse(m);
        Set<AnswerTrait> implicit = declared > 0 || rs.isPresent() ? Set.of() : Set.of(AnswerTrait.IMPLICIT_STATUS);
        if (type.isVoidType() || typeName.equals("Void")) {
            if (!servletStatus || declared > 0) {
                answers.add(new Answer(declared > 0 ? declared : 200, declaredEvidence != null ? declaredEvidence
                        : new Evidence(Evidence.Kind.RETURN, project.locate(m.getName()), "void handler: 200 with an empty body"),
                        rawResponse, null, Set.of(), rawResponse, false).with(implicit));
            }
        } else if (typeName.equals("ResponseEntity") || typeName.equals("HttpEntity") || typeName.equals("ProblemDetail")
                || typeName.equals("ErrorResponse") || typeName.equals("ServerResponse")) {
            readReturns(m, declared, implicit, false, answers, unknowns);
            if (typeName.equals("HttpEntity") && answers.isEmpty() && unknowns.isEmpty()) {
                answers.add(plain(m, declared, declaredEvidence, typeName, rawResponse).with(implicit));
            }
        } else if (typeName.equals("Object") && returns(m).stream().anyMatch(r -> r.getExpression()
                .map(e -> !follow(e, 0).isEmpty()).orElse(false))) {
            // declared Object, returning a ResponseEntity on some paths: the value decides, path by path
            readReturns(m, declared, implicit, true, answers, unknowns);
        } else {
            if (!servletStatus || declared > 0) {
                answers.add(plain(m, declared, declaredEvidence, type.asString(), rawResponse).with(implicit));
            }
            for (ReturnStmt r : servletStatus && declared <= 0 ? List.<ReturnStmt>of() : returns(m)) {
                Expression e = r.getExpression().orElse(null);
                if (e == null) {
                    continue;
                }
                Set<AnswerTrait> traits = EnumSet.noneOf(AnswerTrait.class);
                traits.addAll(implicit);
                traits.addAll(facts.body(e));
                traits.addAll(facts.placement(r));
                if (traits.contains(AnswerTrait.RETURNS_NULL) || traits.contains(AnswerTrait.ERROR_BODY)
                        || traits.contains(AnswerTrait.FROM_CATCH_BLOCK)) {
                    answers.add(returned(r, e, declared, traits));
                }
                if (e instanceof NameExpr n && !traits.contains(AnswerTrait.ERROR_BODY)) {
                    answers.addAll(errorAssignments(m, r, n, declared, implicit));
                }
            }
        }
        return new Result(answers, unknowns);
    }

    /**
     * {@code if (ok) result = Result.success(x); else result = Result.failed(); return result;}: each error body
     * assigned on a branch to the local a plain-body handler returns is an answer of its own, at the assignment.
     * Assignments outside a branch are left out (a later one may overwrite them).
     */
    private List<Answer> errorAssignments(MethodDeclaration m, ReturnStmt r, NameExpr returned, int declared,
                                          Set<AnswerTrait> implicit) {
        List<Answer> out = new ArrayList<>();
        String name = returned.getNameAsString();
        boolean local = m.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name)).stream()
                .anyMatch(v -> v.findAncestor(MethodDeclaration.class).orElse(null) == m);
        if (!local) {
            return out;
        }
        for (AssignExpr a : m.findAll(AssignExpr.class, a -> a.getOperator() == AssignExpr.Operator.ASSIGN
                && a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(name) && Expressions.nearestScope(a) == m)) {
            if (!facts.isErrorBody(a.getValue()) || a.findAncestor(IfStmt.class)
                    .filter(i -> i.findAncestor(MethodDeclaration.class).orElse(null) == m).isEmpty()) {
                continue;
            }
            Set<AnswerTrait> traits = EnumSet.of(AnswerTrait.ERROR_BODY);
            traits.addAll(implicit);
            traits.addAll(facts.placement(a));
            int status = declared > 0 ? declared : 200;
            out.add(new Answer(status, new Evidence(Evidence.Kind.RETURN, project.locate(a), "returns " + name + ", set to "
                    + shorten(a.getValue()) + ": " + status, traits), true, null, Set.of(), false, false));
        }
        return out;
    }

    /** The answers of a method's returns: builders, nulls, and (when {@code plainFallback}) plain bodies. */
    private void readReturns(MethodDeclaration m, int declared, Set<AnswerTrait> implicit, boolean plainFallback,
                             List<Answer> answers, List<Node> unknowns) {
        for (ReturnStmt r : returns(m)) {
            Expression e = r.getExpression().orElse(null);
            if (e == null) {
                continue;
            }
            List<Answer> found = follow(e, 0);
            Set<AnswerTrait> bodyFacts = facts.body(e);
            if (found.isEmpty() || bodyFacts.contains(AnswerTrait.RETURNS_NULL)) {
                // return null (or opt.map(ResponseEntity::ok).orElse(null)): Spring answers 200 with no body
                if (bodyFacts.contains(AnswerTrait.RETURNS_NULL) || plainFallback) {
                    Set<AnswerTrait> traits = EnumSet.noneOf(AnswerTrait.class);
                    traits.addAll(implicit);
                    traits.addAll(bodyFacts);
                    traits.addAll(facts.placement(r));
                    answers.add(returned(r, e, declared, traits));
                } else if (found.isEmpty()) {
                    unknowns.add(r);
                }
            }
            for (Answer a : found) {
                if (!a.isKnown() && !a.passesExceptionStatus()) {
                    unknowns.add(r);
                }
                answers.add(a);
            }
        }
    }

    /** What a {@code return} of a plain value (or null) answers: the declared status, else 200. */
    private Answer returned(ReturnStmt r, Expression e, int declared, Set<AnswerTrait> traits) {
        int status = declared > 0 ? declared : 200;
        boolean isNull = traits.contains(AnswerTrait.RETURNS_NULL);
        String detail = e.isNullLiteralExpr() ? "returns null: " + status + " with an empty body"
                : isNull ? "returns a value that may be null (" + shorten(e) + "): " + status + ", empty when it is"
                : "returns " + shorten(e) + ": " + status;
        return new Answer(status, new Evidence(Evidence.Kind.RETURN, project.locate(r), detail, traits),
                !e.isNullLiteralExpr(), null, Set.of(), false, false);
    }

    /** A handler given the raw response (Servlet or WebFlux) may set headers and write a body we cannot see. */
    private static boolean writesRawResponse(MethodDeclaration m) {
        return m.getParameters().stream().map(p -> p.getType().asString())
                .anyMatch(t -> t.endsWith("HttpServletResponse") || t.endsWith("ServerHttpResponse")
                        || t.endsWith("ServerWebExchange"));
    }

    private Answer plain(MethodDeclaration m, int declared, Evidence declaredEvidence, String bodyType, boolean rawResponse) {
        int status = declared > 0 ? declared : 200;
        Evidence evidence = declaredEvidence != null ? declaredEvidence
                : new Evidence(Evidence.Kind.RETURN, project.locate(m.getName()), "returns " + bodyType + ": 200");
        boolean problem = new JavaTypeShape(project, bodyType, m, null).isProblem(new TypeHierarchy(project));
        return new Answer(status, evidence, true, bodyType, Set.of(), rawResponse, problem, -1,
                Internals.exposed(m).orElse(null));
    }

    private static String shorten(Expression e) {
        String text = e.toString().replaceAll("\\s+", " ");
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    /**
     * Builders in an expression; a local variable's assignments; a project method's own returns; the functions a
     * lookup is mapped through ({@link #chainAnswers}).
     */
    private List<Answer> follow(Expression e, int depth) {
        List<Answer> found = builders.read(e);
        if (depth > 3) {
            return found;
        }
        if (!found.isEmpty()) {
            if (e instanceof MethodCallExpr call) {
                List<Answer> out = new ArrayList<>(found);
                out.addAll(chainAnswers(call, depth, true));
                return out;
            }
            return found;
        }
        if (e instanceof NameExpr n) {
            Optional<CallableDeclaration> callable = e.findAncestor(CallableDeclaration.class);
            if (callable.isPresent()) {
                List<Answer> out = new ArrayList<>();
                for (VariableDeclarator v : callable.get().findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(n.getNameAsString()))) {
                    v.getInitializer().ifPresent(init -> out.addAll(follow(init, depth + 1)));
                }
                for (AssignExpr a : callable.get().findAll(AssignExpr.class, a -> a.getTarget() instanceof NameExpr t
                        && t.getNameAsString().equals(n.getNameAsString()))) {
                    out.addAll(follow(a.getValue(), depth + 1));
                }
                return out;
            }
        }
        if (e instanceof MethodCallExpr call) {
            Optional<MethodDeclaration> target = calls.resolve(call);
            if (target.isPresent()) {
                List<Answer> out = new ArrayList<>();
                for (ReturnStmt r : returns(target.get())) {
                    r.getExpression().ifPresent(x -> out.addAll(follow(x, depth + 1)));
                }
                return out;
            }
            return chainAnswers(call, depth, false);
        }
        return found;
    }

    /** Steps whose function's result becomes the chain's value: the last one of them answers. */
    private static final Set<String> MAPPING_STEPS = Set.of("map", "flatMap", "thenApply", "thenCompose");

    /** Steps whose argument is the chain's value when the looked-up value is absent. */
    private static final Set<String> FALLBACK_STEPS = Set.of("orElseGet", "orElse", "defaultIfEmpty", "switchIfEmpty");

    /**
     * What the functions of a chain answer that holds no builder of its own: the last mapping function
     * ({@code lookup.map(this::toResponse)}, {@code map(x -> { ...; return respond(x); })}) and the fallbacks
     * ({@code orElseGet(this::missing)}). A function that cannot be read gives an unknown answer, so that the
     * handler is not taken for fully read. Without a mapping step (and unless {@code withBuilders}, when the
     * chain's own builders already answer), nothing.
     */
    private List<Answer> chainAnswers(MethodCallExpr chain, int depth, boolean withBuilders) {
        List<Answer> out = new ArrayList<>();
        boolean mapped = false;
        for (Expression x = chain; x instanceof MethodCallExpr step; x = step.getScope().orElse(null)) {
            String name = step.getNameAsString();
            boolean mapping = MAPPING_STEPS.contains(name) && !mapped;
            if (step.getArguments().size() != 1 || !mapping && !FALLBACK_STEPS.contains(name)
                    || step.getArgument(0).isNullLiteralExpr()) {
                continue;
            }
            mapped |= mapping;
            Expression fn = step.getArgument(0);
            if (!builders.read(fn).isEmpty()) {
                continue; // its builders are the chain's own
            }
            List<Answer> answers = functionAnswers(fn, depth);
            if (answers == null) {
                out.add(new Answer(-1, new Evidence(Evidence.Kind.RETURN, project.locate(fn),
                        "an answer built where it cannot be read: " + shorten(fn)), true, null, Set.of(), true, false));
            } else {
                out.addAll(answers);
            }
        }
        return mapped || withBuilders ? out : List.of();
    }

    /**
     * What a function argument answers: a lambda's result, the returns of the project method a reference names, a
     * plain value. Empty when it only signals an error ({@code Mono.error(...)}, a lambda that throws): the
     * exception is read where it is raised. Null when it cannot be read.
     */
    private List<Answer> functionAnswers(Expression fn, int depth) {
        if (isSignal(fn)) {
            return List.of();
        }
        if (fn instanceof LambdaExpr lambda) {
            if (lambda.getExpressionBody().isPresent()) {
                return functionAnswers(lambda.getExpressionBody().get(), depth);
            }
            return returnsAnswers(lambda.findAll(ReturnStmt.class, r -> Expressions.nearestScope(r) == lambda), depth);
        }
        if (fn instanceof MethodReferenceExpr ref) {
            Optional<TypeDeclaration> owner = ref.findAncestor(TypeDeclaration.class);
            Optional<TypeDeclaration<?>> type = ref.getScope().isThisExpr() ? owner.map(t -> (TypeDeclaration<?>) t)
                    : ref.getScope().isTypeExpr() ? project.type(ref.getScope().toString(), ref) : Optional.empty();
            List<MethodDeclaration> targets = type.map(t -> t.getMethodsByName(ref.getIdentifier())).orElse(List.of())
                    .stream().filter(m -> m.getBody().isPresent()).toList();
            return targets.size() == 1 ? returnsAnswers(returns(targets.get(0)), depth) : null;
        }
        List<Answer> answers = follow(fn, depth + 1);
        return answers.isEmpty() ? null : answers;
    }

    /** The answers of every return, or null when one cannot be read; empty when there is no return (it throws). */
    private List<Answer> returnsAnswers(List<ReturnStmt> returns, int depth) {
        List<Answer> out = new ArrayList<>();
        for (ReturnStmt r : returns) {
            Expression x = r.getExpression().orElse(null);
            if (x == null || isSignal(x)) {
                continue;
            }
            List<Answer> answers = follow(x, depth + 1);
            if (answers.isEmpty()) {
                return null;
            }
            out.addAll(answers);
        }
        return out;
    }

    /** {@code Mono.error(...)}, {@code Flux.error(...)}: an error signal, whose exception is read where it is raised. */
    private static boolean isSignal(Expression e) {
        return e instanceof MethodCallExpr m && m.getNameAsString().equals("error")
                && m.getScope().map(s -> s.toString().equals("Mono") || s.toString().equals("Flux")).orElse(false);
    }

    /**
     * {@code response.setStatus(X)}, {@code response.sendError(X)}, {@code exchange.getResponse().setStatusCode(X)},
     * {@code response.sendRedirect(url)} (302 with Location); with the headers the method sets on the response
     * ({@code setHeader}, {@code addHeader}, {@code getHeaders().set(...)}), unknown when their names cannot be read.
     */
    private boolean servlet(MethodDeclaration m, List<Answer> answers) {
        boolean any = false;
        Set<String> headers = new LinkedHashSet<>();
        boolean headersUnknown = false;
        for (MethodCallExpr call : m.findAll(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            if ((name.equals("setHeader") || name.equals("addHeader") || (name.equals("set") || name.equals("add"))
                    && call.getScope().filter(x -> x instanceof MethodCallExpr h && h.getNameAsString().equals("getHeaders")).isPresent())
                    && call.getArguments().size() == 2) {
                Optional<String> header = builders.headerName(call.getArgument(0));
                header.ifPresent(headers::add);
                headersUnknown |= header.isEmpty();
            } else if (name.equals("setLocation") && call.getScope().filter(x -> x instanceof MethodCallExpr h
                    && h.getNameAsString().equals("getHeaders")).isPresent()) {
                headers.add("Location");
            }
        }
        for (MethodCallExpr call : m.findAll(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            if ((name.equals("setStatus") || name.equals("sendError") || name.equals("setStatusCode")) && !call.getArguments().isEmpty()
                    && call.getScope().isPresent()) {
                OptionalInt s = expressions.status(call.getArgument(0));
                any = true;
                answers.add(new Answer(s.orElse(-1), new Evidence(Evidence.Kind.SERVLET, project.locate(call),
                        call.getScope().get() + "." + name + "(" + call.getArgument(0) + ")"), name.equals("sendError"), null,
                        headers, headersUnknown, false).with(facts.placement(call)));
            } else if (name.equals("sendRedirect") && call.getArguments().size() == 1 && isServletResponse(call, m)) {
                any = true;
                Set<String> withLocation = new LinkedHashSet<>(headers);
                withLocation.add("Location");
                answers.add(new Answer(302, new Evidence(Evidence.Kind.SERVLET, project.locate(call),
                        call.getScope().get() + ".sendRedirect(...)"), false, null, withLocation, headersUnknown, false)
                        .with(facts.placement(call)));
            }
        }
        return any;
    }

    /** {@code response.sendRedirect(...)} on the handler's {@code HttpServletResponse} parameter. */
    private static boolean isServletResponse(MethodCallExpr call, MethodDeclaration m) {
        return call.getScope().filter(x -> x instanceof NameExpr).map(x -> ((NameExpr) x).getNameAsString())
                .map(n -> m.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(n)
                        && p.getType().asString().endsWith("HttpServletResponse"))).orElse(false);
    }

    /** The method's own return statements, not those of lambdas or classes inside it. */
    static List<ReturnStmt> returns(MethodDeclaration m) {
        return Expressions.ownReturns(m);
    }

    /** {@code Mono<ResponseEntity<X>>} gives {@code ResponseEntity<X>}. */
    static Type unwrap(Type type) {
        return Expressions.unwrapType(type, WRAPPERS);
    }
}
