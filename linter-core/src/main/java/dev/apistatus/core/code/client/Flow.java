package dev.apistatus.core.code.client;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.apistatus.core.model.StatusSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Follows the paths through one iteration of a loop body (or a catch block to the end of the body), tracking which
 * response statuses, and whether the caught exception, certainly reach the next iteration. A status check forks the
 * path ({@code if (status == 503) continue;}); a check of an attempt counter or a deadline is a guard that bounds
 * the loop and is taken as not firing; anything else that exits makes the outcome opaque.
 */
final class Flow {

    private static final int MAX_STEPS = 4000;

    /** A counter or clock check that ends the retries: exits when its condition is {@code exitWhenTrue}. */
    record Guard(IfStmt statement, boolean exitWhenTrue) {
    }

    /** The statements still to run: this list from this index, then the enclosing frames. */
    record Frame(List<Statement> statements, int index, Frame next) {
    }

    /**
     * One path's state.
     *
     * @param statuses   statuses certainly on this path
     * @param exception  the caught exception is on this path (a catch channel)
     * @param variable   the catch parameter's name
     * @param types      the exception types still on the path
     * @param narrowed   a condition on the exception decided part of the path
     */
    record State(StatusSet statuses, boolean exception, String variable, List<String> types, boolean narrowed) {

        State withStatuses(StatusSet s) {
            return new State(s, exception, variable, types, narrowed);
        }

        State narrowedTo(List<String> newTypes) {
            return new State(statuses, exception, variable, newTypes, true);
        }

        boolean dead() {
            return statuses.isEmpty() && !exception;
        }
    }

    private final Node loop;
    private final StatusConditions conditions;

    // accumulated over all paths
    StatusSet repeated = StatusSet.NONE;
    boolean touched;
    boolean opaque;
    boolean exceptionRepeats;
    boolean exceptionNarrowed;
    final Set<String> repeatedTypes = new LinkedHashSet<>();
    boolean successExit;
    boolean opaqueExceptionExit;
    final List<Guard> guardExits = new ArrayList<>();
    final List<IfStmt> statusChecks = new ArrayList<>();
    private int steps;

    Flow(Node loop, StatusConditions conditions) {
        this.loop = loop;
        this.conditions = conditions;
    }

    void run(Frame k, State st) {
        Frame cur = k;
        State state = st;
        while (true) {
            if (++steps > MAX_STEPS) {
                opaque = true;
                return;
            }
            if (cur == null) {
                atEnd(state);
                return;
            }
            if (cur.index >= cur.statements.size()) {
                cur = cur.next;
                continue;
            }
            Statement s = cur.statements.get(cur.index);
            Frame rest = new Frame(cur.statements, cur.index + 1, cur.next);
            if (s instanceof ReturnStmt || s instanceof ThrowStmt) {
                if (!state.exception() && s instanceof ReturnStmt) {
                    successExit = true;
                }
                return;
            }
            if (s instanceof BreakStmt b) {
                if (targetsLoop(b)) {
                    if (!state.exception()) {
                        successExit = true;
                    }
                    return;
                }
                cur = rest;
                continue;
            }
            if (s instanceof ContinueStmt c) {
                if (targetsLoop(c)) {
                    atEnd(state);
                    return;
                }
                cur = rest;
                continue;
            }
            if (s instanceof BlockStmt b) {
                cur = new Frame(b.getStatements(), 0, rest);
                continue;
            }
            if (s instanceof LabeledStmt l) {
                cur = new Frame(List.of(l.getStatement()), 0, rest);
                continue;
            }
            if (s instanceof SynchronizedStmt sync) {
                cur = new Frame(sync.getBody().getStatements(), 0, rest);
                continue;
            }
            if (s instanceof TryStmt t) {
                Frame after = t.getFinallyBlock().map(f -> new Frame(f.getStatements(), 0, rest)).orElse(rest);
                cur = new Frame(t.getTryBlock().getStatements(), 0, after);
                continue;
            }
            if (s instanceof IfStmt i) {
                branch(i, state, rest);
                return;
            }
            if (s instanceof SwitchStmt sw) {
                if (exits(sw)) {
                    if (!state.exception()) {
                        opaque = true;
                    } else {
                        opaqueExceptionExit = true;
                    }
                }
                cur = rest;
                continue;
            }
            // nested loops, expressions, declarations: no effect on the paths
            cur = rest;
        }
    }

