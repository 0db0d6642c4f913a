package dev.apistatus.core.code.jaxrs;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.Type;
import dev.apistatus.core.code.Annotations;
import dev.apistatus.core.code.Answer;
import dev.apistatus.core.code.Expressions;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.code.ThrowCollector;
import dev.apistatus.core.code.Thrown;
import dev.apistatus.core.model.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The answers a JAX-RS resource method (or an exception mapper) gives by itself, from its return type and its
 * {@code return} statements: {@code Response}/{@code RestResponse} builders (also through locals and project
 * helpers), {@code void} (204), a plain entity (200, or 204 when it is null), RESTEasy Reactive's
 * {@code @ResponseStatus}, and {@code AsyncResponse.resume(...)}.
 */
final class JaxRsAnswers {

    /** Wrappers the runtime unwraps before looking at the value. */
    private static final Set<String> WRAPPERS = Set.of("Uni", "CompletionStage", "CompletableFuture", "Single", "Maybe", "Mono");
    private static final int MAX_DEPTH = 6;

    /** The answers of one method, the places it could not read, and exceptions it signals through its answer. */
    record Result(List<Answer> answers, List<Node> unknowns, List<Thrown> thrown) {
    }

    private final JavaProject project;
    private final Expressions expressions;
    private final ResponseBuilders builders;
    private final ThrowCollector calls;
    private final Dispatch dispatch;

    JaxRsAnswers(JavaProject project, Expressions expressions, ResponseBuilders builders, ThrowCollector calls,
                 Dispatch dispatch) {
        this.project = project;
        this.dispatch = dispatch;
        this.expressions = expressions;
        this.builders = builders;
        this.calls = calls;
    }

    /**
     * A resource method's own answers.
     *
     * @param annotated where its JAX-RS annotations are (the method, or the interface method it implements)
     */
    Result ofResource(MethodDeclaration m, NodeWithAnnotations<?> annotated, List<Parameter> parameters) {
        List<Answer> answers = new ArrayList<>();
        List<Node> unknowns = new ArrayList<>();
        List<Thrown> thrown = new ArrayList<>();
        Optional<AnnotationExpr> rs = Annotations.find(m, "ResponseStatus").or(() -> Annotations.find(annotated, "ResponseStatus"));
        int declared = -1;
        Evidence declaredEvidence = null;
        if (rs.isPresent()) {
            OptionalInt s = Annotations.attribute(rs.get(), "value").map(expressions::status).orElse(OptionalInt.empty());
            if (s.isPresent()) {
                declared = s.getAsInt();
                declaredEvidence = new Evidence(Evidence.Kind.ANNOTATION, project.locate(rs.get()), "@ResponseStatus(" + declared + ")");
            } else {
                unknowns.add(rs.get());
            }
        }
        Set<String> declaredHeaders = responseHeaders(m);
        declaredHeaders.addAll(responseHeaders(annotated));
        Type type = unwrap(m.getType());
        String typeName = type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameAsString() : type.asString();

        for (int i = 0; i < parameters.size() && i < m.getParameters().size(); i++) {
            if (Annotations.has(parameters.get(i), "Suspended") || Annotations.has(m.getParameter(i), "Suspended")) {
                resumed(m, m.getParameter(i).getNameAsString(), answers, unknowns, thrown);
                return new Result(answers, unknowns, thrown);
            }
        }
        if (type.isVoidType() || typeName.equals("Void")) {
            Evidence ev = declaredEvidence != null ? declaredEvidence : new Evidence(Evidence.Kind.RETURN,
                    project.locate(m.getName()), "void resource method: 204 No Content");
            answers.add(new Answer(declared > 0 ? declared : 204, ev, false, null, declaredHeaders, false, false));
        } else if (typeName.equals("Response") || typeName.equals("RestResponse")) {
            for (ReturnStmt r : returns(m)) {
                Expression e = r.getExpression().orElse(null);
                if (e == null) {
                    continue;
                }
                if (e.isNullLiteralExpr()) {
                    answers.add(nullAnswer(r));
                    continue;
                }
                List<Answer> found = follow(e, Binding.NONE);
                if (found.isEmpty()) {
                    unknowns.add(r);
                }
                for (Answer a : found) {
                    if (!a.isKnown()) {
                        unknowns.add(r);
                    }
                    answers.add(a);
                }
            }
        } else if (typeName.equals("Object") || type.isWildcardType()) {
            // may return a Response or an entity: only what the returns show
            for (ReturnStmt r : returns(m)) {
                Expression e = r.getExpression().orElse(null);
                if (e == null) {
                    continue;
                }
                List<Answer> found = follow(e, Binding.NONE);
                if (e.isNullLiteralExpr()) {
                    answers.add(nullAnswer(r));
                } else if (!found.isEmpty()) {
                    found.forEach(a -> {
                        if (!a.isKnown()) {
                            unknowns.add(r);
                        }
                        answers.add(a);
                    });
                } else if (e instanceof ObjectCreationExpr || e.isLiteralExpr()) {
                    answers.add(new Answer(declared > 0 ? declared : 200, new Evidence(Evidence.Kind.RETURN, project.locate(r),
                            "returns an entity: " + (declared > 0 ? declared : 200)), true, ResponseBuilders.bodyType(e),
                            declaredHeaders, false, false));
                } else {
                    unknowns.add(r);
                }
            }
        } else {
            int status = declared > 0 ? declared : 200;
            Evidence ev = declaredEvidence != null ? declaredEvidence : new Evidence(Evidence.Kind.RETURN,
                    project.locate(m.getName()), "returns " + type.asString() + ": 200");
            List<ReturnStmt> returns = returns(m);
            if (returns.stream().anyMatch(r -> r.getExpression().filter(e -> !e.isNullLiteralExpr()).isPresent())) {
                // a method that only throws never answers with its entity
                answers.add(new Answer(status, ev, true, type.asString(), declaredHeaders, false, typeName.contains("Problem")));
            }
            for (ReturnStmt r : returns) {
                if (r.getExpression().filter(JaxRsAnswers::mayBeNull).isPresent()) {
                    if (declared > 0) {
                        unknowns.add(r); // what a null entity gives under @ResponseStatus is the runtime's choice
                    } else {
                        answers.add(nullAnswer(r));
                    }
                }
            }
        }
        return new Result(answers, unknowns, thrown);
    }

