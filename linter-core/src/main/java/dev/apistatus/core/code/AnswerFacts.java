package dev.apistatus.core.code;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import dev.apistatus.core.model.AnswerTrait;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the facts about an answer that rules need and must not parse for ({@link AnswerTrait}): where the answer
 * stands in its method (a catch block, the branch where a lookup found nothing or a collection was empty) and
 * what its body is built around (an error, a null). The same for every framework: a reader calls it with the
 * node that produces the answer (the builder call, the return, the throw) and the body expression.
 */
public final class AnswerFacts {

    /** Types whose emptiness means "an empty collection". */
    private static final Set<String> COLLECTIONS = Set.of("List", "ArrayList", "LinkedList", "Set", "HashSet",
            "LinkedHashSet", "TreeSet", "SortedSet", "NavigableSet", "Collection", "Iterable", "Page", "Slice", "Map",
            "HashMap", "LinkedHashMap", "TreeMap", "SortedMap", "Queue", "Deque", "ArrayDeque", "ImmutableList",
            "ImmutableSet");

    /** Calls that take one element out of a collection: a body built from them is not the collection. */
    private static final Set<String> ELEMENT_CALLS = Set.of("get", "getFirst", "getLast", "findFirst", "findAny",
            "iterator", "next", "element", "peek", "first", "last", "size", "isEmpty", "contains", "containsKey",
            "max", "min", "reduce", "count", "anyMatch", "allMatch", "noneMatch", "getTotalElements", "getNumber");

    /** Map keys that mark an error body. */
    private static final Set<String> ERROR_KEYS = Set.of("error", "errormessage", "error_message", "errorcode",
            "error_code", "errordescription", "error_description", "exception", "errordetails", "error_details");

    /** Keys an error envelope may carry besides its error marker. */
    private static final Set<String> ENVELOPE_KEYS = Set.of("errors", "message", "msg", "detail", "details", "status",
            "code", "timestamp", "path", "success", "result", "reason", "title", "type", "instance", "traceid",
            "requestid", "fields", "violations", "statuscode", "ok");

    /** Static factories of error envelopes: {@code Result.error(...)}, {@code ApiResponse.fail(...)}. */
    private static final Set<String> ERROR_FACTORIES = Set.of("error", "fail", "failure", "failed", "ofError",
            "withError", "errorOf", "err");

    /** Types whose {@code error(...)} is a signal, not a body. */
    private static final Set<String> SIGNAL_TYPES = Set.of("Mono", "Flux", "Single", "Maybe", "Observable", "Flowable",
            "Completable", "Uni", "Multi", "Try", "Either", "Validation", "Future", "CompletableFuture", "Promise");

    /** Error types by name: {@code ApiError}, {@code ErrorResponse}, {@code ProblemDetail}, {@code ErrorDto}. */
    private static final Pattern ERROR_TYPE = Pattern.compile(".*(?:Error|Problem|Failure|Fault)(?:Response|Dto|DTO|Body"
            + "|Message|Info|Detail|Details|Result|Payload|Representation|Resource|Model|Object|Json|View|Wrapper)?");

    private static final Pattern ERROR_TEXT = Pattern.compile("(?i)\\s*(error|failed|failure|exception)\\b.*", Pattern.DOTALL);

    private static final int MAX_DEPTH = 4;

    private final JavaProject project;

    public AnswerFacts(JavaProject project) {
        this.project = project;
    }

    // ---------------------------------------------------------------- placement

