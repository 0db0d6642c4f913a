package dev.apistatus.core.code.client;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
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
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Retries configured in code, each read with its library's defaults:
 * <ul>
 *   <li>Spring Retry {@code RetryTemplate} (its builder: 3 attempts, no backoff, every exception; or
 *       {@code new RetryTemplate()} with policy objects: {@code SimpleRetryPolicy} 3 attempts, {@code NoBackOffPolicy})
 *       and its {@code execute} calls; a template injected elsewhere is the project's only one, when there is one;</li>
 *   <li>Spring Framework 7 {@code RetryTemplate} / {@code RetryPolicy} (3 retries, 1 s fixed, every exception);</li>
 *   <li>Resilience4j {@code RetryConfig} / {@code IntervalFunction}, used through {@code Retry.decorate*},
 *       {@code retry.execute*}, {@code Decorators ... withRetry}, {@code RetryOperator}; a registry's instance
 *       without code configuration is read from {@code application.yml};</li>
 *   <li>Failsafe {@code RetryPolicy} (2 retries, no delay, every exception) with {@code Failsafe.with(..)};</li>
 *   <li>Reactor {@code retry()} (forever), {@code retry(n)} (immediately), {@code retryWhen(Retry.backoff /
 *       fixedDelay / max / indefinitely)} (backoff: jitter 0.5 unless set), {@code retryBackoff};</li>
 *   <li>Feign {@code Retryer.Default} (100 ms growing by 1.5 to 1 s, 5 attempts, honours Retry-After), on a
 *       {@code Feign.builder()} or as a bean for the {@code @FeignClient}s that use it;</li>
 *   <li>Apache HttpClient 4 {@code DefaultHttpRequestRetryHandler} / {@code StandardHttpRequestRetryHandler}
 *       (3 retries, immediate, I/O errors, requests already sent only when told), 4's
 *       {@code DefaultServiceUnavailableRetryStrategy} (1 retry of 503 after a fixed 1 s, Retry-After ignored), 5's
 *       {@code DefaultHttpRequestRetryStrategy} (1 retry after 1 s or Retry-After, idempotent requests, 429/503).</li>
 * </ul>
 */
final class LibraryRetries {

    private static final Set<String> TEMPLATE_TYPES = Set.of("RetryTemplate", "RetryOperations");

    /** A retry policy defined once and used by one or more calls. */
    private static final class Policy {
        final RetryConstruct.Kind kind;
        final String description;
        final SourceLocation location;
        final Bound bound;
        final Delay delay;
        final Condition condition;
        final Tri retryAfter;
        final List<SourceLocation> related;
        final boolean httpClient;
        final boolean idempotentOnly;
        final List<HttpCall> calls = new ArrayList<>();

        Policy(RetryConstruct.Kind kind, String description, SourceLocation location, Bound bound, Delay delay,
               Condition condition, Tri retryAfter, List<SourceLocation> related, boolean httpClient, boolean idempotentOnly) {
            this.kind = kind;
            this.description = description;
            this.location = location;
            this.bound = bound;
            this.delay = delay;
            this.condition = condition;
            this.retryAfter = retryAfter;
            this.related = related;
            this.httpClient = httpClient;
            this.idempotentOnly = idempotentOnly;
        }

        RetryConstruct construct() {
            return new RetryConstruct(kind, description, location, bound, delay, condition, retryAfter, calls, httpClient,
                    idempotentOnly, related);
        }
    }

    private enum TemplateFlavour { SPRING_RETRY, SPRING_CORE }

    private record PendingUse(TemplateFlavour flavour, List<HttpCall> calls) {
    }

    private record PendingRetryer(Policy policy, TypeDeclaration<?> owner) {
    }

    private final JavaProject project;
    private final Values values;
    private final Resolver resolver;
    private final HttpCalls http;
    private final ConfigProperties config;
    private final AnnotationRetries annotations;
    private final Predicates predicates;

    private final Map<Node, Policy> policies = new IdentityHashMap<>();
    private final Map<Node, TemplateFlavour> templates = new IdentityHashMap<>();
    private final List<PendingUse> pendingUses = new ArrayList<>();
    private final List<PendingRetryer> pendingRetryers = new ArrayList<>();
    private final Map<String, Policy> yamlInstances = new LinkedHashMap<>();

    LibraryRetries(JavaProject project, Values values, Resolver resolver, HttpCalls http,
                   StatusConditions conditions, ConfigProperties config) {
        this.project = project;
        this.values = values;
        this.resolver = resolver;
        this.http = http;
        this.config = config;
        this.annotations = new AnnotationRetries(project, values, http, config);
        this.predicates = new Predicates(values, conditions, resolver, http);
    }

    List<RetryConstruct> read(CompilationUnit unit) {
        List<RetryConstruct> out = new ArrayList<>(annotations.read(unit));
        for (Runnable step : List.<Runnable>of(() -> reactor(unit, out), () -> templates(unit), () -> resilience4j(unit),
                () -> failsafe(unit), () -> feign(unit), () -> apache(unit, out))) {
            try {
                step.run();
            } catch (RuntimeException | StackOverflowError e) {
                // a library use the reader cannot follow is no finding
            }
        }
        return out;
    }

    /** Links what spans files (injected templates, Feign retryer beans) and returns the policies with their calls. */
    List<RetryConstruct> finish() {
        try {
            linkTemplates();
            linkRetryers();
        } catch (RuntimeException e) {
            // keep what was linked
        }
        List<RetryConstruct> out = new ArrayList<>();
        for (Policy p : policies.values()) {
            out.add(p.construct());
        }
        for (Policy p : yamlInstances.values()) {
            out.add(p.construct());
        }
        return out;
    }

    // ================================================================ Reactor

