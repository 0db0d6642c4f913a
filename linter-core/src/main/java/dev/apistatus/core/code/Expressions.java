package dev.apistatus.core.code;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.apistatus.core.status.StatusNames;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Evaluates the expressions that matter statically: strings (paths, header names) and status codes, through
 * literals, concatenation, the project's constants (fields of this or another class, static imports, interface
 * constants) and effectively final locals. Anything else is unknown: the callers stay silent on it.
 */
public final class Expressions {

    private static final int MAX_DEPTH = 12;
    private static final Set<String> STATUS_TYPES = Set.of("HttpStatus", "HttpStatusCode", "Status",
            "HttpServletResponse", "HttpURLConnection", "HttpStatusCodes", "StatusCodes", "Response.Status",
            "RestResponse.Status", "HttpResponseStatus", "StatusCode", "RestResponse.StatusCode");

    private final JavaProject project;

    public Expressions(JavaProject project) {
        this.project = project;
    }

    /** The string value of a constant expression. */
    public Optional<String> string(Expression e) {
        Object v = value(e, 0, new HashSet<>());
        return v instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** The strings of an expression that may be an array initializer ({@code {"/a", "/b"}}) or one value. */
    public Optional<List<String>> strings(Expression e) {
        if (e.isArrayInitializerExpr()) {
            List<String> out = new java.util.ArrayList<>();
            for (Expression v : e.asArrayInitializerExpr().getValues()) {
                Optional<String> s = string(v);
                if (s.isEmpty()) {
                    return Optional.empty();
                }
                out.add(s.get());
            }
            return Optional.of(out);
        }
        return string(e).map(List::of);
    }

    /**
     * The status code an expression stands for: an int, a library constant ({@code HttpStatus.CREATED},
     * {@code Response.Status.NOT_FOUND}, {@code SC_NOT_FOUND}), {@code HttpStatus.valueOf(201)},
     * {@code HttpStatusCode.valueOf(201)}, {@code Status.fromStatusCode(404)}, or a project constant holding one.
     */
    public OptionalInt status(Expression e) {
        Object v = value(e, 0, new HashSet<>());
        return v instanceof Integer i ? OptionalInt.of(i) : OptionalInt.empty();
    }

    private Object value(Expression e, int depth, Set<Node> seen) {
        if (e == null || depth > MAX_DEPTH || !seen.add(e)) {
            return null;
        }
        if (e instanceof StringLiteralExpr s) {
            return s.asString();
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return t.asString();
        }
        if (e instanceof IntegerLiteralExpr i) {
            try {
                return i.asNumber().intValue();
            } catch (NumberFormatException ex) {
                return null;
            }
        }
        if (e instanceof EnclosedExpr en) {
            return value(en.getInner(), depth + 1, seen);
        }
        if (e instanceof CastExpr c) {
            return value(c.getExpression(), depth + 1, seen);
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            Object l = value(b.getLeft(), depth + 1, seen);
            Object r = value(b.getRight(), depth + 1, seen);
            if (l instanceof String || r instanceof String) {
                return l == null || r == null ? null : String.valueOf(l) + r;
            }
            return l instanceof Integer a && r instanceof Integer c ? a + c : null;
        }
        if (e instanceof FieldAccessExpr f) {
            String scope = f.getScope().toString();
            String name = f.getNameAsString();
            if (isStatusType(scope)) {
                OptionalInt code = StatusNames.code(name);
                if (code.isPresent()) {
                    return code.getAsInt();
                }
            }
            Optional<TypeDeclaration<?>> type = project.type(scope, e);
            return type.map(t -> fieldValue(t, name, depth, seen)).orElse(null);
        }
        if (e instanceof NameExpr n) {
            return name(n, depth, seen);
        }
        if (e instanceof MethodCallExpr m) {
            String method = m.getNameAsString();
            if ((method.equals("valueOf") || method.equals("fromStatusCode") || method.equals("resolve")
                    || method.equals("fromCode")) && m.getArguments().size() == 1 && m.getScope().isPresent()
                    && isStatusType(m.getScope().get().toString())) {
                Object arg = value(m.getArgument(0), depth + 1, seen);
                return arg instanceof Integer ? arg : null;
            }
            if ((method.equals("value") || method.equals("getStatusCode") || method.equals("getCode")
                    || method.equals("code")) && m.getArguments().isEmpty() && m.getScope().isPresent()) {
                return value(m.getScope().get(), depth + 1, seen);
            }
        }
        return null;
    }

    private static boolean isStatusType(String scope) {
        String simple = scope.contains(".") && !scope.endsWith("Response.Status") && !scope.endsWith("RestResponse.Status")
                ? scope.substring(scope.lastIndexOf('.') + 1) : scope;
        return STATUS_TYPES.contains(simple) || STATUS_TYPES.contains(scope)
                || scope.endsWith(".Status") || scope.endsWith("HttpStatus");
    }

    /** A bare name: a local (effectively final, initialised), a field of an enclosing class, a static import. */
    private Object name(NameExpr n, int depth, Set<Node> seen) {
        String name = n.getNameAsString();
        OptionalInt constant = StatusNames.code(name);
        // a statically imported status constant: import static ...HttpStatus.NOT_FOUND
        Optional<CompilationUnit> unit = n.findCompilationUnit();
        if (constant.isPresent() && unit.isPresent()) {
            for (ImportDeclaration i : unit.get().getImports()) {
                if (i.isStatic() && (i.isAsterisk() ? isStatusType(i.getName().getIdentifier())
                        : i.getName().getIdentifier().equals(name) && i.getName().getQualifier().map(q -> isStatusType(q.getIdentifier())).orElse(false))) {
                    return constant.getAsInt();
                }
            }
        }
        Optional<CallableDeclaration> callable = n.findAncestor(CallableDeclaration.class);
        if (callable.isPresent()) {
            Object local = local(callable.get(), name, depth, seen);
            if (local != NOT_LOCAL) {
                return local;
            }
        }
        for (Node p = n.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof TypeDeclaration<?> t) {
                Object v = fieldValue(t, name, depth, seen);
                if (v != null) {
                    return v;
                }
            }
        }
        if (unit.isPresent()) {
            for (ImportDeclaration i : unit.get().getImports()) {
                if (i.isStatic() && !i.isAsterisk() && i.getName().getIdentifier().equals(name)) {
                    String owner = i.getName().getQualifier().map(Object::toString).orElse("");
                    return project.type(owner, n).map(t -> fieldValue(t, name, depth, seen)).orElse(null);
                }
            }
        }
        return null;
    }