    /**
     * What holds where {@code at} stands in its method: inside a catch block (of everything or not), on the
     * branch where a looked-up value is missing, on the branch where a returned collection is empty.
     */
    public Set<AnswerTrait> placement(Node at) {
        EnumSet<AnswerTrait> out = EnumSet.noneOf(AnswerTrait.class);
        Node child = at;
        for (Node p = at.getParentNode().orElse(null); p != null; child = p, p = p.getParentNode().orElse(null)) {
            if (p instanceof CallableDeclaration || p instanceof TypeDeclaration) {
                break;
            }
            if (p instanceof CatchClause c && c.getBody() == child) {
                out.add(AnswerTrait.FROM_CATCH_BLOCK);
                if (catchesAll(c)) {
                    out.add(AnswerTrait.CATCH_ALL);
                }
            } else if (p instanceof IfStmt s) {
                if (s.getThenStmt() == child) {
                    out.addAll(facts(s.getCondition(), true, 0));
                } else if (s.getElseStmt().orElse(null) == child) {
                    out.addAll(facts(s.getCondition(), false, 0));
                }
            } else if (p instanceof ConditionalExpr c) {
                if (c.getThenExpr() == child) {
                    out.addAll(facts(c.getCondition(), true, 0));
                } else if (c.getElseExpr() == child) {
                    out.addAll(facts(c.getCondition(), false, 0));
                }
            } else if (p instanceof BlockStmt b && child instanceof Statement) {
                // statements after "if (c) return ...;" run only when c is false
                for (Statement s : b.getStatements()) {
                    if (s == child) {
                        break;
                    }
                    if (s instanceof IfStmt i && i.getElseStmt().isEmpty() && exits(i.getThenStmt())) {
                        out.addAll(facts(i.getCondition(), false, 0));
                    }
                }
            } else if (p instanceof MethodCallExpr call && isArgument(call, child) && isAbsentBranch(call)) {
                out.add(AnswerTrait.LOOKUP_MISSING);
            }
        }
        return out;
    }

    private static boolean isArgument(MethodCallExpr call, Node child) {
        for (Expression a : call.getArguments()) {
            if (a == child) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code lookup.map(...).orElse(X)}, {@code orElseGet(() -> X)}, {@code mono.switchIfEmpty(X)},
     * {@code defaultIfEmpty(X)}: X is what is answered when the lookup found nothing.
     */
    private static boolean isAbsentBranch(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (!Set.of("orElse", "orElseGet", "switchIfEmpty", "defaultIfEmpty").contains(name) || call.getScope().isEmpty()) {
            return false;
        }
        boolean lookup = false;
        for (Expression s = call.getScope().get(); s instanceof MethodCallExpr m; s = m.getScope().orElse(null)) {
            String n = m.getNameAsString();
            if (n.startsWith("collect") || n.equals("toList") || n.equals("count") || n.equals("hasElements")) {
                return false; // a collected Flux is never empty
            }
            lookup = true;
        }
        return lookup;
    }

    private static boolean exits(Statement s) {
        Statement last = s;
        if (s instanceof BlockStmt b) {
            if (b.getStatements().isEmpty()) {
                return false;
            }
            last = b.getStatements().getLast().orElseThrow();
        }
        return last instanceof ReturnStmt || last instanceof ThrowStmt;
    }

    private static boolean catchesAll(CatchClause c) {
        Type t = c.getParameter().getType();
        List<? extends Type> types = t instanceof UnionType u ? u.getElements() : List.of(t);
        return types.stream().map(x -> TypeHierarchy.simple(x.asString()))
                .anyMatch(n -> n.equals("Exception") || n.equals("Throwable") || n.equals("RuntimeException"));
    }

    /** The traits that hold when {@code condition} evaluates to {@code holds}. */
    private Set<AnswerTrait> facts(Expression condition, boolean holds, int depth) {
        EnumSet<AnswerTrait> out = EnumSet.noneOf(AnswerTrait.class);
        Expression e = unwrap(condition);
        if (depth > 6) {
            return out;
        }
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return facts(u.getExpression(), !holds, depth + 1);
        }
        if (e instanceof BinaryExpr b) {
            BinaryExpr.Operator op = b.getOperator();
            if (op == BinaryExpr.Operator.AND || op == BinaryExpr.Operator.OR) {
                Set<AnswerTrait> l = facts(b.getLeft(), holds, depth + 1);
                Set<AnswerTrait> r = facts(b.getRight(), holds, depth + 1);
                // a && b true: both hold; a || b false: both fail. Otherwise only what both sides agree on.
                boolean both = (op == BinaryExpr.Operator.AND) == holds;
                out.addAll(l);
                if (both) {
                    out.addAll(r);
                } else {
                    out.retainAll(r);
                }
                return out;
            }
            if (op == BinaryExpr.Operator.EQUALS || op == BinaryExpr.Operator.NOT_EQUALS) {
                Expression subject = b.getRight().isNullLiteralExpr() ? b.getLeft() : b.getLeft().isNullLiteralExpr() ? b.getRight() : null;
                if (subject != null) {
                    if ((op == BinaryExpr.Operator.EQUALS) == holds) {
                        out.addAll(absent(subject));
                    }
                    return out;
                }
            }
            Boolean empty = sizeComparison(b);
            if (empty != null && empty == holds) {
                Expression sized = sizeSubject(b);
                out.addAll(empty(sized));
            }
            return out;
        }
        if (e instanceof MethodCallExpr call) {
            String name = call.getNameAsString();
            if (call.getArguments().isEmpty() && call.getScope().isPresent()) {
                if (name.equals("isEmpty") && holds) {
                    out.addAll(empty(call.getScope().get()));
                } else if (name.equals("isPresent") && !holds) {
                    out.addAll(empty(call.getScope().get()));
                }
                return out;
            }
            if (call.getArguments().size() == 1 && call.getScope().isPresent()) {
                String scope = call.getScope().get().toString();
                Expression arg = call.getArgument(0);
                if (name.equals("isEmpty") && (scope.endsWith("CollectionUtils") || scope.endsWith("ObjectUtils")) && holds
                        || name.equals("isNotEmpty") && scope.endsWith("CollectionUtils") && !holds) {
                    out.addAll(empty(arg));
                } else if (scope.equals("Objects") && (name.equals("isNull") && holds || name.equals("nonNull") && !holds)) {
                    out.addAll(absent(arg));
                }
            }
            // !repo.existsById(id), !store.containsKey(id); not existsByEmail(...) (an availability check)
            if (!holds && (name.equals("existsById") || name.equals("exists") || name.equals("containsKey"))
                    && call.getArguments().size() == 1) {
                out.add(AnswerTrait.LOOKUP_MISSING);
            }
        }
        return out;
    }

