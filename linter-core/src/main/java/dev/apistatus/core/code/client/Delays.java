package dev.apistatus.core.code.client;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.apistatus.core.model.RetryConstruct.Delay;
import dev.apistatus.core.model.RetryConstruct.DelayModel;
import dev.apistatus.core.model.Tri;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The waits of hand-written retries: which calls sleep ({@code Thread.sleep}, {@code TimeUnit.X.sleep},
 * {@code LockSupport.parkNanos}, Guava's {@code sleepUninterruptibly}, a scheduler's {@code schedule(.., delay,
 * unit)}), and how their argument changes from attempt to attempt: constant, growing with the attempt counter,
 * doubling ({@code Math.pow}, {@code <<}, {@code delay *= 2}), randomised ({@code Random}, {@code ThreadLocalRandom},
 * {@code Math.random()}).
 */
final class Delays {

    private static final int MAX_CLOSURE = 60;

    /** Calls that may stand for a wait when the reader cannot see inside them. */
    private static final java.util.regex.Pattern DELAY_NAME = java.util.regex.Pattern.compile(
            "(?i).*(sleep|backoff|pause|delay|wait|throttle|park).*");

    /** Library calls a delay computation may use without hiding randomness or state. */
    private static final Set<String> PURE = Set.of("min", "max", "pow", "abs", "round", "floor", "ceil", "scalb",
            "toMillis", "toNanos", "toSeconds", "ofMillis", "ofSeconds", "ofMinutes", "ofNanos", "of", "multipliedBy",
            "plus", "plusMillis", "valueOf", "longValue", "intValue", "doubleValue", "getSeconds", "minimum", "clamp",
            "ofMilliseconds", "toIntExact", "multiplyExact", "addExact",
            // reading a Retry-After value hides no randomness
            "parseLong", "parseInt", "parseDouble", "firstValue", "getFirst", "getHeader", "header", "headers",
            "getResponseHeaders", "getFirstHeader", "getValue", "orElse", "orElseGet", "map", "trim", "between",
            "toEpochMilli", "currentTimeMillis", "getTime");

    private static final Set<String> RANDOM = Set.of("random", "nextInt", "nextLong", "nextDouble", "nextFloat",
            "nextGaussian", "ints", "longs", "doubles", "nextExponential");

    private final Values values;
    private final Resolver resolver;

    Delays(Values values, Resolver resolver) {
        this.values = values;
        this.resolver = resolver;
    }

    /** A wait found in code: the call and the expression giving its length. */
    record Sleep(MethodCallExpr call, Expression amount) {
    }

