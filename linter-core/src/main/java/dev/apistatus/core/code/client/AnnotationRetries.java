package dev.apistatus.core.code.client;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.apistatus.core.code.Annotations;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.model.HttpCall;
import dev.apistatus.core.model.RetryConstruct;
import dev.apistatus.core.model.RetryConstruct.Bound;
import dev.apistatus.core.model.RetryConstruct.Condition;
import dev.apistatus.core.model.RetryConstruct.Delay;
import dev.apistatus.core.model.RetryConstruct.Exceptions;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.model.StatusSet;
import dev.apistatus.core.model.Tri;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Annotation-driven retries, with each library's defaults for what the annotation leaves out:
 * <ul>
 *   <li>Spring Retry {@code @Retryable}: maxAttempts 3; retryFor/include/value empty and noRetryFor/exclude empty
 *       retries every exception; {@code @Backoff}: delay 1000 ms fixed, multiplier 0 (none), random false;
 *       delay and a larger maxDelay without multiplier: uniform random between them.</li>
 *   <li>Spring Framework 7 {@code @Retryable}: maxRetries 3, delay 1000 ms, multiplier 1.0, jitter 0; every
 *       exception unless includes/excludes/predicate.</li>
 *   <li>MicroProfile Fault Tolerance {@code @Retry}: maxRetries 3 (-1 forever), delay 0, maxDuration 180 000 ms
 *       (0: none), jitter 200 ms, retryOn Exception; SmallRye's {@code @ExponentialBackoff} and
 *       {@code @FibonacciBackoff} make the delay grow.</li>
 *   <li>Resilience4j {@code @Retry(name = ..)}: the instance's settings from {@code resilience4j.retry.instances.<name>}
 *       over {@code configs.<baseConfig>} or {@code configs.default}; built-in maxAttempts 3, waitDuration 500 ms,
 *       every exception.</li>
 * </ul>
 */
final class AnnotationRetries {

    private final JavaProject project;
    private final Values values;
    private final HttpCalls http;
    private final ConfigProperties config;

    AnnotationRetries(JavaProject project, Values values, HttpCalls http, ConfigProperties config) {
        this.project = project;
        this.values = values;
        this.http = http;
        this.config = config;
    }

    List<RetryConstruct> read(CompilationUnit unit) {
        List<RetryConstruct> out = new ArrayList<>();
        for (AnnotationExpr a : unit.findAll(AnnotationExpr.class)) {
            String name = a.getName().getIdentifier();
            if (!name.equals("Retryable") && !name.equals("Retry")) {
                continue;
            }
            Node target = a.getParentNode().orElse(null);
            if (!(target instanceof MethodDeclaration) && !(target instanceof ClassOrInterfaceDeclaration)) {
                continue;
            }
            try {
                Optional<RetryConstruct> r = switch (flavour(unit, a)) {
                    case SPRING_RETRY -> Optional.of(springRetry(a, target));
                    case SPRING_CORE -> Optional.of(springCore(a, target));
                    case MICROPROFILE -> Optional.of(microProfile(a, target));
                    case RESILIENCE4J -> resilience4j(a, target);
                    case UNKNOWN -> Optional.empty();
                };
                r.ifPresent(out::add);
            } catch (RuntimeException e) {
                // an annotation the reader cannot read is no finding
            }
        }
        return out;
    }

    private enum Flavour { SPRING_RETRY, SPRING_CORE, MICROPROFILE, RESILIENCE4J, UNKNOWN }

