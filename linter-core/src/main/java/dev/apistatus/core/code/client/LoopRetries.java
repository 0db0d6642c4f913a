package dev.apistatus.core.code.client;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.model.HttpCall;
import dev.apistatus.core.model.RetryConstruct;
import dev.apistatus.core.model.RetryConstruct.Bound;
import dev.apistatus.core.model.RetryConstruct.Condition;
import dev.apistatus.core.model.RetryConstruct.Delay;
import dev.apistatus.core.model.RetryConstruct.Exceptions;
import dev.apistatus.core.model.StatusSet;
import dev.apistatus.core.model.Tri;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Hand-written retries: {@code for}, {@code while} and {@code do} loops whose body sends an HTTP request and goes
 * round again on failure (a caught exception, an error status), and methods that call themselves again from a
 * catch block or an error branch (directly or through a scheduler).
 *
 * <p>A loop is a retry only when it repeats on failure <em>and</em> leaves on success: a paging loop (it repeats
 * on success) and a job-status poll (it repeats on "not done yet", not on a failure) are not retries.
 */
final class LoopRetries {

    /** A cap this large is no cap: {@code maxAttempts = Integer.MAX_VALUE}. */
    static final double UNBOUNDED_ATTEMPTS = 1_000_000;

    private static final Set<String> FAILURE_LAMBDAS = Set.of("exceptionally", "exceptionallyCompose",
            "exceptionallyAsync", "exceptionallyComposeAsync", "onErrorResume", "handle", "handleAsync", "whenComplete",
            "onFailure", "doOnError", "onErrorReturn");

    private final JavaProject project;
    private final Values values;
    private final Resolver resolver;
    private final HttpCalls http;
    private final StatusConditions conditions;
    private final Delays delays;

    LoopRetries(JavaProject project, Values values, Resolver resolver, HttpCalls http,
                StatusConditions conditions, Delays delays) {
        this.project = project;
        this.values = values;
        this.resolver = resolver;
        this.http = http;
        this.conditions = conditions;
        this.delays = delays;
    }

