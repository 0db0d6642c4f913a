package dev.apistatus.core.code.jaxrs;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.apistatus.core.code.Thrown;
import dev.apistatus.core.code.TypeHierarchy;
import java.util.List;
import java.util.Optional;

/**
 * How a mapper's {@code instanceof} tests on the exception it maps decide which of its statements run for a given
 * exception: {@code if (e instanceof WebApplicationException w) return w.getResponse();} is not where an
 * {@code IllegalStateException} ends, and the return after it is not where a {@code NotFoundException} does.
 */
final class Dispatch {

    private final TypeHierarchy types;

    Dispatch(TypeHierarchy types) {
        this.types = types;
    }

    /** The superclass chain of the exception a binding maps; empty outside a mapper. */
    List<String> chain(Binding b) {
        Binding mapping = b.mapping();
        if (mapping == null || mapping.thrown() == null) {
            return List.of();
        }
        Thrown t = mapping.thrown();
        return types.chain(t.type(), t.creation() != null ? t.creation() : t.at());
    }

    /** Whether a node can run for the mapped exception, judging the instanceof tests between it and {@code stop}. */
    boolean reachable(Node n, Node stop, Binding b, List<String> chain) {
        if (chain.isEmpty()) {
            return true;
        }
        Node child = n;
        for (Node p = n.getParentNode().orElse(null); p != null && p != stop; child = p, p = p.getParentNode().orElse(null)) {
            if (p instanceof IfStmt i) {
                Optional<Boolean> holds = instanceTest(i.getCondition(), b, chain);
                boolean inElse = i.getElseStmt().isPresent() && i.getElseStmt().get() == child;
                if (holds.isPresent() && (child == i.getThenStmt() && !holds.get() || inElse && holds.get())) {
                    return false;
                }
            }
            if (p instanceof BlockStmt block) {
                for (Statement before : block.getStatements()) {
                    if (before == child) {
                        break;
                    }
                    if (before instanceof IfStmt i && i.getElseStmt().isEmpty() && exits(i.getThenStmt())
                            && instanceTest(i.getCondition(), b, chain).orElse(false)) {
                        return false;
                    }
                }
            }
            if (p instanceof LambdaExpr || p instanceof CallableDeclaration) {
                break;
            }
        }
        return true;
    }

    /**
     * Whether a statement certainly runs for the mapped exception once {@code block} is entered: every
     * {@code if} between them tests an instanceof that holds, and nothing else (a loop, a try, a switch) stands
     * between.
     */
    boolean certain(Node n, Node block, Binding b, List<String> chain) {
        if (chain.isEmpty()) {
            return false;
        }
        Node child = n;
        for (Node p = n.getParentNode().orElse(null); p != null; child = p, p = p.getParentNode().orElse(null)) {
            if (p == block) {
                return true;
            }
            if (p instanceof IfStmt i) {
                if (child != i.getThenStmt() || !instanceTest(i.getCondition(), b, chain).orElse(false)) {
                    return false;
                }
            } else if (!(p instanceof BlockStmt || p instanceof ExpressionStmt || p instanceof Expression)) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code e instanceof T} (possibly negated) holds for the mapped exception; empty when it cannot be told. */
    Optional<Boolean> instanceTest(Expression condition, Binding b, List<String> chain) {
        Expression c = condition;
        boolean negated = false;
        while (true) {
            if (c instanceof EnclosedExpr en) {
                c = en.getInner();
            } else if (c instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
                negated = !negated;
                c = u.getExpression();
            } else {
                break;
            }
        }
        if (!(c instanceof InstanceOfExpr i) || !b.isException(i.getExpression())) {
            return Optional.empty();
        }
        String tested = TypeHierarchy.simple(i.getType().asString());
        boolean holds;
        if (chain.contains(tested)) {
            holds = true;
        } else if (types.isComplete(chain)) {
            holds = false;
        } else {
            return Optional.empty();
        }
        return Optional.of(holds != negated);
    }

    /** A statement that always leaves the method: ends with return or throw. */
    private static boolean exits(Statement s) {
        if (s instanceof ReturnStmt || s instanceof ThrowStmt) {
            return true;
        }
        if (s instanceof BlockStmt block && !block.getStatements().isEmpty()) {
            return exits(block.getStatements().getLast().get());
        }
        return false;
    }
}