    private void branch(IfStmt i, State state, Frame rest) {
        Expression cond = i.getCondition();
        Frame thenFrame = new Frame(Values.statements(i.getThenStmt()), 0, rest);
        Frame elseFrame = i.getElseStmt().map(e -> new Frame(Values.statements(e), 0, rest)).orElse(rest);
        StatusConditions.Eval eval = conditions.eval(cond);
        if (eval.touches() && !state.statuses().isEmpty()) {
            touched = true;
            statusChecks.add(i);
            if (LoopRetries.conjuncts(cond).stream().anyMatch(conditions::isGuard)) {
                // if (!RETRYABLE.contains(status) || attempt >= MAX) throw ..; the counter bounds the loop
                if (exitsAlways(i.getThenStmt())) {
                    guardExits.add(new Guard(i, true));
                } else if (i.getElseStmt().map(Flow::exitsAlways).orElse(false)
                        || i.getElseStmt().isEmpty() && exits(i.getThenStmt()) && nextExits(rest)) {
                    guardExits.add(new Guard(i, false));
                }
            }
            run(thenFrame, state.withStatuses(state.statuses().intersect(eval.must())));
            run(elseFrame, state.withStatuses(state.statuses().minus(eval.may())));
            return;
        }
        if (state.exception() && state.variable() != null && references(cond, state.variable())) {
            Optional<String> positive = StatusConditions.instanceOfType(cond, state.variable());
            Optional<String> negative = cond instanceof com.github.javaparser.ast.expr.UnaryExpr u
                    && u.getOperator() == com.github.javaparser.ast.expr.UnaryExpr.Operator.LOGICAL_COMPLEMENT
                    ? StatusConditions.instanceOfType(u.getExpression(), state.variable()) : Optional.empty();
            if (positive.isPresent()) {
                run(thenFrame, state.narrowedTo(List.of(positive.get())));
                run(elseFrame, state.narrowedTo(state.types()));
            } else if (negative.isPresent()) {
                run(thenFrame, state.narrowedTo(state.types()));
                run(elseFrame, state.narrowedTo(List.of(negative.get())));
            } else {
                if (exits(i.getThenStmt()) || i.getElseStmt().map(this::exits).orElse(false)) {
                    // if (giveUp.test(e)) throw e; a classification, or a bound, the reader cannot evaluate
                    opaqueExceptionExit = true;
                }
                run(thenFrame, state.narrowedTo(state.types()));
                run(elseFrame, state.narrowedTo(state.types()));
            }
            return;
        }
        boolean guard = eval.guard() || conditions.isGuard(cond);
        boolean thenExits = exitsAlways(i.getThenStmt());
        boolean elseExits = i.getElseStmt().map(Flow::exitsAlways).orElse(false);
        if (guard) {
            if (thenExits) {
                guardExits.add(new Guard(i, true));
                run(elseFrame, state);
                return;
            }
            if (elseExits) {
                guardExits.add(new Guard(i, false));
                run(thenFrame, state);
                return;
            }
            Optional<Boolean> remain = conditions.guardValue(cond);
            if (remain.isPresent() && i.getElseStmt().isEmpty() && exits(i.getThenStmt()) && nextExits(rest)) {
                // if (attempt < MAX) { ..; continue; } throw e;
                guardExits.add(new Guard(i, !remain.get()));
                run(remain.get() ? thenFrame : elseFrame, state);
                return;
            }
            if (!exits(i.getThenStmt()) && !i.getElseStmt().map(this::exits).orElse(false)) {
                run(thenFrame, state);
                return;
            }
            run(thenFrame, state);
            run(elseFrame, state);
            return;
        }
        boolean anyExit = exits(i.getThenStmt()) || i.getElseStmt().map(this::exits).orElse(false);
        if (anyExit) {
            if (!state.exception() && !state.statuses().isEmpty()) {
                opaque = true;
            }
            if (state.exception()) {
                opaqueExceptionExit = true;
            }
        }
        run(thenFrame, state);
        run(elseFrame, state);
    }

    /** True when the next statement to run leaves the loop (throw, return, break). */
    private static boolean nextExits(Frame k) {
        Frame cur = k;
        while (cur != null && cur.index >= cur.statements.size()) {
            cur = cur.next;
        }
        return cur != null && exitsAlways(cur.statements.get(cur.index));
    }

