package dev.apistatus.core.code.jaxrs;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import dev.apistatus.core.code.Answer;
import dev.apistatus.core.code.Thrown;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reading knows of where it stands: the parameters of a project helper (or an exception constructor)
 * bound to the caller's arguments, and, in an exception mapper, the exception being mapped.
 *
 * @param arguments     parameter name to the caller's argument expression
 * @param outer         the caller's binding, against which the arguments are read; null at the top
 * @param site          the call in the resource method that led here (where a status passed as an argument is
 *                      decided), or null at the top
 * @param exceptionVar  in a mapper, the name of the parameter holding the exception; else null
 * @param exception     in a mapper, the answer the mapped exception carries by itself (its own response), or null
 * @param thrown        in a mapper, the exception being mapped, or null
 */
record Binding(Map<String, Expression> arguments, Binding outer, Node site, String exceptionVar, Answer exception,
               Thrown thrown) {

    static final Binding NONE = new Binding(Map.of(), null, null, null, null, null);

    /** The binding of an exception mapper reading the given exception. */
    static Binding mapping(String exceptionVar, Answer exception, Thrown thrown) {
        return new Binding(Map.of(), null, null, exceptionVar, exception, thrown);
    }

    /** Entering {@code callee} through {@code call} with {@code args}: its parameters stand for the arguments. */
    Binding enter(CallableDeclaration<?> callee, List<Expression> args, Node call) {
        Map<String, Expression> bound = new HashMap<>();
        for (int i = 0; i < callee.getParameters().size() && i < args.size(); i++) {
            if (!callee.getParameter(i).isVarArgs()) {
                bound.put(callee.getParameter(i).getNameAsString(), args.get(i));
            }
        }
        return new Binding(bound, this, site != null ? site : call, null, null, null);
    }

    /** A constructor entered with unknown arguments: its parameters stand for nothing. */
    Binding enterUnknown(Node call) {
        return new Binding(Map.of(), this, site != null ? site : call, null, null, null);
    }

    /** The caller's expression a name stands for, or null when it is not a bound parameter. */
    Expression bound(Expression e) {
        return e instanceof NameExpr n ? arguments.get(n.getNameAsString()) : null;
    }

    /**
     * True when the expression is the exception being mapped: its parameter, a cast of it, a pattern variable or
     * a local it was assigned to ({@code e instanceof WebApplicationException wae}), or a helper's parameter
     * bound to one of these.
     */
    boolean isException(Expression e) {
        return isException(e, 0);
    }

    private boolean isException(Expression e, int depth) {
        Expression x = e;
        while (x instanceof EnclosedExpr || x instanceof CastExpr) {
            x = x instanceof EnclosedExpr en ? en.getInner() : ((CastExpr) x).getExpression();
        }
        if (!(x instanceof NameExpr n) || depth > 4) {
            return false;
        }
        String name = n.getNameAsString();
        Expression b = arguments.get(name);
        if (b != null) {
            return outer != null && outer.isException(b, depth + 1);
        }
        if (name.equals(exceptionVar)) {
            return true;
        }
        Optional<CallableDeclaration> callable = n.findAncestor(CallableDeclaration.class);
        if (callable.isEmpty()) {
            return false;
        }
        for (InstanceOfExpr i : callable.get().findAll(InstanceOfExpr.class)) {
            if (i.getPattern().filter(p -> p instanceof TypePatternExpr t && t.getNameAsString().equals(name)).isPresent()
                    && isException(i.getExpression(), depth + 1)) {
                return true;
            }
        }
        for (VariableDeclarator v : callable.get().findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name))) {
            if (v.getInitializer().filter(init -> isException(init, depth + 1)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The mapping binding this one descends from (the one holding the exception), or null. */
    Binding mapping() {
        for (Binding b = this; b != null; b = b.outer) {
            if (b.exceptionVar != null) {
                return b;
            }
        }
        return null;
    }
}