    /** The sleeping call a method call is, with its duration argument; empty for anything else. */
    Optional<Sleep> sleep(MethodCallExpr call) {
        String name = call.getNameAsString();
        String scope = call.getScope().map(Node::toString).orElse("");
        List<Expression> args = call.getArguments();
        if (args.isEmpty()) {
            return Optional.empty();
        }
        switch (name) {
            case "sleep":
                if (scope.equals("Thread") || scope.isEmpty() || scope.startsWith("TimeUnit.") || isUnitConstant(scope)
                        || scope.endsWith("Sleeper") || scope.endsWith("sleeper") || scope.equals("Thread.currentThread()")) {
                    return Optional.of(new Sleep(call, args.get(0)));
                }
                return Optional.of(new Sleep(call, args.get(0)));
            case "parkNanos":
            case "sleepUninterruptibly":
                return Optional.of(new Sleep(call, args.get(args.size() == 1 ? 0 : args.size() == 2 ? 0 : 1)));
            case "schedule":
                // scheduler.schedule(task, delay, unit)
                return args.size() >= 2 ? Optional.of(new Sleep(call, args.get(1))) : Optional.empty();
            case "delayedExecutor":
                return Optional.of(new Sleep(call, args.get(0)));
            case "wait":
            case "await":
                return args.size() >= 1 && !scope.isEmpty() ? Optional.of(new Sleep(call, args.get(0))) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private static boolean isUnitConstant(String scope) {
        return Values.UNIT_MILLIS.containsKey(scope);
    }

    /**
     * Classifies the waits of a retry.
     *
     * @param sleeps   the waits found on the retry's paths
     * @param counters names of the attempt counters (a wait multiplied by one grows)
     * @param unresolvedDelayCall true when a call that may wait could not be followed
     */
    Delay classify(List<Sleep> sleeps, Set<String> counters, boolean unresolvedDelayCall) {
        if (sleeps.isEmpty()) {
            return unresolvedDelayCall ? Delay.unknown("a call that may wait could not be followed")
                    : Delay.none("no wait between attempts");
        }
        DelayModel best = null;
        Tri jitter = Tri.NO;
        String detail = null;
        for (Sleep s : sleeps) {
            Analysis a = analyse(s.amount(), counters);
            if (a.random) {
                jitter = Tri.YES;
            } else if (!a.closed && jitter == Tri.NO) {
                jitter = Tri.UNKNOWN;
            }
            if (best == null || rank(a.model) > rank(best)) {
                best = a.model;
                detail = Texts.of(s.call());
            }
        }
        if (best == DelayModel.UNKNOWN) {
            return new Delay(DelayModel.UNKNOWN, jitter, detail);
        }
        return new Delay(best, jitter, detail);
    }

    private static int rank(DelayModel m) {
        return switch (m) {
            case NONE -> 0;
            case CONSTANT -> 1;
            case UNKNOWN -> 2;
            case GROWING -> 3;
            case EXPONENTIAL -> 4;
        };
    }

    /** What a delay expression's computation shows. */
    private record Analysis(DelayModel model, boolean random, boolean closed) {
    }

    private Analysis analyse(Expression amount, Set<String> counters) {
        OptionalDouble constant = values.millis(amount);
        List<Node> closure = closure(amount);
        boolean random = false;
        boolean exponential = false;
        boolean growing = false;
        boolean closed = true;
        boolean retryAfter = false;
        for (Node n : closure) {
            if (n instanceof MethodCallExpr m) {
                String name = m.getNameAsString();
                if (RANDOM.contains(name) || name.equals("current") && m.getScope().filter(s -> s.toString().contains("Random")).isPresent()) {
                    random = true;
                } else if (name.equals("pow") || name.equals("scalb")) {
                    exponential = true;
                } else if (!PURE.contains(name) && !name.equals("current")) {
                    closed = false;
                }
                if (name.toLowerCase(Locale.ROOT).contains("retryafter")) {
                    retryAfter = true;
                }
            } else if (n instanceof ObjectCreationExpr c && c.getType().getNameAsString().contains("Random")) {
                random = true;
            } else if (n instanceof BinaryExpr b) {
                if (b.getOperator() == BinaryExpr.Operator.LEFT_SHIFT) {
                    exponential = true;
                }
                if (b.getOperator() == BinaryExpr.Operator.MULTIPLY && (isCounter(b.getLeft(), counters) || isCounter(b.getRight(), counters))) {
                    growing = true;
                }
            } else if (n instanceof AssignExpr a && a.getTarget() instanceof NameExpr t) {
                if (a.getOperator() == AssignExpr.Operator.MULTIPLY) {
                    exponential = true;
                } else if (a.getOperator() == AssignExpr.Operator.PLUS) {
                    growing = true;
                } else if (a.getOperator() == AssignExpr.Operator.ASSIGN) {
                    for (BinaryExpr b : a.getValue().findAll(BinaryExpr.class)) {
                        boolean self = b.getLeft().toString().equals(t.getNameAsString()) || b.getRight().toString().equals(t.getNameAsString());
                        if (self && b.getOperator() == BinaryExpr.Operator.MULTIPLY) {
                            exponential = true;
                        } else if (self && b.getOperator() == BinaryExpr.Operator.PLUS) {
                            growing = true;
                        }
                    }
                    for (MethodCallExpr m : a.getValue().findAll(MethodCallExpr.class)) {
                        if (m.getNameAsString().equals("multipliedBy") && m.getScope().filter(s -> s.toString().equals(t.getNameAsString())).isPresent()) {
                            exponential = true;
                        }
                    }
                }
            } else if (n instanceof NameExpr name) {
                String s = name.getNameAsString().toLowerCase(Locale.ROOT);
                if (s.contains("jitter") || s.equals("random") || s.equals("rnd") || s.equals("rng")) {
                    random = true;
                }
                if (s.contains("retryafter")) {
                    retryAfter = true;
                }
            } else if (n instanceof StringLiteralExpr str && str.asString().equalsIgnoreCase("Retry-After")) {
                retryAfter = true;
            }
        }
        DelayModel model;
        if (exponential) {
            model = DelayModel.EXPONENTIAL;
        } else if (growing) {
            model = DelayModel.GROWING;
        } else if (constant.isPresent()) {
            model = constant.getAsDouble() <= 0 ? DelayModel.NONE : DelayModel.CONSTANT;
        } else if (retryAfter) {
            model = DelayModel.UNKNOWN;
        } else {
            model = closed && !random && onlyConstants(closure) ? DelayModel.CONSTANT : DelayModel.UNKNOWN;
        }
        return new Analysis(model, random, closed);
    }

    private static boolean isCounter(Expression e, Set<String> counters) {
        Expression x = e instanceof com.github.javaparser.ast.expr.EnclosedExpr en ? en.getInner() : e;
        if (x instanceof NameExpr n) {
            return counters.contains(n.getNameAsString());
        }
        if (x instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.PLUS || b.getOperator() == BinaryExpr.Operator.MINUS)) {
            return isCounter(b.getLeft(), counters) || isCounter(b.getRight(), counters);
        }
        if (x instanceof com.github.javaparser.ast.expr.CastExpr c) {
            return isCounter(c.getExpression(), counters);
        }
        return false;
    }

    /** True when every name in the closure is a constant (upper case, or a final field with a literal). */
    private boolean onlyConstants(List<Node> closure) {
        for (Node n : closure) {
            if (n instanceof NameExpr name) {
                String s = name.getNameAsString();
                boolean upper = s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
                if (!upper && values.number(name).isEmpty() && values.millis(name).isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The nodes that compute a delay: the expression, the initializers and assignments of the locals and fields it
     * reads, and what the project methods it calls return.
     */
    List<Node> closure(Expression start) {
        List<Node> out = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(start);
        while (!todo.isEmpty() && out.size() < MAX_CLOSURE * 8) {
            Node n = todo.poll();
            if (!seen.add(n)) {
                continue;
            }
            List<Node> all = n.findAll(Node.class);
            out.addAll(all);
            for (Node x : all) {
                if (x instanceof NameExpr name && seen.size() < MAX_CLOSURE && !holdsResponse(name)) {
                    definitions(name).forEach(todo::add);
                } else if (x instanceof MethodCallExpr m && (m.getScope().isEmpty() || m.getScope().get() instanceof com.github.javaparser.ast.expr.ThisExpr)
                        && seen.size() < MAX_CLOSURE) {
                    try {
                        resolver.resolve(m).flatMap(d -> d.getBody()).ifPresent(body -> {
                            for (ReturnStmt r : body.findAll(ReturnStmt.class)) {
                                r.getExpression().ifPresent(todo::add);
                            }
                            // a helper that sleeps itself: its sleep's argument
                            for (MethodCallExpr inner : body.findAll(MethodCallExpr.class)) {
                                sleep(inner).ifPresent(s -> todo.add(s.amount()));
                            }
                        });
                    } catch (RuntimeException ignored) {
                        // unresolvable: the closure stays open
                    }
                }
            }
        }
        return out;
    }

    /** A response, an entity or an exception: where a Retry-After value is read from, not how a delay grows. */
    private boolean holdsResponse(NameExpr name) {
        Optional<String> type = values.declaredType(name);
        return type.filter(t -> t.contains("Response") || t.contains("Entity") || t.contains("Exception")).isPresent();
    }

    /** The initializer and every assignment of a local or field named like this. */
    private List<Node> definitions(NameExpr name) {
        List<Node> out = new ArrayList<>();
        String n = name.getNameAsString();
        Optional<CallableDeclaration> callable = name.findAncestor(CallableDeclaration.class);
        boolean local = false;
        if (callable.isPresent()) {
            for (VariableDeclarator v : ((Node) callable.get()).findAll(VariableDeclarator.class)) {
                if (v.getNameAsString().equals(n) && !(v.getParentNode().orElse(null) instanceof FieldDeclaration)) {
                    v.getInitializer().ifPresent(out::add);
                    local = true;
                }
            }
            if (local || callable.get().getParameters().stream().anyMatch(p -> ((com.github.javaparser.ast.body.Parameter) p).getNameAsString().equals(n))) {
                for (AssignExpr a : ((Node) callable.get()).findAll(AssignExpr.class)) {
                    if (a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(n)) {
                        out.add(a);
                    }
                }
                return out;
            }
        }
        Optional<Expression> def = values.definition(name);
        def.filter(d -> d != name).ifPresent(out::add);
        return out;
    }

    /** True when a call may wait but cannot be followed (a library backoff helper, an unresolved project call). */
    boolean mayWait(MethodCallExpr call) {
        if (!DELAY_NAME.matcher(call.getNameAsString()).matches()) {
            return false;
        }
        try {
            Optional<MethodDeclaration> target = resolver.resolve(call);
            return target.isEmpty();
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Sleeps inside a project method a retry calls (a {@code backoff(attempt)} helper), one level deep. */
    List<Sleep> sleepsIn(MethodCallExpr call) {
        List<Sleep> out = new ArrayList<>();
        try {
            resolver.resolve(call).flatMap(MethodDeclaration::getBody).ifPresent(body -> {
                for (MethodCallExpr inner : body.findAll(MethodCallExpr.class)) {
                    sleep(inner).ifPresent(out::add);
                }
            });
        } catch (RuntimeException ignored) {
            // nothing to add
        }
        return out;
    }
}