    /**
     * An exception mapper's answers: its returned responses (a null response is 204 for an
     * {@code ExceptionMapper}).
     */
    Result ofMapper(MethodDeclaration m, Binding binding, boolean nullIs204) {
        List<Answer> answers = new ArrayList<>();
        List<Node> unknowns = new ArrayList<>();
        List<String> chain = dispatch.chain(binding);
        for (ReturnStmt r : returns(m)) {
            Expression e = r.getExpression().orElse(null);
            if (e == null || !dispatch.reachable(r, m, binding, chain)) {
                continue;
            }
            if (e.isNullLiteralExpr()) {
                if (nullIs204) {
                    answers.add(nullAnswer(r));
                } else {
                    unknowns.add(r);
                }
                continue;
            }
            List<Answer> found = follow(e, binding);
            if (found.isEmpty()) {
                unknowns.add(r);
            }
            for (Answer a : found) {
                if (!a.isKnown()) {
                    unknowns.add(r);
                }
                answers.add(a);
            }
        }
        return new Result(answers, unknowns, List.of());
    }

    private Answer nullAnswer(ReturnStmt r) {
        return new Answer(204, new Evidence(Evidence.Kind.RETURN, project.locate(r), "returns null: 204 No Content"),
                false, null, Set.of(), false, false);
    }

