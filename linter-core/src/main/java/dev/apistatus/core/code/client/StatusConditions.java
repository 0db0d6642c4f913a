package dev.apistatus.core.code.client;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.apistatus.core.code.Expressions;
import dev.apistatus.core.model.StatusSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Evaluates a boolean condition over a response's status: for which statuses it may be true ({@code may}) and for
 * which it is certainly true ({@code must}). Parts that do not depend on the status make the two differ: a counter
 * or a deadline check (a guard) counts as true, anything else as "may be either".
 */
final class StatusConditions {

    private static final int MAX_DEPTH = 8;

    /** Getters that return a response's status code (int or a status object). */
    static final Set<String> STATUS_GETTERS = Set.of("statusCode", "getStatusCode", "getStatusCodeValue",
            "getRawStatusCode", "code", "getCode", "getStatus", "getResponseCode", "status");

    /** The outcome: statuses where the condition may hold and where it must hold; touches = the status mattered. */
    record Eval(StatusSet may, StatusSet must, boolean touches, boolean guard) {

        static final Eval UNKNOWN = new Eval(StatusSet.ALL, StatusSet.NONE, false, false);
        static final Eval GUARD = new Eval(StatusSet.ALL, StatusSet.ALL, false, true);

        static Eval exact(StatusSet s) {
            return new Eval(s, s, true, false);
        }

        Eval not() {
            return new Eval(must.complement(), may.complement(), touches, guard);
        }
    }

    private final Values values;
    private final Expressions expressions;
    private final Resolver resolver;

    StatusConditions(Values values, Resolver resolver) {
        this.values = values;
        this.expressions = new Expressions(values.project());
        this.resolver = resolver;
    }

    /** Evaluates with the default subjects: status getters on any variable, locals holding one. */
    Eval eval(Expression condition) {
        return eval(condition, Set.of(), Set.of(), 0);
    }