    private static Flavour flavour(CompilationUnit unit, AnnotationExpr a) {
        String qualified = a.getNameAsString();
        boolean retryable = a.getName().getIdentifier().equals("Retryable");
        if (qualified.contains(".")) {
            if (qualified.startsWith("org.springframework.retry")) {
                return Flavour.SPRING_RETRY;
            }
            if (qualified.startsWith("org.springframework.resilience")) {
                return Flavour.SPRING_CORE;
            }
            if (qualified.startsWith("org.eclipse.microprofile")) {
                return Flavour.MICROPROFILE;
            }
            if (qualified.startsWith("io.github.resilience4j")) {
                return Flavour.RESILIENCE4J;
            }
            return Flavour.UNKNOWN;
        }
        for (ImportDeclaration i : unit.getImports()) {
            String n = i.getNameAsString();
            boolean match = i.isAsterisk() || n.endsWith("." + a.getName().getIdentifier());
            if (!match || i.isStatic()) {
                continue;
            }
            if (retryable && n.startsWith("org.springframework.retry")) {
                return Flavour.SPRING_RETRY;
            }
            if (retryable && n.startsWith("org.springframework.resilience")) {
                return Flavour.SPRING_CORE;
            }
            if (!retryable && n.startsWith("org.eclipse.microprofile.faulttolerance")) {
                return Flavour.MICROPROFILE;
            }
            if (!retryable && n.startsWith("io.github.resilience4j")) {
                return Flavour.RESILIENCE4J;
            }
        }
        return Flavour.UNKNOWN;
    }

    // ---------------------------------------------------------------- Spring Retry

    private RetryConstruct springRetry(AnnotationExpr a, Node target) {
        boolean interceptor = Annotations.attribute(a, "interceptor").flatMap(values::string).filter(s -> !s.isBlank()).isPresent();
        Bound bound;
        OptionalDouble max = number(a, "maxAttempts");
        Optional<String> expr = Annotations.attribute(a, "maxAttemptsExpression").flatMap(values::string);
        if (interceptor) {
            bound = Bound.unknown("the interceptor bean's policy");
        } else if (expr.isPresent()) {
            Optional<String> v = config.resolve(expr.get());
            bound = v.flatMap(AnnotationRetries::parseNumber).map(n -> attempts((long) n.doubleValue(), "maxAttemptsExpression = \"" + expr.get() + "\""))
                    .orElse(Bound.unknown("maxAttemptsExpression = \"" + expr.get() + "\""));
        } else if (max.isPresent()) {
            bound = attempts((long) max.getAsDouble(), "maxAttempts = " + (long) max.getAsDouble());
        } else if (Annotations.attribute(a, "maxAttempts").isPresent()) {
            bound = Bound.capped("maxAttempts = " + Annotations.attribute(a, "maxAttempts").get());
        } else {
            bound = Bound.attempts(3, "maxAttempts left at its default, 3");
        }
        List<String> includes = classes(a, "value", "include", "retryFor");
        List<String> excludes = classes(a, "exclude", "noRetryFor");
        boolean expression = Annotations.attribute(a, "exceptionExpression").flatMap(values::string).filter(s -> !s.isBlank()).isPresent();
        Condition condition = interceptor ? new Condition(Exceptions.UNKNOWN, List.of(), null, null)
                : classified(includes, excludes, expression, "retryFor/include/value");

        Delay delay;
        Optional<Expression> backoff = Annotations.attribute(a, "backoff");
        if (interceptor) {
            delay = Delay.unknown("the interceptor bean's backoff");
        } else if (backoff.isEmpty()) {
            delay = Delay.constant(Tri.NO, "@Backoff left at its default: a fixed 1000 ms");
        } else if (backoff.get() instanceof AnnotationExpr b) {
            delay = springBackoff(b);
        } else {
            delay = Delay.unknown(Texts.of(backoff.get()));
        }
        return construct(RetryConstruct.Kind.SPRING_RETRY, "@Retryable on " + owner(target), a, bound, delay, condition,
                Tri.NO, calls(target), List.of());
    }

