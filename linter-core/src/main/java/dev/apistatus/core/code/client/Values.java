package dev.apistatus.core.code.client;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import dev.apistatus.core.code.Expressions;
import dev.apistatus.core.code.JavaProject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Static values for the retry reader: numbers (int, long, double) and durations in milliseconds through literals,
 * arithmetic, {@code Duration}/{@code TimeUnit}/{@code TimeValue} factories and the project's constants; strings
 * through {@link Expressions}; and where a name was defined (a local assigned once, a field, a static import).
 */
final class Values {

    private static final int MAX_DEPTH = 12;

    /** Milliseconds per {@code TimeUnit}/{@code ChronoUnit} constant name. */
    static final Map<String, Double> UNIT_MILLIS = Map.ofEntries(
            Map.entry("NANOSECONDS", 1e-6), Map.entry("NANOS", 1e-6),
            Map.entry("MICROSECONDS", 1e-3), Map.entry("MICROS", 1e-3),
            Map.entry("MILLISECONDS", 1.0), Map.entry("MILLIS", 1.0),
            Map.entry("SECONDS", 1000.0), Map.entry("MINUTES", 60_000.0), Map.entry("HOURS", 3_600_000.0),
            Map.entry("DAYS", 86_400_000.0));

    private final JavaProject project;
    private final Expressions expressions;

    Values(JavaProject project) {
        this.project = project;
        this.expressions = new Expressions(project);
    }

    JavaProject project() {
        return project;
    }

    Optional<String> string(Expression e) {
        if (e == null) {
            return Optional.empty();
        }
        Optional<String> s = expressions.string(e);
        if (s.isPresent()) {
            return s;
        }
        return definition(e).filter(d -> d != e).flatMap(d -> d instanceof StringLiteralExpr l ? Optional.of(l.asString())
                : expressions.string(d));
    }

    Optional<Boolean> bool(Expression e) {
        Expression d = e;
        for (int i = 0; i < 4 && d != null; i++) {
            if (d instanceof BooleanLiteralExpr b) {
                return Optional.of(b.getValue());
            }
            Optional<Expression> next = definition(d);
            if (next.isEmpty() || next.get() == d) {
                break;
            }
            d = next.get();
        }
        return Optional.empty();
    }

    /** A number: literals, unary minus, + - * / and shifts, casts, MAX_VALUE constants, project constants. */
    OptionalDouble number(Expression e) {
        return number(e, 0, new HashSet<>());
    }