    /** For {@code x.size() == 0}-like comparisons: true when it tests emptiness, false when non-emptiness. */
    private static Boolean sizeComparison(BinaryExpr b) {
        boolean sizeLeft = isSize(b.getLeft()) && isInt(b.getRight());
        boolean sizeRight = isSize(b.getRight()) && isInt(b.getLeft());
        if (!sizeLeft && !sizeRight) {
            return null;
        }
        int n = Integer.parseInt((sizeLeft ? b.getRight() : b.getLeft()).asIntegerLiteralExpr().getValue());
        BinaryExpr.Operator op = b.getOperator();
        if (sizeRight) {
            op = switch (op) {
                case LESS -> BinaryExpr.Operator.GREATER;
                case GREATER -> BinaryExpr.Operator.LESS;
                case LESS_EQUALS -> BinaryExpr.Operator.GREATER_EQUALS;
                case GREATER_EQUALS -> BinaryExpr.Operator.LESS_EQUALS;
                default -> op;
            };
        }
        return switch (op) {
            case EQUALS -> n == 0 ? Boolean.TRUE : null;
            case NOT_EQUALS -> n == 0 ? Boolean.FALSE : null;
            case LESS -> n == 1 ? Boolean.TRUE : null;
            case LESS_EQUALS -> n == 0 ? Boolean.TRUE : null;
            case GREATER -> n == 0 ? Boolean.FALSE : null;
            case GREATER_EQUALS -> n == 1 ? Boolean.FALSE : null;
            default -> null;
        };
    }

    private static boolean isSize(Expression e) {
        Expression x = unwrap(e);
        return x instanceof MethodCallExpr m && m.getArguments().isEmpty() && m.getScope().isPresent()
                && (m.getNameAsString().equals("size") || m.getNameAsString().equals("getTotalElements")
                || m.getNameAsString().equals("getNumberOfElements"))
                || x instanceof FieldAccessExpr f && f.getNameAsString().equals("length");
    }

    private static boolean isInt(Expression e) {
        return unwrap(e) instanceof IntegerLiteralExpr;
    }