    private static final Object NOT_LOCAL = new Object();

    /** The value of a local variable assigned once; NOT_LOCAL when no local has that name. */
    private Object local(CallableDeclaration<?> callable, String name, int depth, Set<Node> seen) {
        List<VariableDeclarator> declared = callable.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name)
                && v.getParentNode().filter(p -> !(p instanceof FieldDeclaration)).isPresent());
        boolean isParameter = callable.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name));
        if (declared.isEmpty()) {
            return isParameter ? null : NOT_LOCAL;
        }
        boolean reassigned = callable.findAll(AssignExpr.class).stream()
                .anyMatch(a -> a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(name));
        if (declared.size() != 1 || reassigned) {
            return null;
        }
        return declared.get(0).getInitializer().map(init -> value(init, depth + 1, seen)).orElse(null);
    }

    /** A constant field of a type (or the interfaces it implements). */
    private Object fieldValue(TypeDeclaration<?> type, String name, int depth, Set<Node> seen) {
        Optional<VariableDeclarator> field = type.getFieldByName(name).flatMap(f -> f.getVariables().stream()
                .filter(v -> v.getNameAsString().equals(name)).findFirst());
        if (field.isPresent()) {
            return field.get().getInitializer().map(init -> value(init, depth + 1, seen)).orElse(null);
        }
        if (type.isClassOrInterfaceDeclaration()) {
            for (var parent : type.asClassOrInterfaceDeclaration().getImplementedTypes()) {
                Object v = project.type(parent.getNameAsString(), type).map(t -> fieldValue(t, name, depth + 1, seen)).orElse(null);
                if (v != null) {
                    return v;
                }
            }
            for (var parent : type.asClassOrInterfaceDeclaration().getExtendedTypes()) {
                Object v = project.type(parent.getNameAsString(), type).map(t -> fieldValue(t, name, depth + 1, seen)).orElse(null);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /** The callable's own return statements, not those of lambdas or classes inside it. */
    public static List<ReturnStmt> ownReturns(CallableDeclaration<?> m) {
        return m.findAll(ReturnStmt.class, r -> nearestScope(r) == m);
    }

    /** The nearest enclosing method, constructor or lambda. */
    public static Node nearestScope(Node n) {
        for (Node p = n.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof LambdaExpr || p instanceof CallableDeclaration) {
                return p;
            }
        }
        return null;
    }

    /** The type inside up to three of these one-argument wrappers: {@code Mono<ResponseEntity<X>>} gives {@code ResponseEntity<X>}. */
    public static Type unwrapType(Type type, Set<String> wrappers) {
        Type t = type;
        for (int i = 0; i < 3 && t.isClassOrInterfaceType(); i++) {
            ClassOrInterfaceType c = t.asClassOrInterfaceType();
            if (wrappers.contains(c.getNameAsString()) && c.getTypeArguments().filter(a -> a.size() == 1).isPresent()) {
                t = c.getTypeArguments().get().get(0);
            } else {
                break;
            }
        }
        return t;
    }
}
