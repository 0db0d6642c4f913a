package dev.apistatus.core.code.jaxrs;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import dev.apistatus.core.code.Answer;
import dev.apistatus.core.code.Expressions;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.code.TypeHierarchy;
import dev.apistatus.core.model.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads JAX-RS {@code Response} and Quarkus {@code RestResponse} builders in an expression: the static factories
 * ({@code ok()}, {@code ok(entity)}, {@code created(uri)}, {@code accepted()}, {@code noContent()},
 * {@code status(...)}, {@code serverError()}, {@code notModified()}, {@code seeOther(uri)},
 * {@code temporaryRedirect(uri)}, {@code fromResponse(r)}, {@code ResponseBuilder.create(...)}) and the chained
 * {@code .status(...)}, {@code .entity(...)}, {@code .header(...)}, {@code .location(...)}, {@code .type(...)},
 * {@code .build()}.
 */
final class ResponseBuilders {

    /** Static factories with a fixed status. */
    static final Map<String, Integer> FACTORIES = Map.ofEntries(
            Map.entry("ok", 200), Map.entry("created", 201), Map.entry("accepted", 202), Map.entry("noContent", 204),
            Map.entry("notModified", 304), Map.entry("seeOther", 303), Map.entry("temporaryRedirect", 307),
            Map.entry("notAcceptable", 406), Map.entry("notFound", 404), Map.entry("serverError", 500));

    /** Builder methods that set a header, and the header's name. */
    private static final Map<String, String> HEADER_METHODS = Map.ofEntries(
            Map.entry("location", "Location"), Map.entry("contentLocation", "Content-Location"),
            Map.entry("tag", "ETag"), Map.entry("lastModified", "Last-Modified"),
            Map.entry("cacheControl", "Cache-Control"), Map.entry("allow", "Allow"), Map.entry("expires", "Expires"),
            Map.entry("cookie", "Set-Cookie"), Map.entry("link", "Link"), Map.entry("links", "Link"),
            Map.entry("encoding", "Content-Encoding"), Map.entry("language", "Content-Language"));

    /** A status and whether it was decided by the caller of a helper (then the caller's line is the evidence). */
    record StatusValue(int code, boolean fromCaller) {
        static final StatusValue UNKNOWN = new StatusValue(-1, false);
    }

    private final JavaProject project;
    private final Expressions expressions;
    private final Constructors constructors;
    private final Dispatch dispatch;

    ResponseBuilders(JavaProject project, Expressions expressions, Constructors constructors, Dispatch dispatch) {
        this.project = project;
        this.expressions = expressions;
        this.constructors = constructors;
        this.dispatch = dispatch;
    }

    /** Every response an expression can evaluate to, found by its builders; empty when there is none. */
    List<Answer> read(Expression e, Binding b) {
        List<Answer> out = new java.util.ArrayList<>();
        for (MethodCallExpr call : e.findAll(MethodCallExpr.class)) {
            Answer a = fromFactory(call, b);
            if (a != null) {
                out.add(a);
            }
        }
        for (MethodReferenceExpr ref : e.findAll(MethodReferenceExpr.class)) {
            if (isResponseType(ref.getScope().toString(), ref) && FACTORIES.containsKey(ref.getIdentifier())) {
                String name = ref.getIdentifier();
                out.add(new Answer(FACTORIES.get(name), evidence(ref, ref.toString()), name.equals("ok") || name.equals("accepted"),
                        null, locationFactory(name) ? Set.of("Location") : Set.of(), false, false));
            }
        }
        return out;
    }