    /**
     * @param statusNames names that hold a status (a helper method's parameter)
     * @param responseNames names that hold a response (a helper method's parameter)
     */
    Eval eval(Expression e, Set<String> statusNames, Set<String> responseNames, int depth) {
        if (e == null || depth > MAX_DEPTH) {
            return Eval.UNKNOWN;
        }
        if (e instanceof EnclosedExpr en) {
            return eval(en.getInner(), statusNames, responseNames, depth + 1);
        }
        if (e instanceof BooleanLiteralExpr b) {
            return b.getValue() ? Eval.GUARD : new Eval(StatusSet.NONE, StatusSet.NONE, false, true);
        }
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return eval(u.getExpression(), statusNames, responseNames, depth + 1).not();
        }
        if (e instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR)) {
            Eval l = eval(b.getLeft(), statusNames, responseNames, depth + 1);
            Eval r = eval(b.getRight(), statusNames, responseNames, depth + 1);
            boolean and = b.getOperator() == BinaryExpr.Operator.AND;
            if (!l.touches && !r.touches) {
                if (l.guard && r.guard) {
                    return and ? new Eval(l.may.intersect(r.may), l.must.intersect(r.must), false, true)
                            : new Eval(l.may.union(r.may), l.must.union(r.must), false, true);
                }
                return Eval.UNKNOWN;
            }
            return and ? new Eval(l.may.intersect(r.may), l.must.intersect(r.must), true, false)
                    : new Eval(l.may.union(r.may), l.must.union(r.must), true, false);
        }
        if (e instanceof BinaryExpr b && isComparison(b.getOperator())) {
            Optional<Eval> c = comparison(b, statusNames, responseNames);
            if (c.isPresent()) {
                return c.get();
            }
            return mentionsStatus(e, statusNames, responseNames) ? new Eval(StatusSet.ALL, StatusSet.NONE, true, false)
                    : guardEval(e);
        }
        if (e instanceof MethodCallExpr m) {
            Optional<Eval> c = call(m, statusNames, responseNames, depth);
            if (c.isPresent()) {
                return c.get();
            }
        }
        if (e instanceof NameExpr n) {
            // boolean retryable = status == 503 || status == 429;
            Optional<Expression> def = values.definition(n);
            if (def.isPresent() && def.get() != n) {
                return eval(def.get(), statusNames, responseNames, depth + 1);
            }
        }
        if (mentionsStatus(e, statusNames, responseNames)) {
            return new Eval(StatusSet.ALL, StatusSet.NONE, true, false);
        }
        return guardEval(e);
    }

    /** A guard as the status analysis sees it: its value while attempts (or time) remain. */
    private Eval guardEval(Expression e) {
        if (!isGuard(e)) {
            return Eval.UNKNOWN;
        }
        Optional<Boolean> v = guardValue(e);
        if (v.isEmpty()) {
            return Eval.UNKNOWN;
        }
        return v.get() ? Eval.GUARD : new Eval(StatusSet.NONE, StatusSet.NONE, false, true);
    }

    /**
     * The value a counter or clock check has while attempts remain: {@code attempt < MAX} and {@code retries > 0}
     * are true, {@code attempt >= MAX}, {@code retries == 0} and {@code Instant.now().isAfter(deadline)} false.
     * Empty when the form does not tell.
     */
    Optional<Boolean> guardValue(Expression e) {
        Expression x = e instanceof EnclosedExpr en ? en.getInner() : e;
        if (x instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return guardValue(u.getExpression()).map(b -> !b);
        }
        if (x instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR)) {
            Optional<Boolean> l = guardValue(b.getLeft());
            Optional<Boolean> r = guardValue(b.getRight());
            if (l.isEmpty() || r.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(b.getOperator() == BinaryExpr.Operator.AND ? l.get() && r.get() : l.get() || r.get());
        }
        if (x instanceof MethodCallExpr m) {
            String n = m.getNameAsString();
            if (n.equals("isBefore") || n.equals("hasTimeLeft")) {
                return Optional.of(true);
            }
            if (n.equals("isAfter") || n.equals("isExpired") || n.equals("isOverdue")) {
                return Optional.of(false);
            }
            return Optional.empty();
        }
        if (!(x instanceof BinaryExpr b) || !isComparison(b.getOperator())) {
            return Optional.empty();
        }
        BinaryExpr.Operator op = b.getOperator();
        Expression left = b.getLeft();
        Expression right = b.getRight();
        if (isTimeCheck(x)) {
            boolean clockLeft = isClock(left);
            boolean clockRight = isClock(right);
            if (clockLeft == clockRight) {
                return Optional.empty();
            }
            BinaryExpr.Operator o = clockLeft ? op : flip(op);
            return switch (o) {
                case LESS, LESS_EQUALS -> Optional.of(true);
                case GREATER, GREATER_EQUALS -> Optional.of(false);
                default -> Optional.empty();
            };
        }
        boolean counterLeft = counterSide(left);
        boolean counterRight = counterSide(right);
        if (counterLeft == counterRight) {
            return Optional.empty();
        }
        BinaryExpr.Operator o = counterLeft ? op : flip(op);
        OptionalDouble c = values.number(counterLeft ? right : left);
        boolean zero = c.isPresent() && c.getAsDouble() == 0;
        boolean one = c.isPresent() && c.getAsDouble() == 1;
        return switch (o) {
            case LESS -> Optional.of(!(zero || one));
            case LESS_EQUALS -> Optional.of(!zero);
            case GREATER -> Optional.of(zero);
            case GREATER_EQUALS -> Optional.of(zero || one);
            case EQUALS -> Optional.of(false);
            case NOT_EQUALS -> Optional.of(true);
            default -> Optional.empty();
        };
    }

    private static boolean isClock(Expression e) {
        for (Node n : e.findAll(Node.class)) {
            if (n instanceof MethodCallExpr m && Set.of("currentTimeMillis", "nanoTime", "now", "instant", "millis", "elapsed")
                    .contains(m.getNameAsString())) {
                return true;
            }
            if (n instanceof NameExpr name && name.getNameAsString().toLowerCase(java.util.Locale.ROOT).contains("elapsed")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isComparison(BinaryExpr.Operator op) {
        return switch (op) {
            case EQUALS, NOT_EQUALS, LESS, LESS_EQUALS, GREATER, GREATER_EQUALS -> true;
            default -> false;
        };
    }

    private Optional<Eval> comparison(BinaryExpr b, Set<String> statusNames, Set<String> responseNames) {
        BinaryExpr.Operator op = b.getOperator();
        Expression left = b.getLeft();
        Expression right = b.getRight();
        boolean flipped = false;
        if (!isStatus(left, statusNames, responseNames) && !isSeries(left, statusNames, responseNames)) {
            Expression t = left;
            left = right;
            right = t;
            flipped = true;
        }
        if (isSeries(left, statusNames, responseNames)) {
            // status / 100 == 5
            OptionalDouble n = values.number(right);
            if (n.isEmpty()) {
                return Optional.empty();
            }
            int v = (int) n.getAsDouble();
            StatusSet s = StatusSet.NONE;
            for (int h = 1; h <= 5; h++) {
                if (compare(h, flipped ? flip(op) : op, v)) {
                    s = s.union(StatusSet.series(h));
                }
            }
            return Optional.of(Eval.exact(s));
        }
        if (!isStatus(left, statusNames, responseNames)) {
            return Optional.empty();
        }
        OptionalInt code = code(right);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        BinaryExpr.Operator o = flipped ? flip(op) : op;
        StatusSet s = StatusSet.NONE;
        for (int c = StatusSet.MIN; c <= StatusSet.MAX; c++) {
            if (compare(c, o, code.getAsInt())) {
                s = s.union(StatusSet.of(c));
            }
        }
        return Optional.of(Eval.exact(s));
    }

    private OptionalInt code(Expression e) {
        OptionalInt s = expressions.status(e);
        if (s.isPresent()) {
            return s;
        }
        OptionalDouble n = values.number(e);
        return n.isPresent() ? OptionalInt.of((int) n.getAsDouble()) : OptionalInt.empty();
    }

    private static BinaryExpr.Operator flip(BinaryExpr.Operator op) {
        return switch (op) {
            case LESS -> BinaryExpr.Operator.GREATER;
            case LESS_EQUALS -> BinaryExpr.Operator.GREATER_EQUALS;
            case GREATER -> BinaryExpr.Operator.LESS;
            case GREATER_EQUALS -> BinaryExpr.Operator.LESS_EQUALS;
            default -> op;
        };
    }

    static boolean compare(long a, BinaryExpr.Operator op, long b) {
        return switch (op) {
            case EQUALS -> a == b;
            case NOT_EQUALS -> a != b;
            case LESS -> a < b;
            case LESS_EQUALS -> a <= b;
            case GREATER -> a > b;
            case GREATER_EQUALS -> a >= b;
            default -> false;
        };
    }

    private Optional<Eval> call(MethodCallExpr m, Set<String> statusNames, Set<String> responseNames, int depth) {
        String name = m.getNameAsString();
        Optional<Expression> scope = m.getScope();
        if (scope.isPresent() && isStatus(scope.get(), statusNames, responseNames)) {
            switch (name) {
                case "is1xxInformational": return Optional.of(Eval.exact(StatusSet.series(1)));
                case "is2xxSuccessful": return Optional.of(Eval.exact(StatusSet.series(2)));
                case "is3xxRedirection": return Optional.of(Eval.exact(StatusSet.series(3)));
                case "is4xxClientError": return Optional.of(Eval.exact(StatusSet.series(4)));
                case "is5xxServerError": return Optional.of(Eval.exact(StatusSet.series(5)));
                case "isError": return Optional.of(Eval.exact(StatusSet.range(400, 599)));
                case "equals": case "isSameCodeAs":
                    if (m.getArguments().size() == 1) {
                        OptionalInt c = code(m.getArgument(0));
                        if (c.isPresent()) {
                            return Optional.of(Eval.exact(StatusSet.of(c.getAsInt())));
                        }
                    }
                    break;
                default:
                    break;
            }
        }
        if (scope.isPresent() && isResponse(scope.get(), responseNames)) {
            if (name.equals("isSuccessful") || name.equals("is2xxSuccessful")) {
                return Optional.of(Eval.exact(StatusSet.series(2)));
            }
            if (name.equals("isRedirect")) {
                return Optional.of(Eval.exact(StatusSet.of(300, 301, 302, 303, 307, 308)));
            }
        }
        if (name.equals("equals") && m.getArguments().size() == 1 && scope.isPresent()
                && isStatus(m.getArgument(0), statusNames, responseNames)) {
            OptionalInt c = code(scope.get());
            if (c.isPresent()) {
                return Optional.of(Eval.exact(StatusSet.of(c.getAsInt())));
            }
        }
        if (name.equals("contains") && m.getArguments().size() == 1 && scope.isPresent()
                && isStatus(m.getArgument(0), statusNames, responseNames)) {
            Optional<StatusSet> set = collection(scope.get());
            return Optional.of(set.map(Eval::exact).orElse(new Eval(StatusSet.ALL, StatusSet.NONE, true, false)));
        }
        // a project helper: isRetryable(status), shouldRetry(response)
        if (depth < MAX_DEPTH && m.getArguments().stream().anyMatch(a -> isStatus(a, statusNames, responseNames)
                || isResponseArgument(a, responseNames))) {
            Optional<MethodDeclaration> target = resolver.resolve(m);
            if (target.isPresent()) {
                Set<String> statuses = new HashSet<>();
                Set<String> responses = new HashSet<>();
                List<Parameter> params = target.get().getParameters();
                for (int i = 0; i < m.getArguments().size() && i < params.size(); i++) {
                    Expression a = m.getArgument(i);
                    if (isStatus(a, statusNames, responseNames)) {
                        statuses.add(params.get(i).getNameAsString());
                    } else if (isResponseArgument(a, responseNames)) {
                        responses.add(params.get(i).getNameAsString());
                    }
                }
                Optional<Expression> returned = singleReturn(target.get());
                if (returned.isPresent()) {
                    return Optional.of(eval(returned.get(), statuses, responses, depth + 1));
                }
                // if (status == 200) return false; else if (status == 429) return true; else return status >= 500;
                Optional<StatusSet> chain = target.get().getBody().flatMap(b -> returnsTrue(b.getStatements(), StatusSet.ALL,
                        statuses, responses, depth + 1)).map(Paths::trueFor);
                if (chain.isPresent()) {
                    return Optional.of(new Eval(chain.get(), chain.get(), true, false));
                }
            }
            return Optional.of(new Eval(StatusSet.ALL, StatusSet.NONE, true, false));
        }
        return Optional.empty();
    }

    /** Statuses for which a helper certainly returns true, and those that fall through its statements. */
    private record Paths(StatusSet trueFor, StatusSet fallThrough) {
    }

    /**
     * Runs an if/else chain of boolean returns over the statuses; empty when it holds anything else (a loop, an
     * assignment the outcome depends on, a condition that is not on the status).
     */
    private Optional<Paths> returnsTrue(List<com.github.javaparser.ast.stmt.Statement> statements, StatusSet reaching,
                                        Set<String> statusNames, Set<String> responseNames, int depth) {
        StatusSet trueFor = StatusSet.NONE;
        StatusSet s = reaching;
        for (com.github.javaparser.ast.stmt.Statement st : statements) {
            if (st instanceof ReturnStmt r) {
                if (r.getExpression().isEmpty()) {
                    return Optional.empty();
                }
                Eval ev = eval(r.getExpression().get(), statusNames, responseNames, depth);
                if (!ev.touches && !(r.getExpression().get() instanceof BooleanLiteralExpr)) {
                    return Optional.empty();
                }
                return Optional.of(new Paths(trueFor.union(s.intersect(ev.must)), StatusSet.NONE));
            }
            if (st instanceof com.github.javaparser.ast.stmt.IfStmt i) {
                Eval c = eval(i.getCondition(), statusNames, responseNames, depth);
                if (!c.touches) {
                    return Optional.empty();
                }
                Optional<Paths> then = returnsTrue(Values.statements(i.getThenStmt()), s.intersect(c.must), statusNames, responseNames, depth);
                Optional<Paths> other = i.getElseStmt().isPresent()
                        ? returnsTrue(Values.statements(i.getElseStmt().get()), s.minus(c.may), statusNames, responseNames, depth)
                        : Optional.of(new Paths(StatusSet.NONE, s.minus(c.may)));
                if (then.isEmpty() || other.isEmpty()) {
                    return Optional.empty();
                }
                trueFor = trueFor.union(then.get().trueFor).union(other.get().trueFor);
                s = then.get().fallThrough.union(other.get().fallThrough);
                continue;
            }
            if (st instanceof com.github.javaparser.ast.stmt.ExpressionStmt e && e.getExpression() instanceof MethodCallExpr) {
                continue; // logging
            }
            return Optional.empty();
        }
        return Optional.of(new Paths(trueFor, s));
    }

    static Optional<Expression> singleReturn(MethodDeclaration m) {
        if (m.getBody().isEmpty()) {
            return Optional.empty();
        }
        List<ReturnStmt> returns = m.getBody().get().findAll(ReturnStmt.class);
        if (returns.size() == 1 && m.getBody().get().getStatements().size() == 1) {
            return returns.get(0).getExpression();
        }
        return Optional.empty();
    }

    /** {@code Set.of(429, 503)}, {@code List.of(...)}, {@code EnumSet.of(...)}, a constant holding one. */
    Optional<StatusSet> collection(Expression e) {
        Expression d = e;
        for (int i = 0; i < 4; i++) {
            if (d instanceof MethodCallExpr m && Set.of("of", "asList", "copyOf", "ofEntries").contains(m.getNameAsString())
                    && !m.getArguments().isEmpty()) {
                if (m.getNameAsString().equals("copyOf") && m.getArguments().size() == 1) {
                    d = m.getArgument(0);
                    continue;
                }
                StatusSet s = StatusSet.NONE;
                for (Expression a : m.getArguments()) {
                    OptionalInt c = code(a);
                    if (c.isEmpty()) {
                        return Optional.empty();
                    }
                    s = s.union(StatusSet.of(c.getAsInt()));
                }
                return Optional.of(s);
            }
            if (d instanceof ObjectCreationExpr c && c.getArguments().size() == 1) {
                d = c.getArgument(0);
                continue;
            }
            Optional<Expression> next = values.definition(d);
            if (next.isEmpty() || next.get() == d) {
                return Optional.empty();
            }
            d = next.get();
        }
        return Optional.empty();
    }

    /** A status-valued expression: {@code response.statusCode()}, {@code e.getStatusCode().value()}, a local holding one. */
    boolean isStatus(Expression e, Set<String> statusNames, Set<String> responseNames) {
        if (e instanceof EnclosedExpr en) {
            return isStatus(en.getInner(), statusNames, responseNames);
        }
        if (e instanceof CastExpr c) {
            return isStatus(c.getExpression(), statusNames, responseNames);
        }
        if (e instanceof NameExpr n) {
            if (statusNames.contains(n.getNameAsString())) {
                return true;
            }
            Optional<Expression> def = values.definition(n);
            return def.isPresent() && def.get() != n && isStatus(def.get(), statusNames, responseNames);
        }
        if (e instanceof MethodCallExpr m) {
            String name = m.getNameAsString();
            if (name.equals("value") && m.getScope().isPresent()) {
                return isStatus(m.getScope().get(), statusNames, responseNames);
            }
            if ((name.equals("valueOf") || name.equals("resolve")) && m.getArguments().size() == 1
                    && m.getScope().filter(s -> s.toString().endsWith("HttpStatus") || s.toString().endsWith("HttpStatusCode")).isPresent()) {
                return isStatus(m.getArgument(0), statusNames, responseNames);
            }
            if (STATUS_GETTERS.contains(name) && m.getArguments().isEmpty() && m.getScope().isPresent()) {
                Expression scope = m.getScope().get();
                if (scope instanceof MethodCallExpr inner && inner.getNameAsString().equals("getStatusLine")) {
                    return true;
                }
                if (scope instanceof MethodCallExpr mc) {
                    return mc.getNameAsString().equals("getResponse") || mc.getNameAsString().equals("getStatusCode");
                }
                if (scope instanceof NameExpr sn && responseNames.contains(sn.getNameAsString())) {
                    return true;
                }
                return httpish(scope);
            }
        }
        return false;
    }

    private boolean isSeries(Expression e, Set<String> statusNames, Set<String> responseNames) {
        Expression x = e instanceof EnclosedExpr en ? en.getInner() : e;
        return x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.DIVIDE
                && isStatus(b.getLeft(), statusNames, responseNames)
                && values.number(b.getRight()).stream().anyMatch(v -> v == 100);
    }

    private boolean isResponse(Expression e, Set<String> responseNames) {
        if (e instanceof NameExpr n && responseNames.contains(n.getNameAsString())) {
            return true;
        }
        return httpish(e);
    }

    /**
     * A variable that holds a response, a status or an HTTP exception: by its declared type
     * ({@code HttpResponse}, {@code ResponseEntity}, {@code Response}, {@code HttpStatusCodeException}), or, when
     * the type is not written ({@code var}, a lambda parameter), by a name such as {@code response} or {@code e}.
     */
    private boolean httpish(Expression e) {
        Expression x = e instanceof EnclosedExpr en ? en.getInner() : e;
        if (x instanceof CastExpr c) {
            String t = Values.simple(c.getType().asString());
            return typeLooksHttp(t);
        }
        if (!(x instanceof NameExpr || x instanceof FieldAccessExpr)) {
            return false;
        }
        Optional<String> type = values.declaredType(x);
        if (type.isPresent() && !type.get().equals("var")) {
            return typeLooksHttp(type.get());
        }
        String name = x instanceof NameExpr n ? n.getNameAsString() : ((FieldAccessExpr) x).getNameAsString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("resp") || lower.startsWith("res") || lower.contains("status") || lower.equals("r")
                || lower.equals("e") || lower.equals("ex") || lower.startsWith("err") || lower.contains("exception")
                || lower.equals("t") || lower.equals("throwable");
    }

    private static boolean typeLooksHttp(String type) {
        return type.contains("Response") || type.contains("Exception") || type.contains("Status")
                || type.contains("Connection") || type.equals("ResponseEntity") || type.contains("Error")
                || type.equals("Throwable");
    }

    private static boolean isResponseArgument(Expression e, Set<String> responseNames) {
        return e instanceof NameExpr n && (responseNames.contains(n.getNameAsString())
                || n.getNameAsString().toLowerCase(java.util.Locale.ROOT).contains("resp"));
    }

    private boolean mentionsStatus(Expression e, Set<String> statusNames, Set<String> responseNames) {
        for (Node n : e.findAll(Node.class)) {
            if (n instanceof Expression x && isStatus(x, statusNames, responseNames)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A condition on an attempt counter or the clock, not on the outcome: {@code attempt >= MAX_ATTEMPTS},
     * {@code ++tries > 3}, {@code System.nanoTime() > deadline}, {@code Instant.now().isAfter(deadline)}.
     */
    boolean isGuard(Expression e) {
        return isCounterCheck(e) || isTimeCheck(e);
    }

    boolean isTimeCheck(Expression e) {
        for (MethodCallExpr m : e.findAll(MethodCallExpr.class)) {
            String n = m.getNameAsString();
            if (n.equals("currentTimeMillis") || n.equals("nanoTime") || n.equals("isAfter") || n.equals("isBefore")
                    || n.equals("now") && m.getScope().isPresent() || n.equals("instant") || n.equals("millis")
                    || n.equals("elapsed") || n.equals("isExpired") || n.equals("hasTimeLeft") || n.equals("isOverdue")) {
                return true;
            }
        }
        for (NameExpr n : e.findAll(NameExpr.class)) {
            String s = n.getNameAsString().toLowerCase(java.util.Locale.ROOT);
            if (s.contains("deadline") || s.contains("elapsed") || s.contains("timeout") && !s.contains("exception")) {
                return true;
            }
        }
        return false;
    }

    boolean isCounterCheck(Expression e) {
        Expression x = e instanceof EnclosedExpr en ? en.getInner() : e;
        if (x instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return isCounterCheck(u.getExpression());
        }
        if (x instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR)) {
            return isCounterCheck(b.getLeft()) && isCounterCheck(b.getRight());
        }
        if (x instanceof BinaryExpr b && isComparison(b.getOperator())) {
            return counterSide(b.getLeft()) && constantSide(b.getRight()) || counterSide(b.getRight()) && constantSide(b.getLeft())
                    || counterSide(b.getLeft()) && counterSide(b.getRight());
        }
        return false;
    }

    private boolean counterSide(Expression e) {
        Expression x = e instanceof EnclosedExpr en ? en.getInner() : e;
        if (x instanceof UnaryExpr u && Values.isIncrement(u)) {
            x = u.getExpression();
        }
        if (x instanceof NameExpr n) {
            String name = n.getNameAsString();
            if (name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
                return false; // a constant
            }
            Optional<String> t = values.declaredType(n);
            return t.isPresent() && Set.of("int", "long", "short", "Integer", "Long").contains(t.get()) && counted(n);
        }
        if (x instanceof MethodCallExpr m && m.getScope().isPresent()
                && Set.of("get", "incrementAndGet", "getAndIncrement", "decrementAndGet", "getAndDecrement", "intValue",
                "getRetryCount", "getAttemptCount", "getAttempt").contains(m.getNameAsString())) {
            return true;
        }
        if (x instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.PLUS || b.getOperator() == BinaryExpr.Operator.MINUS)) {
            return counterSide(b.getLeft()) && constantSide(b.getRight()) || constantSide(b.getLeft()) && counterSide(b.getRight());
        }
        return false;
    }

    /** A variable that is counted: incremented, decremented or added to where it lives. */
    private static boolean counted(NameExpr n) {
        String name = n.getNameAsString();
        Node scope = n.findAncestor(com.github.javaparser.ast.body.CallableDeclaration.class).map(c -> (Node) c)
                .orElse(n.findAncestor(com.github.javaparser.ast.body.TypeDeclaration.class).map(c -> (Node) c).orElse(null));
        if (scope == null) {
            return false;
        }
        boolean local = ((Node) scope).findAll(com.github.javaparser.ast.body.VariableDeclarator.class).stream()
                .anyMatch(v -> v.getNameAsString().equals(name))
                || scope instanceof com.github.javaparser.ast.body.CallableDeclaration<?> c
                && c.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name));
        if (!local) {
            scope = n.findAncestor(com.github.javaparser.ast.body.TypeDeclaration.class).map(c -> (Node) c).orElse(scope);
        }
        for (UnaryExpr u : scope.findAll(UnaryExpr.class)) {
            if (Values.isIncrement(u) && u.getExpression().toString().replace("this.", "").equals(name)) {
                return true;
            }
        }
        for (com.github.javaparser.ast.expr.AssignExpr a : scope.findAll(com.github.javaparser.ast.expr.AssignExpr.class)) {
            if (!a.getTarget().toString().replace("this.", "").equals(name)) {
                continue;
            }
            com.github.javaparser.ast.expr.AssignExpr.Operator op = a.getOperator();
            if (op == com.github.javaparser.ast.expr.AssignExpr.Operator.PLUS || op == com.github.javaparser.ast.expr.AssignExpr.Operator.MINUS) {
                return true;
            }
            // attempt = attempt + 1
            if (op == com.github.javaparser.ast.expr.AssignExpr.Operator.ASSIGN && a.getValue() instanceof BinaryExpr b
                    && (b.getOperator() == BinaryExpr.Operator.PLUS || b.getOperator() == BinaryExpr.Operator.MINUS)
                    && (b.getLeft().toString().replace("this.", "").equals(name) || b.getRight().toString().replace("this.", "").equals(name))) {
                return true;
            }
        }
        // a recursive retry's counter parameter: send(req, attempt + 1)
        for (MethodCallExpr m : scope.findAll(MethodCallExpr.class)) {
            for (Expression a : m.getArguments()) {
                if (a instanceof BinaryExpr b && b.getLeft().toString().equals(name)
                        && (b.getOperator() == BinaryExpr.Operator.PLUS || b.getOperator() == BinaryExpr.Operator.MINUS)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean constantSide(Expression e) {
        if (values.number(e).isPresent()) {
            return true;
        }
        Expression x = e instanceof EnclosedExpr en ? en.getInner() : e;
        if (x instanceof NameExpr || x instanceof FieldAccessExpr) {
            return counterSide(x) || x.toString().chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    || x instanceof FieldAccessExpr || values.declaredType(x).filter(t -> Set.of("int", "long", "Integer", "Long").contains(t)).isPresent();
        }
        return x instanceof MethodCallExpr m && m.getArguments().isEmpty();
    }

    /** An {@code instanceof} test of the exception variable, with its type. */
    static Optional<String> instanceOfType(Expression e, String variable) {
        Expression x = e instanceof EnclosedExpr en ? en.getInner() : e;
        if (x instanceof InstanceOfExpr i && i.getExpression() instanceof NameExpr n && n.getNameAsString().equals(variable)) {
            return Optional.of(i.getType().asString());
        }
        return Optional.empty();
    }
}