    /** {@code asyncResponse.resume(x)}: a response, an entity, or an exception. */
    private void resumed(MethodDeclaration m, String async, List<Answer> answers, List<Node> unknowns, List<Thrown> thrown) {
        boolean any = false;
        for (MethodCallExpr call : m.findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("resume")
                && c.getArguments().size() == 1 && c.getScope().filter(s -> s.toString().equals(async)).isPresent())) {
            any = true;
            Expression arg = call.getArgument(0);
            List<Answer> found = follow(arg, Binding.NONE);
            if (!found.isEmpty()) {
                found.forEach(a -> {
                    if (!a.isKnown()) {
                        unknowns.add(call);
                    }
                    answers.add(a);
                });
            } else if (arg instanceof ObjectCreationExpr o && isExceptionName(o.getType().getNameAsString())) {
                thrown.add(new Thrown(o.getType().getNameAsString(), call, o, null));
            } else if (arg.isNullLiteralExpr()) {
                answers.add(new Answer(204, new Evidence(Evidence.Kind.RETURN, project.locate(call), "resumes with null: 204 No Content"),
                        false, null, Set.of(), false, false));
            } else if (arg instanceof ObjectCreationExpr o) {
                answers.add(new Answer(200, new Evidence(Evidence.Kind.RETURN, project.locate(call), "resumes with an entity: 200"),
                        true, o.getType().asString(), Set.of(), false, false));
            } else {
                unknowns.add(call);
            }
        }
        if (!any) {
            unknowns.add(m.getName()); // resumed elsewhere
        }
    }

    private static boolean isExceptionName(String name) {
        return name.endsWith("Exception") || name.endsWith("Error");
    }

    /** Every response an expression can evaluate to, following locals, helpers and the mapped exception. */
    List<Answer> follow(Expression e, Binding b) {
        return follow(e, b, 0, new LinkedHashSet<>());
    }

    private List<Answer> follow(Expression e, Binding b, int depth, Set<Node> seen) {
        List<Answer> found = builders.read(e, b);
        if (!found.isEmpty() || depth > MAX_DEPTH || !seen.add(e)) {
            return found;
        }
        Expression x = e;
        while (x instanceof EnclosedExpr || x instanceof CastExpr) {
            x = x instanceof EnclosedExpr en ? en.getInner() : ((CastExpr) x).getExpression();
        }
        List<Answer> out = new ArrayList<>();
        if (x instanceof ConditionalExpr c) {
            out.addAll(follow(c.getThenExpr(), b, depth + 1, seen));
            out.addAll(follow(c.getElseExpr(), b, depth + 1, seen));
            return out;
        }
        if (x instanceof NameExpr n) {
            Expression bound = b.bound(n);
            if (bound != null) {
                return b.outer() == null ? out : follow(bound, b.outer(), depth + 1, seen);
            }
            return variable(n, b, depth, seen);
        }
        if (x instanceof MethodCallExpr call) {
            Answer own = call.getNameAsString().equals("getResponse") ? builders.responseOf(call, b) : null;
            if (own != null) {
                out.add(own.withStatus(own.status(), builders.evidence(call, call.toString())));
                return out;
            }
            // builder.entity(x).build() on a builder held in a local
            Expression root = call;
            List<MethodCallExpr> steps = new ArrayList<>();
            while (root instanceof MethodCallExpr m && m.getScope().isPresent()) {
                steps.add(0, m);
                root = m.getScope().get();
            }
            if (root instanceof NameExpr var && !steps.isEmpty() && Character.isLowerCase(var.getNameAsString().charAt(0))
                    && isBuilderChain(steps)) {
                for (Answer base : follow(var, b, depth + 1, seen)) {
                    Answer a = base;
                    for (MethodCallExpr step : steps) {
                        a = builders.applyCall(a, step, b);
                    }
                    out.add(a);
                }
                return out;
            }
            Optional<MethodDeclaration> target = calls.resolve(call);
            if (target.isPresent()) {
                Binding inner = b.enter(target.get(), call.getArguments(), call);
                for (ReturnStmt r : returns(target.get())) {
                    r.getExpression().filter(v -> !v.isNullLiteralExpr()).ifPresent(v -> out.addAll(follow(v, inner, depth + 1, seen)));
                }
            }
        }
        return out;
    }

    private static boolean isBuilderChain(List<MethodCallExpr> steps) {
        Set<String> builderMethods = Set.of("build", "entity", "header", "status", "location", "type", "tag",
                "lastModified", "cacheControl", "allow", "expires", "cookie", "link", "links", "encoding", "language",
                "contentLocation", "variant", "replaceAll");
        return steps.stream().allMatch(s -> builderMethods.contains(s.getNameAsString()));
    }

    /**
     * A local holding a response or a builder: its initializer and assignments, then the builder calls made on it
     * in statements of their own ({@code builder.header("Location", uri);}).
     */
    private List<Answer> variable(NameExpr n, Binding b, int depth, Set<Node> seen) {
        List<Answer> out = new ArrayList<>();
        Optional<CallableDeclaration> callable = n.findAncestor(CallableDeclaration.class);
        if (callable.isEmpty()) {
            return out;
        }
        String name = n.getNameAsString();
        List<Answer> bases = new ArrayList<>();
        for (VariableDeclarator v : callable.get().findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name))) {
            v.getInitializer().ifPresent(init -> bases.addAll(follow(init, b, depth + 1, seen)));
        }
        List<MethodCallExpr> sideCalls = new ArrayList<>();
        for (AssignExpr a : callable.get().findAll(AssignExpr.class, a -> a.getTarget() instanceof NameExpr t
                && t.getNameAsString().equals(name))) {
            if (rootName(a.getValue()).filter(name::equals).isPresent() && a.getValue() instanceof MethodCallExpr m) {
                sideCalls.add(m); // builder = builder.header(...)
            } else {
                bases.addAll(follow(a.getValue(), b, depth + 1, seen));
            }
        }
        for (ExpressionStmt s : callable.get().findAll(ExpressionStmt.class, s -> s.getExpression() instanceof MethodCallExpr m
                && rootName(m).filter(name::equals).isPresent())) {
            sideCalls.add(s.getExpression().asMethodCallExpr());
        }
        for (Answer base : bases) {
            Answer merged = base;
            for (MethodCallExpr side : sideCalls) {
                List<MethodCallExpr> steps = new ArrayList<>();
                for (Expression x = side; x instanceof MethodCallExpr m; x = m.getScope().orElse(null)) {
                    steps.add(0, m);
                }
                if (!isBuilderChain(steps)) {
                    continue;
                }
                Answer a = merged;
                boolean statusSet = false;
                for (MethodCallExpr step : steps) {
                    if (step.getNameAsString().equals("status")) {
                        statusSet = true;
                    }
                    a = builders.applyCall(a, step, b);
                }
                if (statusSet) {
                    out.add(a); // builder.status(...) set on some path: one more way to answer
                } else {
                    merged = a;
                }
            }
            out.add(merged);
        }
        return out;
    }

    private static Optional<String> rootName(Expression e) {
        Expression x = e;
        while (x instanceof MethodCallExpr m && m.getScope().isPresent()) {
            x = m.getScope().get();
        }
        return x instanceof NameExpr n && x != e ? Optional.of(n.getNameAsString()) : Optional.empty();
    }

    /** {@code @ResponseHeader(name = "X-Id", value = ...)} (RESTEasy Reactive), repeated or in a list. */
    private Set<String> responseHeaders(NodeWithAnnotations<?> node) {
        Set<String> out = new LinkedHashSet<>();
        for (AnnotationExpr a : node.getAnnotations()) {
            String name = a.getName().getIdentifier();
            List<AnnotationExpr> all = new ArrayList<>();
            if (name.equals("ResponseHeader")) {
                all.add(a);
            } else if (name.equals("List") && a.getName().getQualifier().map(q -> q.getIdentifier().equals("ResponseHeader")).orElse(false)
                    || name.equals("ResponseHeaders")) {
                Annotations.values(a, "value").stream().filter(Expression::isAnnotationExpr).map(Expression::asAnnotationExpr).forEach(all::add);
            }
            for (AnnotationExpr h : all) {
                Annotations.attribute(h, "name").flatMap(expressions::string).ifPresent(out::add);
            }
        }
        return out;
    }

    /** A returned expression that may be null: {@code null}, {@code x ? y : null}, {@code opt.orElse(null)}. */
    static boolean mayBeNull(Expression e) {
        if (e.isNullLiteralExpr()) {
            return true;
        }
        if (e instanceof EnclosedExpr en) {
            return mayBeNull(en.getInner());
        }
        if (e instanceof ConditionalExpr c) {
            return mayBeNull(c.getThenExpr()) || mayBeNull(c.getElseExpr());
        }
        return e instanceof MethodCallExpr m && m.getNameAsString().equals("orElse") && m.getArguments().size() == 1
                && m.getArgument(0).isNullLiteralExpr();
    }

    /** The method's own return statements, not those of lambdas or classes inside it. */
    static List<ReturnStmt> returns(CallableDeclaration<?> m) {
        return Expressions.ownReturns(m);
    }

    /** {@code Uni<Response>} gives {@code Response}. */
    static Type unwrap(Type type) {
        return Expressions.unwrapType(type, WRAPPERS);
    }
}