    /** True when a scope names JAX-RS's Response, Quarkus's RestResponse, or their ResponseBuilder, as imported. */
    static boolean isResponseType(String scope, Node at) {
        if (scope.contains("ws.rs.core.Response") || scope.contains("resteasy.reactive.RestResponse")) {
            return true;
        }
        if (!Set.of("Response", "RestResponse", "ResponseBuilder", "Response.ResponseBuilder", "RestResponse.ResponseBuilder")
                .contains(scope)) {
            return false;
        }
        String first = scope.contains(".") ? scope.substring(0, scope.indexOf('.')) : scope;
        Optional<CompilationUnit> unit = at.findCompilationUnit();
        if (unit.isEmpty()) {
            return false;
        }
        for (ImportDeclaration i : unit.get().getImports()) {
            String name = i.getNameAsString();
            boolean library = name.startsWith("javax.ws.rs.core") || name.startsWith("jakarta.ws.rs.core")
                    || name.startsWith("org.jboss.resteasy.reactive");
            if (library && (i.isAsterisk() || name.endsWith("." + first))) {
                return true;
            }
        }
        return false;
    }

    /** The Response type a static import brings a factory from ({@code import static ...Response.ok}). */
    private static Optional<String> staticImport(MethodCallExpr call, String name) {
        if (!FACTORIES.containsKey(name) && !name.equals("status") && !name.equals("fromResponse")) {
            return Optional.empty();
        }
        Optional<CompilationUnit> unit = call.findCompilationUnit();
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        for (ImportDeclaration i : unit.get().getImports()) {
            String imported = i.getNameAsString();
            if (i.isStatic() && (imported.contains("ws.rs.core.Response") || imported.contains("resteasy.reactive.RestResponse"))
                    && (i.isAsterisk() || imported.endsWith("." + name))) {
                return Optional.of(imported);
            }
        }
        return Optional.empty();
    }

    private static boolean imports(Node at, String prefix) {
        return at.findCompilationUnit().map(u -> u.getImports().stream().anyMatch(i -> i.getNameAsString().startsWith(prefix)))
                .orElse(false);
    }

    private static boolean locationFactory(String name) {
        return name.equals("created") || name.equals("seeOther") || name.equals("temporaryRedirect");
    }

    private Answer fromFactory(MethodCallExpr call, Binding b) {
        String name = call.getNameAsString();
        boolean quarkus;
        String owner;
        if (call.getScope().isPresent()) {
            String scope = call.getScope().get().toString();
            owner = scope.substring(scope.lastIndexOf('.') + 1).equals("ResponseBuilder") ? scope : TypeHierarchy.simple(scope);
            if (!isResponseType(scope, call)) {
                return null;
            }
            quarkus = scope.contains("RestResponse") || scope.equals("ResponseBuilder") && imports(call, "org.jboss.resteasy.reactive");
        } else {
            Optional<String> imported = staticImport(call, name);
            if (imported.isEmpty()) {
                return null;
            }
            quarkus = imported.get().contains("RestResponse");
            owner = quarkus ? "RestResponse" : "Response";
        }
        List<Expression> args = call.getArguments();
        State s = new State(call, owner + "." + name + "(" + (args.isEmpty() ? "" : name.equals("status") || name.equals("create")
                ? args.get(0).toString() : "...") + ")");
        if (FACTORIES.containsKey(name)) {
            s.status = FACTORIES.get(name);
            if (locationFactory(name)) {
                s.headers.add("Location");
            }
            if ((name.equals("ok") || name.equals("accepted")) && !args.isEmpty()) {
                s.entity(args.get(0));
                if (args.size() > 1) {
                    s.type(args.get(1));
                }
            }
        } else if (name.equals("status") || name.equals("create")) {
            if (args.isEmpty()) {
                return null;
            }
            StatusValue v = status(args.get(0), b);
            s.status = v.code();
            s.fromCaller = v.fromCaller();
            if (args.size() > 1 && quarkus) {
                s.entity(args.get(1)); // RestResponse.status(Status, entity); Response.status(int, reason) has a reason
            }
        } else if (name.equals("fromResponse") && args.size() == 1) {
            Answer from = responseOf(args.get(0), b);
            if (from == null) {
                s.status = -1;
            } else {
                s.status = from.status();
                s.headers.addAll(from.headers());
                s.body = from.body();
                s.bodyType = from.bodyType();
                s.problem = from.problem();
                s.headersUnknown = from.headersUnknown();
            }
        } else {
            return null;
        }
        chain(call, s, b);
        return s.answer(b);
    }