    private static Expression sizeSubject(BinaryExpr b) {
        Expression x = unwrap(isSize(b.getLeft()) ? b.getLeft() : b.getRight());
        return x instanceof MethodCallExpr m ? m.getScope().orElseThrow() : ((FieldAccessExpr) x).getScope();
    }

    /** What it means that {@code subject} is empty: an Optional lookup found nothing, or a collection is empty. */
    private Set<AnswerTrait> empty(Expression subjectExpr) {
        Expression subject = unwrap(subjectExpr);
        // page.getContent().isEmpty(): the page
        if (subject instanceof MethodCallExpr m && m.getArguments().isEmpty() && m.getScope().isPresent()
                && Set.of("getContent", "content", "getItems", "getResults").contains(m.getNameAsString())) {
            subject = unwrap(m.getScope().get());
        }
        if (!(subject instanceof NameExpr n)) {
            return Set.of();
        }
        Variable v = variable(n);
        if (v == null || v.type() == null) {
            return Set.of();
        }
        if (v.type().equals("Optional") && !v.parameter()) {
            return Set.of(AnswerTrait.LOOKUP_MISSING);
        }
        if (isCollection(v.type()) && returnedElsewhere(n)) {
            return Set.of(AnswerTrait.EMPTY_COLLECTION);
        }
        return Set.of();
    }

    /** What it means that {@code subject} is null: a looked-up value is missing, or a returned collection is absent. */
    private Set<AnswerTrait> absent(Expression subjectExpr) {
        Expression subject = unwrap(subjectExpr);
        if (!(subject instanceof NameExpr n)) {
            return Set.of();
        }
        Variable v = variable(n);
        if (v == null || v.parameter() || !v.local()) {
            return Set.of(); // a parameter checked for null is input validation, not a lookup
        }
        if (v.type() != null && isCollection(v.type())) {
            return returnedElsewhere(n) ? Set.of(AnswerTrait.EMPTY_COLLECTION) : Set.of();
        }
        if (v.lookedUp()) {
            return Set.of(AnswerTrait.LOOKUP_MISSING);
        }
        return Set.of();
    }

    private static boolean isCollection(String type) {
        return COLLECTIONS.contains(type) || type.endsWith("[]");
    }

    /**
     * True when the variable is answered as a whole elsewhere in the method: in a return, or the expression body
     * of a lambda ({@code ok(list)}, {@code list.stream().map(...).toList()}), not one element of it; or it is
     * carried whole into another local collection that is ({@code List<Dto> dtos = mapper.toDtos(items)},
     * {@code items = page.getContent()}), two such steps at most.
     */
    private static boolean returnedElsewhere(NameExpr n) {
        Optional<CallableDeclaration> callable = n.findAncestor(CallableDeclaration.class);
        return callable.isPresent() && returnedElsewhere(n.getNameAsString(), callable.get(), n, 0);
    }

