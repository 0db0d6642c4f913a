package dev.apistatus.core.code.jaxrs;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.code.Thrown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Follows an exception's creation through the project's constructors: which library superclass it reaches with
 * which arguments ({@code class OrderGone extends WebApplicationException { OrderGone() { super(Status.GONE); } }}),
 * and what an accessor returns ({@code e.getStatus()} gives the value the creation passed for that field).
 */
final class Constructors {

    private static final int MAX_DEPTH = 8;

    /**
     * One way a creation reaches a type outside the project.
     *
     * @param type    the library type's simple name
     * @param args    the arguments passed to it, or null when they cannot be told
     * @param binding the binding the arguments are read in
     */
    record Reached(String type, List<Expression> args, Binding binding) {
    }

    /** An expression and the binding it is read in. */
    record Bound(Expression expression, Binding binding) {
    }

    private final JavaProject project;

    Constructors(JavaProject project) {
        this.project = project;
    }

    /**
     * The library superclasses a creation reaches, one entry per constructor it may run. Empty when the
     * constructor chain cannot be followed.
     *
     * @param args the creation's arguments, or null when unknown (the exception was created elsewhere)
     */
    List<Reached> reach(String type, List<Expression> args, Binding binding, Node context) {
        return reach(type, args, binding, context, 0);
    }

    private List<Reached> reach(String type, List<Expression> args, Binding binding, Node context, int depth) {
        Optional<TypeDeclaration<?>> declared = project.type(type, context);
        if (declared.isEmpty() || !declared.get().isClassOrInterfaceDeclaration()) {
            return List.of(new Reached(simple(type), args, binding));
        }
        if (depth > MAX_DEPTH) {
            return List.of();
        }
        var cls = declared.get().asClassOrInterfaceDeclaration();
        String parent = cls.getExtendedTypes().isEmpty() ? "Object" : cls.getExtendedTypes().get(0).getNameAsString();
        List<Reached> out = new ArrayList<>();
        List<ConstructorDeclaration> ctors = candidates(cls, args);
        if (cls.getConstructors().isEmpty()) {
            return reach(parent, List.of(), binding.enterUnknown(context), cls, depth + 1);
        }
        for (ConstructorDeclaration ctor : ctors) {
            Binding inner = args == null ? binding.enterUnknown(context) : binding.enter(ctor, args, context);
            ExplicitConstructorInvocationStmt invocation = invocation(ctor);
            if (invocation == null) {
                out.addAll(reach(parent, List.of(), inner, cls, depth + 1));
            } else if (invocation.isThis()) {
                out.addAll(reach(cls.getNameAsString(), invocation.getArguments(), inner, cls, depth + 1));
            } else {
                out.addAll(reach(parent, invocation.getArguments(), inner, cls, depth + 1));
            }
        }
        return out;
    }

    /**
     * What a no-argument accessor of the thrown exception returns ({@code getStatus()}), read back to the
     * expression the creation passed; one entry per constructor the creation may run; empty when unknown.
     */
    List<Bound> accessor(Thrown thrown, String method) {
        Node context = thrown.creation() != null ? thrown.creation() : thrown.at();
        List<Expression> args = thrown.creation() != null ? thrown.creation().getArguments() : null;
        Optional<MethodDeclaration> getter = getter(thrown.type(), method, context, 0);
        if (getter.isEmpty()) {
            return List.of();
        }
        List<ReturnStmt> returns = getter.get().findAll(ReturnStmt.class);
        if (returns.size() != 1 || returns.get(0).getExpression().isEmpty()) {
            return List.of();
        }
        Expression returned = returns.get(0).getExpression().get();
        String field = fieldName(returned);
        if (field == null) {
            return List.of(new Bound(returned, Binding.NONE));
        }
        return field(thrown.type(), args, Binding.NONE, field, context, 0);
    }

    private Optional<MethodDeclaration> getter(String type, String method, Node context, int depth) {
        Optional<TypeDeclaration<?>> declared = project.type(type, context);
        if (declared.isEmpty() || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        for (MethodDeclaration m : declared.get().getMethodsByName(method)) {
            if (m.getParameters().isEmpty() && m.getBody().isPresent()) {
                return Optional.of(m);
            }
        }
        if (declared.get().isClassOrInterfaceDeclaration() && !declared.get().asClassOrInterfaceDeclaration().getExtendedTypes().isEmpty()) {
            return getter(declared.get().asClassOrInterfaceDeclaration().getExtendedTypes().get(0).getNameAsString(),
                    method, declared.get(), depth + 1);
        }
        return Optional.empty();
    }

    private List<Bound> field(String type, List<Expression> args, Binding binding, String field, Node context, int depth) {
        Optional<TypeDeclaration<?>> declared = project.type(type, context);
        if (declared.isEmpty() || !declared.get().isClassOrInterfaceDeclaration() || depth > MAX_DEPTH) {
            return List.of();
        }
        var cls = declared.get().asClassOrInterfaceDeclaration();
        boolean declaresField = cls.getFieldByName(field).isPresent();
        if (declaresField) {
            Optional<Expression> init = cls.getFieldByName(field).get().getVariables().stream()
                    .filter(v -> v.getNameAsString().equals(field)).findFirst().flatMap(VariableDeclarator::getInitializer);
            if (init.isPresent()) {
                return List.of(new Bound(init.get(), Binding.NONE));
            }
        }
        String parent = cls.getExtendedTypes().isEmpty() ? null : cls.getExtendedTypes().get(0).getNameAsString();
        List<Bound> out = new ArrayList<>();
        for (ConstructorDeclaration ctor : candidates(cls, args)) {
            Binding inner = args == null ? binding.enterUnknown(context) : binding.enter(ctor, args, context);
            ExplicitConstructorInvocationStmt invocation = invocation(ctor);
            if (invocation != null && invocation.isThis()) {
                out.addAll(field(cls.getNameAsString(), invocation.getArguments(), inner, field, cls, depth + 1));
                continue;
            }
            if (declaresField) {
                for (AssignExpr a : ctor.findAll(AssignExpr.class)) {
                    if (field.equals(fieldName(a.getTarget())) && a.getOperator() == AssignExpr.Operator.ASSIGN) {
                        out.add(new Bound(a.getValue(), inner));
                    }
                }
            } else if (parent != null) {
                out.addAll(field(parent, invocation == null ? List.of() : invocation.getArguments(), inner, field, cls, depth + 1));
            }
        }
        return out;
    }

    private static List<ConstructorDeclaration> candidates(com.github.javaparser.ast.body.ClassOrInterfaceDeclaration cls,
                                                           List<Expression> args) {
        if (args == null) {
            return cls.getConstructors();
        }
        return cls.getConstructors().stream().filter(c -> c.getParameters().size() == args.size()
                || !c.getParameters().isEmpty() && c.getParameters().getLast().get().isVarArgs()
                && args.size() >= c.getParameters().size() - 1).toList();
    }

    private static ExplicitConstructorInvocationStmt invocation(ConstructorDeclaration ctor) {
        List<Statement> statements = ctor.getBody().getStatements();
        return !statements.isEmpty() && statements.get(0) instanceof ExplicitConstructorInvocationStmt e ? e : null;
    }

    private static String fieldName(Expression e) {
        if (e instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
            return f.getNameAsString();
        }
        return null;
    }

    private static String simple(String type) {
        return dev.apistatus.core.code.TypeHierarchy.simple(type);
    }
}