    /** Spring Retry's {@code @Backoff}, read as AnnotationAwareRetryOperationsInterceptor builds the policy. */
    private Delay springBackoff(AnnotationExpr b) {
        for (String e : List.of("delayExpression", "maxDelayExpression", "multiplierExpression")) {
            Optional<String> text = Annotations.attribute(b, e).flatMap(values::string).filter(s -> !s.isBlank());
            if (text.isPresent() && config.resolve(text.get()).flatMap(AnnotationRetries::parseNumber).isEmpty()) {
                return Delay.unknown("@Backoff(" + e + " = \"" + text.get() + "\")");
            }
        }
        OptionalDouble value = backoffNumber(b, "value", null);
        OptionalDouble delayAttr = backoffNumber(b, "delay", "delayExpression");
        OptionalDouble maxAttr = backoffNumber(b, "maxDelay", "maxDelayExpression");
        OptionalDouble multAttr = backoffNumber(b, "multiplier", "multiplierExpression");
        if (hasUnreadable(b, "value", value) || hasUnreadable(b, "delay", delayAttr) || hasUnreadable(b, "maxDelay", maxAttr)
                || hasUnreadable(b, "multiplier", multAttr)) {
            return Delay.unknown(Texts.of(b));
        }
        double v = value.orElse(1000);
        double d = delayAttr.orElse(0);
        double min = d == 0 ? v : d;
        double maxDelay = maxAttr.orElse(0);
        double multiplier = multAttr.orElse(0);
        boolean random = Annotations.attribute(b, "random").flatMap(values::bool).orElse(false);
        String text = Texts.of(b);
        if (multiplier > 0) {
            if (multiplier <= 1) {
                return Delay.constant(Tri.of(random), text + ": a multiplier of " + fmt(multiplier) + " does not grow the delay");
            }
            return Delay.exponential(Tri.of(random), text);
        }
        if (maxDelay > min) {
            return Delay.constant(Tri.YES, text + ": uniformly random between " + Values.ms(min) + " and " + Values.ms(maxDelay));
        }
        if (min <= 0) {
            return Delay.none(text + ": no delay");
        }
        return Delay.constant(Tri.NO, text + ": a fixed " + Values.ms(min));
    }

    private boolean hasUnreadable(AnnotationExpr a, String name, OptionalDouble v) {
        return Annotations.attribute(a, name).isPresent() && v.isEmpty();
    }