    List<RetryConstruct> read(CompilationUnit unit) {
        List<RetryConstruct> out = new ArrayList<>();
        // one walk of the file instead of four: the for loops, then the while loops, then the do loops, then the methods
        List<Statement> loops = new ArrayList<>();
        List<Statement> whiles = new ArrayList<>();
        List<Statement> dos = new ArrayList<>();
        List<MethodDeclaration> methods = new ArrayList<>();
        unit.walk(n -> {
            if (n instanceof ForStmt) {
                loops.add((Statement) n);
            } else if (n instanceof WhileStmt) {
                whiles.add((Statement) n);
            } else if (n instanceof DoStmt) {
                dos.add((Statement) n);
            } else if (n instanceof MethodDeclaration m) {
                methods.add(m);
            }
        });
        loops.addAll(whiles);
        loops.addAll(dos);
        for (Statement loop : loops) {
            try {
                loop(loop).ifPresent(out::add);
            } catch (RuntimeException | StackOverflowError e) {
                // a construct the reader cannot follow is no finding
            }
        }
        for (MethodDeclaration m : methods) {
            try {
                out.addAll(recursion(m));
            } catch (RuntimeException | StackOverflowError e) {
                // as above
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- loops

    private Optional<RetryConstruct> loop(Statement loop) {
        Statement body = body(loop);
        List<HttpCall> calls = callsDirectlyIn(body, loop);
        if (calls.isEmpty()) {
            return Optional.empty();
        }
        StatusSet initial = initialStatuses(calls);

        Flow normal = new Flow(loop, conditions);
        normal.run(new Flow.Frame(Values.statements(body), 0, null), new Flow.State(initial, false, null, List.of(), false));

        List<Flow> channels = new ArrayList<>();
        List<CatchClause> catches = new ArrayList<>();
        for (CatchClause c : body.findAll(CatchClause.class)) {
            if (Flow.nearestLoop(c).filter(l -> l == loop).isEmpty()) {
                continue;
            }
            TryStmt t = (TryStmt) c.getParentNode().orElseThrow();
            if (http.in(t.getTryBlock()).isEmpty() && t.getResources().stream().allMatch(r -> http.in(r).isEmpty())) {
                continue;
            }
            List<String> types = types(c.getParameter().getType());
            StatusSet s = StatusSet.NONE;
            boolean allStatus = true;
            for (String type : types) {
                Optional<StatusSet> st = ExceptionStatuses.of(type);
                if (st.isPresent()) {
                    s = s.union(st.get());
                } else {
                    allStatus = false;
                }
            }
            Flow f = new Flow(loop, conditions);
            f.run(new Flow.Frame(c.getBody().getStatements(), 0, Flow.after(t, body)),
                    new Flow.State(s, true, c.getParameter().getNameAsString(), types, false));
            channels.add(f);
            catches.add(c);
        }

        boolean conditionExit = conditionExit(loop, body);
        boolean successExit = normal.successExit || conditionExit;
        StatusSet normalRetried = normal.touched && !normal.opaque && !normal.repeated.contains(200)
                ? normal.repeated.intersect(StatusSet.range(400, 599)) : StatusSet.NONE;
        // while (!response.isSuccessful() && tries < 3) { .. response = chain.proceed(request); }
        Optional<Expression> header = loop instanceof ForStmt f ? f.getCompare() : loop instanceof WhileStmt w
                ? Optional.of(w.getCondition()) : Optional.of(((DoStmt) loop).getCondition());
        String headerDetail = null;
        if (header.isPresent() && conditionExit) {
            StatusConditions.Eval ev = headerEval(header.get(), body);
            if (ev.touches() && !ev.must().intersect(initial).contains(200)) {
                normalRetried = normalRetried.union(ev.must().intersect(initial).intersect(StatusSet.range(400, 599)));
                headerDetail = Texts.of(header.get());
            }
        }
        boolean statusRetry = !normalRetried.isEmpty();
        boolean exceptionRetry = channels.stream().anyMatch(f -> f.exceptionRepeats);
        if (!successExit || !statusRetry && !exceptionRetry) {
            return Optional.empty();
        }

        // what is retried
        Exceptions exceptions = Exceptions.NONE;
        List<String> retriedTypes = new ArrayList<>();
        StatusSet statuses = normalRetried;
        boolean statusesUnknown = normal.touched && normal.opaque;
        for (Flow f : channels) {
            if (!f.exceptionRepeats) {
                continue;
            }
            for (String t : f.repeatedTypes) {
                if (!retriedTypes.contains(t)) {
                    retriedTypes.add(t);
                }
            }
            boolean catchAll = f.repeatedTypes.stream().anyMatch(ExceptionStatuses::isCatchAll);
            if (catchAll && !f.exceptionNarrowed) {
                exceptions = Exceptions.ALL;
            } else if (exceptions != Exceptions.ALL) {
                exceptions = Exceptions.CLASSIFIED;
            }
            if (!catchAll) {
                statuses = statuses.union(f.repeated);
            }
        }
        String statusDetail = headerDetail != null ? headerDetail : normal.statusChecks.isEmpty()
                ? retriedTypes.isEmpty() ? null : String.join(" | ", retriedTypes)
                : Texts.of(normal.statusChecks.get(0).getCondition());
        Condition condition = new Condition(exceptions, retriedTypes, retriedTypes.isEmpty() ? null
                : "catch (" + String.join(" | ", retriedTypes) + ")", statusesUnknown ? null : statuses, statusDetail);

        // how many attempts
        List<Flow.Guard> guards = new ArrayList<>(normal.guardExits);
        boolean opaqueExit = false;
        for (Flow f : channels) {
            guards.addAll(f.guardExits);
            opaqueExit |= f.opaqueExceptionExit;
        }
        Set<String> counters = counters(loop, body);
        Bound bound = bound(loop, body, guards, counters, opaqueExit || statusRetry && normal.opaque);

        // the wait
        Delay delay = loopDelay(loop, body, counters);

        Tri retryAfter = retryAfter(body, loop);
        String word = loop instanceof ForStmt ? "for" : loop instanceof WhileStmt ? "while" : "do-while";
        String description = "the " + word + " loop in " + owner(loop);
        return Optional.of(new RetryConstruct(RetryConstruct.Kind.LOOP, description, project.locate(loop), bound, delay,
                condition, retryAfter, calls, false, false, List.of()));
    }

    /**
     * The loop condition as a status condition, with a retry flag replaced by the status check it is set from on
     * the normal path: {@code retry = shouldRetry(response.getStatusLine().getStatusCode()); .. while (retry && ..)}.
     */
    private StatusConditions.Eval headerEval(Expression header, Statement body) {
        StatusConditions.Eval whole = conditions.eval(header);
        if (whole.touches()) {
            return whole;
        }
        List<Expression> parts = conjuncts(header);
        Expression x = header instanceof EnclosedExpr en ? en.getInner() : header;
        boolean and = parts.size() == 1 || x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.AND
                && parts.stream().noneMatch(p -> p.getParentNode().filter(pp -> pp instanceof BinaryExpr pb
                && pb.getOperator() == BinaryExpr.Operator.OR).isPresent());
        if (!and) {
            return whole;
        }
        StatusSet may = StatusSet.ALL;
        StatusSet must = StatusSet.ALL;
        boolean touches = false;
        for (Expression p : parts) {
            StatusConditions.Eval ev = conditions.eval(p);
            if (p instanceof NameExpr flag) {
                List<AssignExpr> sets = new ArrayList<>();
                for (AssignExpr a : body.findAll(AssignExpr.class)) {
                    if (a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(flag.getNameAsString())
                            && a.findAncestor(CatchClause.class).filter(c -> isWithin(c, body)).isEmpty()) {
                        sets.add(a);
                    }
                }
                if (sets.size() == 1) {
                    ev = conditions.eval(sets.get(0).getValue());
                }
            }
            may = may.intersect(ev.may());
            must = must.intersect(ev.must());
            touches |= ev.touches();
        }
        return touches ? new StatusConditions.Eval(may, must, true, false) : whole;
    }

    private static Statement body(Statement loop) {
        if (loop instanceof ForStmt f) {
            return f.getBody();
        }
        if (loop instanceof WhileStmt w) {
            return w.getBody();
        }
        return ((DoStmt) loop).getBody();
    }

    /** HTTP calls made in the body, not inside a loop nested in it. */
    private List<HttpCall> callsDirectlyIn(Statement body, Statement loop) {
        List<Range> nested = new ArrayList<>();
        for (Node n : body.findAll(Node.class)) {
            if (n != loop && Flow.isLoop(n)) {
                n.getRange().ifPresent(nested::add);
            }
        }
        String file = project.fileOf(loop);
        List<HttpCall> out = new ArrayList<>();
        for (HttpCall c : http.in(body)) {
            boolean inside = c.location().file().equals(file) && nested.stream().anyMatch(r ->
                    r.contains(new com.github.javaparser.Position(c.location().line(), c.location().column())));
            if (!inside) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The statuses a response can have on the normal path: clients that throw for 4xx and 5xx (RestTemplate,
     * RestClient's and WebClient's retrieve(), Feign, MicroProfile) hand the code only 1xx to 3xx.
     */
    private static StatusSet initialStatuses(List<HttpCall> calls) {
        boolean throwing = calls.stream().allMatch(c -> switch (c.client()) {
            case REST_TEMPLATE, FEIGN, MICROPROFILE_REST_CLIENT, SPRING_HTTP_INTERFACE -> true;
            case REST_CLIENT, WEB_CLIENT -> c.description().endsWith("retrieve()");
            default -> false;
        });
        return throwing ? StatusSet.range(100, 399) : StatusSet.ALL;
    }

    private static List<String> types(Type t) {
        List<String> out = new ArrayList<>();
        if (t instanceof UnionType u) {
            u.getElements().forEach(e -> out.add(e.asString()));
        } else {
            out.add(t.asString());
        }
        return out;
    }

    /**
     * A loop that stops on success through its condition: {@code while (!done && ..)} where the try block sets
     * {@code done = true}, or {@code while (response == null)}.
     */
    private static boolean conditionExit(Statement loop, Statement body) {
        Optional<Expression> cond = loop instanceof ForStmt f ? f.getCompare() : loop instanceof WhileStmt w
                ? Optional.of(w.getCondition()) : Optional.of(((DoStmt) loop).getCondition());
        if (cond.isEmpty()) {
            return false;
        }
        Set<String> names = new HashSet<>();
        cond.get().findAll(NameExpr.class).forEach(n -> names.add(n.getNameAsString()));
        if (cond.get() instanceof NameExpr n) {
            names.add(n.getNameAsString());
        }
        for (AssignExpr a : body.findAll(AssignExpr.class)) {
            if (a.getOperator() == AssignExpr.Operator.ASSIGN && a.getTarget() instanceof NameExpr t
                    && names.contains(t.getNameAsString()) && a.findAncestor(CatchClause.class).filter(c -> isWithin(c, body)).isEmpty()) {
                return true;
            }
        }
        for (VariableDeclarator v : body.findAll(VariableDeclarator.class)) {
            if (names.contains(v.getNameAsString())) {
                return false;
            }
        }
        return false;
    }

    private static boolean isWithin(Node n, Node container) {
        for (Node p = n; p != null; p = p.getParentNode().orElse(null)) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    /** Attempt counters: the for-loop variable, and int locals incremented or decremented in the body. */
    private Set<String> counters(Statement loop, Statement body) {
        Set<String> out = new LinkedHashSet<>();
        if (loop instanceof ForStmt f) {
            for (Expression init : f.getInitialization()) {
                if (init instanceof VariableDeclarationExpr v) {
                    v.getVariables().forEach(x -> out.add(x.getNameAsString()));
                } else if (init instanceof AssignExpr a && a.getTarget() instanceof NameExpr n) {
                    out.add(n.getNameAsString());
                }
            }
        }
        Node scope = loop;
        for (UnaryExpr u : scope.findAll(UnaryExpr.class)) {
            if (Values.isIncrement(u) && u.getExpression() instanceof NameExpr n) {
                out.add(n.getNameAsString());
            }
        }
        for (AssignExpr a : scope.findAll(AssignExpr.class)) {
            if ((a.getOperator() == AssignExpr.Operator.PLUS || a.getOperator() == AssignExpr.Operator.MINUS)
                    && a.getTarget() instanceof NameExpr n && values.number(a.getValue()).isPresent()
                    && values.declaredType(n).filter(t -> Set.of("int", "long", "Integer", "Long").contains(t)).isPresent()) {
                out.add(n.getNameAsString());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- bound

    private enum Cap { NONE, COUNT, TIME, FLAG, OPAQUE }

    private Bound bound(Statement loop, Statement body, List<Flow.Guard> guards, Set<String> counters, boolean opaqueExit) {
        Optional<Expression> header = loop instanceof ForStmt f ? f.getCompare() : loop instanceof WhileStmt w
                ? Optional.of(w.getCondition()) : Optional.of(((DoStmt) loop).getCondition());
        Cap headerCap = header.map(this::cap).orElse(Cap.NONE);
        Cap guardCap = Cap.NONE;
        for (Flow.Guard g : guards) {
            Cap c = cap(g.statement().getCondition());
            if (c == Cap.COUNT || c == Cap.TIME && guardCap != Cap.COUNT) {
                guardCap = c;
            }
        }
        String headerText = header.map(Texts::of).orElse(";;");
        if (headerCap == Cap.COUNT || guardCap == Cap.COUNT) {
            long n = attempts(loop, body, header.filter(h -> cap(h) == Cap.COUNT).orElse(null), guards, counters);
            String detail = headerCap == Cap.COUNT ? headerText : guards.stream().filter(g -> cap(g.statement().getCondition()) == Cap.COUNT)
                    .map(g -> Texts.of(g.statement().getCondition())).findFirst().orElse(headerText);
            if (n == Long.MAX_VALUE) {
                return Bound.unbounded(detail + " (a cap too large to stop anything)");
            }
            return n > 0 ? Bound.attempts(n, detail) : Bound.capped(detail);
        }
        if (headerCap == Cap.TIME || guardCap == Cap.TIME) {
            return Bound.time(headerCap == Cap.TIME ? headerText : Texts.of(guards.get(0).statement().getCondition()));
        }
        if (opaqueExit || headerCap == Cap.OPAQUE) {
            return Bound.unknown(headerText);
        }
        String word = loop instanceof ForStmt ? "for (" + headerText + ")" : loop instanceof WhileStmt
                ? "while (" + headerText + ")" : "do { .. } while (" + headerText + ")";
        if (header.isPresent() && header.get() instanceof BooleanLiteralExpr) {
            word = loop instanceof DoStmt ? "do { .. } while (true)" : "while (true)";
        } else if (loop instanceof ForStmt f && f.getCompare().isEmpty()) {
            word = "for (;;)";
        }
        return Bound.unbounded(word + " with no attempt or time limit");
    }

    private Cap cap(Expression e) {
        Expression x = e instanceof EnclosedExpr en ? en.getInner() : e;
        if (x instanceof BooleanLiteralExpr b) {
            return b.getValue() ? Cap.NONE : Cap.COUNT;
        }
        if (x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.AND) {
            Cap l = cap(b.getLeft());
            Cap r = cap(b.getRight());
            for (Cap c : List.of(Cap.COUNT, Cap.TIME, Cap.OPAQUE, Cap.FLAG)) {
                if (l == c || r == c) {
                    return c;
                }
            }
            return Cap.NONE;
        }
        if (x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.OR
                && conjuncts(b).stream().anyMatch(conditions::isCounterCheck)
                && conjuncts(b).stream().allMatch(c -> conditions.isCounterCheck(c) || conditions.eval(c).touches())) {
            return Cap.COUNT; // a guard: !RETRYABLE.contains(status) || attempt >= MAX
        }
        if (x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.OR) {
            Cap l = cap(b.getLeft());
            Cap r = cap(b.getRight());
            if ((l == Cap.COUNT || l == Cap.TIME) && (r == Cap.COUNT || r == Cap.TIME)) {
                return l == Cap.COUNT && r == Cap.COUNT ? Cap.COUNT : Cap.TIME;
            }
            return l == Cap.OPAQUE || r == Cap.OPAQUE ? Cap.OPAQUE : Cap.FLAG;
        }
        if (conditions.isCounterCheck(x)) {
            return Cap.COUNT;
        }

        if (conditions.isTimeCheck(x)) {
            return Cap.TIME;
        }
        // !done, response == null, !success: a flag the success path sets
        Expression y = x instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? u.getExpression() : x;
        if (y instanceof NameExpr || y instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
            return Cap.FLAG;
        }
        if (y instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.EQUALS || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)
                && (b.getLeft() instanceof com.github.javaparser.ast.expr.NullLiteralExpr || b.getRight() instanceof com.github.javaparser.ast.expr.NullLiteralExpr
                || b.getLeft() instanceof BooleanLiteralExpr || b.getRight() instanceof BooleanLiteralExpr)) {
            return Cap.FLAG;
        }
        if (conditions.eval(x).touches()) {
            return Cap.FLAG; // while (response.statusCode() == 503): leaves on any other status
        }
        return Cap.OPAQUE;
    }

    /**
     * The number of attempts, counted by running the counter: the header's comparison, and the guard
     * ({@code if (++attempt >= MAX) throw e;}) with the counter's changes before and after it. -1 when the reader
     * cannot count (a parameter, a field); {@link Long#MAX_VALUE} for a cap too large to mean anything.
     */
    private long attempts(Statement loop, Statement body, Expression header, List<Flow.Guard> guards, Set<String> counters) {
        Flow.Guard found = guards.stream().filter(g -> conditions.isCounterCheck(g.statement().getCondition())
                || conjuncts(g.statement().getCondition()).stream().anyMatch(conditions::isCounterCheck)).findFirst().orElse(null);
        IfStmt guard = found == null ? null : found.statement();
        String counter = counterIn(header != null ? header : guard == null ? null : guard.getCondition(), counters);
        if (counter == null && guard != null) {
            counter = counterIn(guard.getCondition(), counters);
        }
        if (counter == null) {
            return -1;
        }
        OptionalDouble init = initialValue(loop, counter);
        if (init.isEmpty()) {
            return -1;
        }
        // every constant compared with the counter
        List<Expression> compared = new ArrayList<>();
        if (header != null) {
            compared.add(header);
        }
        if (guard != null) {
            compared.add(guard.getCondition());
        }
        for (Expression e : compared) {
            for (BinaryExpr b : e.findAll(BinaryExpr.class)) {
                for (Expression side : List.of(b.getLeft(), b.getRight())) {
                    OptionalDouble v = values.number(side);
                    if (v.isPresent() && Math.abs(v.getAsDouble()) >= UNBOUNDED_ATTEMPTS) {
                        return Long.MAX_VALUE;
                    }
                }
            }
        }
        List<Change> changes = changes(loop, counter, header, guard);
        long value = (long) init.getAsDouble();
        Expression guardCond = guard == null ? null : guard.getCondition();
        boolean guardExitsOnTrue = found != null && found.exitWhenTrue();
        int guardPos = guard == null ? Integer.MAX_VALUE : position(guard);
        for (long n = 1; n <= UNBOUNDED_ATTEMPTS; n++) {
            if (header != null) {
                long[] v = {value};
                Optional<Boolean> ok = evaluate(header, counter, v);
                if (ok.isEmpty()) {
                    return -1;
                }
                value = v[0];
                if (!ok.get()) {
                    return n - 1;
                }
            }
            // attempt n fails
            for (Change c : changes) {
                if (!c.update && c.position < guardPos) {
                    value += c.delta;
                }
            }
            if (guardCond != null) {
                long[] v = {value};
                Optional<Boolean> fire = evaluate(guardCond, counter, v);
                if (fire.isEmpty()) {
                    return -1;
                }
                value = v[0];
                if (fire.get() == guardExitsOnTrue) {
                    return n;
                }
            }
            for (Change c : changes) {
                if (c.update || c.position > guardPos && c.position != Integer.MAX_VALUE) {
                    value += c.delta;
                }
            }
        }
        return Long.MAX_VALUE;
    }

    private record Change(long delta, int position, boolean update) {
    }

    /** The counter's changes in the loop, outside the header and guard conditions (which are evaluated in place). */
    private List<Change> changes(Statement loop, String counter, Expression header, IfStmt guard) {
        List<Change> out = new ArrayList<>();
        List<Node> excluded = new ArrayList<>();
        if (header != null) {
            excluded.add(header);
        }
        if (guard != null) {
            excluded.add(guard.getCondition());
        }
        for (UnaryExpr u : loop.findAll(UnaryExpr.class)) {
            if (Values.isIncrement(u) && u.getExpression() instanceof NameExpr n && n.getNameAsString().equals(counter)
                    && excluded.stream().noneMatch(x -> isWithin(u, x))) {
                long d = u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT || u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT ? 1 : -1;
                boolean update = loop instanceof ForStmt f && f.getUpdate().stream().anyMatch(x -> isWithin(u, x));
                out.add(new Change(d, position(u), update));
            }
        }
        for (AssignExpr a : loop.findAll(AssignExpr.class)) {
            if (a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(counter)
                    && excluded.stream().noneMatch(x -> isWithin(a, x))) {
                OptionalDouble v = values.number(a.getValue());
                boolean update = loop instanceof ForStmt f && f.getUpdate().stream().anyMatch(x -> isWithin(a, x));
                if (a.getOperator() == AssignExpr.Operator.PLUS && v.isPresent()) {
                    out.add(new Change((long) v.getAsDouble(), position(a), update));
                } else if (a.getOperator() == AssignExpr.Operator.MINUS && v.isPresent()) {
                    out.add(new Change(-(long) v.getAsDouble(), position(a), update));
                } else if (a.getOperator() == AssignExpr.Operator.ASSIGN && a.getValue() instanceof BinaryExpr b
                        && b.getLeft().toString().equals(counter) && values.number(b.getRight()).isPresent()) {
                    long k = (long) values.number(b.getRight()).getAsDouble();
                    out.add(new Change(b.getOperator() == BinaryExpr.Operator.MINUS ? -k : k, position(a), update));
                }
            }
        }
        return out;
    }

    private static int position(Node n) {
        return n.getBegin().map(p -> p.line * 10_000 + p.column).orElse(Integer.MAX_VALUE);
    }

    /** Evaluates a counter comparison, applying ++/-- written inside it to {@code value[0]}. */
    private Optional<Boolean> evaluate(Expression e, String counter, long[] value) {
        Expression x = e instanceof EnclosedExpr en ? en.getInner() : e;
        if (x instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return evaluate(u.getExpression(), counter, value).map(b -> !b);
        }
        if (x instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR)) {
            boolean leftCounter = mentions(b.getLeft(), counter);
            boolean rightCounter = mentions(b.getRight(), counter);
            if (leftCounter && !rightCounter) {
                return evaluate(b.getLeft(), counter, value);
            }
            if (rightCounter && !leftCounter) {
                return evaluate(b.getRight(), counter, value);
            }
            return Optional.empty();
        }
        if (!(x instanceof BinaryExpr b)) {
            return Optional.empty();
        }
        OptionalDouble l = side(b.getLeft(), counter, value);
        OptionalDouble r = side(b.getRight(), counter, value);
        if (l.isEmpty() || r.isEmpty()) {
            return Optional.empty();
        }
        double a = l.getAsDouble();
        double c = r.getAsDouble();
        return switch (b.getOperator()) {
            case LESS -> Optional.of(a < c);
            case LESS_EQUALS -> Optional.of(a <= c);
            case GREATER -> Optional.of(a > c);
            case GREATER_EQUALS -> Optional.of(a >= c);
            case EQUALS -> Optional.of(a == c);
            case NOT_EQUALS -> Optional.of(a != c);
            default -> Optional.empty();
        };
    }

    private OptionalDouble side(Expression e, String counter, long[] value) {
        Expression x = e instanceof EnclosedExpr en ? en.getInner() : e;
        if (x instanceof NameExpr n && n.getNameAsString().equals(counter)) {
            return OptionalDouble.of(value[0]);
        }
        if (x instanceof UnaryExpr u && Values.isIncrement(u) && u.getExpression() instanceof NameExpr n && n.getNameAsString().equals(counter)) {
            long before = value[0];
            long d = u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT || u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT ? 1 : -1;
            value[0] = before + d;
            boolean prefix = u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT || u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT;
            return OptionalDouble.of(prefix ? value[0] : before);
        }
        if (x instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.PLUS || b.getOperator() == BinaryExpr.Operator.MINUS)) {
            OptionalDouble l = side(b.getLeft(), counter, value);
            OptionalDouble r = side(b.getRight(), counter, value);
            if (l.isPresent() && r.isPresent()) {
                return OptionalDouble.of(b.getOperator() == BinaryExpr.Operator.PLUS ? l.getAsDouble() + r.getAsDouble()
                        : l.getAsDouble() - r.getAsDouble());
            }
            return OptionalDouble.empty();
        }
        if (mentions(x, counter)) {
            return OptionalDouble.empty();
        }
        return values.number(x);
    }

    /** The parts of a condition joined by && or ||. */
    static List<Expression> conjuncts(Expression e) {
        List<Expression> out = new ArrayList<>();
        Expression x = e instanceof EnclosedExpr en ? en.getInner() : e;
        if (x instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR)) {
            out.addAll(conjuncts(b.getLeft()));
            out.addAll(conjuncts(b.getRight()));
        } else {
            out.add(x);
        }
        return out;
    }

    private static boolean mentions(Expression e, String name) {
        return e instanceof NameExpr n && n.getNameAsString().equals(name)
                || e.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(name));
    }

    private String counterIn(Expression e, Set<String> counters) {
        if (e == null) {
            return null;
        }
        for (NameExpr n : e.findAll(NameExpr.class)) {
            if (counters.contains(n.getNameAsString())) {
                return n.getNameAsString();
            }
        }
        for (NameExpr n : e.findAll(NameExpr.class)) {
            Optional<String> t = values.declaredType(n);
            if (t.isPresent() && Set.of("int", "long", "short", "Integer", "Long").contains(t.get())
                    && !n.getNameAsString().chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    && values.number(n).isEmpty()) {
                return n.getNameAsString();
            }
        }
        if (e instanceof NameExpr n) {
            return n.getNameAsString();
        }
        return null;
    }

    /** The counter's value before the loop: the for-loop's initializer, or the local's declaration. */
    private OptionalDouble initialValue(Statement loop, String counter) {
        if (loop instanceof ForStmt f) {
            for (Expression init : f.getInitialization()) {
                if (init instanceof VariableDeclarationExpr v) {
                    for (VariableDeclarator d : v.getVariables()) {
                        if (d.getNameAsString().equals(counter)) {
                            return d.getInitializer().map(values::number).orElse(OptionalDouble.empty());
                        }
                    }
                } else if (init instanceof AssignExpr a && a.getTarget().toString().equals(counter)) {
                    return values.number(a.getValue());
                }
            }
        }
        Optional<CallableDeclaration> callable = loop.findAncestor(CallableDeclaration.class);
        if (callable.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<VariableDeclarator> decls = ((Node) callable.get()).findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(counter)
                && !(v.getParentNode().orElse(null) instanceof FieldDeclaration));
        if (decls.size() != 1 || decls.get(0).getInitializer().isEmpty() || position(decls.get(0)) > position(loop)) {
            return OptionalDouble.empty();
        }
        // reassigned between the declaration and the loop: unknown
        for (AssignExpr a : ((Node) callable.get()).findAll(AssignExpr.class)) {
            if (a.getTarget().toString().equals(counter) && position(a) < position(loop)) {
                return OptionalDouble.empty();
            }
        }
        return values.number(decls.get(0).getInitializer().get());
    }

    // ---------------------------------------------------------------- delay and Retry-After

    private Delay loopDelay(Statement loop, Statement body, Set<String> counters) {
        List<Delays.Sleep> sleeps = new ArrayList<>();
        boolean unresolved = false;
        for (MethodCallExpr call : body.findAll(MethodCallExpr.class)) {
            Optional<Node> nearest = Flow.nearestLoop(call);
            if (nearest.isEmpty() || nearest.get() != loop) {
                continue;
            }
            Optional<Delays.Sleep> s = delays.sleep(call);
            if (s.isPresent()) {
                sleeps.add(s.get());
                continue;
            }
            List<Delays.Sleep> inner = delays.sleepsIn(call);
            if (!inner.isEmpty() && http.in(call).isEmpty()) {
                // backoff(attempt): the helper's sleep, read with the caller's counter
                sleeps.addAll(inner);
                Set<String> params = new HashSet<>();
                resolveSafely(call).ifPresent(m -> m.getParameters().forEach(p -> params.add(p.getNameAsString())));
                counters = new HashSet<>(counters);
                counters.addAll(params);
                continue;
            }
            unresolved |= delays.mayWait(call);
        }
        return delays.classify(sleeps, counters, unresolved);
    }

    private Optional<MethodDeclaration> resolveSafely(MethodCallExpr call) {
        try {
            return resolver.resolve(call);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * YES when the retry reads a {@code Retry-After} header (the string, a {@code RETRY_AFTER} constant, a
     * {@code retryAfter()} accessor) in its body or the helpers it calls; NO otherwise.
     */
    Tri retryAfter(Node body, Node scopeForHelpers) {
        if (readsRetryAfter(body)) {
            return Tri.YES;
        }
        for (MethodCallExpr call : body.findAll(MethodCallExpr.class)) {
            Optional<MethodDeclaration> m = resolveSafely(call);
            if (m.isPresent() && m.get().getBody().isPresent() && readsRetryAfter(m.get().getBody().get())) {
                return Tri.YES;
            }
        }
        return Tri.NO;
    }

    static boolean readsRetryAfter(Node n) {
        for (StringLiteralExpr s : n.findAll(StringLiteralExpr.class)) {
            if (s.asString().trim().equalsIgnoreCase("Retry-After")) {
                return true;
            }
        }
        for (FieldAccessExpr f : n.findAll(FieldAccessExpr.class)) {
            if (f.getNameAsString().equals("RETRY_AFTER")) {
                return true;
            }
        }
        for (NameExpr x : n.findAll(NameExpr.class)) {
            if (x.getNameAsString().equals("RETRY_AFTER")) {
                return true;
            }
        }
        for (MethodCallExpr m : n.findAll(MethodCallExpr.class)) {
            String name = m.getNameAsString().toLowerCase(Locale.ROOT);
            if (name.equals("retryafter") || name.equals("getretryafter")) {
                return true;
            }
        }
        return false;
    }

    String owner(Node n) {
        String type = n.findAncestor(TypeDeclaration.class).map(t -> ((TypeDeclaration<?>) t).getNameAsString()).orElse("?");
        Optional<CallableDeclaration> c = n.findAncestor(CallableDeclaration.class);
        return type + (c.map(x -> "." + x.getNameAsString()).orElse(""));
    }

    // ---------------------------------------------------------------- recursion

    private List<RetryConstruct> recursion(MethodDeclaration m) {
        if (m.getBody().isEmpty()) {
            return List.of();
        }
        List<RetryConstruct> out = new ArrayList<>();
        String name = m.getNameAsString();
        int arity = m.getParameters().size();
        List<MethodCallExpr> self = m.getBody().get().findAll(MethodCallExpr.class, c -> c.getNameAsString().equals(name)
                && c.getArguments().size() == arity && (c.getScope().isEmpty() || c.getScope().get() instanceof ThisExpr));
        if (self.isEmpty()) {
            return out;
        }
        List<HttpCall> calls = null;
        for (MethodCallExpr r : self) {
            Optional<CatchClause> inCatch = r.findAncestor(CatchClause.class).filter(c -> isWithin(c, m));
            Optional<MethodCallExpr> failureLambda = failureLambda(r, m);
            Optional<IfStmt> statusBranch = statusBranch(r, m);
            if (inCatch.isEmpty() && failureLambda.isEmpty() && statusBranch.isEmpty()) {
                continue;
            }
            if (calls == null) {
                calls = http.in(m.getBody().get());
            }
            if (calls.isEmpty()) {
                return out;
            }
            Exceptions exceptions = Exceptions.NONE;
            List<String> types = new ArrayList<>();
            StatusSet statuses = StatusSet.NONE;
            String statusDetail = null;
            if (inCatch.isPresent()) {
                types.addAll(types(inCatch.get().getParameter().getType()));
                String var = inCatch.get().getParameter().getNameAsString();
                boolean narrowed = enclosingIfs(r, inCatch.get()).stream().anyMatch(i -> i.getCondition().findAll(NameExpr.class)
                        .stream().anyMatch(x -> x.getNameAsString().equals(var)));
                boolean catchAll = types.stream().anyMatch(ExceptionStatuses::isCatchAll);
                exceptions = catchAll && !narrowed ? Exceptions.ALL : Exceptions.CLASSIFIED;
                if (!catchAll) {
                    for (String t : types) {
                        statuses = statuses.union(ExceptionStatuses.of(t).orElse(StatusSet.NONE));
                    }
                    for (IfStmt i : enclosingIfs(r, inCatch.get())) {
                        StatusConditions.Eval ev = conditions.eval(i.getCondition());
                        if (ev.touches()) {
                            statuses = isWithin(r, i.getThenStmt()) ? statuses.intersect(ev.must()) : statuses.minus(ev.may());
                        }
                    }
                }
                statusDetail = String.join(" | ", types);
            } else if (failureLambda.isPresent()) {
                exceptions = Exceptions.ALL;
                types.add("Throwable");
                statusDetail = failureLambda.get().getNameAsString();
            }
            if (statusBranch.isPresent()) {
                StatusConditions.Eval ev = conditions.eval(statusBranch.get().getCondition());
                StatusSet s = isWithin(r, statusBranch.get().getThenStmt()) ? ev.must() : ev.may().complement();
                statuses = statuses.union(s.intersect(StatusSet.range(400, 599)));
                statusDetail = Texts.of(statusBranch.get().getCondition());
                if (s.contains(200)) {
                    continue; // repeats on success: not a retry
                }
            }
            if (exceptions == Exceptions.NONE && statuses.isEmpty()) {
                continue;
            }
            String exceptionDetail = inCatch.isPresent() ? "catch (" + String.join(" | ", types) + ")"
                    : failureLambda.map(f -> f.getNameAsString() + "(..)").orElse(null);
            Condition condition = new Condition(exceptions, types, exceptionDetail, statuses, statusDetail);
            Bound bound = recursionBound(m, r);
            Set<String> counters = new HashSet<>();
            counterParameter(m, r).ifPresent(i -> counters.add(m.getParameter(i).getNameAsString()));
            List<Delays.Sleep> sleeps = new ArrayList<>();
            Node container = inCatch.map(c -> (Node) c).or(() -> failureLambda.map(x -> (Node) x))
                    .or(() -> statusBranch.map(x -> (Node) x)).orElse(m);
            boolean unresolved = false;
            for (MethodCallExpr call : container.findAll(MethodCallExpr.class)) {
                Optional<Delays.Sleep> s = delays.sleep(call);
                if (s.isPresent()) {
                    sleeps.add(s.get());
                } else {
                    unresolved |= delays.mayWait(call);
                }
            }
            Delay delay = delays.classify(sleeps, counters, unresolved);
            Tri retryAfter = retryAfter(m.getBody().get(), m);
            out.add(new RetryConstruct(RetryConstruct.Kind.RECURSION, "the recursive retry in " + owner(r),
                    project.locate(r), bound, delay, condition, retryAfter, calls, false, false, List.of()));
        }
        return out;
    }

    private static Optional<MethodCallExpr> failureLambda(Node r, MethodDeclaration m) {
        for (Node p = r.getParentNode().orElse(null); p != null && p != m; p = p.getParentNode().orElse(null)) {
            if (p instanceof LambdaExpr && p.getParentNode().orElse(null) instanceof MethodCallExpr call
                    && FAILURE_LAMBDAS.contains(call.getNameAsString())) {
                return Optional.of(call);
            }
        }
        return Optional.empty();
    }

    private Optional<IfStmt> statusBranch(Node r, MethodDeclaration m) {
        for (Node p = r.getParentNode().orElse(null); p != null && p != m; p = p.getParentNode().orElse(null)) {
            if (p instanceof IfStmt i && !isWithin(r, i.getCondition()) && conditions.eval(i.getCondition()).touches()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static List<IfStmt> enclosingIfs(Node r, Node container) {
        List<IfStmt> out = new ArrayList<>();
        for (Node p = r.getParentNode().orElse(null); p != null && p != container; p = p.getParentNode().orElse(null)) {
            if (p instanceof IfStmt i && !isWithin(r, i.getCondition())) {
                out.add(i);
            }
        }
        return out;
    }

    /** The parameter the recursive call advances ({@code attempt + 1}, {@code retries - 1}). */
    private Optional<Integer> counterParameter(MethodDeclaration m, MethodCallExpr r) {
        for (int i = 0; i < r.getArguments().size(); i++) {
            String p = m.getParameter(i).getNameAsString();
            Expression a = r.getArgument(i);
            if (a instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.PLUS || b.getOperator() == BinaryExpr.Operator.MINUS)
                    && b.getLeft().toString().equals(p) && values.number(b.getRight()).isPresent()
                    || a instanceof UnaryExpr u && Values.isIncrement(u) && u.getExpression().toString().equals(p)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private Bound recursionBound(MethodDeclaration m, MethodCallExpr r) {
        Optional<Integer> index = counterParameter(m, r);
        if (index.isEmpty()) {
            boolean guarded = false;
            for (IfStmt i : m.getBody().get().findAll(IfStmt.class)) {
                if (conditions.isGuard(i.getCondition())) {
                    guarded = true;
                }
            }
            return guarded ? Bound.unknown("a condition the reader cannot count") : Bound.unbounded(Texts.of(r) + " with no attempt limit");
        }
        Parameter p = m.getParameter(index.get());
        String name = p.getNameAsString();
        Expression arg = r.getArgument(index.get());
        long step;
        if (arg instanceof BinaryExpr b) {
            step = (long) values.number(b.getRight()).getAsDouble() * (b.getOperator() == BinaryExpr.Operator.PLUS ? 1 : -1);
        } else {
            UnaryExpr u = (UnaryExpr) arg;
            step = u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT || u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT ? 1 : -1;
        }
        // the guard: an if (or ?:) on the counter that stops (throws or returns without recursing), or encloses the call
        Expression guardCondition = null;
        boolean stopWhenTrue = true;
        for (IfStmt i : m.getBody().get().findAll(IfStmt.class)) {
            if (!mentions(i.getCondition(), name) || conjuncts(i.getCondition()).stream()
                    .noneMatch(c -> mentions(c, name) && conditions.isCounterCheck(c))) {
                continue;
            }
            if (isWithin(r, i.getThenStmt())) {
                guardCondition = i.getCondition();
                stopWhenTrue = false;
                break;
            }
            if (i.getElseStmt().isPresent() && isWithin(r, i.getElseStmt().get())) {
                guardCondition = i.getCondition();
                break;
            }
            if (Flow.exitsAlways(i.getThenStmt()) && !isWithin(r, i)) {
                guardCondition = i.getCondition();
                break;
            }
        }
        if (guardCondition == null) {
            for (com.github.javaparser.ast.expr.ConditionalExpr c : m.getBody().get().findAll(com.github.javaparser.ast.expr.ConditionalExpr.class)) {
                if (!mentions(c.getCondition(), name) || conjuncts(c.getCondition()).stream()
                        .noneMatch(x -> mentions(x, name) && conditions.isCounterCheck(x))) {
                    continue;
                }
                if (isWithin(r, c.getThenExpr())) {
                    guardCondition = c.getCondition();
                    stopWhenTrue = false;
                    break;
                }
                if (isWithin(r, c.getElseExpr())) {
                    guardCondition = c.getCondition();
                    break;
                }
            }
        }
        if (guardCondition == null) {
            return Bound.unbounded(Texts.of(r) + ": " + name + " changes but nothing stops it");
        }
        OptionalDouble start = startValue(m, index.get());
        String detail = Texts.of(guardCondition);
        if (start.isEmpty()) {
            return Bound.capped(detail);
        }
        long value = (long) start.getAsDouble();
        for (long n = 1; n <= UNBOUNDED_ATTEMPTS; n++) {
            long[] v = {value};
            Optional<Boolean> c = evaluate(guardCondition, name, v);
            if (c.isEmpty()) {
                return Bound.capped(detail);
            }
            if (c.get() == stopWhenTrue) {
                return Bound.attempts(n, detail);
            }
            value += step;
        }
        return Bound.unbounded(detail + " (a cap too large to stop anything)");
    }

    /** The counter's first value: the constant every other caller passes ({@code send(req, 0)}). */
    private OptionalDouble startValue(MethodDeclaration m, int index) {
        OptionalDouble found = OptionalDouble.empty();
        TypeDeclaration<?> owner = m.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t).orElse(null);
        if (owner == null) {
            return found;
        }
        for (MethodCallExpr c : owner.findAll(MethodCallExpr.class, c -> c.getNameAsString().equals(m.getNameAsString())
                && c.getArguments().size() == m.getParameters().size())) {
            if (isWithin(c, m)) {
                continue;
            }
            OptionalDouble v = values.number(c.getArgument(index));
            if (v.isEmpty() || found.isPresent() && found.getAsDouble() != v.getAsDouble()) {
                return OptionalDouble.empty();
            }
            found = v;
        }
        return found;
    }
}
