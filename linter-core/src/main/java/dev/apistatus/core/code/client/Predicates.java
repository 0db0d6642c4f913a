package dev.apistatus.core.code.client;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.apistatus.core.model.StatusSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the predicates retry libraries take: Reactor's {@code filter(e -> e instanceof ..)}, Resilience4j's
 * {@code retryOnResult(r -> r.getStatusCode().is5xxServerError())}, Failsafe's {@code handleResultIf(..)}.
 */
final class Predicates {

    private static final StatusSet ERRORS = StatusSet.range(400, 599);

    /** What a predicate retries: exception types it names, and the statuses it accepts (null when unknown). */
    record Classifier(List<String> types, StatusSet statuses) {
        static final Classifier UNKNOWN = new Classifier(List.of(), null);
    }

    private final Values values;
    private final StatusConditions conditions;
    private final Resolver resolver;
    private final HttpCalls http;

    Predicates(Values values, StatusConditions conditions, Resolver resolver, HttpCalls http) {
        this.values = values;
        this.conditions = conditions;
        this.resolver = resolver;
        this.http = http;
    }

    /** A predicate on the response (a result predicate). */
    Classifier onResult(Expression fn) {
        Optional<Body> body = body(fn, 0);
        if (body.isEmpty()) {
            return Classifier.UNKNOWN;
        }
        StatusConditions.Eval ev = conditions.eval(body.get().expression, Set.of(), Set.of(body.get().parameter), 0);
        return ev.touches() ? new Classifier(List.of(), ev.must().intersect(ERRORS)) : Classifier.UNKNOWN;
    }

    /** A predicate on the exception. */
    Classifier onException(Expression fn) {
        Optional<Body> body = body(fn, 0);
        if (body.isEmpty()) {
            return Classifier.UNKNOWN;
        }
        return exception(body.get().expression, body.get().parameter, 0);
    }

    private Classifier exception(Expression e, String p, int depth) {
        Expression x = e instanceof EnclosedExpr en ? en.getInner() : e;
        if (depth > 6) {
            return Classifier.UNKNOWN;
        }
        if (x instanceof InstanceOfExpr i && i.getExpression() instanceof NameExpr n && n.getNameAsString().equals(p)) {
            String type = i.getType().asString();
            return new Classifier(List.of(type), ExceptionStatuses.of(type).orElse(StatusSet.NONE));
        }
        if (x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.OR) {
            Classifier l = exception(b.getLeft(), p, depth + 1);
            Classifier r = exception(b.getRight(), p, depth + 1);
            List<String> types = new ArrayList<>(l.types);
            types.addAll(r.types);
            return new Classifier(types, l.statuses == null || r.statuses == null ? null : l.statuses.union(r.statuses));
        }
        if (x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.AND) {
            Classifier l = exception(b.getLeft(), p, depth + 1);
            Set<String> names = new HashSet<>(Set.of(p));
            b.getLeft().findAll(com.github.javaparser.ast.expr.TypePatternExpr.class).forEach(pe -> names.add(pe.getNameAsString()));
            StatusConditions.Eval ev = conditions.eval(b.getRight(), Set.of(), names, 0);
            if (!l.types.isEmpty() && ev.touches()) {
                StatusSet base = l.statuses == null || l.statuses.isEmpty() ? ERRORS : l.statuses;
                return new Classifier(l.types, base.intersect(ev.must()));
            }
            if (!l.types.isEmpty()) {
                return new Classifier(l.types, null);
            }
            return Classifier.UNKNOWN;
        }
        StatusConditions.Eval ev = conditions.eval(x, Set.of(), Set.of(p), 0);
        if (ev.touches()) {
            return new Classifier(List.of(), ev.must().intersect(ERRORS));
        }
        if (x instanceof MethodCallExpr m && m.getArguments().stream().anyMatch(a -> a instanceof NameExpr n && n.getNameAsString().equals(p))) {
            try {
                Optional<MethodDeclaration> target = resolver.resolve(m);
                if (target.isPresent()) {
                    Optional<Expression> r = StatusConditions.singleReturn(target.get());
                    int idx = -1;
                    for (int i = 0; i < m.getArguments().size(); i++) {
                        if (m.getArgument(i) instanceof NameExpr n && n.getNameAsString().equals(p)) {
                            idx = i;
                        }
                    }
                    if (r.isPresent() && idx >= 0 && idx < target.get().getParameters().size()) {
                        return exception(r.get(), target.get().getParameter(idx).getNameAsString(), depth + 1);
                    }
                }
            } catch (RuntimeException ignored) {
                // unknown
            }
        }
        return Classifier.UNKNOWN;
    }

    private record Body(Expression expression, String parameter) {
    }

    private Optional<Body> body(Expression fn, int depth) {
        if (depth > 4 || fn == null) {
            return Optional.empty();
        }
        if (fn instanceof LambdaExpr l && l.getParameters().size() >= 1) {
            String p = l.getParameter(l.getParameters().size() == 1 ? 0 : l.getParameters().size() - 1).getNameAsString();
            if (l.getBody() instanceof ExpressionStmt s) {
                return Optional.of(new Body(s.getExpression(), p));
            }
            if (l.getBody() instanceof BlockStmt b && b.getStatements().size() == 1 && b.getStatement(0) instanceof ReturnStmt r
                    && r.getExpression().isPresent()) {
                return Optional.of(new Body(r.getExpression().get(), p));
            }
            return Optional.empty();
        }
        if (fn instanceof MethodReferenceExpr ref) {
            Optional<MethodDeclaration> m = http.reference(ref);
            if (m.isPresent() && m.get().getParameters().size() == 1) {
                return StatusConditions.singleReturn(m.get()).map(r -> new Body(r, m.get().getParameter(0).getNameAsString()));
            }
            return Optional.empty();
        }
        if (fn instanceof NameExpr || fn instanceof com.github.javaparser.ast.expr.FieldAccessExpr) {
            Optional<Expression> d = values.definition(fn);
            if (d.isPresent() && d.get() != fn) {
                return body(d.get(), depth + 1);
            }
        }
        return Optional.empty();
    }
}