    private OptionalDouble number(Expression e, int depth, Set<Node> seen) {
        if (e == null || depth > MAX_DEPTH || !seen.add(e)) {
            return OptionalDouble.empty();
        }
        try {
            if (e instanceof IntegerLiteralExpr i) {
                return OptionalDouble.of(i.asNumber().doubleValue());
            }
            if (e instanceof LongLiteralExpr l) {
                return OptionalDouble.of(l.asNumber().doubleValue());
            }
            if (e instanceof DoubleLiteralExpr d) {
                return OptionalDouble.of(d.asDouble());
            }
        } catch (NumberFormatException ex) {
            return OptionalDouble.empty();
        }
        if (e instanceof EnclosedExpr en) {
            return number(en.getInner(), depth + 1, seen);
        }
        if (e instanceof CastExpr c) {
            return number(c.getExpression(), depth + 1, seen);
        }
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
            OptionalDouble v = number(u.getExpression(), depth + 1, seen);
            return v.isPresent() ? OptionalDouble.of(-v.getAsDouble()) : v;
        }
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.PLUS) {
            return number(u.getExpression(), depth + 1, seen);
        }
        if (e instanceof BinaryExpr b) {
            OptionalDouble l = number(b.getLeft(), depth + 1, seen);
            OptionalDouble r = number(b.getRight(), depth + 1, seen);
            if (l.isEmpty() || r.isEmpty()) {
                return OptionalDouble.empty();
            }
            double a = l.getAsDouble();
            double c = r.getAsDouble();
            switch (b.getOperator()) {
                case PLUS: return OptionalDouble.of(a + c);
                case MINUS: return OptionalDouble.of(a - c);
                case MULTIPLY: return OptionalDouble.of(a * c);
                case DIVIDE: return c == 0 ? OptionalDouble.empty() : OptionalDouble.of(a / c);
                case LEFT_SHIFT: return OptionalDouble.of(a * Math.pow(2, c));
                default: return OptionalDouble.empty();
            }
        }
        if (e instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr scope) {
            String owner = scope.getNameAsString();
            String name = f.getNameAsString();
            if ((owner.equals("Integer") || owner.equals("Long") || owner.equals("Short")) && name.equals("MAX_VALUE")) {
                return OptionalDouble.of(owner.equals("Integer") ? Integer.MAX_VALUE : owner.equals("Long") ? Long.MAX_VALUE : Short.MAX_VALUE);
            }
            if (owner.equals("Integer") && name.equals("MIN_VALUE")) {
                return OptionalDouble.of(Integer.MIN_VALUE);
            }
        }
        if (e instanceof MethodCallExpr m && m.getScope().isPresent()) {
            // Duration.ofSeconds(2).toMillis(), TimeUnit.SECONDS.toMillis(2)
            String name = m.getNameAsString();
            if (name.equals("toMillis") || name.equals("toMillisPart")) {
                OptionalDouble ms = millis(m, depth + 1, seen);
                if (ms.isPresent()) {
                    return ms;
                }
            }
            if (name.equals("toSeconds") || name.equals("getSeconds")) {
                OptionalDouble ms = millis(m.getScope().get(), depth + 1, seen);
                return ms.isPresent() ? OptionalDouble.of(ms.getAsDouble() / 1000) : ms;
            }
            if ((name.equals("parseInt") || name.equals("parseLong")) && m.getArguments().size() == 1) {
                Optional<String> s = string(m.getArgument(0));
                if (s.isPresent()) {
                    try {
                        return OptionalDouble.of(Double.parseDouble(s.get().trim()));
                    } catch (NumberFormatException ex) {
                        return OptionalDouble.empty();
                    }
                }
            }
            if (name.equals("valueOf") && m.getArguments().size() == 1) {
                return number(m.getArgument(0), depth + 1, seen);
            }
        }
        if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
            Optional<Expression> d = definition(e);
            if (d.isPresent() && d.get() != e) {
                return number(d.get(), depth + 1, seen);
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * Milliseconds of a duration: {@code Duration.ofSeconds(2)}, {@code Duration.of(2, ChronoUnit.SECONDS)},
     * {@code Duration.parse("PT2S")}, {@code TimeUnit.SECONDS.toMillis(2)}, {@code TimeValue.ofSeconds(2)},
     * {@code Duration.ofMillis(x).multipliedBy(2)}, or a number taken as milliseconds.
     */
    OptionalDouble millis(Expression e) {
        return millis(e, 0, new HashSet<>());
    }

    private OptionalDouble millis(Expression e, int depth, Set<Node> seen) {
        if (e == null || depth > MAX_DEPTH) {
            return OptionalDouble.empty();
        }
        if (e instanceof EnclosedExpr en) {
            return millis(en.getInner(), depth + 1, seen);
        }
        if (e instanceof MethodCallExpr m) {
            String name = m.getNameAsString();
            String scope = m.getScope().map(Node::toString).orElse("");
            String scopeType = scope.contains(".") ? scope.substring(scope.lastIndexOf('.') + 1) : scope;
            List<Expression> args = m.getArguments();
            if ((scopeType.equals("Duration") || scopeType.equals("TimeValue")) && args.size() >= 1) {
                OptionalDouble n = number(args.get(0), depth + 1, new HashSet<>());
                double factor = switch (name) {
                    case "ofMillis", "ofMilliseconds" -> 1;
                    case "ofSeconds" -> 1000;
                    case "ofMinutes" -> 60_000;
                    case "ofHours" -> 3_600_000;
                    case "ofDays" -> 86_400_000;
                    case "ofNanos", "ofNanoseconds" -> 1e-6;
                    case "ofMicroseconds" -> 1e-3;
                    case "of" -> args.size() == 2 ? unit(args.get(1)) : Double.NaN;
                    default -> Double.NaN;
                };
                if (name.equals("parse")) {
                    Optional<String> text = string(args.get(0));
                    if (text.isPresent()) {
                        try {
                            return OptionalDouble.of(Duration.parse(text.get()).toMillis());
                        } catch (RuntimeException ex) {
                            return OptionalDouble.empty();
                        }
                    }
                    return OptionalDouble.empty();
                }
                return n.isPresent() && !Double.isNaN(factor) ? OptionalDouble.of(n.getAsDouble() * factor) : OptionalDouble.empty();
            }
            if (name.equals("toMillis") && args.size() == 1 && m.getScope().isPresent()) {
                double factor = unit(m.getScope().get());
                OptionalDouble n = number(args.get(0), depth + 1, new HashSet<>());
                return n.isPresent() && !Double.isNaN(factor) ? OptionalDouble.of(n.getAsDouble() * factor) : OptionalDouble.empty();
            }
            if (name.equals("toMillis") && args.isEmpty() && m.getScope().isPresent()) {
                return millis(m.getScope().get(), depth + 1, seen);
            }
            if ((name.equals("multipliedBy") || name.equals("dividedBy")) && args.size() == 1 && m.getScope().isPresent()) {
                OptionalDouble base = millis(m.getScope().get(), depth + 1, seen);
                OptionalDouble n = number(args.get(0));
                if (base.isPresent() && n.isPresent()) {
                    return OptionalDouble.of(name.equals("multipliedBy") ? base.getAsDouble() * n.getAsDouble()
                            : base.getAsDouble() / n.getAsDouble());
                }
                return OptionalDouble.empty();
            }
        }
        if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
            Optional<Expression> d = definition(e);
            if (d.isPresent() && d.get() != e && seen.add(e)) {
                return millis(d.get(), depth + 1, seen);
            }
        }
        return number(e);
    }

    /** Milliseconds per unit of a {@code TimeUnit.X} / {@code ChronoUnit.X} expression, NaN when unknown. */
    double unit(Expression e) {
        String text = e.toString();
        String name = text.contains(".") ? text.substring(text.lastIndexOf('.') + 1) : text;
        Double f = UNIT_MILLIS.get(name.toUpperCase(Locale.ROOT));
        return f == null ? Double.NaN : f;
    }

    /**
     * Where a name gets its value: a local variable assigned once (its initializer), a field (its initializer, or
     * the one constructor assignment), a static import's field. The expression itself when it is not a name.
     */
    Optional<Expression> definition(Expression e) {
        if (e instanceof EnclosedExpr en) {
            return definition(en.getInner());
        }
        if (e instanceof NameExpr n) {
            return name(n);
        }
        if (e instanceof FieldAccessExpr f) {
            if (f.getScope() instanceof ThisExpr) {
                return f.findAncestor(TypeDeclaration.class).flatMap(t -> field((TypeDeclaration<?>) t, f.getNameAsString()));
            }
            String scope = f.getScope().toString();
            if (!scope.isEmpty() && Character.isUpperCase(scope.charAt(scope.lastIndexOf('.') + 1))) {
                return project.type(scope, e).flatMap(t -> field(t, f.getNameAsString()));
            }
            return Optional.empty();
        }
        return Optional.of(e);
    }

    private Optional<Expression> name(NameExpr n) {
        String name = n.getNameAsString();
        // a local variable of an enclosing callable or lambda
        for (Node p = n.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof LambdaExpr lambda && lambda.getParameters().stream().anyMatch(x -> x.getNameAsString().equals(name))) {
                return Optional.empty();
            }
            if (p instanceof CallableDeclaration<?> callable) {
                if (callable.getParameters().stream().anyMatch(x -> x.getNameAsString().equals(name))) {
                    return Optional.empty();
                }
                List<VariableDeclarator> locals = callable.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name)
                        && !(v.getParentNode().orElse(null) instanceof FieldDeclaration));
                if (!locals.isEmpty()) {
                    if (locals.size() != 1 || assigned(callable, name)) {
                        return Optional.empty();
                    }
                    return locals.get(0).getInitializer();
                }
                break;
            }
            if (p instanceof TypeDeclaration<?>) {
                break;
            }
        }
        for (Node p = n.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof TypeDeclaration<?> t) {
                Optional<Expression> v = field(t, name);
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        Optional<CompilationUnit> unit = n.findCompilationUnit();
        if (unit.isPresent()) {
            for (ImportDeclaration i : unit.get().getImports()) {
                if (i.isStatic() && !i.isAsterisk() && i.getName().getIdentifier().equals(name)) {
                    String owner = i.getName().getQualifier().map(Object::toString).orElse("");
                    return project.type(owner, n).flatMap(t -> field(t, name));
                }
            }
        }
        return Optional.empty();
    }

    /** True when a name is the target of an assignment (or ++/--) inside the callable. */
    static boolean assigned(Node scope, String name) {
        return scope.findAll(AssignExpr.class).stream().anyMatch(a -> a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(name))
                || scope.findAll(UnaryExpr.class).stream().anyMatch(u -> isIncrement(u) && u.getExpression() instanceof NameExpr t
                && t.getNameAsString().equals(name));
    }

    static boolean isIncrement(UnaryExpr u) {
        return switch (u.getOperator()) {
            case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
            default -> false;
        };
    }

    /** A field's initializer, or the value a constructor assigns it when it has none. */
    Optional<Expression> field(TypeDeclaration<?> type, String name) {
        Optional<VariableDeclarator> v = type.getFieldByName(name).flatMap(f -> f.getVariables().stream()
                .filter(x -> x.getNameAsString().equals(name)).findFirst());
        if (v.isEmpty()) {
            return Optional.empty();
        }
        boolean isFinal = v.get().getParentNode().filter(p -> p instanceof FieldDeclaration f && f.isFinal()).isPresent();
        if (!isFinal && mutatedOutsideConstructors(type, name)) {
            return Optional.empty(); // a counter or a cache, not a constant
        }
        if (v.get().getInitializer().isPresent()) {
            return v.get().getInitializer();
        }
        Expression only = null;
        int count = 0;
        for (ConstructorDeclaration c : type.getConstructors()) {
            for (AssignExpr a : c.findAll(AssignExpr.class)) {
                boolean target = a.getTarget() instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
                        && f.getNameAsString().equals(name)
                        || a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(name)
                        && c.getParameters().stream().noneMatch(p -> p.getNameAsString().equals(name));
                if (target) {
                    only = a.getValue();
                    count++;
                }
            }
        }
        return count == 1 ? Optional.of(only) : Optional.empty();
    }

    private static boolean mutatedOutsideConstructors(TypeDeclaration<?> type, String name) {
        for (AssignExpr a : type.findAll(AssignExpr.class)) {
            if (a.getTarget().toString().replace("this.", "").equals(name) && a.findAncestor(ConstructorDeclaration.class).isEmpty()) {
                return true;
            }
        }
        for (UnaryExpr u : type.findAll(UnaryExpr.class)) {
            if (isIncrement(u) && u.getExpression().toString().replace("this.", "").equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The declared type (simple name, no generics) of a name or {@code this.x} visible at the expression. */
    Optional<String> declaredType(Expression e) {
        if (e instanceof EnclosedExpr en) {
            return declaredType(en.getInner());
        }
        if (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
            return f.findAncestor(TypeDeclaration.class).flatMap(t -> fieldType((TypeDeclaration<?>) t, f.getNameAsString()));
        }
        if (e instanceof ObjectCreationExpr c) {
            return Optional.of(c.getType().getNameAsString());
        }
        if (!(e instanceof NameExpr n)) {
            return Optional.empty();
        }
        String name = n.getNameAsString();
        for (Node p = n.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof LambdaExpr lambda) {
                for (Parameter param : lambda.getParameters()) {
                    if (param.getNameAsString().equals(name)) {
                        return param.getType().isUnknownType() ? Optional.empty() : Optional.of(simple(param.getType().asString()));
                    }
                }
            }
            if (p instanceof CallableDeclaration<?> callable) {
                for (Parameter param : callable.getParameters()) {
                    if (param.getNameAsString().equals(name)) {
                        return Optional.of(simple(param.getType().asString()));
                    }
                }
                for (VariableDeclarator v : callable.findAll(VariableDeclarator.class)) {
                    if (v.getNameAsString().equals(name) && !(v.getParentNode().orElse(null) instanceof FieldDeclaration)) {
                        if (v.getType().isVarType()) {
                            return v.getInitializer().flatMap(this::typeOfInitializer);
                        }
                        return Optional.of(simple(v.getType().asString()));
                    }
                }
            }
            if (p instanceof com.github.javaparser.ast.stmt.CatchClause c && c.getParameter().getNameAsString().equals(name)) {
                return Optional.of(simple(c.getParameter().getType().asString()));
            }
            if (p instanceof TypeDeclaration<?> t) {
                Optional<String> f = fieldType(t, name);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> typeOfInitializer(Expression init) {
        if (init instanceof ObjectCreationExpr c) {
            return Optional.of(c.getType().getNameAsString());
        }
        if (init instanceof MethodCallExpr m) {
            // HttpClient.newHttpClient(), WebClient.create(), RestClient.builder()...build()
            Expression root = m;
            while (root instanceof MethodCallExpr mc && mc.getScope().isPresent()) {
                root = mc.getScope().get();
            }
            if (root instanceof NameExpr r && Character.isUpperCase(r.getNameAsString().charAt(0))) {
                return Optional.of(r.getNameAsString());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fieldType(TypeDeclaration<?> t, String name) {
        for (FieldDeclaration f : t.getFields()) {
            for (VariableDeclarator v : f.getVariables()) {
                if (v.getNameAsString().equals(name)) {
                    return Optional.of(simple(v.getType().asString()));
                }
            }
        }
        return Optional.empty();
    }

    static String simple(String type) {
        String t = type;
        int generic = t.indexOf('<');
        if (generic >= 0) {
            t = t.substring(0, generic);
        }
        return t.contains(".") ? t.substring(t.lastIndexOf('.') + 1) : t;
    }

    /** The statements of a block, or the one statement, as a list. */
    static List<com.github.javaparser.ast.stmt.Statement> statements(com.github.javaparser.ast.stmt.Statement s) {
        if (s instanceof BlockStmt b) {
            return b.getStatements();
        }
        return List.of(s);
    }

    /** Human-readable milliseconds: {@code 500 ms}, {@code 2 s}. */
    static String ms(double millis) {
        if (millis >= 1000 && millis % 1000 == 0) {
            return (long) (millis / 1000) + " s";
        }
        return (millis == Math.rint(millis) ? Long.toString((long) millis) : Double.toString(millis)) + " ms";
    }
}