    private void reactor(CompilationUnit unit, List<RetryConstruct> out) {
        boolean reactorImported = AnnotationRetries.imports(unit, "reactor.");
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            if (!Set.of("retry", "retryWhen", "retryBackoff").contains(name) || call.getScope().isEmpty()) {
                continue;
            }
            List<HttpCall> calls = http.in(call.getScope().get());
            if (calls.isEmpty() || !reactorImported && calls.stream().noneMatch(c -> c.client() == HttpCall.Client.WEB_CLIENT)) {
                continue;
            }
            List<Expression> args = call.getArguments();
            Bound bound;
            Delay delay;
            Condition condition = new Condition(Exceptions.ALL, List.of(), null, "no filter(..): every error");
            Tri retryAfter = Tri.NO;
            if (name.equals("retry")) {
                if (args.isEmpty()) {
                    bound = Bound.unbounded("retry() resubscribes on every error, forever");
                } else {
                    OptionalDouble n = values.number(args.get(0));
                    bound = n.isPresent() ? AnnotationRetries.attempts((long) n.getAsDouble() + 1, "retry(" + args.get(0) + ")")
                            : Bound.capped("retry(" + args.get(0) + ")");
                }
                delay = Delay.none("retry(..) resubscribes immediately");
            } else if (name.equals("retryBackoff")) {
                OptionalDouble n = args.isEmpty() ? OptionalDouble.empty() : values.number(args.get(0));
                bound = n.isPresent() ? AnnotationRetries.attempts((long) n.getAsDouble() + 1, Texts.of(call)) : Bound.capped(name);
                boolean jitter = args.size() < 4 || values.number(args.get(3)).orElse(0.5) > 0;
                delay = Delay.exponential(Tri.of(jitter), "retryBackoff(..)");
            } else {
                if (args.size() != 1) {
                    continue;
                }
                Optional<Expression> spec = resolve(args.get(0));
                if (spec.isEmpty()) {
                    continue;
                }
                Chains chain = Chains.of(spec.get(), values);
                Optional<MethodCallExpr> first = chain.first();
                if (chain.rootType().filter(t -> t.equals("Retry") || t.equals("RetrySpec") || t.equals("RetryBackoffSpec")).isEmpty()
                        || first.isEmpty()) {
                    continue;
                }
                String kind = first.get().getNameAsString();
                List<Expression> fa = first.get().getArguments();
                OptionalDouble n = fa.isEmpty() ? OptionalDouble.empty() : values.number(fa.get(0));
                Optional<MethodCallExpr> maxAttempts = chain.last("maxAttempts");
                if (maxAttempts.isPresent() && !maxAttempts.get().getArguments().isEmpty()) {
                    n = values.number(maxAttempts.get().getArgument(0));
                }
                String text = Texts.of(spec.get());
                switch (kind) {
                    case "backoff" -> {
                        bound = n.isPresent() ? AnnotationRetries.attempts((long) n.getAsDouble() + 1, text) : Bound.capped(text);
                        Optional<MethodCallExpr> jitter = chain.last("jitter");
                        boolean random = jitter.isEmpty() || jitter.get().getArguments().isEmpty()
                                || values.number(jitter.get().getArgument(0)).orElse(0.5) > 0;
                        delay = Delay.exponential(Tri.of(random), text + (jitter.isEmpty() ? " (jitter 0.5 by default)" : ""));
                    }
                    case "fixedDelay" -> {
                        bound = n.isPresent() ? AnnotationRetries.attempts((long) n.getAsDouble() + 1, text) : Bound.capped(text);
                        delay = Delay.constant(Tri.NO, text);
                    }
                    case "max", "maxInARow" -> {
                        bound = n.isPresent() ? AnnotationRetries.attempts((long) n.getAsDouble() + 1, text) : Bound.capped(text);
                        delay = Delay.none(text + " retries immediately");
                    }
                    case "indefinitely" -> {
                        bound = Bound.unbounded("Retry.indefinitely()");
                        delay = Delay.none("Retry.indefinitely() retries immediately");
                    }
                    default -> {
                        bound = Bound.unknown(text);
                        delay = Delay.unknown(text);
                        retryAfter = Tri.UNKNOWN;
                        condition = new Condition(Exceptions.UNKNOWN, List.of(), null, null);
                    }
                }
                Optional<MethodCallExpr> filter = chain.last("filter");
                if (filter.isPresent() && !filter.get().getArguments().isEmpty()) {
                    Predicates.Classifier c = predicates.onException(filter.get().getArgument(0));
                    boolean catchAll = c.types().stream().anyMatch(ExceptionStatuses::isCatchAll);
                    condition = new Condition(catchAll ? Exceptions.ALL : Exceptions.CLASSIFIED, c.types(), catchAll ? null : c.statuses(),
                            Texts.of(filter.get().getArgument(0)));
                }
            }
            String shown = name.equals("retry") ? "." + name + "(" + args(call.getArguments()) + ")" : "." + name + "(..)";
            out.add(new RetryConstruct(RetryConstruct.Kind.REACTOR, "the Reactor " + shown + " in " + owner(call), project.locate(call.getName()),
                    bound, delay, condition, retryAfter, calls, false, false, List.of()));
        }
    }

    /** The expression a name stands for, followed through locals and fields. */
    private Optional<Expression> resolve(Expression e) {
        Expression cur = e;
        for (int i = 0; i < 6; i++) {
            if (!(cur instanceof NameExpr || cur instanceof FieldAccessExpr)) {
                return Optional.of(cur);
            }
            Optional<Expression> d = values.definition(cur);
            if (d.isEmpty() || d.get() == cur) {
                return Optional.empty();
            }
            cur = d.get();
        }
        return Optional.empty();
    }

    // ================================================================ RetryTemplate (Spring Retry, Spring 7)

    private void templates(CompilationUnit unit) {
        TemplateFlavour flavour = AnnotationRetries.imports(unit, "org.springframework.core.retry") ? TemplateFlavour.SPRING_CORE
                : AnnotationRetries.imports(unit, "org.springframework.retry") ? TemplateFlavour.SPRING_RETRY : null;
        if (flavour == null) {
            return;
        }
        // definitions
        for (ObjectCreationExpr c : unit.findAll(ObjectCreationExpr.class)) {
            if (c.getType().getNameAsString().equals("RetryTemplate") && c.getAnonymousClassBody().isEmpty()) {
                define(c, flavour);
            }
        }
        for (MethodCallExpr m : unit.findAll(MethodCallExpr.class)) {
            if (isOutermost(m)) {
                Chains chain = Chains.of(m, values);
                if (chain.rootType().filter(t -> t.equals("RetryTemplate")).isPresent() && chain.first()
                        .filter(f -> Set.of("builder", "defaultInstance").contains(f.getNameAsString())).isPresent()) {
                    define(m, flavour);
                }
            }
        }
        // uses
        for (MethodCallExpr m : unit.findAll(MethodCallExpr.class)) {
            if (!Set.of("execute", "invoke").contains(m.getNameAsString()) || m.getScope().isEmpty() || m.getArguments().isEmpty()) {
                continue;
            }
            Expression scope = m.getScope().get();
            Optional<Expression> def = resolve(scope);
            Node definition = def.map(this::templateDefinition).orElse(null);
            boolean typed = values.declaredType(scope).filter(TEMPLATE_TYPES::contains).isPresent();
            if (definition == null && !typed) {
                continue;
            }
            List<HttpCall> calls = callbackCalls(m.getArguments());
            if (definition != null && policies.containsKey(definition)) {
                policies.get(definition).calls.addAll(calls);
            } else if (typed) {
                pendingUses.add(new PendingUse(flavour, calls));
            }
        }
    }

    /** The template definition node an expression reaches (a creation or builder chain already defined), or null. */
    private Node templateDefinition(Expression e) {
        if (policies.containsKey(e)) {
            return e;
        }
        return null;
    }

    /** A type written simply or qualified: {@code Retry}, {@code io.github.resilience4j.retry.Retry}. */
    private static boolean isType(Expression scope, String simple) {
        String s = scope.toString();
        return s.equals(simple) || s.endsWith("." + simple);
    }

    /** The call made on this one's result ({@code x.a().b()}: b for a), or null. */
    private static MethodCallExpr outer(Node n) {
        Node parent = n.getParentNode().orElse(null);
        return parent instanceof MethodCallExpr p && p.getScope().orElse(null) == n ? p : null;
    }

    private boolean isOutermost(MethodCallExpr m) {
        return !(m.getParentNode().orElse(null) instanceof MethodCallExpr p && p.getScope().filter(s -> s == m).isPresent());
    }

    private void define(Expression definition, TemplateFlavour flavour) {
        if (policies.containsKey(definition)) {
            return;
        }
        templates.put(definition, flavour);
        String where = (flavour == TemplateFlavour.SPRING_RETRY ? "the Spring Retry" : "the Spring") + " RetryTemplate in " + owner(definition);
        SourceLocation at = project.locate(definition);
        Policy p = flavour == TemplateFlavour.SPRING_RETRY ? springRetryTemplate(definition, where, at) : springCoreTemplate(definition, where, at);
        policies.put(definition, p);
    }

    private Policy springRetryTemplate(Expression definition, String where, SourceLocation at) {
        Bound bound = Bound.attempts(3, "3 attempts: the default");
        Delay delay = Delay.none("no backoff: the default NoBackOffPolicy");
        List<String> includes = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        boolean predicate = false;
        Condition condition = null;
        List<MethodCallExpr> calls = definition instanceof ObjectCreationExpr c ? callsOnVariable(c) : Chains.of(definition, values).calls();
        for (MethodCallExpr call : calls) {
            List<Expression> a = call.getArguments();
            switch (call.getNameAsString()) {
                case "maxAttempts" -> bound = count(a, 0, 0, "maxAttempts(" + args(a) + ")");
                case "infiniteRetry" -> bound = Bound.unbounded("infiniteRetry()");
                case "withinMillis", "withTimeout" -> bound = Bound.time(call.getNameAsString() + "(" + args(a) + ")");
                case "customPolicy", "setRetryPolicy" -> {
                    Object[] r = springRetryPolicy(a.isEmpty() ? null : a.get(0));
                    bound = (Bound) r[0];
                    condition = (Condition) r[1];
                }
                case "fixedBackoff" -> delay = millisDelay(a, "fixedBackoff(" + args(a) + ")", false);
                case "exponentialBackoff" -> delay = Delay.exponential(Tri.of(a.size() >= 4 && values.bool(a.get(3)).orElse(false)),
                        "exponentialBackoff(" + args(a) + ")");
                case "uniformRandomBackoff" -> delay = Delay.constant(Tri.YES, "uniformRandomBackoff(" + args(a) + ")");
                case "noBackoff" -> delay = Delay.none("noBackoff()");
                case "customBackoff", "setBackOffPolicy" -> delay = springBackOffPolicy(a.isEmpty() ? null : a.get(0));
                case "retryOn" -> {
                    List<String> t = classList(a);
                    if (t.isEmpty()) {
                        predicate = true;
                    }
                    includes.addAll(t);
                }
                case "notRetryOn" -> excludes.addAll(classList(a));
                default -> {
                }
            }
        }
        if (condition == null) {
            condition = AnnotationRetries.classified(includes, excludes, predicate, "retryOn");
        }
        return new Policy(RetryConstruct.Kind.SPRING_RETRY, where, at, bound, delay, condition, Tri.NO, List.of(), false, false);
    }

    /** A Spring Retry RetryPolicy object: {bound, condition}. */
    private Object[] springRetryPolicy(Expression e) {
        Optional<Expression> def = e == null ? Optional.empty() : resolve(e);
        Condition all = new Condition(Exceptions.ALL, List.of(), null, "no exception classification");
        if (def.isEmpty() || !(def.get() instanceof ObjectCreationExpr c) || c.getAnonymousClassBody().isPresent()) {
            return new Object[] {Bound.unknown(String.valueOf(e)), new Condition(Exceptions.UNKNOWN, List.of(), null, null)};
        }
        String type = c.getType().getNameAsString();
        List<Expression> a = c.getArguments();
        Bound bound;
        Condition condition = all;
        switch (type) {
            case "SimpleRetryPolicy", "MaxAttemptsRetryPolicy" -> {
                bound = a.isEmpty() ? Bound.attempts(3, "new " + type + "(): 3 attempts") : count(a, 0, 0, "new " + type + "(" + args(a) + ")");
                if (a.size() >= 2) {
                    condition = exceptionMap(a.get(1));
                }
                for (MethodCallExpr set : callsOnVariable(c)) {
                    if (set.getNameAsString().equals("setMaxAttempts")) {
                        bound = count(set.getArguments(), 0, 0, "setMaxAttempts(" + args(set.getArguments()) + ")");
                    }
                }
            }
            case "AlwaysRetryPolicy" -> bound = Bound.unbounded("new AlwaysRetryPolicy()");
            case "NeverRetryPolicy" -> bound = Bound.attempts(1, "new NeverRetryPolicy()");
            case "TimeoutRetryPolicy" -> bound = Bound.time("new TimeoutRetryPolicy(..)");
            default -> {
                bound = Bound.unknown("new " + type + "(..)");
                condition = new Condition(Exceptions.UNKNOWN, List.of(), null, null);
            }
        }
        return new Object[] {bound, condition};
    }

    /** {@code Map.of(IOException.class, true)}, {@code Collections.singletonMap(X.class, true)}. */
    private Condition exceptionMap(Expression e) {
        Optional<Expression> def = resolve(e);
        if (def.isPresent() && def.get() instanceof MethodCallExpr m && Set.of("of", "singletonMap").contains(m.getNameAsString())) {
            List<String> includes = new ArrayList<>();
            List<String> excludes = new ArrayList<>();
            for (int i = 0; i + 1 < m.getArguments().size(); i += 2) {
                Expression k = m.getArgument(i);
                boolean v = values.bool(m.getArgument(i + 1)).orElse(true);
                if (k instanceof ClassExpr ce) {
                    (v ? includes : excludes).add(ce.getType().asString());
                }
            }
            return AnnotationRetries.classified(includes, excludes, false, "retryableExceptions");
        }
        return new Condition(Exceptions.CLASSIFIED, List.of(), null, Texts.of(e));
    }

    private Delay springBackOffPolicy(Expression e) {
        Optional<Expression> def = e == null ? Optional.empty() : resolve(e);
        if (def.isEmpty() || !(def.get() instanceof ObjectCreationExpr c) || c.getAnonymousClassBody().isPresent()) {
            return Delay.unknown(String.valueOf(e));
        }
        String type = c.getType().getNameAsString();
        double multiplier = 2.0;
        double period = 1000;
        boolean multiplierSet = false;
        for (MethodCallExpr set : callsOnVariable(c)) {
            List<Expression> a = set.getArguments();
            if (set.getNameAsString().equals("setMultiplier") && !a.isEmpty()) {
                multiplier = values.number(a.get(0)).orElse(Double.NaN);
                multiplierSet = true;
            } else if (set.getNameAsString().equals("setBackOffPeriod") && !a.isEmpty()) {
                period = values.millis(a.get(0)).orElse(Double.NaN);
            }
        }
        return switch (type) {
            case "FixedBackOffPolicy" -> Double.isNaN(period) ? Delay.unknown("FixedBackOffPolicy")
                    : period <= 0 ? Delay.none("FixedBackOffPolicy of 0 ms") : Delay.constant(Tri.NO, "FixedBackOffPolicy of " + Values.ms(period));
            case "ExponentialBackOffPolicy", "ExponentialRandomBackOffPolicy" -> Double.isNaN(multiplier) ? Delay.unknown(type)
                    : multiplier <= 1 ? Delay.constant(Tri.of(type.contains("Random")), type + " with multiplier " + AnnotationRetries.fmt(multiplier))
                    : Delay.exponential(Tri.of(type.contains("Random")), type + (multiplierSet ? "" : " (multiplier 2 by default)"));
            case "UniformRandomBackOffPolicy" -> Delay.constant(Tri.YES, "UniformRandomBackOffPolicy");
            case "NoBackOffPolicy" -> Delay.none("NoBackOffPolicy");
            default -> Delay.unknown("new " + type + "(..)");
        };
    }

    private Policy springCoreTemplate(Expression definition, String where, SourceLocation at) {
        Expression policy = null;
        if (definition instanceof ObjectCreationExpr c && !c.getArguments().isEmpty()) {
            policy = c.getArgument(0);
        }
        if (definition instanceof ObjectCreationExpr c) {
            for (MethodCallExpr set : callsOnVariable(c)) {
                if (set.getNameAsString().equals("setRetryPolicy") && !set.getArguments().isEmpty()) {
                    policy = set.getArgument(0);
                }
            }
        }
        Bound bound = Bound.attempts(4, "RetryPolicy.withDefaults(): 3 retries");
        Delay delay = Delay.constant(Tri.NO, "RetryPolicy.withDefaults(): a fixed 1 s");
        Condition condition = new Condition(Exceptions.ALL, List.of(), null, "RetryPolicy.withDefaults() retries every exception");
        if (policy != null) {
            Optional<Expression> def = resolve(policy);
            Chains chain = def.map(d -> Chains.of(d, values)).orElse(null);
            if (chain == null || chain.rootType().filter(t -> t.equals("RetryPolicy")).isEmpty() || chain.first().isEmpty()) {
                return new Policy(RetryConstruct.Kind.SPRING_CORE_RETRY, where, at, Bound.unknown(String.valueOf(policy)),
                        Delay.unknown(String.valueOf(policy)), new Condition(Exceptions.UNKNOWN, List.of(), null, null), Tri.UNKNOWN,
                        List.of(), false, false);
            }
            String first = chain.first().get().getNameAsString();
            List<Expression> fa = chain.first().get().getArguments();
            if (first.equals("withMaxRetries") || first.equals("withMaxAttempts")) {
                bound = count(fa, 0, 1, first + "(" + args(fa) + ")");
            } else if (first.equals("builder")) {
                double retries = 3;
                double delayMs = 1000;
                double multiplier = 1;
                boolean jitter = false;
                boolean unknownDelay = false;
                List<String> includes = new ArrayList<>();
                List<String> excludes = new ArrayList<>();
                boolean predicate = false;
                String text = "RetryPolicy.builder()";
                for (MethodCallExpr c : chain.calls()) {
                    List<Expression> a = c.getArguments();
                    switch (c.getNameAsString()) {
                        case "maxRetries", "maxAttempts" -> retries = a.isEmpty() ? Double.NaN : values.number(a.get(0)).orElse(Double.NaN);
                        case "delay" -> delayMs = a.isEmpty() ? Double.NaN : values.millis(a.get(0)).orElse(Double.NaN);
                        case "multiplier" -> multiplier = a.isEmpty() ? Double.NaN : values.number(a.get(0)).orElse(Double.NaN);
                        case "jitter" -> jitter = !a.isEmpty() && values.millis(a.get(0)).orElse(1) > 0;
                        case "backOff" -> unknownDelay = true;
                        case "includes" -> includes.addAll(classList(a));
                        case "excludes" -> excludes.addAll(classList(a));
                        case "predicate" -> predicate = true;
                        default -> {
                        }
                    }
                }
                bound = Double.isNaN(retries) ? Bound.capped(text + ".maxRetries(..)")
                        : AnnotationRetries.attempts((long) retries + 1, "maxRetries " + (long) retries);
                delay = unknownDelay || Double.isNaN(delayMs) || Double.isNaN(multiplier) ? Delay.unknown(text)
                        : AnnotationRetries.delayOf(delayMs, jitter, multiplier, "delay " + Values.ms(delayMs)
                        + (multiplier > 1 ? ", multiplier " + AnnotationRetries.fmt(multiplier) : ""));
                condition = AnnotationRetries.classified(includes, excludes, predicate, "includes");
            } else if (!first.equals("withDefaults")) {
                bound = Bound.unknown(first);
                delay = Delay.unknown(first);
                condition = new Condition(Exceptions.UNKNOWN, List.of(), null, null);
            }
        }
        return new Policy(RetryConstruct.Kind.SPRING_CORE_RETRY, where, at, bound, delay, condition, Tri.NO, List.of(), false, false);
    }

    private void linkTemplates() {
        for (TemplateFlavour f : TemplateFlavour.values()) {
            List<Node> defs = templates.entrySet().stream().filter(e -> e.getValue() == f).map(Map.Entry::getKey).toList();
            if (defs.size() != 1) {
                continue; // none, or several beans: which one an injected template is cannot be told
            }
            Policy p = policies.get(defs.get(0));
            for (PendingUse u : pendingUses) {
                if (u.flavour == f) {
                    p.calls.addAll(u.calls);
                }
            }
        }
    }

    // ================================================================ Resilience4j

    private void resilience4j(CompilationUnit unit) {
        if (!AnnotationRetries.imports(unit, "io.github.resilience4j")) {
            return;
        }
        for (MethodCallExpr m : unit.findAll(MethodCallExpr.class)) {
            String name = m.getNameAsString();
            Expression retry = null;
            List<Expression> functions = new ArrayList<>();
            if (name.startsWith("decorate") && m.getScope().filter(s -> isType(s, "Retry")).isPresent() && m.getArguments().size() >= 2) {
                retry = m.getArgument(0);
                functions.add(m.getArgument(m.getArguments().size() - 1));
            } else if (name.startsWith("execute") && m.getScope().isPresent() && !m.getArguments().isEmpty()
                    && isRetryInstance(m.getScope().get())) {
                retry = m.getScope().get();
                functions.add(m.getArgument(m.getArguments().size() - 1));
            } else if (name.equals("withRetry") && m.getArguments().size() >= 1) {
                retry = m.getArgument(0);
                Chains chain = Chains.of(m, values);
                chain.first().ifPresent(f -> functions.addAll(f.getArguments()));
            } else if ((name.equals("transformDeferred") || name.equals("transform") || name.equals("compose")) && m.getArguments().size() == 1
                    && m.getArgument(0) instanceof MethodCallExpr op && op.getNameAsString().equals("of")
                    && op.getScope().filter(s -> isType(s, "RetryOperator")).isPresent() && !op.getArguments().isEmpty()) {
                retry = op.getArgument(0);
                m.getScope().ifPresent(functions::add);
            }
            if (retry == null) {
                continue;
            }
            Policy p = resilience4jPolicy(retry, m);
            if (p == null) {
                continue;
            }
            for (Expression f : functions) {
                p.calls.addAll(callbackCalls(List.of(f)));
            }
        }
    }

    private boolean isRetryInstance(Expression e) {
        if (values.declaredType(e).filter(t -> t.equals("Retry")).isPresent()) {
            return true;
        }
        Optional<Expression> d = resolve(e);
        return d.isPresent() && d.get() instanceof MethodCallExpr m && (m.getScope().filter(s -> isType(s, "Retry")).isPresent()
                || m.getNameAsString().equals("retry"));
    }

    /** The policy behind a {@code Retry} expression: its RetryConfig in code, or its instance in application.yml. */
    private Policy resilience4jPolicy(Expression retry, MethodCallExpr use) {
        Optional<Expression> def = resolve(retry);
        if (def.isEmpty() || !(def.get() instanceof MethodCallExpr m)) {
            return null;
        }
        String name = m.getNameAsString();
        boolean onRetry = m.getScope().filter(s -> isType(s, "Retry")).isPresent();
        if (onRetry && name.equals("ofDefaults")) {
            return policies.computeIfAbsent(m, k -> resilience4jConfig(null, m));
        }
        if (onRetry && name.equals("of") && m.getArguments().size() >= 2) {
            return configPolicy(m.getArgument(1), m);
        }
        if (name.equals("retry") && !m.getArguments().isEmpty()) {
            if (m.getArguments().size() >= 2) {
                return configPolicy(m.getArgument(1), m);
            }
            Optional<String> instance = values.string(m.getArgument(0));
            Optional<Expression> registry = m.getScope().flatMap(this::resolve);
            if (registry.isPresent() && registry.get() instanceof MethodCallExpr r
                    && r.getScope().filter(s -> isType(s, "RetryRegistry")).isPresent()) {
                if (r.getNameAsString().equals("of") && !r.getArguments().isEmpty()) {
                    return configPolicy(r.getArgument(0), m);
                }
                if (r.getNameAsString().equals("ofDefaults")) {
                    return policies.computeIfAbsent(r, k -> resilience4jConfig(null, r));
                }
                return null;
            }
            if (registry.isEmpty() && instance.isPresent()) {
                // an injected registry: Spring Boot's, configured in application.yml
                String key = instance.get() + "|" + project.locate(m);
                return yamlInstances.computeIfAbsent(key, k -> {
                    Resilience4jSettings s = Resilience4jSettings.of(config, instance.get(), project);
                    return new Policy(RetryConstruct.Kind.RESILIENCE4J, "the Resilience4j retry \"" + instance.get() + "\" used in "
                            + owner(m), project.locate(m), s.bound(), s.delay(), s.condition(), s.retryAfter(), s.related(), false, false);
                });
            }
        }
        return null;
    }

    private Policy configPolicy(Expression configExpr, Node at) {
        Optional<Expression> def = resolve(configExpr);
        if (def.isEmpty()) {
            return null;
        }
        Expression d = def.get();
        if (d instanceof MethodCallExpr call && call.getNameAsString().equals("get") && call.getScope().isPresent()) {
            d = resolve(call.getScope().get()).orElse(d);
        }
        Chains chain = Chains.of(d, values);
        if (chain.rootType().filter(t -> t.equals("RetryConfig")).isEmpty()) {
            return null;
        }
        Expression key = d;
        return policies.computeIfAbsent(key, k -> resilience4jConfig(chain, key));
    }

    private Policy resilience4jConfig(Chains chain, Node at) {
        SourceLocation location = project.locate(at);
        String where = "the Resilience4j RetryConfig in " + owner(at);
        Bound bound = Bound.attempts(3, "maxAttempts not set: Resilience4j's default, 3");
        Delay delay = Delay.constant(Tri.NO, "waitDuration not set: Resilience4j's default, a fixed 500 ms");
        Tri retryAfter = Tri.NO;
        List<String> includes = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        boolean exceptionPredicate = false;
        StatusSet resultStatuses = null;
        boolean resultPredicate = false;
        boolean exceptionStatusesUnknown = false;
        boolean fromBase = false;
        String resultDetail = null;
        if (chain != null) {
            for (MethodCallExpr c : chain.calls()) {
                List<Expression> a = c.getArguments();
                switch (c.getNameAsString()) {
                    case "from" -> fromBase = true;
                    case "maxAttempts" -> bound = count(a, 0, 0, "maxAttempts(" + args(a) + ")");
                    case "waitDuration" -> delay = millisDelay(a, "waitDuration(" + args(a) + ")", false);
                    case "intervalFunction" -> delay = intervalFunction(a.isEmpty() ? null : a.get(0));
                    case "intervalBiFunction" -> {
                        delay = Delay.unknown("intervalBiFunction(..)");
                        retryAfter = a.isEmpty() || !LoopRetries.readsRetryAfter(a.get(0)) ? Tri.UNKNOWN : Tri.YES;
                    }
                    case "retryOnResult" -> {
                        resultPredicate = true;
                        resultStatuses = a.isEmpty() ? null : predicates.onResult(a.get(0)).statuses();
                        resultDetail = "retryOnResult(" + args(a) + ")";
                    }
                    case "retryExceptions" -> includes.addAll(classList(a));
                    case "ignoreExceptions" -> excludes.addAll(classList(a));
                    case "retryOnException" -> {
                        exceptionPredicate = true;
                        if (!a.isEmpty()) {
                            Predicates.Classifier cl = predicates.onException(a.get(0));
                            includes.addAll(cl.types());
                            exceptionStatusesUnknown |= cl.statuses() == null;
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        if (fromBase) {
            bound = bound.detail().contains("default") ? Bound.unknown("RetryConfig.from(..)") : bound;
            delay = delay.detail().contains("default") ? Delay.unknown("RetryConfig.from(..)") : delay;
        }
        Condition c = AnnotationRetries.classified(includes, excludes, exceptionPredicate, "retryExceptions");
        StatusSet statuses = c.statuses();
        if (c.exceptions() == Exceptions.ALL) {
            statuses = resultPredicate ? resultStatuses : null;
        } else if (statuses != null && !exceptionStatusesUnknown) {
            statuses = resultPredicate ? resultStatuses == null ? null : statuses.union(resultStatuses) : statuses;
        } else {
            statuses = null;
        }
        Condition condition = new Condition(fromBase && includes.isEmpty() ? Exceptions.UNKNOWN : c.exceptions(), c.exceptionTypes(),
                c.exceptionDetail(), statuses, resultDetail != null && (c.exceptions() == Exceptions.ALL || includes.isEmpty())
                ? resultDetail : c.statusDetail());
        return new Policy(RetryConstruct.Kind.RESILIENCE4J, where, location, bound, delay, condition, retryAfter, List.of(), false, false);
    }

    private Delay intervalFunction(Expression e) {
        Optional<Expression> def = e == null ? Optional.empty() : resolve(e);
        if (def.isEmpty() || !(def.get() instanceof MethodCallExpr m) || m.getScope().filter(s -> isType(s, "IntervalFunction")).isEmpty()) {
            return Delay.unknown(String.valueOf(e));
        }
        List<Expression> a = m.getArguments();
        String text = "IntervalFunction." + m.getNameAsString() + "(" + args(a) + ")";
        return switch (m.getNameAsString()) {
            case "of" -> a.size() == 1 ? millisDelay(a, text, false) : Delay.unknown(text);
            case "ofDefaults" -> Delay.constant(Tri.NO, text + ": a fixed 500 ms");
            case "ofRandomized" -> Delay.constant(Tri.YES, text);
            case "ofExponentialBackoff" -> a.size() >= 2 && values.number(a.get(1)).orElse(2) <= 1
                    ? Delay.constant(Tri.NO, text) : Delay.exponential(Tri.NO, text);
            case "ofExponentialRandomBackoff" -> Delay.exponential(Tri.YES, text);
            default -> Delay.unknown(text);
        };
    }

    // ================================================================ Failsafe

    private void failsafe(CompilationUnit unit) {
        if (!AnnotationRetries.imports(unit, "dev.failsafe") && !AnnotationRetries.imports(unit, "net.jodah.failsafe")) {
            return;
        }
        for (MethodCallExpr with : unit.findAll(MethodCallExpr.class)) {
            if (!with.getNameAsString().equals("with") || with.getScope().filter(s -> isType(s, "Failsafe")).isEmpty()) {
                continue;
            }
            List<Policy> found = new ArrayList<>();
            for (Expression arg : with.getArguments()) {
                Policy p = failsafePolicy(arg);
                if (p != null) {
                    found.add(p);
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            List<Expression> functions = new ArrayList<>();
            for (MethodCallExpr p = outer(with); p != null; p = outer(p)) {
                functions.addAll(p.getArguments());
            }
            // FailsafeExecutor<T> executor = Failsafe.with(policy); executor.get(..)
            Node holder = with.getParentNode().orElse(null);
            if (holder instanceof VariableDeclarator v) {
                String var = v.getNameAsString();
                with.findAncestor(TypeDeclaration.class).ifPresent(t -> ((Node) t).findAll(MethodCallExpr.class).stream()
                        .filter(c -> c.getScope().filter(s -> s.toString().equals(var) || s.toString().equals("this." + var)).isPresent())
                        .forEach(c -> functions.addAll(c.getArguments())));
            }
            List<HttpCall> calls = callbackCalls(functions);
            for (Policy p : found) {
                p.calls.addAll(calls);
            }
        }
    }

    private Policy failsafePolicy(Expression arg) {
        Optional<Expression> def = resolve(arg);
        if (def.isEmpty()) {
            return null;
        }
        Chains chain = Chains.of(def.get(), values);
        boolean builder = chain.rootType().filter(t -> t.equals("RetryPolicy")).isPresent()
                && chain.first().filter(f -> Set.of("builder", "ofDefaults").contains(f.getNameAsString())).isPresent();
        boolean legacy = chain.root() instanceof ObjectCreationExpr c && c.getType().getNameAsString().equals("RetryPolicy");
        if (!builder && !legacy) {
            return null;
        }
        Expression key = def.get();
        return policies.computeIfAbsent(key, k -> failsafeConfig(chain, key));
    }

    private Policy failsafeConfig(Chains chain, Expression at) {
        Bound bound = Bound.attempts(3, "maxRetries not set: Failsafe's default, 2 retries");
        boolean unbounded = false;
        String unboundedDetail = null;
        String durationCap = null;
        Delay delay = Delay.none("no delay set: Failsafe's default");
        boolean jitter = false;
        Tri retryAfter = Tri.NO;
        List<String> includes = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        boolean handled = false;
        StatusSet resultStatuses = null;
        boolean resultPredicate = false;
        String resultDetail = null;
        for (MethodCallExpr c : chain.calls()) {
            List<Expression> a = c.getArguments();
            String n = c.getNameAsString();
            switch (n) {
                case "withMaxRetries", "withMaxAttempts" -> {
                    OptionalDouble v = a.isEmpty() ? OptionalDouble.empty() : values.number(a.get(0));
                    if (v.isPresent() && v.getAsDouble() < 0) {
                        unbounded = true;
                        unboundedDetail = n + "(-1)";
                    } else {
                        unbounded = false;
                        bound = count(a, 0, n.equals("withMaxRetries") ? 1 : 0, n + "(" + args(a) + ")");
                    }
                }
                case "withMaxDuration" -> durationCap = n + "(" + args(a) + ")";
                case "withDelay" -> delay = a.size() == 1 ? millisDelay(a, "withDelay(" + args(a) + ")", false)
                        : Delay.constant(Tri.YES, "withDelay(" + args(a) + "): random between the two");
                case "withBackoff" -> delay = Delay.exponential(Tri.NO, "withBackoff(" + args(a) + ")");
                case "withJitter" -> jitter = true;
                case "withDelayFn", "withDelayFnOn", "withDelayFnWhen" -> {
                    delay = Delay.unknown(n + "(..)");
                    retryAfter = !a.isEmpty() && LoopRetries.readsRetryAfter(a.get(0)) ? Tri.YES : Tri.UNKNOWN;
                }
                case "handle" -> {
                    handled = true;
                    includes.addAll(classList(a));
                }
                case "handleIf" -> {
                    handled = true;
                    if (!a.isEmpty()) {
                        includes.addAll(predicates.onException(a.get(0)).types());
                    }
                }
                case "handleResultIf" -> {
                    resultPredicate = true;
                    resultStatuses = a.isEmpty() ? null : predicates.onResult(a.get(0)).statuses();
                    resultDetail = "handleResultIf(" + args(a) + ")";
                }
                case "handleResult" -> resultPredicate = true;
                case "abortOn" -> excludes.addAll(classList(a));
                default -> {
                }
            }
        }
        if (unbounded) {
            bound = durationCap != null ? Bound.time(unboundedDetail + " capped by " + durationCap) : Bound.unbounded(unboundedDetail);
        }
        if (jitter && delay.model() != RetryConstruct.DelayModel.UNKNOWN) {
            delay = new Delay(delay.model(), Tri.YES, delay.detail() + " with withJitter(..)");
        }
        Condition base = handled || !excludes.isEmpty() ? AnnotationRetries.classified(includes, excludes, handled && includes.isEmpty(), "handle")
                : new Condition(Exceptions.ALL, List.of(), null, "no handle(..): Failsafe handles every exception");
        StatusSet statuses = base.exceptions() == Exceptions.ALL ? resultPredicate ? resultStatuses : null
                : base.statuses() == null ? null : resultPredicate ? resultStatuses == null ? null : base.statuses().union(resultStatuses) : base.statuses();
        Condition condition = new Condition(base.exceptions(), base.exceptionTypes(), base.exceptionDetail(), statuses,
                resultDetail != null && (base.exceptions() == Exceptions.ALL || includes.isEmpty()) ? resultDetail : base.statusDetail());
        return new Policy(RetryConstruct.Kind.FAILSAFE, "the Failsafe RetryPolicy in " + owner(at), project.locate(at), bound, delay, condition,
                retryAfter, List.of(), false, false);
    }

    // ================================================================ Feign

    private void feign(CompilationUnit unit) {
        if (!AnnotationRetries.imports(unit, "feign")) {
            return;
        }
        for (ObjectCreationExpr c : unit.findAll(ObjectCreationExpr.class)) {
            String type = c.getType().asString();
            if (!(type.equals("Retryer.Default") || type.equals("feign.Retryer.Default")
                    || type.equals("Default") && AnnotationRetries.imports(unit, "feign.Retryer"))
                    || c.getAnonymousClassBody().isPresent()) {
                continue;
            }
            List<Expression> a = c.getArguments();
            double period = a.size() == 3 ? values.millis(a.get(0)).orElse(Double.NaN) : 100;
            double maxPeriod = a.size() == 3 ? values.millis(a.get(1)).orElse(Double.NaN) : 1000;
            Bound bound = a.size() == 3 ? count(a, 2, 0, "maxAttempts " + a.get(2)) : Bound.attempts(5, "Retryer.Default(): 5 attempts");
            Delay delay = Double.isNaN(period) || Double.isNaN(maxPeriod) ? Delay.unknown(Texts.of(c))
                    : period >= maxPeriod ? Delay.constant(Tri.NO, Texts.of(c) + ": a fixed " + Values.ms(period))
                    : Delay.exponential(Tri.NO, Texts.of(c) + (a.isEmpty() ? ": 100 ms growing by 1.5 up to 1 s" : ": growing by 1.5 up to "
                    + Values.ms(maxPeriod)));
            boolean customDecoder = project.implementations("ErrorDecoder").stream()
                    .anyMatch(t -> t.findFirst(ObjectCreationExpr.class, x -> x.getType().getNameAsString().equals("RetryableException")).isPresent());
            Condition condition = new Condition(Exceptions.CLASSIFIED, List.of("RetryableException"), customDecoder ? null : StatusSet.NONE,
                    "RetryableException: I/O errors, and responses carrying Retry-After");
            Policy p = new Policy(RetryConstruct.Kind.FEIGN, "the Feign " + (a.isEmpty() ? "Retryer.Default()" : "Retryer.Default(" + args(a) + ")")
                    + " in " + owner(c), project.locate(c), bound, delay, condition, customDecoder ? Tri.UNKNOWN : Tri.YES, List.of(), true, false);
            policies.put(c, p);
            // Feign.builder().retryer(x)...target(Client.class, url)
            Optional<ClassOrInterfaceDeclaration> target = builderTarget(c);
            if (target.isPresent()) {
                p.calls.addAll(clientCalls(target.get()));
                continue;
            }
            Optional<MethodDeclaration> bean = c.findAncestor(MethodDeclaration.class).filter(m -> Annotations.has(m, "Bean"));
            Optional<TypeDeclaration> owner = c.findAncestor(TypeDeclaration.class);
            if (bean.isPresent() && owner.isPresent()) {
                pendingRetryers.add(new PendingRetryer(p, (TypeDeclaration<?>) owner.get()));
            }
        }
    }

    private Optional<ClassOrInterfaceDeclaration> builderTarget(ObjectCreationExpr c) {
        Optional<CallableDeclaration> callable = c.findAncestor(CallableDeclaration.class);
        if (callable.isEmpty()) {
            return Optional.empty();
        }
        for (MethodCallExpr r : ((Node) callable.get()).findAll(MethodCallExpr.class, m -> m.getNameAsString().equals("retryer")
                && m.getArguments().size() == 1)) {
            Optional<Expression> arg = resolve(r.getArgument(0));
            if (arg.isEmpty() || arg.get() != c) {
                continue;
            }
            for (MethodCallExpr p = outer(r); p != null; p = outer(p)) {
                if (p.getNameAsString().equals("target") && !p.getArguments().isEmpty() && p.getArgument(0) instanceof ClassExpr ce) {
                    return project.type(ce.getType().asString(), c).filter(t -> t instanceof ClassOrInterfaceDeclaration)
                            .map(t -> (ClassOrInterfaceDeclaration) t);
                }
            }
        }
        return Optional.empty();
    }

    private List<HttpCall> clientCalls(ClassOrInterfaceDeclaration client) {
        List<HttpCall> out = new ArrayList<>();
        for (MethodDeclaration m : client.getMethods()) {
            http.declared(m, project.locate(m), client.getNameAsString() + "." + m.getNameAsString()).ifPresent(out::add);
        }
        return out;
    }

    private void linkRetryers() {
        if (pendingRetryers.isEmpty()) {
            return;
        }
        List<ClassOrInterfaceDeclaration> clients = new ArrayList<>();
        for (CompilationUnit u : project.entryPoints()) {
            for (ClassOrInterfaceDeclaration c : u.findAll(ClassOrInterfaceDeclaration.class)) {
                if (c.isInterface() && Annotations.has(c, "FeignClient")) {
                    clients.add(c);
                }
            }
        }
        for (PendingRetryer r : pendingRetryers) {
            String config = r.owner.getNameAsString();
            boolean global = Annotations.has(r.owner, "Configuration");
            for (ClassOrInterfaceDeclaration c : clients) {
                AnnotationExpr a = Annotations.find(c, "FeignClient").orElseThrow();
                boolean uses = Annotations.values(a, "configuration").stream()
                        .anyMatch(v -> v instanceof ClassExpr ce && Values.simple(ce.getType().asString()).equals(config));
                if (uses || global) {
                    r.policy.calls.addAll(clientCalls(c));
                }
            }
        }
    }

    // ================================================================ Apache HttpClient

    private void apache(CompilationUnit unit, List<RetryConstruct> out) {
        for (ObjectCreationExpr c : unit.findAll(ObjectCreationExpr.class)) {
            String type = c.getType().getNameAsString();
            if (c.getAnonymousClassBody().isPresent() || !Set.of("DefaultHttpRequestRetryHandler", "StandardHttpRequestRetryHandler",
                    "DefaultServiceUnavailableRetryStrategy", "DefaultHttpRequestRetryStrategy").contains(type)) {
                continue;
            }
            List<Expression> a = c.getArguments();
            String text = "new " + type + "(" + args(a) + ")";
            Bound bound;
            Delay delay;
            Condition condition;
            Tri retryAfter;
            boolean idempotentOnly;
            switch (type) {
                case "DefaultHttpRequestRetryHandler", "StandardHttpRequestRetryHandler" -> {
                    bound = a.isEmpty() ? Bound.attempts(4, text + ": 3 retries by default") : count(a, 0, 1, text);
                    boolean sent = a.size() >= 2 && values.bool(a.get(1)).orElse(true);
                    if (a.size() >= 2 && values.bool(a.get(1)).isEmpty()) {
                        continue;
                    }
                    delay = Delay.none(text + " retries at once");
                    condition = new Condition(Exceptions.CLASSIFIED, List.of("IOException"), StatusSet.NONE, "I/O errors");
                    retryAfter = Tri.NO;
                    idempotentOnly = !sent;
                }
                case "DefaultServiceUnavailableRetryStrategy" -> {
                    bound = a.isEmpty() ? Bound.attempts(2, text + ": 1 retry by default") : count(a, 0, 1, text);
                    delay = a.size() >= 2 ? millisDelay(List.of(a.get(1)), text, false) : Delay.constant(Tri.NO, text + ": a fixed 1 s");
                    condition = new Condition(Exceptions.NONE, List.of(), StatusSet.of(503), "503 responses");
                    retryAfter = Tri.NO;
                    idempotentOnly = false;
                }
                default -> {
                    bound = a.isEmpty() ? Bound.attempts(2, text + ": 1 retry by default") : count(a, 0, 1, text);
                    delay = a.size() >= 2 ? millisDelay(List.of(a.get(1)), text, false) : Delay.constant(Tri.NO, text + ": a fixed 1 s");
                    condition = new Condition(Exceptions.CLASSIFIED, List.of("IOException"), StatusSet.of(429, 503), "I/O errors, 429 and 503");
                    retryAfter = Tri.YES;
                    idempotentOnly = true;
                }
            }
            out.add(new RetryConstruct(RetryConstruct.Kind.APACHE_HTTPCLIENT, "the Apache HttpClient " + type + " in " + owner(c), project.locate(c), bound, delay,
                    condition, retryAfter, builtClientCalls(c), true, idempotentOnly, List.of()));
        }
    }

    /** The calls made on the client a retry handler is built into: {@code client = HttpClients.custom()..build()}. */
    private List<HttpCall> builtClientCalls(ObjectCreationExpr handler) {
        Node cur = handler;
        // up to the outermost call of the builder chain
        while (true) {
            Node parent = cur.getParentNode().orElse(null);
            if (parent instanceof MethodCallExpr p && (p.getArguments().contains(cur) || p.getScope().orElse(null) == cur)) {
                cur = p;
            } else {
                break;
            }
        }
        Node holder = cur.getParentNode().orElse(null);
        String var = holder instanceof VariableDeclarator v ? v.getNameAsString()
                : holder instanceof AssignExpr as ? as.getTarget() instanceof FieldAccessExpr f ? f.getNameAsString() : as.getTarget().toString()
                : null;
        if (holder instanceof ReturnStmt || var == null) {
            return List.of();
        }
        Optional<TypeDeclaration> type = handler.findAncestor(TypeDeclaration.class);
        if (type.isEmpty()) {
            return List.of();
        }
        List<HttpCall> out = new ArrayList<>();
        for (MethodCallExpr call : ((Node) type.get()).findAll(MethodCallExpr.class)) {
            boolean onClient = call.getScope().filter(s -> s.toString().equals(var) || s.toString().equals("this." + var)).isPresent();
            if (onClient) {
                http.recognise(call).filter(h -> h.client() == HttpCall.Client.APACHE_HTTPCLIENT).ifPresent(out::add);
            }
        }
        return out;
    }

    // ================================================================ helpers

    /** The HTTP calls of callbacks: lambdas, method references, anonymous classes, names holding one of them. */
    private List<HttpCall> callbackCalls(List<Expression> args) {
        List<HttpCall> out = new ArrayList<>();
        for (Expression a : args) {
            Expression e = a;
            if (e instanceof NameExpr || e instanceof FieldAccessExpr && ((FieldAccessExpr) e).getScope() instanceof ThisExpr) {
                e = resolve(e).orElse(e);
            }
            if (e instanceof LambdaExpr || e instanceof ObjectCreationExpr || e instanceof MethodCallExpr || e instanceof MethodReferenceExpr) {
                out.addAll(http.in(e));
            }
        }
        return out;
    }

    /** Calls made on the variable or field a creation is stored in ({@code policy.setMaxAttempts(5)}). */
    private List<MethodCallExpr> callsOnVariable(ObjectCreationExpr c) {
        Node holder = c.getParentNode().orElse(null);
        String var = holder instanceof VariableDeclarator v ? v.getNameAsString()
                : holder instanceof AssignExpr as ? as.getTarget() instanceof FieldAccessExpr f ? f.getNameAsString() : as.getTarget().toString()
                : null;
        if (var == null) {
            return List.of();
        }
        Node scope = c.findAncestor(CallableDeclaration.class).map(x -> (Node) x).orElse(null);
        if (holder instanceof VariableDeclarator v && v.getParentNode().orElse(null) instanceof com.github.javaparser.ast.body.FieldDeclaration
                || scope == null) {
            scope = c.findAncestor(TypeDeclaration.class).map(x -> (Node) x).orElse(null);
        }
        if (scope == null) {
            return List.of();
        }
        List<MethodCallExpr> out = new ArrayList<>();
        for (MethodCallExpr m : scope.findAll(MethodCallExpr.class)) {
            if (m.getScope().filter(s -> s.toString().equals(var) || s.toString().equals("this." + var)).isPresent()) {
                out.add(m);
            }
        }
        return out;
    }

    private Bound count(List<Expression> a, int index, int plus, String detail) {
        if (a.size() <= index) {
            return Bound.capped(detail);
        }
        OptionalDouble n = values.number(a.get(index));
        if (n.isEmpty()) {
            return Bound.capped(detail);
        }
        if (n.getAsDouble() < 0) {
            return Bound.unbounded(detail);
        }
        return AnnotationRetries.attempts((long) n.getAsDouble() + plus, detail);
    }

    private Delay millisDelay(List<Expression> a, String detail, boolean jitter) {
        if (a.isEmpty()) {
            return Delay.unknown(detail);
        }
        OptionalDouble ms = values.millis(a.get(0));
        if (ms.isEmpty()) {
            return Delay.unknown(detail);
        }
        return ms.getAsDouble() <= 0 ? Delay.none(detail) : Delay.constant(Tri.of(jitter), detail + ": a fixed " + Values.ms(ms.getAsDouble()));
    }

    private static List<String> classList(List<Expression> a) {
        List<String> out = new ArrayList<>();
        for (Expression e : a) {
            if (e instanceof ClassExpr c) {
                out.add(c.getType().asString());
            } else if (e instanceof MethodCallExpr m && Set.of("of", "asList").contains(m.getNameAsString())) {
                out.addAll(classList(m.getArguments()));
            }
        }
        return out;
    }

    private static String args(List<Expression> a) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            String s = Texts.of(a.get(i));
            b.append(s.length() > 40 ? s.substring(0, 37) + "..." : s);
        }
        return b.toString();
    }

    private static String owner(Node n) {
        String type = n.findAncestor(TypeDeclaration.class).map(t -> ((TypeDeclaration<?>) t).getNameAsString()).orElse("?");
        Optional<CallableDeclaration> c = n.findAncestor(CallableDeclaration.class);
        return type + c.map(x -> "." + x.getNameAsString()).orElse("");
    }
}