    /** Whether the local {@code name} is answered whole by a use other than {@code except}. */
    private static boolean returnedElsewhere(String name, CallableDeclaration<?> callable, Node except, int depth) {
        for (NameExpr use : callable.findAll(NameExpr.class, u -> u.getNameAsString().equals(name) && u != except)) {
            if (!isWholeValueUse(use)) {
                continue;
            }
            if (isAnswered(use)) {
                return true;
            }
            String carrier = depth < 2 ? collectionCarrier(use, callable) : null;
            if (carrier != null && !carrier.equals(name) && returnedElsewhere(carrier, callable, null, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The local collection a use is stored into whole: the variable whose initializer, or the value assigned to
     * it, holds the use within one expression ({@code dtos = new ArrayList<>(mapper.toDtos(items))}). Null when the
     * target is not a local declared as a collection.
     */
    private static String collectionCarrier(NameExpr use, CallableDeclaration<?> callable) {
        for (Node p = use.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof VariableDeclarator v && v.getInitializer().isPresent()
                    && v.getParentNode().filter(x -> !(x instanceof FieldDeclaration)).isPresent()) {
                return isCollection(TypeHierarchy.simple(v.getType().asString())) ? v.getNameAsString() : null;
            }
            if (p instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.ASSIGN && a.getTarget() instanceof NameExpr t) {
                String declared = callable.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(t.getNameAsString())
                        && v.getParentNode().filter(x -> !(x instanceof FieldDeclaration)).isPresent())
                        .stream().findFirst().map(v -> TypeHierarchy.simple(v.getType().asString())).orElse(null);
                return declared != null && isCollection(declared) ? t.getNameAsString() : null;
            }
            if (p instanceof Statement || p instanceof LambdaExpr) {
                return null;
            }
        }
        return null;
    }

    private static boolean isWholeValueUse(NameExpr use) {
        Node current = use;
        while (current.getParentNode().orElse(null) instanceof MethodCallExpr call
                && call.getScope().isPresent() && call.getScope().get() == current) {
            if (ELEMENT_CALLS.contains(call.getNameAsString())) {
                return false;
            }
            current = call;
        }
        return true;
    }

    private static boolean isAnswered(Node use) {
        for (Node p = use.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof ReturnStmt || p instanceof ExpressionStmt && p.getParentNode().orElse(null) instanceof LambdaExpr) {
                return true; // a return, or the body of an expression lambda (list -> ok(list))
            }
            if (p instanceof Statement || p instanceof CallableDeclaration) {
                return false;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- bodies

    /** Facts about a body expression: built around an error, null or possibly null. */
    public Set<AnswerTrait> body(Expression body) {
        EnumSet<AnswerTrait> out = EnumSet.noneOf(AnswerTrait.class);
        if (body == null) {
            return out;
        }
        if (isErrorBody(body)) {
            out.add(AnswerTrait.ERROR_BODY);
        }
        Expression e = unwrap(body);
        if (e.isNullLiteralExpr()) {
            out.add(AnswerTrait.RETURNS_NULL);
        } else if (isOrElseNull(e)) {
            out.add(AnswerTrait.RETURNS_NULL);
            out.add(AnswerTrait.LOOKUP_MISSING);
        } else if (e instanceof ConditionalExpr c && (unwrap(c.getThenExpr()).isNullLiteralExpr() || unwrap(c.getElseExpr()).isNullLiteralExpr())) {
            out.add(AnswerTrait.RETURNS_NULL);
            Set<AnswerTrait> when = facts(c.getCondition(), unwrap(c.getThenExpr()).isNullLiteralExpr(), 0);
            if (when.contains(AnswerTrait.LOOKUP_MISSING)) {
                out.add(AnswerTrait.LOOKUP_MISSING);
            }
        }
        return out;
    }

    /** {@code opt.orElse(null)}, {@code mono.block()} is not: only the Optional idiom. */
    private static boolean isOrElseNull(Expression e) {
        return e instanceof MethodCallExpr m && m.getNameAsString().equals("orElse") && m.getArguments().size() == 1
                && unwrap(m.getArgument(0)).isNullLiteralExpr();
    }

    /**
     * A body built around an error: a map whose keys are an error envelope's, an exception or its message, an
     * error type ({@code new ApiError(...)}, {@code ErrorDto.builder()...build()}), an error factory
     * ({@code Result.fail(...)}), a Problem Details object, a text that starts with "Error" or "Failed".
     */
    public boolean isErrorBody(Expression body) {
        return isErrorBody(body, 0, new HashSet<>());
    }

    private boolean isErrorBody(Expression body, int depth, Set<Node> seen) {
        Expression e = unwrap(body);
        if (depth > MAX_DEPTH || !seen.add(e)) {
            return false;
        }
        if (e instanceof StringLiteralExpr s) {
            return ERROR_TEXT.matcher(s.asString()).matches();
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            return isErrorBody(leftmost(b), depth + 1, seen) || anyExceptionMessage(b);
        }
        if (e instanceof NameExpr n) {
            if (isException(n)) {
                return true;
            }
            Variable v = variable(n);
            if (v == null || !v.local()) {
                return false;
            }
            if (v.initializer() != null && isErrorBody(v.initializer(), depth + 1, seen)) {
                return true;
            }
            return mapPutsAreError(n);
        }
        if (e instanceof ObjectCreationExpr o) {
            return isErrorType(o.getType().getNameAsString()) || o.getArguments().stream().anyMatch(AnswerFacts::isExceptionMessageOrException);
        }
        if (e instanceof MethodCallExpr m) {
            if (isExceptionMessageOrException(m)) {
                return true;
            }
            String name = m.getNameAsString();
            String scope = m.getScope().map(Object::toString).orElse("");
            if (scope.equals("ProblemDetail") || scope.equals("ErrorResponse")) {
                return true;
            }
            if (isMapFactory(scope, name)) {
                return mapLiteralIsError(m);
            }
            if (ERROR_FACTORIES.contains(name) && isTypeName(scope) && !SIGNAL_TYPES.contains(TypeHierarchy.simple(scope))) {
                return true;
            }
            // ErrorDto.builder().message(...).build(): the chain's root type
            Expression root = m;
            while (root instanceof MethodCallExpr c && c.getScope().isPresent()) {
                root = c.getScope().get();
            }
            if (root != m && root instanceof NameExpr r && isTypeName(r.getNameAsString()) && isErrorType(r.getNameAsString())) {
                return true;
            }
            if (root instanceof ObjectCreationExpr o && isErrorType(o.getType().getNameAsString())) {
                return true;
            }
            // String.format("Error: %s", ...), "x".formatted(...)
            if (scope.equals("String") && name.equals("format") && !m.getArguments().isEmpty()) {
                return isErrorBody(m.getArgument(0), depth + 1, seen) || m.getArguments().stream().anyMatch(AnswerFacts::isExceptionMessageOrException);
            }
        }
        return false;
    }

    private static Expression leftmost(BinaryExpr b) {
        Expression l = unwrap(b.getLeft());
        return l instanceof BinaryExpr lb && lb.getOperator() == BinaryExpr.Operator.PLUS ? leftmost(lb) : l;
    }

    private static boolean anyExceptionMessage(BinaryExpr b) {
        return b.findAll(Expression.class, AnswerFacts::isExceptionMessageOrException).size() > 0;
    }

    private static boolean isTypeName(String s) {
        String simple = TypeHierarchy.simple(s);
        return !simple.isEmpty() && Character.isUpperCase(simple.charAt(0)) && !simple.equals(simple.toUpperCase(java.util.Locale.ROOT));
    }

    /** {@code ApiError}, {@code ErrorResponse}, {@code ErrorDto}, {@code ProblemDetail}; not {@code ErrorReport}. */
    static boolean isErrorType(String typeName) {
        String simple = TypeHierarchy.simple(typeName);
        return ERROR_TYPE.matcher(simple).matches() || simple.endsWith("Exception");
    }

    private static boolean isMapFactory(String scope, String name) {
        return (scope.equals("Map") || scope.equals("ImmutableMap")) && (name.equals("of") || name.equals("ofEntries"))
                || scope.equals("Collections") && name.equals("singletonMap");
    }

    /** {@code Map.of("error", ...)}: every key literal, at least one error marker, the others an envelope's. */
    private static boolean mapLiteralIsError(MethodCallExpr m) {
        List<Expression[]> pairs = new java.util.ArrayList<>();
        NodeList<Expression> args = m.getArguments();
        if (m.getNameAsString().equals("ofEntries")) {
            for (Expression a : args) {
                if (a instanceof MethodCallExpr entry && entry.getNameAsString().equals("entry") && entry.getArguments().size() == 2) {
                    pairs.add(new Expression[] {entry.getArgument(0), entry.getArgument(1)});
                } else {
                    return false;
                }
            }
        } else {
            for (int i = 0; i + 1 < args.size(); i += 2) {
                pairs.add(new Expression[] {args.get(i), args.get(i + 1)});
            }
        }
        return envelope(pairs);
    }

    /** {@code body.put("error", ...)} on a local map: every put's key literal, with an error marker. */
    private static boolean mapPutsAreError(NameExpr n) {
        Optional<CallableDeclaration> callable = n.findAncestor(CallableDeclaration.class);
        if (callable.isEmpty()) {
            return false;
        }
        List<Expression[]> pairs = new java.util.ArrayList<>();
        for (MethodCallExpr put : callable.get().findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("put")
                && c.getArguments().size() == 2 && c.getScope().filter(s -> s instanceof NameExpr sn
                && sn.getNameAsString().equals(n.getNameAsString())).isPresent())) {
            pairs.add(new Expression[] {put.getArgument(0), put.getArgument(1)});
        }
        return envelope(pairs);
    }

    private static boolean envelope(List<Expression[]> pairs) {
        if (pairs.isEmpty()) {
            return false;
        }
        boolean marker = false;
        for (Expression[] pair : pairs) {
            if (!(unwrap(pair[0]) instanceof StringLiteralExpr k)) {
                return false;
            }
            String key = k.asString().toLowerCase(java.util.Locale.ROOT);
            Expression value = unwrap(pair[1]);
            if (ERROR_KEYS.contains(key)) {
                marker = true;
            } else if (!ENVELOPE_KEYS.contains(key)) {
                return false;
            }
            if ((key.equals("status") || key.equals("result")) && value instanceof StringLiteralExpr v
                    && Set.of("error", "failed", "fail", "failure").contains(v.asString().toLowerCase(java.util.Locale.ROOT))
                    || (key.equals("success") || key.equals("ok")) && value instanceof BooleanLiteralExpr bv && !bv.getValue()
                    || isExceptionMessageOrException(value)) {
                marker = true;
            }
        }
        return marker;
    }

    /** {@code e}, {@code e.getMessage()}, {@code ex.getLocalizedMessage()}, {@code e.toString()} for an exception {@code e}. */
    private static boolean isExceptionMessageOrException(Expression x) {
        Expression e = unwrap(x);
        if (e instanceof NameExpr n) {
            return isException(n);
        }
        if (e instanceof MethodCallExpr m && m.getScope().isPresent() && unwrap(m.getScope().get()) instanceof NameExpr n
                && Set.of("getMessage", "getLocalizedMessage", "toString").contains(m.getNameAsString())) {
            return isException(n);
        }
        return false;
    }

    /** A parameter or catch parameter whose type is an exception. */
    private static boolean isException(NameExpr n) {
        String type = declaredType(n);
        return type != null && (type.endsWith("Exception") || type.equals("Throwable") || type.equals("Error"));
    }

    /** The declared type of a catch or method parameter named so, or null. */
    private static String declaredType(NameExpr n) {
        String name = n.getNameAsString();
        for (Node p = n.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof CatchClause c && c.getParameter().getNameAsString().equals(name)) {
                Type t = c.getParameter().getType();
                return t instanceof UnionType ? "Exception" : TypeHierarchy.simple(t.asString());
            }
            if (p instanceof CallableDeclaration<?> cd) {
                for (Parameter param : cd.getParameters()) {
                    if (param.getNameAsString().equals(name)) {
                        return TypeHierarchy.simple(param.getType().asString());
                    }
                }
                return null;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- variables

    /**
     * A name's declaration as far as it matters here.
     *
     * @param type        its simple type without generics, or null when unknown ({@code var} not resolved)
     * @param parameter   a method, lambda or catch parameter
     * @param local       a local variable (or parameter) of the enclosing method, not a field
     * @param initializer its initializer, when declared with one
     * @param lookedUp    its value comes from a call: {@code repo.findById(id)}, {@code service.find(id)}
     */
    private record Variable(String type, boolean parameter, boolean local, Expression initializer, boolean lookedUp) {
    }

    private Variable variable(NameExpr n) {
        String name = n.getNameAsString();
        for (Node p = n.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof CatchClause c && c.getParameter().getNameAsString().equals(name)) {
                return new Variable(TypeHierarchy.simple(c.getParameter().getType().asString()), true, true, null, false);
            }
            if (p instanceof LambdaExpr l) {
                for (Parameter param : l.getParameters()) {
                    if (param.getNameAsString().equals(name)) {
                        String type = param.getType().isUnknownType() ? lambdaParameterType(l) : TypeHierarchy.simple(param.getType().asString());
                        return new Variable(type, true, true, null, false);
                    }
                }
            }
            if (p instanceof CallableDeclaration<?> cd) {
                for (Parameter param : cd.getParameters()) {
                    if (param.getNameAsString().equals(name)) {
                        return new Variable(TypeHierarchy.simple(param.getType().asString()), true, true, null, false);
                    }
                }
                for (VariableDeclarator v : cd.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name)
                        && v.getParentNode().filter(x -> !(x instanceof FieldDeclaration)).isPresent())) {
                    Expression init = v.getInitializer().orElse(null);
                    boolean lookedUp = isLookup(init, cd) || cd.findAll(AssignExpr.class, a -> a.getTarget() instanceof NameExpr t
                            && t.getNameAsString().equals(name) && isLookup(a.getValue(), cd)).size() > 0;
                    String type = v.getType().isVarType() ? (init == null ? null : typeOfCall(init)) : TypeHierarchy.simple(v.getType().asString());
                    if (v.getType().isArrayType()) {
                        type = TypeHierarchy.simple(v.getType().asArrayType().getComponentType().asString()) + "[]";
                    }
                    return new Variable(type, false, true, init, lookedUp);
                }
                return new Variable(null, false, false, null, false);
            }
        }
        return null;
    }

    /**
     * A value fetched by a call on the handler's collaborators ({@code repo.find(id)}, {@code service.get(id)},
     * {@code find(id)}), not one read off a parameter ({@code request.getHeader(...)}, {@code body.getName()}).
     */
    private static boolean isLookup(Expression value, CallableDeclaration<?> method) {
        if (value == null || !(unwrap(value) instanceof MethodCallExpr call)) {
            return false;
        }
        Expression root = call;
        while (root instanceof MethodCallExpr c && c.getScope().isPresent()) {
            root = c.getScope().get();
        }
        if (root instanceof NameExpr n) {
            String name = n.getNameAsString();
            return method.getParameters().stream().noneMatch(p -> p.getNameAsString().equals(name));
        }
        return !(root instanceof MethodCallExpr) || ((MethodCallExpr) root).getScope().isEmpty();
    }

    /** {@code flux.collectList().map(list -> ...)}: the lambda's parameter is a List. */
    private static String lambdaParameterType(LambdaExpr l) {
        if (l.getParentNode().orElse(null) instanceof MethodCallExpr call && call.getScope().isPresent()
                && unwrap(call.getScope().get()) instanceof MethodCallExpr scope
                && (scope.getNameAsString().equals("collectList") || scope.getNameAsString().equals("collectSortedList"))) {
            return "List";
        }
        return null;
    }

    /** The declared return type of the project method a {@code var} initializer calls, when it can be found. */
    private String typeOfCall(Expression init) {
        if (!(unwrap(init) instanceof MethodCallExpr call)) {
            return null;
        }
        Optional<TypeDeclaration> owner = call.findAncestor(TypeDeclaration.class);
        if (owner.isEmpty()) {
            return null;
        }
        Optional<TypeDeclaration<?>> target = Optional.empty();
        if (call.getScope().isEmpty()) {
            target = Optional.of((TypeDeclaration<?>) owner.get());
        } else if (call.getScope().get() instanceof NameExpr s) {
            String fieldType = null;
            for (FieldDeclaration f : ((TypeDeclaration<?>) owner.get()).getFields()) {
                for (VariableDeclarator v : f.getVariables()) {
                    if (v.getNameAsString().equals(s.getNameAsString())) {
                        fieldType = v.getType().asString();
                    }
                }
            }
            if (fieldType == null) {
                fieldType = declaredType(s);
            }
            if (fieldType != null) {
                target = project.type(TypeHierarchy.simple(fieldType), call);
            }
        }
        if (target.isEmpty()) {
            return null;
        }
        for (MethodDeclaration m : target.get().getMethodsByName(call.getNameAsString())) {
            if (m.getParameters().size() == call.getArguments().size()) {
                return TypeHierarchy.simple(m.getType().asString());
            }
        }
        return null;
    }

    private static Expression unwrap(Expression e) {
        Expression x = e;
        while (true) {
            if (x instanceof EnclosedExpr en) {
                x = en.getInner();
            } else if (x instanceof CastExpr c) {
                x = c.getExpression();
            } else {
                return x;
            }
        }
    }
}
