package dev.apistatus.core.code.client;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A fluent chain ({@code RetryTemplate.builder().maxAttempts(3).build()}, {@code HttpRequest.newBuilder().POST(..)}),
 * with the calls made on it through local variables that hold the builder in between
 * ({@code var b = Request.newBuilder(); b.header(..); b.build()}).
 *
 * @param root     what the chain starts from: a type name ({@code RetryTemplate}), a creation
 *                 ({@code new Request.Builder()}), a variable or field the reader could not follow, or a call
 * @param calls    the calls, innermost first
 * @param complete false when the chain passed through something that could not be followed (a parameter, a
 *                 field assigned elsewhere, a method's return value)
 */
record Chains(Expression root, List<MethodCallExpr> calls, boolean complete) {

    private static final int MAX_DEPTH = 6;

    static Chains of(Expression e, Values values) {
        List<MethodCallExpr> calls = new ArrayList<>();
        boolean[] complete = {true};
        Expression root = unwind(e, values, calls, complete, 0, new HashSet<>());
        return new Chains(root, calls, complete[0]);
    }

    private static Expression unwind(Expression e, Values values, List<MethodCallExpr> out, boolean[] complete, int depth,
                                     Set<Node> seen) {
        List<MethodCallExpr> here = new ArrayList<>();
        Expression cur = e;
        while (true) {
            if (cur instanceof EnclosedExpr en) {
                cur = en.getInner();
            } else if (cur instanceof MethodCallExpr m && m.getScope().isPresent()) {
                here.add(0, m);
                cur = m.getScope().get();
            } else {
                break;
            }
        }
        Expression root = cur;
        if (cur instanceof NameExpr n && !isTypeName(n) && depth < MAX_DEPTH && seen.add(n)) {
            Optional<Expression> def = values.definition(n);
            if (def.isPresent() && def.get() != n) {
                root = unwind(def.get(), values, out, complete, depth + 1, seen);
                // statements that call the builder variable: b.header(..); b = b.header(..);
                n.findAncestor(CallableDeclaration.class).ifPresent(c -> {
                    for (ExpressionStmt s : ((Node) c).findAll(ExpressionStmt.class)) {
                        Expression x = s.getExpression();
                        if (x instanceof AssignExpr a && a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(n.getNameAsString())) {
                            x = a.getValue();
                        }
                        if (x instanceof MethodCallExpr call && rootName(call).filter(r -> r.equals(n.getNameAsString())).isPresent()
                                && !containsNode(x, e)) {
                            List<MethodCallExpr> extra = new ArrayList<>();
                            Expression inner = call;
                            while (inner instanceof MethodCallExpr mc && mc.getScope().isPresent()) {
                                extra.add(0, mc);
                                inner = mc.getScope().get();
                            }
                            out.addAll(extra);
                        }
                    }
                });
            } else {
                complete[0] = false;
            }
        } else if (cur instanceof NameExpr n && !isTypeName(n)) {
            complete[0] = false;
        } else if (cur instanceof MethodCallExpr || cur instanceof com.github.javaparser.ast.expr.FieldAccessExpr) {
            complete[0] = false;
        }
        out.addAll(here);
        return root;
    }

    private static boolean containsNode(Node outer, Node inner) {
        for (Node p = inner; p != null; p = p.getParentNode().orElse(null)) {
            if (p == outer) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> rootName(MethodCallExpr call) {
        Expression cur = call;
        while (cur instanceof MethodCallExpr mc && mc.getScope().isPresent()) {
            cur = mc.getScope().get();
        }
        return cur instanceof NameExpr n ? Optional.of(n.getNameAsString()) : Optional.empty();
    }

    static boolean isTypeName(NameExpr n) {
        String s = n.getNameAsString();
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    /** The type the chain starts from, when it starts from a static call on a type: {@code RetryTemplate}. */
    Optional<String> rootType() {
        if (root instanceof NameExpr n && isTypeName(n)) {
            return Optional.of(n.getNameAsString());
        }
        if (root instanceof com.github.javaparser.ast.expr.FieldAccessExpr f) {
            String s = f.toString();
            return Optional.of(s.substring(s.lastIndexOf('.') + 1));
        }
        return Optional.empty();
    }

    /** The first call, the one made on the root: {@code builder} in {@code RetryTemplate.builder().build()}. */
    Optional<MethodCallExpr> first() {
        return calls.isEmpty() ? Optional.empty() : Optional.of(calls.get(0));
    }

    boolean has(String name) {
        return calls.stream().anyMatch(c -> c.getNameAsString().equals(name));
    }

    List<MethodCallExpr> named(String... names) {
        List<MethodCallExpr> out = new ArrayList<>();
        for (MethodCallExpr c : calls) {
            for (String n : names) {
                if (c.getNameAsString().equals(n)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The last call of that name: later settings win in a builder. */
    Optional<MethodCallExpr> last(String... names) {
        List<MethodCallExpr> all = named(names);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