    /** The response an expression holds when it is the mapped exception's own ({@code e.getResponse()}). */
    Answer responseOf(Expression e, Binding b) {
        if (e instanceof MethodCallExpr m && m.getNameAsString().equals("getResponse") && m.getArguments().isEmpty()
                && m.getScope().isPresent() && b.isException(m.getScope().get())) {
            Binding mapping = b.mapping();
            return mapping == null ? null : mapping.exception();
        }
        List<Answer> read = read(e, b);
        return read.size() == 1 ? read.get(0) : null;
    }

    /** Applies the chained calls above {@code from} (its parents, while it is their scope). */
    void chain(Node from, State s, Binding b) {
        Node current = from;
        while (current.getParentNode().orElse(null) instanceof MethodCallExpr parent
                && parent.getScope().isPresent() && parent.getScope().get() == current) {
            s.apply(parent, b);
            current = parent;
        }
    }

    /** Applies one builder call ({@code b.header(...)}) to an answer. Null when the call changes nothing known. */
    Answer applyCall(Answer base, MethodCallExpr call, Binding b) {
        State s = new State(base);
        s.apply(call, b);
        return s.answer(b);
    }

    /** The mutable state of one builder chain. */
    final class State {
        Node at;
        String detail;
        int status = -1;
        boolean fromCaller;
        Set<String> headers = new LinkedHashSet<>();
        boolean body;
        String bodyType;
        boolean headersUnknown;
        boolean problem;
        boolean keepEvidence;
        Evidence evidence;

        State(Node at, String detail) {
            this.at = at;
            this.detail = detail;
        }

        State(Answer a) {
            this.status = a.status();
            this.headers.addAll(a.headers());
            this.body = a.body();
            this.bodyType = a.bodyType();
            this.headersUnknown = a.headersUnknown();
            this.problem = a.problem();
            this.keepEvidence = true;
            this.evidence = a.evidence();
        }

        void entity(Expression e) {
            body = !e.isNullLiteralExpr();
            bodyType = body ? bodyType(e) : null;
            if (bodyType != null && bodyType.contains("Problem")) {
                problem = true;
            }
        }

        void type(Expression e) {
            String text = e.toString().toLowerCase(Locale.ROOT);
            if (text.contains("problem")) {
                problem = true;
            }
        }

        void apply(MethodCallExpr call, Binding b) {
            String name = call.getNameAsString();
            List<Expression> args = call.getArguments();
            switch (name) {
                case "status" -> {
                    if (!args.isEmpty()) {
                        StatusValue v = status(args.get(0), b);
                        status = v.code();
                        fromCaller = v.fromCaller();
                        if (keepEvidence) {
                            keepEvidence = false;
                            at = call;
                            detail = call.toString();
                        } else {
                            detail = detail + ".status(" + args.get(0) + ")";
                        }
                    }
                }
                case "entity" -> {
                    if (!args.isEmpty()) {
                        entity(args.get(0));
                        if (args.size() > 1) {
                            type(args.get(1));
                        }
                    }
                }
                case "header" -> {
                    if (args.size() == 2 && !args.get(1).isNullLiteralExpr()) {
                        Optional<String> h = headerName(args.get(0));
                        if (h.isPresent() && h.get().equalsIgnoreCase("Content-Type")) {
                            type(args.get(1)); // the media type, not a header a contract declares
                        } else if (h.isPresent()) {
                            headers.add(h.get());
                        } else {
                            headersUnknown = true;
                        }
                    }
                }
                case "replaceAll" -> headersUnknown = true;
                case "type", "variant" -> {
                    if (!args.isEmpty()) {
                        type(args.get(0));
                    }
                }
                default -> {
                    String header = HEADER_METHODS.get(name);
                    if (header != null && !args.isEmpty() && !args.get(0).isNullLiteralExpr()) {
                        headers.add(header);
                    }
                }
            }
        }

        Answer answer(Binding b) {
            Evidence ev;
            if (keepEvidence && evidence != null) {
                ev = evidence;
            } else {
                boolean caller = fromCaller && b.site() != null;
                ev = evidence(caller ? b.site() : at, caller ? callName(b.site()) + ": " + detail : detail);
            }
            return new Answer(status, ev, body, bodyType, headers, headersUnknown, problem);
        }
    }

