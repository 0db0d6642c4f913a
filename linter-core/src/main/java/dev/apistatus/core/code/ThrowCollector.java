package dev.apistatus.core.code;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The exceptions a method can let escape: thrown in its body, signalled ({@code orElseThrow(...)},
 * {@code Mono.error(...)}), or escaping a project method it calls, followed through the project to a fixed
 * depth. Exceptions caught by an enclosing {@code try} are left out. What cannot be followed is reported as
 * unknown by the caller through {@link Result#unknowns()}.
 */
public final class ThrowCollector {

    private static final int MAX_DEPTH = 6;

    /** The exceptions that escape, and the places where something could not be followed. */
    public record Result(List<Thrown> thrown, List<Node> unknowns) {
    }

    private final JavaProject project;
    private final TypeHierarchy types;
    /** By identity: a node's equals and hashCode compare (and walk) whole subtrees, so two identical methods were one. */
    private final Map<MethodDeclaration, List<Thrown>> memo = new java.util.IdentityHashMap<>();

    public ThrowCollector(JavaProject project, TypeHierarchy types) {
        this.project = project;
        this.types = types;
    }

    public Result collect(CallableDeclaration<?> method) {
        List<Thrown> out = new ArrayList<>();
        List<Node> unknowns = new ArrayList<>();
        collect(method, out, unknowns, 0, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        return new Result(out, unknowns);
    }

    private void collect(CallableDeclaration<?> method, List<Thrown> out, List<Node> unknowns, int depth,
                         Set<CallableDeclaration<?>> stack) {
        if (!stack.add(method)) {
            return;
        }
        for (ThrowStmt t : method.findAll(ThrowStmt.class)) {
            if (!belongsTo(t, method)) {
                continue;
            }
            Expression e = t.getExpression();
            if (e instanceof ObjectCreationExpr create) {
                add(out, new Thrown(create.getType().getNameAsString(), t, create, null));
            } else if (e instanceof MethodCallExpr call) {
                // throw notFound(id): the factory's declared return type
                Optional<MethodDeclaration> factory = resolve(call);
                Optional<ObjectCreationExpr> created = factory.flatMap(f -> f.findFirst(ObjectCreationExpr.class,
                        c -> isThrowable(c.getType().getNameAsString(), c)));
                if (created.isPresent()) {
                    add(out, new Thrown(created.get().getType().getNameAsString(), t, created.get(), null));
                } else if (factory.isPresent() && isThrowable(factory.get().getType().asString(), factory.get())) {
                    add(out, new Thrown(TypeHierarchy.simple(factory.get().getType().asString()), t, null, null));
                } else {
                    unknowns.add(t);
                }
            } else if (!isRethrowOfCaught(e, t)) {
                unknowns.add(t);
            }
        }
        for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
            if (!belongsTo(call, method)) {
                continue;
            }
            String name = call.getNameAsString();
            if (name.equals("orElseThrow") || name.equals("error") && call.getScope().map(s -> s.toString().equals("Mono")
                    || s.toString().equals("Flux")).orElse(false)
                    || name.equals("onErrorMap") && call.getArguments().size() == 1 && call.getScope().isPresent()) {
                signalled(call, out, unknowns);
                continue;
            }
            if (depth >= MAX_DEPTH) {
                continue;
            }
            Optional<MethodDeclaration> target = resolve(call);
            if (target.isPresent() && target.get().getBody().isPresent()) {
                List<Thrown> inner = memo.get(target.get());
                if (inner == null) {
                    List<Thrown> found = new ArrayList<>();
                    collect(target.get(), found, new ArrayList<>(), depth + 1, stack);
                    inner = found;
                    memo.put(target.get(), inner);
                }
                String via = target.get().findAncestor(TypeDeclaration.class).map(td -> td.getNameAsString() + ".").orElse("")
                        + target.get().getNameAsString();
                for (Thrown t : inner) {
                    if (!caught(t.type(), call)) {
                        add(out, new Thrown(t.type(), call, t.creation(), t.via() != null ? t.via() : via));
                    }
                }
            }
        }
        stack.remove(method);
    }

    /**
     * {@code orElseThrow(() -> new X())}, {@code orElseThrow(X::new)}, {@code Mono.error(new X())}, and Reactor's
     * {@code onErrorMap(e -> new X(...))} (the error an upstream failure becomes).
     */
    private void signalled(MethodCallExpr call, List<Thrown> out, List<Node> unknowns) {
        if (call.getArguments().isEmpty()) {
            // Optional.orElseThrow(): NoSuchElementException
            add(out, new Thrown("NoSuchElementException", call, null, null));
            return;
        }
        Expression arg = call.getArgument(0);
        if (arg instanceof LambdaExpr lambda) {
            Optional<ObjectCreationExpr> created = lambda.getBody().findFirst(ObjectCreationExpr.class);
            if (created.isPresent()) {
                add(out, new Thrown(created.get().getType().getNameAsString(), call, created.get(), null));
                return;
            }
            Optional<MethodCallExpr> factory = lambda.getBody().findFirst(MethodCallExpr.class);
            Optional<ObjectCreationExpr> made = factory.flatMap(this::resolve)
                    .flatMap(f -> f.findFirst(ObjectCreationExpr.class, c -> isThrowable(c.getType().getNameAsString(), c)));
            if (made.isPresent()) {
                add(out, new Thrown(made.get().getType().getNameAsString(), call, made.get(), null));
                return;
            }
        } else if (arg instanceof MethodReferenceExpr ref && ref.getIdentifier().equals("new")) {
            add(out, new Thrown(TypeHierarchy.simple(ref.getScope().toString()), call, null, null));
            return;
        } else if (arg instanceof ObjectCreationExpr created) {
            add(out, new Thrown(created.getType().getNameAsString(), call, created, null));
            return;
        }
        unknowns.add(call);
    }

    private void add(List<Thrown> out, Thrown t) {
        if (t.via() != null || !caught(t.type(), t.at())) {
            out.add(t);
        }
    }

    /** The project method a call reaches: this class's (or a superclass's), or a field's type's. */
    public Optional<MethodDeclaration> resolve(MethodCallExpr call) {
        Optional<TypeDeclaration> owner = call.findAncestor(TypeDeclaration.class);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> target;
        if (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr) {
            target = Optional.of((TypeDeclaration<?>) owner.get());
        } else if (call.getScope().get() instanceof NameExpr n) {
            Optional<String> typeName = typeOfName(n.getNameAsString(), call, owner.get());
            target = typeName.flatMap(t -> project.type(t, call));
            if (target.isEmpty() && Character.isUpperCase(n.getNameAsString().charAt(0))) {
                target = project.type(n.getNameAsString(), call); // a static call: Errors.notFound(id)
            }
        } else {
            return Optional.empty();
        }
        return target.flatMap(t -> method(t, call.getNameAsString(), call.getArguments().size(), 0));
    }

    private Optional<MethodDeclaration> method(TypeDeclaration<?> type, String name, int arity, int depth) {
        for (MethodDeclaration m : type.getMethodsByName(name)) {
            if (m.getParameters().size() == arity && m.getBody().isPresent()) {
                return Optional.of(m);
            }
        }
        if (depth < 4 && type.isClassOrInterfaceDeclaration()) {
            var decl = type.asClassOrInterfaceDeclaration();
            if (decl.isInterface()) {
                for (TypeDeclaration<?> impl : project.implementations(decl.getNameAsString())) {
                    Optional<MethodDeclaration> m = method(impl, name, arity, depth + 1);
                    if (m.isPresent()) {
                        return m;
                    }
                }
            }
            for (ClassOrInterfaceType parent : decl.getExtendedTypes()) {
                Optional<MethodDeclaration> m = project.type(parent.getNameAsString(), type)
                        .flatMap(t -> method(t, name, arity, depth + 1));
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    /** The declared type of a local, parameter or field visible at {@code at}. */
    public static Optional<String> typeOfName(String name, Node at, TypeDeclaration<?> owner) {
        Optional<CallableDeclaration> callable = at.findAncestor(CallableDeclaration.class);
        if (callable.isPresent()) {
            for (Object p : callable.get().getParameters()) {
                Parameter param = (Parameter) p;
                if (param.getNameAsString().equals(name)) {
                    return Optional.of(param.getType().asString());
                }
            }
            for (VariableDeclarator v : callable.get().findAll(VariableDeclarator.class)) {
                if (v.getNameAsString().equals(name) && !v.getType().isVarType()) {
                    return Optional.of(v.getType().asString());
                }
            }
        }
        if (owner != null) {
            for (FieldDeclaration f : owner.getFields()) {
                for (VariableDeclarator v : f.getVariables()) {
                    if (v.getNameAsString().equals(name)) {
                        return Optional.of(v.getType().asString());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** True when a node stands directly in the method, not in a lambda or class nested in it. */
    private static boolean belongsTo(Node node, CallableDeclaration<?> method) {
        for (Node p = node.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p == method) {
                return true;
            }
            if (p instanceof LambdaExpr lambda) {
                // a lambda's throws happen when it runs; mapping lambdas (map, flatMap) run within the call
                return isStreamStep(lambda);
            }
            if (p instanceof TypeDeclaration || p instanceof CallableDeclaration) {
                return false;
            }
        }
        return false;
    }

    /** Lambdas passed to Optional/Stream/Reactor steps run as part of the handler. */
    private static boolean isStreamStep(LambdaExpr lambda) {
        return lambda.getParentNode().filter(p -> p instanceof MethodCallExpr m && Set.of("map", "flatMap",
                "ifPresent", "ifPresentOrElse", "forEach", "filter", "orElseGet", "switchIfEmpty", "doOnNext",
                "then", "thenReturn", "orElseThrow", "computeIfAbsent").contains(m.getNameAsString())).isPresent();
    }

    /** {@code throw e} inside a catch clause for {@code e}: rethrows what the try caught; the try's throws count. */
    private static boolean isRethrowOfCaught(Expression e, Node at) {
        return e instanceof NameExpr n && at.findAncestor(CatchClause.class)
                .map(c -> c.getParameter().getNameAsString().equals(n.getNameAsString())).orElse(false);
    }

    /** True when an enclosing try block has a catch clause for the type or one of its superclasses. */
    boolean caught(String type, Node at) {
        Node child = at;
        for (Node p = at.getParentNode().orElse(null); p != null; child = p, p = p.getParentNode().orElse(null)) {
            if (p instanceof CallableDeclaration || p instanceof LambdaExpr) {
                return false;
            }
            if (p instanceof TryStmt tryStmt && tryStmt.getTryBlock() == child) {
                for (CatchClause c : tryStmt.getCatchClauses()) {
                    for (String caughtType : caughtTypes(c.getParameter().getType())) {
                        if (catches(caughtType, type, at)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static List<String> caughtTypes(Type t) {
        List<String> out = new ArrayList<>();
        if (t instanceof UnionType u) {
            u.getElements().forEach(e -> out.add(TypeHierarchy.simple(e.asString())));
        } else {
            out.add(TypeHierarchy.simple(t.asString()));
        }
        return out;
    }

    /**
     * Whether {@code catch (catchType e)} catches {@code type}. When the type's superclasses are not all visible
     * (a library exception missing from the table), a catch of Exception, Throwable or RuntimeException is taken
     * to catch it: an exception that escapes would be a guess.
     */
    private boolean catches(String catchType, String type, Node at) {
        List<String> chain = types.chain(type, at);
        if (chain.contains(catchType)) {
            return true;
        }
        return !types.isComplete(chain) && Set.of("Exception", "Throwable", "RuntimeException").contains(catchType);
    }

    private boolean isThrowable(String typeName, Node context) {
        String simple = TypeHierarchy.simple(typeName);
        return simple.endsWith("Exception") || simple.endsWith("Error") || types.chain(simple, context).contains("Throwable");
    }
}
