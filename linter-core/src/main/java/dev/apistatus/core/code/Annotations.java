package dev.apistatus.core.code;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading annotations by simple name, whether written simple or qualified. */
public final class Annotations {

    private Annotations() {
    }

    public static Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, String... names) {
        for (AnnotationExpr a : node.getAnnotations()) {
            String simple = a.getName().getIdentifier();
            for (String n : names) {
                if (simple.equals(n)) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    public static boolean has(NodeWithAnnotations<?> node, String... names) {
        return find(node, names).isPresent();
    }

    /** An attribute's value; {@code value} also matches a single-member annotation. */
    public static Optional<Expression> attribute(AnnotationExpr a, String... names) {
        if (a instanceof SingleMemberAnnotationExpr s) {
            for (String n : names) {
                if (n.equals("value")) {
                    return Optional.of(s.getMemberValue());
                }
            }
            return Optional.empty();
        }
        if (a instanceof NormalAnnotationExpr normal) {
            for (String n : names) {
                for (MemberValuePair p : normal.getPairs()) {
                    if (p.getNameAsString().equals(n)) {
                        return Optional.of(p.getValue());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The elements of an attribute that may be an array ({@code {A.class, B.class}}) or one value. */
    public static List<Expression> values(AnnotationExpr a, String... names) {
        List<Expression> out = new ArrayList<>();
        attribute(a, names).ifPresent(e -> {
            if (e.isArrayInitializerExpr()) {
                out.addAll(e.asArrayInitializerExpr().getValues());
            } else {
                out.add(e);
            }
        });
        return out;
    }
}