    /** {@code Problems.badRequest(...)}: how a detail names the helper call that decided a status. */
    private static String callName(Node site) {
        if (site instanceof MethodCallExpr m) {
            return m.getScope().map(sc -> sc + ".").orElse("") + m.getNameAsString() + "(" + (m.getArguments().isEmpty() ? "" : "...") + ")";
        }
        return site.toString();
    }

    /**
     * A status: a literal, a constant ({@code Status.NOT_FOUND}, {@code Response.Status.CONFLICT.getStatusCode()}),
     * a helper's parameter bound to the caller's argument, or in a mapper the mapped exception's status
     * ({@code e.getResponse().getStatus()}, {@code e.getStatus()} read back to the creation's argument).
     */
    StatusValue status(Expression x, Binding b) {
        OptionalInt s = expressions.status(x);
        if (s.isPresent()) {
            return new StatusValue(s.getAsInt(), false);
        }
        if (b == null) {
            return StatusValue.UNKNOWN;
        }
        Expression bound = b.bound(x);
        if (bound != null) {
            StatusValue v = status(bound, b.outer());
            return new StatusValue(v.code(), true);
        }
        if (x instanceof NameExpr n && b.mapping() != null) {
            return local(n, b);
        }
        if (x instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            Expression scope = call.getScope().get();
            String name = call.getNameAsString();
            if (Set.of("getStatusCode", "getStatus", "getStatusInfo", "value", "code", "getCode").contains(name)) {
                if (b.bound(scope) != null) {
                    StatusValue v = status(b.bound(scope), b.outer());
                    return new StatusValue(v.code(), true);
                }
                if (scope instanceof MethodCallExpr inner && inner.getArguments().isEmpty()
                        && (inner.getNameAsString().equals("getStatusInfo") || inner.getNameAsString().equals("getResponse"))) {
                    return status(inner, b);
                }
            }
            if (name.equals("getResponse") || name.equals("getStatusInfo")) {
                Answer own = responseOf(x, b);
                if (own != null) {
                    return new StatusValue(own.status(), false);
                }
            }
            if (b.isException(scope)) {
                Binding mapping = b.mapping();
                if (mapping != null && mapping.thrown() != null) {
                    int found = -2;
                    for (Constructors.Bound bound2 : constructors.accessor(mapping.thrown(), name)) {
                        int v = status(bound2.expression(), bound2.binding()).code();
                        found = found == -2 || found == v ? v : -1;
                    }
                    return found > 0 ? new StatusValue(found, false) : StatusValue.UNKNOWN;
                }
            }
        }
        return StatusValue.UNKNOWN;
    }