    private void atEnd(State state) {
        repeated = repeated.union(state.statuses());
        if (state.exception()) {
            exceptionRepeats = true;
            repeatedTypes.addAll(state.types());
            exceptionNarrowed |= state.narrowed();
        }
    }

    private static boolean references(Expression e, String variable) {
        return e.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(variable));
    }

    /** True when the statement leaves the loop or the iteration on some path (return, throw, break, continue). */
    boolean exits(Statement s) {
        for (Node n : s.findAll(Node.class)) {
            if (n instanceof ReturnStmt || n instanceof ThrowStmt) {
                if (inLambda(n, s)) {
                    continue;
                }
                return true;
            }
            if (n instanceof BreakStmt b && targetsLoop(b) || n instanceof ContinueStmt c && targetsLoop(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inLambda(Node n, Node within) {
        for (Node p = n.getParentNode().orElse(null); p != null && p != within; p = p.getParentNode().orElse(null)) {
            if (p instanceof LambdaExpr || p instanceof com.github.javaparser.ast.body.TypeDeclaration) {
                return true;
            }
        }
        return false;
    }

    /** True when every path through the statement ends in return, throw or break. */
    static boolean exitsAlways(Statement s) {
        if (s instanceof ReturnStmt || s instanceof ThrowStmt || s instanceof BreakStmt) {
            return true;
        }
        if (s instanceof BlockStmt b) {
            return !b.getStatements().isEmpty() && exitsAlways(b.getStatements().get(b.getStatements().size() - 1));
        }
        if (s instanceof IfStmt i) {
            return i.getElseStmt().isPresent() && exitsAlways(i.getThenStmt()) && exitsAlways(i.getElseStmt().get());
        }
        return false;
    }

    /** An unlabelled break or continue whose nearest loop (or switch, for break) is this loop; or labelled with it. */
    boolean targetsLoop(Statement jump) {
        Optional<String> label = jump instanceof BreakStmt b ? b.getLabel().map(Object::toString)
                : ((ContinueStmt) jump).getLabel().map(Object::toString);
        if (label.isPresent()) {
            return loop.getParentNode().filter(p -> p instanceof LabeledStmt l && l.getLabel().asString().equals(label.get())).isPresent();
        }
        for (Node p = jump.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p == loop) {
                return true;
            }
            if (isLoop(p) || jump instanceof BreakStmt && p instanceof SwitchStmt || p instanceof LambdaExpr
                    || p instanceof com.github.javaparser.ast.body.CallableDeclaration) {
                return false;
            }
        }
        return false;
    }

    static boolean isLoop(Node n) {
        return n instanceof ForStmt || n instanceof WhileStmt || n instanceof DoStmt || n instanceof ForEachStmt;
    }

    /** The nearest loop around a node, within its method. */
    static Optional<Node> nearestLoop(Node n) {
        for (Node p = n.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (isLoop(p)) {
                return Optional.of(p);
            }
            if (p instanceof LambdaExpr || p instanceof com.github.javaparser.ast.body.CallableDeclaration
                    || p instanceof com.github.javaparser.ast.body.TypeDeclaration) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The frames that follow a statement up to the end of the loop body: where a catch block's path continues. */
    static Frame after(Node statement, Node body) {
        List<Frame> chain = new ArrayList<>();
        Node child = statement;
        for (Node p = statement.getParentNode().orElse(null); p != null; child = p, p = p.getParentNode().orElse(null)) {
            if (p instanceof BlockStmt b) {
                int idx = indexOf(b.getStatements(), child);
                if (idx >= 0) {
                    chain.add(new Frame(b.getStatements(), idx + 1, null));
                }
            }
            if (p == body || isLoop(p)) {
                break;
            }
            if (p instanceof CatchClause || p instanceof TryStmt || p instanceof IfStmt || p instanceof LabeledStmt
                    || p instanceof SynchronizedStmt || p instanceof BlockStmt) {
                continue;
            }
        }
        Frame k = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Frame f = chain.get(i);
            k = new Frame(f.statements, f.index, k);
        }
        return k;
    }

    private static int indexOf(List<Statement> list, Node child) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == child) {
                return i;
            }
        }
        return -1;
    }
}