    private OptionalDouble backoffNumber(AnnotationExpr b, String name, String expressionName) {
        OptionalDouble n = number(b, name);
        if (n.isPresent() || expressionName == null) {
            return n;
        }
        Optional<String> text = Annotations.attribute(b, expressionName).flatMap(values::string).filter(s -> !s.isBlank());
        return text.flatMap(config::resolve).flatMap(AnnotationRetries::parseNumber).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    // ---------------------------------------------------------------- Spring Framework 7

    private RetryConstruct springCore(AnnotationExpr a, Node target) {
        double unit = Annotations.attribute(a, "timeUnit").map(values::unit).filter(u -> !Double.isNaN(u)).orElse(1.0);
        OptionalDouble maxRetries = numberOrString(a, "maxRetries", "maxRetriesString");
        Bound bound = Annotations.attribute(a, "maxRetries", "maxRetriesString").isPresent() && maxRetries.isEmpty()
                ? Bound.unknown("maxRetries") : attempts((long) maxRetries.orElse(3) + 1,
                maxRetries.isPresent() ? "maxRetries = " + (long) maxRetries.getAsDouble() : "maxRetries left at its default, 3");
        OptionalDouble delay = durationOrString(a, "delay", "delayString", unit);
        OptionalDouble jitter = durationOrString(a, "jitter", "jitterString", unit);
        OptionalDouble multiplier = numberOrString(a, "multiplier", "multiplierString");
        Delay d;
        if (Annotations.attribute(a, "delay", "delayString").isPresent() && delay.isEmpty()
                || Annotations.attribute(a, "jitter", "jitterString").isPresent() && jitter.isEmpty()
                || Annotations.attribute(a, "multiplier", "multiplierString").isPresent() && multiplier.isEmpty()) {
            d = Delay.unknown(Texts.of(a));
        } else {
            d = delayOf(delay.orElse(1000), jitter.orElse(0) > 0, multiplier.orElse(1.0), Texts.of(a));
        }
        List<String> includes = classes(a, "value", "includes");
        List<String> excludes = classes(a, "excludes");
        boolean predicate = Annotations.attribute(a, "predicate").isPresent();
        Condition condition = classified(includes, excludes, predicate, "includes");
        return construct(RetryConstruct.Kind.SPRING_CORE_RETRY, "@Retryable on " + owner(target), a, bound, d, condition,
                Tri.NO, calls(target), List.of());
    }

    // ---------------------------------------------------------------- MicroProfile

    private RetryConstruct microProfile(AnnotationExpr a, Node target) {
        String method = target instanceof MethodDeclaration m ? m.getNameAsString() : null;
        TypeDeclaration<?> type = target instanceof TypeDeclaration<?> t ? t
                : (TypeDeclaration<?>) target.findAncestor(TypeDeclaration.class).orElse(null);
        String fqcn = type == null ? "" : type.getFullyQualifiedName().orElse(type.getNameAsString());
        List<SourceLocation> related = new ArrayList<>();
        OptionalDouble maxRetries = mpSetting(a, "maxRetries", fqcn, method, related);
        OptionalDouble delay = mpSetting(a, "delay", fqcn, method, related);
        OptionalDouble maxDuration = mpSetting(a, "maxDuration", fqcn, method, related);
        OptionalDouble jitter = mpSetting(a, "jitter", fqcn, method, related);
        double delayUnit = Annotations.attribute(a, "delayUnit").map(values::unit).filter(u -> !Double.isNaN(u)).orElse(1.0);
        double durationUnit = Annotations.attribute(a, "durationUnit").map(values::unit).filter(u -> !Double.isNaN(u)).orElse(1.0);
        double jitterUnit = Annotations.attribute(a, "jitterDelayUnit").map(values::unit).filter(u -> !Double.isNaN(u)).orElse(1.0);
        Bound bound;
        if (maxRetries.isEmpty()) {
            bound = Bound.unknown("maxRetries");
        } else if (maxRetries.getAsDouble() < 0) {
            double duration = maxDuration.orElse(Double.NaN);
            if (Double.isNaN(duration)) {
                bound = Bound.unknown("maxDuration");
            } else if (duration > 0) {
                bound = Bound.time("maxRetries = -1, capped by maxDuration " + Values.ms(duration * durationUnit)
                        + (mpExplicit(a, "maxDuration") ? "" : " (the default)"));
            } else {
                bound = Bound.unbounded("@Retry(maxRetries = -1, maxDuration = 0) retries forever");
            }
        } else {
            bound = attempts((long) maxRetries.getAsDouble() + 1, mpExplicit(a, "maxRetries")
                    ? "maxRetries = " + (long) maxRetries.getAsDouble() : "maxRetries left at its default, 3");
        }
        Delay d;
        NodeWithAnnotations<?> annotated = (NodeWithAnnotations<?>) target;
        boolean exponential = Annotations.has(annotated, "ExponentialBackoff", "FibonacciBackoff");
        if (delay.isEmpty() || jitter.isEmpty() || Annotations.has(annotated, "CustomBackoff")) {
            d = Delay.unknown(Texts.of(a));
        } else {
            double delayMs = delay.getAsDouble() * delayUnit;
            double jitterMs = jitter.getAsDouble() * jitterUnit;
            String text = "delay " + Values.ms(delayMs) + (mpExplicit(a, "delay") ? "" : " (the default)") + ", jitter "
                    + Values.ms(jitterMs) + (mpExplicit(a, "jitter") ? "" : " (the default)");
            if (exponential) {
                d = Delay.exponential(Tri.of(jitterMs > 0), text + ", growing (@ExponentialBackoff / @FibonacciBackoff)");
            } else if (delayMs <= 0 && jitterMs <= 0) {
                d = Delay.none(text);
            } else {
                d = Delay.constant(Tri.of(jitterMs > 0), text);
            }
        }
        List<String> retryOn = classes(a, "retryOn");
        List<String> abortOn = classes(a, "abortOn");
        boolean overridden = config.has(fqcn + "/" + method + "/Retry/retryOn") || config.has(fqcn + "/Retry/retryOn")
                || config.has("Retry/retryOn");
        boolean retryWhen = Annotations.has(annotated, "RetryWhen");
        Condition condition;
        if (overridden) {
            condition = new Condition(Exceptions.UNKNOWN, List.of(), null, null);
        } else if (retryOn.isEmpty() && abortOn.isEmpty() && !retryWhen) {
            condition = new Condition(Exceptions.ALL, List.of("Exception"), null, "retryOn left at its default, Exception.class");
        } else {
            condition = classified(retryOn, abortOn, retryWhen, "retryOn");
        }
        return construct(RetryConstruct.Kind.MICROPROFILE, "@Retry on " + owner(target), a, bound, d, condition, Tri.NO,
                calls(target), related);
    }

    private boolean mpExplicit(AnnotationExpr a, String name) {
        return Annotations.attribute(a, name).isPresent();
    }

    /** A MicroProfile setting: MP Config's {@code <class>/<method>/Retry/<name>} override, the annotation, the default. */
    private OptionalDouble mpSetting(AnnotationExpr a, String name, String fqcn, String method, List<SourceLocation> related) {
        List<String> keys = new ArrayList<>();
        if (method != null) {
            keys.add(fqcn + "/" + method + "/Retry/" + name);
        }
        keys.add(fqcn + "/Retry/" + name);
        keys.add("Retry/" + name);
        for (String k : keys) {
            if (config.has(k)) {
                Optional<ConfigProperties.Entry> e = config.get(k);
                e.ifPresent(x -> related.add(x.location()));
                return e.flatMap(x -> parseNumber(x.value())).map(OptionalDouble::of).orElse(OptionalDouble.empty());
            }
        }
        if (Annotations.attribute(a, name).isPresent()) {
            return number(a, name);
        }
        return switch (name) {
            case "maxRetries" -> OptionalDouble.of(3);
            case "delay" -> OptionalDouble.of(0);
            case "maxDuration" -> OptionalDouble.of(180_000);
            case "jitter" -> OptionalDouble.of(200);
            default -> OptionalDouble.empty();
        };
    }

    // ---------------------------------------------------------------- Resilience4j

    private Optional<RetryConstruct> resilience4j(AnnotationExpr a, Node target) {
        Optional<String> name = Annotations.attribute(a, "name", "value").flatMap(values::string);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Resilience4jSettings settings = Resilience4jSettings.of(config, name.get(), project);
        return Optional.of(construct(RetryConstruct.Kind.RESILIENCE4J, "@Retry(name = \"" + name.get() + "\") on " + owner(target),
                a, settings.bound(), settings.delay(), settings.condition(), settings.retryAfter(), calls(target),
                settings.related()));
    }

    // ---------------------------------------------------------------- shared

    private RetryConstruct construct(RetryConstruct.Kind kind, String description, AnnotationExpr at, Bound bound, Delay delay,
                                     Condition condition, Tri retryAfter, List<HttpCall> calls, List<SourceLocation> related) {
        return new RetryConstruct(kind, description, project.locate(at), bound, delay, condition, retryAfter, calls, false,
                false, related);
    }

    /** The HTTP calls an annotated method (or every method of an annotated class) makes. */
    private List<HttpCall> calls(Node target) {
        List<HttpCall> out = new ArrayList<>();
        List<MethodDeclaration> methods = target instanceof MethodDeclaration m ? List.of(m)
                : ((ClassOrInterfaceDeclaration) target).getMethods();
        for (MethodDeclaration m : methods) {
            if (m.getBody().isPresent()) {
                out.addAll(http.in(m.getBody().get()));
            } else {
                m.findAncestor(ClassOrInterfaceDeclaration.class).filter(http::isDeclarativeClient)
                        .flatMap(c -> http.declared(m, project.locate(m), c.getNameAsString() + "." + m.getNameAsString()))
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * What an include/exclude classification retries: nothing named means every exception; a catch-all type named
     * means every exception too.
     */
    static Condition classified(List<String> includes, List<String> excludes, boolean predicate, String attribute) {
        if (includes.isEmpty() && excludes.isEmpty() && !predicate) {
            return new Condition(Exceptions.ALL, List.of(), null, attribute + " left empty");
        }
        if (includes.stream().anyMatch(ExceptionStatuses::isCatchAll) && excludes.isEmpty() && !predicate) {
            return new Condition(Exceptions.ALL, includes, null, attribute + " = " + String.join(", ", includes));
        }
        StatusSet statuses = StatusSet.NONE;
        boolean known = true;
        for (String t : includes) {
            Optional<StatusSet> s = ExceptionStatuses.of(t);
            if (s.isPresent()) {
                statuses = statuses.union(s.get());
            } else if (ExceptionStatuses.isCatchAll(t)) {
                known = false;
            }
        }
        for (String t : excludes) {
            Optional<StatusSet> s = ExceptionStatuses.of(t);
            if (s.isPresent() && !includes.isEmpty()) {
                statuses = statuses.minus(s.get());
            }
        }
        if (includes.isEmpty()) {
            known = false; // retries all but the excluded: statuses not named
        }
        return new Condition(Exceptions.CLASSIFIED, includes, known ? statuses : null,
                includes.isEmpty() ? null : String.join(", ", includes));
    }

    /** Class literals of an attribute ({@code {A.class, B.class}} or {@code A.class}), as written without .class. */
    private static List<String> classes(AnnotationExpr a, String... names) {
        List<String> out = new ArrayList<>();
        if (!(a instanceof NormalAnnotationExpr) && List.of(names).contains("value")) {
            out.addAll(literals(Annotations.values(a, "value")));
        }
        if (a instanceof NormalAnnotationExpr n) {
            for (MemberValuePair p : n.getPairs()) {
                if (List.of(names).contains(p.getNameAsString())) {
                    out.addAll(literals(p.getValue().isArrayInitializerExpr()
                            ? p.getValue().asArrayInitializerExpr().getValues() : List.of(p.getValue())));
                }
            }
        }
        return out;
    }

    private static List<String> literals(List<Expression> es) {
        List<String> out = new ArrayList<>();
        for (Expression e : es) {
            if (e.isClassExpr()) {
                out.add(e.asClassExpr().getType().asString());
            } else {
                out.add(Texts.of(e));
            }
        }
        return out;
    }

    private OptionalDouble number(AnnotationExpr a, String name) {
        return Annotations.attribute(a, name).map(values::number).orElse(OptionalDouble.empty());
    }

    private OptionalDouble numberOrString(AnnotationExpr a, String name, String stringName) {
        OptionalDouble n = number(a, name);
        if (n.isPresent()) {
            return n;
        }
        return Annotations.attribute(a, stringName).flatMap(values::string).flatMap(config::resolve)
                .flatMap(AnnotationRetries::parseNumber).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    private OptionalDouble durationOrString(AnnotationExpr a, String name, String stringName, double unit) {
        OptionalDouble n = number(a, name);
        if (n.isPresent()) {
            return OptionalDouble.of(n.getAsDouble() * unit);
        }
        Optional<String> s = Annotations.attribute(a, stringName).flatMap(values::string).flatMap(config::resolve);
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble d = Resilience4jSettings.duration(s.get());
        return d.isPresent() ? d : parseNumber(s.get()).map(x -> OptionalDouble.of(x * unit)).orElse(OptionalDouble.empty());
    }

    static Optional<Double> parseNumber(String s) {
        try {
            return Optional.of(Double.parseDouble(s.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Bound attempts(long n, String detail) {
        return n >= LoopRetries.UNBOUNDED_ATTEMPTS ? Bound.unbounded(detail) : Bound.attempts(n, detail);
    }

    /** A delay from a base, a jitter flag and a multiplier. */
    static Delay delayOf(double base, boolean jitter, double multiplier, String detail) {
        if (multiplier > 1) {
            return Delay.exponential(Tri.of(jitter), detail);
        }
        if (base <= 0) {
            return jitter ? Delay.constant(Tri.YES, detail) : Delay.none(detail);
        }
        return Delay.constant(Tri.of(jitter), detail + " (a fixed " + Values.ms(base) + ")");
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static String owner(Node target) {
        if (target instanceof MethodDeclaration m) {
            String type = m.findAncestor(TypeDeclaration.class).map(t -> ((TypeDeclaration<?>) t).getNameAsString()).orElse("?");
            return type + "." + m.getNameAsString();
        }
        return ((TypeDeclaration<?>) target).getNameAsString();
    }

    static boolean imports(CompilationUnit unit, String prefix) {
        return unit.getImports().stream().anyMatch(i -> i.getNameAsString().startsWith(prefix));
    }

}