    /**
     * In a mapper, a local status set under instanceof tests ({@code int code = 500; if (e instanceof
     * WebApplicationException) code = ...getStatus();}): the values that can hold for the mapped exception, when
     * they agree.
     */
    private StatusValue local(NameExpr n, Binding b) {
        Optional<CallableDeclaration> callable = n.findAncestor(CallableDeclaration.class);
        if (callable.isEmpty()) {
            return StatusValue.UNKNOWN;
        }
        String name = n.getNameAsString();
        List<VariableDeclarator> declared = callable.get().findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name));
        if (declared.size() != 1 || callable.get().findAll(UnaryExpr.class, u -> u.getExpression() instanceof NameExpr t
                && t.getNameAsString().equals(name)).size() > 0) {
            return StatusValue.UNKNOWN;
        }
        Node block = declared.get(0).findAncestor(BlockStmt.class).orElse(null);
        List<String> chain = dispatch.chain(b);
        List<Expression> values = new ArrayList<>();
        boolean overwritten = false;
        for (AssignExpr a : callable.get().findAll(AssignExpr.class, a -> a.getTarget() instanceof NameExpr t
                && t.getNameAsString().equals(name))) {
            if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
                return StatusValue.UNKNOWN;
            }
            if (dispatch.reachable(a, callable.get(), b, chain)) {
                values.add(a.getValue());
                overwritten |= block != null && dispatch.certain(a, block, b, chain);
            }
        }
        if (!overwritten) {
            if (declared.get(0).getInitializer().isEmpty()) {
                return StatusValue.UNKNOWN;
            }
            values.add(declared.get(0).getInitializer().get());
        }
        int found = -2;
        for (Expression v : values) {
            int code = status(v, b).code();
            found = found == -2 || found == code ? code : -1;
        }
        return found > 0 ? new StatusValue(found, false) : StatusValue.UNKNOWN;
    }

    /** A header name: a string, {@code HttpHeaders.RETRY_AFTER}, or a constant holding one. */
    Optional<String> headerName(Expression e) {
        Optional<String> s = expressions.string(e);
        if (s.isPresent()) {
            return s;
        }
        String constant = null;
        if (e instanceof FieldAccessExpr f && f.getScope().toString().endsWith("HttpHeaders")) {
            constant = f.getNameAsString();
        } else if (e instanceof NameExpr n) {
            // import static javax.ws.rs.core.HttpHeaders.LOCATION (or HttpHeaders.*)
            String simple = n.getNameAsString();
            boolean imported = n.findCompilationUnit().map(u -> u.getImports().stream().anyMatch(i -> i.isStatic()
                    && (i.isAsterisk() ? i.getNameAsString().endsWith("HttpHeaders")
                    : i.getNameAsString().endsWith("HttpHeaders." + simple)))).orElse(false);
            constant = imported ? simple : null;
        }
        if (constant != null) {
            StringBuilder name = new StringBuilder();
            for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (!name.isEmpty()) {
                    name.append('-');
                }
                name.append(part.equals("etag") ? "ETag" : part.equals("www") ? "WWW"
                        : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
            return Optional.of(name.toString());
        }
        return Optional.empty();
    }

    /** The entity's Java type as written, when the expression shows it. */
    static String bodyType(Expression e) {
        if (e instanceof ObjectCreationExpr o) {
            return o.getType().asString();
        }
        if (e instanceof MethodCallExpr m && m.getScope().isPresent()) {
            String scope = m.getScope().get().toString();
            if (scope.equals("Map") || scope.equals("Collections") || scope.equals("ImmutableMap")) {
                return "Map";
            }
            if (scope.equals("List") || scope.equals("Set")) {
                return "List";
            }
            if (Character.isUpperCase(scope.charAt(0)) && !scope.contains("(")) {
                return scope.contains(".") ? scope.substring(scope.lastIndexOf('.') + 1) : scope;
            }
        }
        if (e.isStringLiteralExpr() || e.isTextBlockLiteralExpr() || e instanceof BinaryExpr be
                && be.getOperator() == BinaryExpr.Operator.PLUS && (be.getLeft().isStringLiteralExpr() || be.getRight().isStringLiteralExpr())) {
            return "String";
        }
        if (e instanceof NameExpr n) {
            return declaredType(n).orElse(null);
        }
        return null;
    }

    /** The declared type of a local or parameter, when written (not {@code var}). */
    static Optional<String> declaredType(NameExpr n) {
        Optional<com.github.javaparser.ast.body.CallableDeclaration> callable = n.findAncestor(com.github.javaparser.ast.body.CallableDeclaration.class);
        if (callable.isEmpty()) {
            return Optional.empty();
        }
        for (Object o : callable.get().getParameters()) {
            var p = (com.github.javaparser.ast.body.Parameter) o;
            if (p.getNameAsString().equals(n.getNameAsString())) {
                return Optional.of(p.getType().asString());
            }
        }
        for (var v : callable.get().findAll(com.github.javaparser.ast.body.VariableDeclarator.class)) {
            if (v.getNameAsString().equals(n.getNameAsString()) && !v.getType().isVarType()) {
                return Optional.of(v.getType().asString());
            }
        }
        return Optional.empty();
    }

    Evidence evidence(Node node, String detail) {
        return new Evidence(Evidence.Kind.BUILDER, project.locate(node), detail);
    }
}
