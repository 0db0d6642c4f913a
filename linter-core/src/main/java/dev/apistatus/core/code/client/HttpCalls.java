package dev.apistatus.core.code.client;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.apistatus.core.code.Annotations;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.model.HttpCall;
import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recognises HTTP calls: the JDK {@code HttpClient}, {@code RestTemplate}, {@code RestClient}, {@code WebClient},
 * OkHttp (also {@code chain.proceed} in an interceptor), Apache HttpClient (classic and fluent), and calls through
 * declarative client interfaces (Feign, MicroProfile REST Client, Spring HTTP interfaces). For each: the method
 * (builder call, method name, annotation) and the request headers it sends.
 */
final class HttpCalls {

    private static final int MAX_DEPTH = 3;

    static final Map<String, HttpMethod> REST_TEMPLATE = Map.ofEntries(
            Map.entry("getForObject", HttpMethod.GET), Map.entry("getForEntity", HttpMethod.GET),
            Map.entry("postForObject", HttpMethod.POST), Map.entry("postForEntity", HttpMethod.POST),
            Map.entry("postForLocation", HttpMethod.POST), Map.entry("patchForObject", HttpMethod.PATCH),
            Map.entry("headForHeaders", HttpMethod.HEAD), Map.entry("optionsForAllow", HttpMethod.OPTIONS),
            Map.entry("put", HttpMethod.PUT), Map.entry("delete", HttpMethod.DELETE));

    /** RestTemplate methods whose names other types use too: they need a RestTemplate receiver. */
    private static final Set<String> COMMON_NAMES = Set.of("put", "delete", "exchange", "execute");

    private static final Set<String> REST_TEMPLATE_TYPES = Set.of("RestTemplate", "RestOperations", "TestRestTemplate",
            "OAuth2RestTemplate");

    private static final Map<String, HttpMethod> APACHE_REQUESTS = Map.of("HttpGet", HttpMethod.GET, "HttpPost",
            HttpMethod.POST, "HttpPut", HttpMethod.PUT, "HttpPatch", HttpMethod.PATCH, "HttpDelete", HttpMethod.DELETE,
            "HttpHead", HttpMethod.HEAD, "HttpOptions", HttpMethod.OPTIONS, "HttpTrace", HttpMethod.TRACE);

    private static final Set<String> APACHE_CLIENTS = Set.of("CloseableHttpClient", "MinimalHttpClient",
            "CloseableHttpAsyncClient", "InternalHttpClient", "DefaultHttpClient");

    private static final Set<String> MAPPINGS = Set.of("GetMapping", "PostMapping", "PutMapping", "PatchMapping",
            "DeleteMapping", "RequestMapping");

    private static final Map<String, HttpMethod> EXCHANGES = Map.of("GetExchange", HttpMethod.GET, "PostExchange",
            HttpMethod.POST, "PutExchange", HttpMethod.PUT, "PatchExchange", HttpMethod.PATCH, "DeleteExchange",
            HttpMethod.DELETE);

    private static final Set<String> JAX_RS_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    /** Headers a call sends, and whether that list is complete. */
    record Headers(Set<String> names, boolean complete) {

        static final Headers NONE = new Headers(Set.of(), true);
        static final Headers OPEN = new Headers(Set.of(), false);

        Headers plus(Headers other) {
            Set<String> all = new TreeSet<>(names);
            all.addAll(other.names);
            return new Headers(all, complete && other.complete);
        }

        Headers with(String name) {
            Set<String> all = new TreeSet<>(names);
            all.add(name.toLowerCase(Locale.ROOT));
            return new Headers(all, complete);
        }

        Headers open() {
            return new Headers(names, false);
        }
    }

    private final JavaProject project;
    private final Values values;
    private final Resolver resolver;
    private Headers global;

    HttpCalls(JavaProject project, Values values, Resolver resolver) {
        this.project = project;
        this.values = values;
        this.resolver = resolver;
    }

    private final Map<Node, List<HttpCall>> memo = new java.util.IdentityHashMap<>();

    /** The HTTP calls made in a subtree, and in the project methods it calls (three calls deep). */
    List<HttpCall> in(Node root) {
        List<HttpCall> known = memo.get(root);
        if (known != null) {
            return known;
        }
        List<HttpCall> found = collectAll(root);
        memo.put(root, found);
        return found;
    }

    private List<HttpCall> collectAll(Node root) {
        List<HttpCall> out = new ArrayList<>();
        collect(root, 0, new HashSet<>(), out);
        Map<String, HttpCall> unique = new LinkedHashMap<>();
        for (HttpCall c : out) {
            unique.putIfAbsent(c.location() + "|" + c.description(), c);
        }
        return List.copyOf(unique.values());
    }

    private void collect(Node root, int depth, Set<Node> visited, List<HttpCall> out) {
        for (MethodCallExpr call : root.findAll(MethodCallExpr.class)) {
            Optional<HttpCall> h = recogniseSafely(call);
            if (h.isPresent()) {
                out.add(h.get());
                continue;
            }
            if (depth < MAX_DEPTH) {
                Optional<MethodDeclaration> target = resolveSafely(call);
                if (target.isPresent() && target.get().getBody().isPresent() && visited.add(target.get())) {
                    collect(target.get().getBody().get(), depth + 1, visited, out);
                }
            }
        }
        for (MethodReferenceExpr ref : root.findAll(MethodReferenceExpr.class)) {
            Optional<MethodDeclaration> target = reference(ref);
            if (target.isEmpty()) {
                continue;
            }
            if (target.get().getBody().isEmpty()) {
                target.get().findAncestor(ClassOrInterfaceDeclaration.class).filter(this::isDeclarativeClient)
                        .flatMap(t -> declared(target.get(), project.locate(ref), Texts.of(ref)))
                        .ifPresent(out::add);
            } else if (depth < MAX_DEPTH && visited.add(target.get())) {
                collect(target.get().getBody().get(), depth + 1, visited, out);
            }
        }
    }

    private Optional<MethodDeclaration> resolveSafely(MethodCallExpr call) {
        return resolver.resolve(call);
    }

    /** {@code this::send}, {@code client::create}, {@code OrderClient::create}. */
    Optional<MethodDeclaration> reference(MethodReferenceExpr ref) {
        String name = ref.getIdentifier();
        Expression scope = ref.getScope();
        Optional<TypeDeclaration<?>> type;
        if (scope instanceof ThisExpr) {
            type = ref.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        } else if (scope instanceof NameExpr n && Chains.isTypeName(n)) {
            type = resolver.isKnown(n.getNameAsString()) ? project.type(n.getNameAsString(), ref) : Optional.empty();
        } else {
            type = values.declaredType(scope).filter(resolver::isKnown).flatMap(t -> project.type(t, ref));
        }
        return type.flatMap(t -> t.getMethodsByName(name).stream().findFirst());
    }

    private Optional<HttpCall> recogniseSafely(MethodCallExpr call) {
        try {
            return recognise(call);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    Optional<HttpCall> recognise(MethodCallExpr call) {
        String name = call.getNameAsString();
        switch (name) {
            case "send":
            case "sendAsync":
                return jdk(call);
            case "newCall":
                return okhttp(call);
            case "proceed":
                return proceed(call);
            case "retrieve":
            case "exchangeToMono":
            case "exchangeToFlux":
                return fluent(call);
            case "exchange":
                return call.getArguments().isEmpty() ? fluent(call) : restTemplate(call);
            case "execute":
                Optional<HttpCall> rest = restTemplate(call);
                return rest.isPresent() ? rest : apache(call);
            default:
                break;
        }
        if (REST_TEMPLATE.containsKey(name)) {
            return restTemplate(call);
        }
        return declarative(call);
    }

    // ---- JDK HttpClient ----

    private Optional<HttpCall> jdk(MethodCallExpr call) {
        if (call.getArguments().isEmpty() || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression scope = call.getScope().get();
        boolean clientType = values.declaredType(scope).filter(t -> t.equals("HttpClient")).isPresent()
                || scope.toString().startsWith("HttpClient.new");
        Expression arg = call.getArgument(0);
        Chains chain = chain(arg);
        boolean builder = chain.rootType().filter(t -> t.equals("HttpRequest")).isPresent()
                && chain.first().filter(f -> f.getNameAsString().equals("newBuilder")).isPresent();
        boolean typed = values.declaredType(arg).filter(t -> t.equals("HttpRequest")).isPresent();
        if (!clientType && !builder && !typed) {
            return Optional.empty();
        }
        HttpMethod method = null;
        Headers headers = Headers.NONE;
        if (builder) {
            for (MethodCallExpr c : chain.calls()) {
                String n = c.getNameAsString();
                switch (n) {
                    case "GET", "POST", "PUT", "DELETE", "HEAD" -> method = HttpMethod.valueOf(n);
                    case "method" -> method = c.getArguments().isEmpty() ? null
                            : values.string(c.getArgument(0)).flatMap(HttpMethod::parse).orElse(null);
                    case "header", "setHeader" -> headers = header(headers, c, 0);
                    case "headers" -> {
                        for (int i = 0; i < c.getArguments().size(); i += 2) {
                            headers = header(headers, c, i);
                        }
                    }
                    case "newBuilder" -> {
                        if (c.getArguments().size() == 2) {
                            headers = headers.open(); // a copy of another request
                        }
                    }
                    default -> {
                    }
                }
            }
            if (method == null && chain.complete() && chain.named("method", "POST", "PUT", "DELETE", "HEAD").isEmpty()) {
                method = HttpMethod.GET;
            }
            if (!chain.complete()) {
                headers = headers.open();
            }
        } else {
            headers = Headers.OPEN;
        }
        return Optional.of(call(HttpCall.Client.JDK_HTTP_CLIENT, call, method, headers));
    }

    // ---- RestTemplate ----

    private Optional<HttpCall> restTemplate(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression scope = call.getScope().get();
        if (COMMON_NAMES.contains(name) && !isRestTemplate(scope)) {
            return Optional.empty();
        }
        List<Expression> args = call.getArguments();
        HttpMethod method = REST_TEMPLATE.get(name);
        Headers headers = Headers.NONE;
        switch (name) {
            case "postForObject", "postForEntity", "postForLocation", "patchForObject", "put" ->
                    headers = args.size() >= 2 ? entityHeaders(args.get(1)) : Headers.NONE;
            case "exchange" -> {
                if (args.size() >= 3) {
                    method = httpMethod(args.get(1));
                    headers = entityHeaders(args.get(2));
                } else if (!args.isEmpty()) {
                    Chains entity = chain(args.get(0));
                    method = entity.first().filter(f -> entity.rootType().filter(t -> t.equals("RequestEntity")).isPresent())
                            .flatMap(f -> f.getNameAsString().equals("method") && !f.getArguments().isEmpty()
                                    ? Optional.ofNullable(httpMethod(f.getArgument(0)))
                                    : HttpMethod.parse(f.getNameAsString())).orElse(null);
                    headers = requestEntityHeaders(entity);
                }
            }
            case "execute" -> {
                method = args.size() >= 2 ? httpMethod(args.get(1)) : null;
                headers = Headers.OPEN;
            }
            default -> {
            }
        }
        return Optional.of(call(HttpCall.Client.REST_TEMPLATE, call, method, headers));
    }

    private boolean isRestTemplate(Expression scope) {
        Optional<String> type = values.declaredType(scope);
        if (type.isPresent()) {
            return REST_TEMPLATE_TYPES.contains(type.get());
        }
        String s = scope.toString().toLowerCase(Locale.ROOT);
        return s.contains("resttemplate") || s.contains("restoperations");
    }

    private HttpMethod httpMethod(Expression e) {
        String text = e.toString();
        String last = text.contains(".") ? text.substring(text.lastIndexOf('.') + 1) : text;
        Optional<HttpMethod> direct = HttpMethod.parse(last);
        if (direct.isPresent() && (e instanceof FieldAccessExpr || e instanceof NameExpr)) {
            return direct.get();
        }
        if (e instanceof MethodCallExpr m && (m.getNameAsString().equals("valueOf") || m.getNameAsString().equals("resolve"))
                && m.getArguments().size() == 1) {
            return values.string(m.getArgument(0)).flatMap(HttpMethod::parse).orElse(null);
        }
        return values.string(e).flatMap(HttpMethod::parse).orElse(null);
    }

    /** The headers of an {@code HttpEntity} argument; a plain body object sends none of its own. */
    private Headers entityHeaders(Expression arg) {
        Expression e = arg instanceof EnclosedExpr en ? en.getInner() : arg;
        if (e instanceof NullLiteralExpr) {
            return Headers.NONE;
        }
        if (e instanceof FieldAccessExpr f && f.getNameAsString().equals("EMPTY")) {
            return Headers.NONE;
        }
        if (e instanceof ObjectCreationExpr c) {
            String type = c.getType().getNameAsString();
            if (type.equals("HttpEntity")) {
                if (c.getArguments().size() == 2) {
                    return headersObject(c.getArgument(1));
                }
                if (c.getArguments().size() == 1) {
                    Optional<String> t = values.declaredType(c.getArgument(0));
                    return t.filter(x -> x.contains("Headers") || x.contains("Map")).isPresent()
                            ? headersObject(c.getArgument(0)) : Headers.NONE;
                }
                return Headers.NONE;
            }
            if (type.equals("RequestEntity")) {
                return c.getArguments().size() >= 2 && !(c.getArgument(1) instanceof FieldAccessExpr)
                        ? headersObject(c.getArgument(1)) : Headers.OPEN;
            }
            return Headers.NONE; // new Order(...): a body
        }
        if (e instanceof MethodCallExpr) {
            Chains chain = chain(e);
            if (chain.rootType().filter(t -> t.equals("RequestEntity")).isPresent()) {
                return requestEntityHeaders(chain);
            }
            return Headers.OPEN;
        }
        Optional<String> type = values.declaredType(e);
        Optional<Expression> def = values.definition(e);
        if (type.isPresent() && !type.get().equals("var") && !type.get().equals("HttpEntity") && !type.get().equals("RequestEntity")
                && !type.get().equals("Object") && !type.get().contains("Entity")) {
            return Headers.NONE; // a body object
        }
        if (def.isPresent() && def.get() != e) {
            return entityHeaders(def.get());
        }
        return Headers.OPEN;
    }

    private Headers requestEntityHeaders(Chains chain) {
        Headers h = chain.complete() ? Headers.NONE : Headers.OPEN;
        for (MethodCallExpr c : chain.calls()) {
            if (c.getNameAsString().equals("header")) {
                h = header(h, c, 0);
            } else if (c.getNameAsString().equals("headers")) {
                h = h.plus(headersArgument(c));
            }
        }
        return h;
    }

    /** An {@code HttpHeaders} object: {@code new HttpHeaders()} and the calls that fill it. */
    private Headers headersObject(Expression e) {
        Chains chain = chain(e);
        if (!(chain.root() instanceof ObjectCreationExpr c && c.getType().getNameAsString().endsWith("Headers")
                && c.getArguments().isEmpty())) {
            return Headers.OPEN;
        }
        Headers h = chain.complete() ? Headers.NONE : Headers.OPEN;
        for (MethodCallExpr call : chain.calls()) {
            h = h.plus(headerSetter(call));
        }
        return h;
    }

    /** {@code set("X", v)}, {@code add("X", v)}, {@code setContentType(..)} (Content-Type), {@code setAll(map)} (open). */
    private Headers headerSetter(MethodCallExpr call) {
        String n = call.getNameAsString();
        switch (n) {
            case "set", "add", "put", "header", "addHeader", "setHeader", "putSingle":
                return call.getArguments().size() >= 1 ? header(Headers.NONE, call, 0) : Headers.NONE;
            case "setAll", "addAll", "putAll", "headers", "setHeaders":
                return Headers.OPEN;
            case "setBearerAuth", "setBasicAuth":
                return Headers.NONE.with("Authorization");
            default:
                if (n.startsWith("set") && n.length() > 3) {
                    return Headers.NONE.with(kebab(n.substring(3)));
                }
                return Headers.NONE;
        }
    }

    private static String kebab(String camel) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                b.append('-');
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** Adds the header named by argument {@code index} of a call; an unresolved name makes the list open. */
    private Headers header(Headers h, MethodCallExpr call, int index) {
        if (call.getArguments().size() <= index) {
            return h;
        }
        Optional<String> name = headerName(call.getArgument(index));
        return name.isPresent() ? h.with(name.get()) : h.open();
    }

    Optional<String> headerName(Expression e) {
        Optional<String> s = values.string(e);
        if (s.isPresent()) {
            return s;
        }
        // HttpHeaders.IF_MATCH, HttpHeaderNames.AUTHORIZATION
        if (e instanceof FieldAccessExpr f && f.getScope().toString().matches(".*(HttpHeaders|HttpHeaderNames|HttpHeader|Headers)")) {
            return Optional.of(f.getNameAsString().replace('_', '-').toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    /** {@code .headers(h -> h.set("X", v))}: the lambda's setters; anything else is open. */
    private Headers headersArgument(MethodCallExpr call) {
        if (call.getArguments().size() == 1 && call.getArgument(0) instanceof LambdaExpr lambda) {
            Headers h = Headers.NONE;
            for (MethodCallExpr inner : lambda.getBody().findAll(MethodCallExpr.class)) {
                h = h.plus(headerSetter(inner));
            }
            return h;
        }
        return Headers.OPEN;
    }

    // ---- RestClient / WebClient ----

    private Optional<HttpCall> fluent(MethodCallExpr terminal) {
        Chains chain = chain(terminal);
        MethodCallExpr selection = null;
        HttpMethod method = null;
        List<MethodCallExpr> calls = chain.calls();
        for (int i = 0; i < calls.size(); i++) {
            MethodCallExpr c = calls.get(i);
            String n = c.getNameAsString();
            boolean select = c.getArguments().isEmpty() && Set.of("get", "post", "put", "patch", "delete", "head", "options").contains(n)
                    || n.equals("method") && c.getArguments().size() == 1;
            if (select && i + 1 < calls.size() && Set.of("uri", "url").contains(calls.get(i + 1).getNameAsString())) {
                selection = c;
                method = n.equals("method") ? httpMethod(c.getArgument(0)) : HttpMethod.valueOf(n.toUpperCase(Locale.ROOT));
                break;
            }
        }
        if (selection == null && !chain.has("uri")) {
            return Optional.empty();
        }
        HttpCall.Client client = null;
        if (selection != null && selection.getScope().isPresent()) {
            Expression receiver = selection.getScope().get();
            Optional<String> type = values.declaredType(receiver);
            if (type.isEmpty()) {
                type = chain(receiver).rootType();
            }
            if (type.filter(t -> t.equals("WebClient")).isPresent()) {
                client = HttpCall.Client.WEB_CLIENT;
            } else if (type.filter(t -> t.equals("RestClient")).isPresent()) {
                client = HttpCall.Client.REST_CLIENT;
            } else if (type.filter(t -> t.contains("TestClient")).isPresent()) {
                return Optional.empty();
            }
        }
        if (client == null) {
            boolean reactive = chain.has("bodyToMono") || chain.has("bodyToFlux") || chain.has("exchangeToMono")
                    || chain.has("exchangeToFlux") || chain.has("bodyValue") || terminalIsReactive(terminal);
            client = reactive ? HttpCall.Client.WEB_CLIENT : HttpCall.Client.REST_CLIENT;
        }
        // the request is complete when its method was selected in the same chain (the client may come from anywhere)
        Headers h = chain.complete() || selection != null && calls.indexOf(selection) >= 0 ? Headers.NONE : Headers.OPEN;
        for (MethodCallExpr c : calls) {
            switch (c.getNameAsString()) {
                case "header" -> h = header(h, c, 0);
                case "headers" -> h = h.plus(headersArgument(c));
                case "httpRequest" -> h = h.open();
                default -> {
                }
            }
        }
        MethodCallExpr at = selection != null ? selection : terminal;
        String receiver = selection != null && selection.getScope().isPresent() ? shorten(Texts.of(selection.getScope().get())) : "client";
        String description = receiver + "." + (selection != null ? selection.getNameAsString() + "()" : "") + "..." + terminal.getNameAsString() + "()";
        return Optional.of(new HttpCall(client, description, method, withGlobal(h).names(), withGlobal(h).complete(), project.locate(at)));
    }

    private static boolean terminalIsReactive(MethodCallExpr terminal) {
        return terminal.getParentNode().filter(p -> p instanceof MethodCallExpr m
                && Set.of("bodyToMono", "bodyToFlux", "toBodilessEntity", "toEntity").contains(m.getNameAsString())
                && m.getParentNode().filter(pp -> pp instanceof MethodCallExpr mm && Set.of("block", "subscribe", "retry",
                "retryWhen", "map", "flatMap", "onErrorResume", "timeout").contains(mm.getNameAsString())).isPresent()).isPresent();
    }

    // ---- OkHttp ----

    private Optional<HttpCall> okhttp(MethodCallExpr call) {
        if (call.getArguments().size() != 1) {
            return Optional.empty();
        }
        Chains chain = chain(call.getArgument(0));
        boolean builder = chain.root() instanceof ObjectCreationExpr c && c.getType().toString().endsWith("Builder")
                || chain.has("newBuilder");
        boolean client = call.getScope().flatMap(values::declaredType).filter(t -> t.equals("OkHttpClient")).isPresent();
        boolean typed = values.declaredType(call.getArgument(0)).filter(t -> t.equals("Request")).isPresent();
        if (!builder && !client && !typed) {
            return Optional.empty();
        }
        return Optional.of(okhttpRequest(call, chain, builder));
    }

    private HttpCall okhttpRequest(MethodCallExpr call, Chains chain, boolean builder) {
        HttpMethod method = null;
        Headers h = chain.complete() && builder ? Headers.NONE : Headers.OPEN;
        boolean fresh = chain.root() instanceof ObjectCreationExpr;
        for (MethodCallExpr c : chain.calls()) {
            String n = c.getNameAsString();
            switch (n) {
                case "get", "head", "post", "put", "patch", "delete" -> method = HttpMethod.valueOf(n.toUpperCase(Locale.ROOT));
                case "method" -> method = c.getArguments().isEmpty() ? null
                        : values.string(c.getArgument(0)).flatMap(HttpMethod::parse).orElse(null);
                case "header", "addHeader" -> h = header(h, c, 0);
                case "headers" -> h = h.open();
                case "newBuilder" -> fresh = false;
                default -> {
                }
            }
        }
        if (method == null && fresh && chain.complete() && builder) {
            method = HttpMethod.GET;
        }
        return call(HttpCall.Client.OKHTTP, call, method, h);
    }

    /** {@code chain.proceed(request)} in an OkHttp interceptor: the intercepted request, method unknown. */
    private Optional<HttpCall> proceed(MethodCallExpr call) {
        if (call.getArguments().size() != 1 || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression scope = call.getScope().get();
        boolean chainType = values.declaredType(scope).filter(t -> t.equals("Chain") || t.endsWith(".Chain")).isPresent()
                || scope.toString().equals("chain");
        if (!chainType) {
            return Optional.empty();
        }
        Chains chain = chain(call.getArgument(0));
        HttpCall c = okhttpRequest(call, chain, false);
        return Optional.of(new HttpCall(c.client(), c.description(), c.method(), c.headers(), false, c.location()));
    }

    // ---- Apache HttpClient ----

    private Optional<HttpCall> apache(MethodCallExpr call) {
        if (call.getScope().isPresent() && call.getScope().get() instanceof MethodCallExpr s && s.getNameAsString().equals("newCall")) {
            return Optional.empty(); // OkHttp's newCall(..).execute(), recognised at newCall
        }
        List<Expression> args = call.getArguments();
        if (args.isEmpty()) {
            // fluent: Request.post(url).bodyString(..).execute()
            Chains chain = chain(call);
            if (chain.rootType().filter(t -> t.equals("Request")).isPresent() && chain.first().isPresent()) {
                Optional<HttpMethod> m = HttpMethod.parse(chain.first().get().getNameAsString());
                if (m.isPresent()) {
                    Headers h = Headers.NONE;
                    for (MethodCallExpr c : chain.calls()) {
                        if (c.getNameAsString().equals("addHeader") || c.getNameAsString().equals("setHeader")) {
                            h = header(h, c, 0);
                        } else if (c.getNameAsString().equals("setHeaders")) {
                            h = h.open();
                        }
                    }
                    return Optional.of(call(HttpCall.Client.APACHE_HTTPCLIENT, call, m.get(), h));
                }
            }
            return Optional.empty();
        }
        Expression req = args.get(0);
        Chains chain = chain(req);
        HttpMethod method = null;
        boolean recognised = false;
        Headers h = chain.complete() ? Headers.NONE : Headers.OPEN;
        if (chain.root() instanceof ObjectCreationExpr c && APACHE_REQUESTS.containsKey(c.getType().getNameAsString())) {
            method = APACHE_REQUESTS.get(c.getType().getNameAsString());
            recognised = true;
        } else if (chain.rootType().filter(t -> t.endsWith("RequestBuilder")).isPresent() && chain.first().isPresent()) {
            MethodCallExpr first = chain.first().get();
            method = first.getNameAsString().equals("create") && !first.getArguments().isEmpty()
                    ? values.string(first.getArgument(0)).flatMap(HttpMethod::parse).orElse(null)
                    : HttpMethod.parse(first.getNameAsString()).orElse(null);
            recognised = true;
        } else {
            Optional<String> type = values.declaredType(req);
            if (type.isPresent() && APACHE_REQUESTS.containsKey(type.get())) {
                method = APACHE_REQUESTS.get(type.get());
                recognised = true;
                h = h.open();
            }
        }
        if (!recognised) {
            boolean client = call.getScope().flatMap(values::declaredType).filter(APACHE_CLIENTS::contains).isPresent();
            if (!client) {
                return Optional.empty();
            }
            return Optional.of(call(HttpCall.Client.APACHE_HTTPCLIENT, call, null, Headers.OPEN));
        }
        for (MethodCallExpr c : chain.calls()) {
            switch (c.getNameAsString()) {
                case "setHeader", "addHeader", "header" -> h = header(h, c, 0);
                case "setHeaders" -> h = h.open();
                default -> {
                }
            }
        }
        return Optional.of(call(HttpCall.Client.APACHE_HTTPCLIENT, call, method, h));
    }

    // ---- declarative clients ----

    private Optional<HttpCall> declarative(MethodCallExpr call) {
        if (call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression scope = call.getScope().get();
        if (!(scope instanceof NameExpr || scope instanceof FieldAccessExpr)) {
            return Optional.empty();
        }
        Optional<String> type = values.declaredType(scope);
        if (type.isEmpty() || type.get().isEmpty() || !Character.isUpperCase(type.get().charAt(0)) || !resolver.isKnown(type.get())) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> decl = project.type(type.get(), call);
        if (decl.isEmpty() || !(decl.get() instanceof ClassOrInterfaceDeclaration c) || !isDeclarativeClient(c)) {
            return Optional.empty();
        }
        Optional<MethodDeclaration> m = clientMethod(c, call.getNameAsString(), call.getArguments().size(), 0);
        return m.flatMap(x -> declared(x, project.locate(call), shorten(Texts.of(scope)) + "." + call.getNameAsString()));
    }

    private Optional<MethodDeclaration> clientMethod(ClassOrInterfaceDeclaration c, String name, int arity, int depth) {
        for (MethodDeclaration m : c.getMethodsByName(name)) {
            if (m.getParameters().size() == arity) {
                return Optional.of(m);
            }
        }
        if (depth < 3) {
            for (ClassOrInterfaceType parent : c.getExtendedTypes()) {
                Optional<MethodDeclaration> m = project.type(parent.getNameAsString(), c)
                        .filter(t -> t instanceof ClassOrInterfaceDeclaration)
                        .flatMap(t -> clientMethod((ClassOrInterfaceDeclaration) t, name, arity, depth + 1));
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A Feign ({@code @FeignClient}, {@code @RequestLine}), MicroProfile REST Client ({@code @RegisterRestClient},
     * or JAX-RS annotations on an interface nothing in the project implements) or Spring HTTP interface
     * ({@code @HttpExchange}) client interface.
     */
    boolean isDeclarativeClient(ClassOrInterfaceDeclaration c) {
        if (!c.isInterface()) {
            return false;
        }
        if (Annotations.has(c, "FeignClient", "RegisterRestClient", "HttpExchange")) {
            return true;
        }
        boolean jaxRs = false;
        for (MethodDeclaration m : c.getMethods()) {
            if (Annotations.has(m, "RequestLine", "GetExchange", "PostExchange", "PutExchange", "PatchExchange",
                    "DeleteExchange", "HttpExchange")) {
                return true;
            }
            if (m.getAnnotations().stream().anyMatch(a -> JAX_RS_METHODS.contains(a.getName().getIdentifier()))) {
                jaxRs = true;
            }
        }
        return jaxRs && project.implementations(c.getNameAsString()).isEmpty();
    }

    /** The HTTP call a declarative client method makes. */
    Optional<HttpCall> declared(MethodDeclaration m, SourceLocation at, String description) {
        ClassOrInterfaceDeclaration owner = m.findAncestor(ClassOrInterfaceDeclaration.class).orElse(null);
        if (owner == null) {
            return Optional.empty();
        }
        HttpCall.Client client;
        HttpMethod method = null;
        Optional<AnnotationExpr> line = Annotations.find(m, "RequestLine");
        if (line.isPresent()) {
            client = HttpCall.Client.FEIGN;
            method = Annotations.attribute(line.get(), "value").flatMap(values::string)
                    .map(s -> s.trim().split("\\s+")[0]).flatMap(HttpMethod::parse).orElse(null);
        } else if (m.getAnnotations().stream().anyMatch(a -> EXCHANGES.containsKey(a.getName().getIdentifier())
                || a.getName().getIdentifier().equals("HttpExchange"))) {
            client = HttpCall.Client.SPRING_HTTP_INTERFACE;
            for (AnnotationExpr a : m.getAnnotations()) {
                String n = a.getName().getIdentifier();
                if (EXCHANGES.containsKey(n)) {
                    method = EXCHANGES.get(n);
                } else if (n.equals("HttpExchange")) {
                    method = Annotations.attribute(a, "method").flatMap(values::string).flatMap(HttpMethod::parse).orElse(null);
                }
            }
        } else if (m.getAnnotations().stream().anyMatch(a -> MAPPINGS.contains(a.getName().getIdentifier()))) {
            client = Annotations.has(owner, "FeignClient") ? HttpCall.Client.FEIGN : HttpCall.Client.SPRING_HTTP_INTERFACE;
            for (AnnotationExpr a : m.getAnnotations()) {
                String n = a.getName().getIdentifier();
                if (MAPPINGS.contains(n) && !n.equals("RequestMapping")) {
                    method = HttpMethod.valueOf(n.substring(0, n.length() - "Mapping".length()).toUpperCase(Locale.ROOT));
                } else if (n.equals("RequestMapping")) {
                    List<Expression> ms = Annotations.values(a, "method");
                    method = ms.size() == 1 ? httpMethod(ms.get(0)) : null;
                }
            }
        } else {
            client = Annotations.has(owner, "FeignClient") ? HttpCall.Client.FEIGN : HttpCall.Client.MICROPROFILE_REST_CLIENT;
            for (AnnotationExpr a : m.getAnnotations()) {
                if (JAX_RS_METHODS.contains(a.getName().getIdentifier())) {
                    method = HttpMethod.valueOf(a.getName().getIdentifier());
                }
            }
        }
        Headers h = Headers.NONE;
        for (AnnotationExpr a : List.of(Annotations.find(m, "Headers"), Annotations.find(owner, "Headers")).stream()
                .flatMap(Optional::stream).toList()) {
            for (Expression v : Annotations.values(a, "value")) {
                Optional<String> s = values.string(v);
                h = s.isPresent() && s.get().contains(":") ? h.with(s.get().substring(0, s.get().indexOf(':')).trim()) : h.open();
            }
        }
        for (AnnotationExpr a : m.getAnnotations()) {
            if (MAPPINGS.contains(a.getName().getIdentifier()) || EXCHANGES.containsKey(a.getName().getIdentifier())) {
                for (Expression v : Annotations.values(a, "headers")) {
                    Optional<String> s = values.string(v);
                    h = s.isPresent() ? h.with(s.get().split("[=:]")[0].trim()) : h.open();
                }
            }
        }
        List<AnnotationExpr> both = new ArrayList<>(m.getAnnotations());
        both.addAll(owner.getAnnotations());
        for (AnnotationExpr a : both) {
            String n = a.getName().getIdentifier();
            if (n.equals("ClientHeaderParam")) {
                Optional<String> name = Annotations.attribute(a, "name").flatMap(values::string);
                h = name.isPresent() ? h.with(name.get()) : h.open();
            } else if (n.equals("ClientHeaderParams")) {
                for (Expression v : Annotations.values(a, "value")) {
                    if (v instanceof AnnotationExpr inner) {
                        Optional<String> name = Annotations.attribute(inner, "name").flatMap(values::string);
                        h = name.isPresent() ? h.with(name.get()) : h.open();
                    }
                }
            } else if (n.equals("RegisterClientHeaders")) {
                h = h.open();
            }
        }
        for (Parameter p : m.getParameters()) {
            for (AnnotationExpr a : p.getAnnotations()) {
                String n = a.getName().getIdentifier();
                if (n.equals("RequestHeader") || n.equals("HeaderParam") || n.equals("Header")) {
                    String type = Values.simple(p.getType().asString());
                    if (type.contains("Map") || type.contains("Headers")) {
                        h = h.open();
                        continue;
                    }
                    Optional<String> name = Annotations.attribute(a, "value", "name").flatMap(values::string);
                    h = h.with(name.orElse(p.getNameAsString()));
                } else if (n.equals("HeaderMap")) {
                    h = h.open();
                }
            }
        }
        Headers all = withGlobal(h);
        return Optional.of(new HttpCall(client, description, method, all.names(), all.complete(), at));
    }

    // ---- headers every request gets ----

    private static final List<String> INTERCEPTORS = List.of("ClientHttpRequestInterceptor", "ExchangeFilterFunction",
            "Interceptor", "RequestInterceptor", "HttpRequestInterceptor", "ClientRequestFilter");

    /**
     * Header names every request may get from the project's interceptors, filters and default headers; open when one
     * of them adds a header the reader cannot name (or a MicroProfile {@code ClientHeadersFactory} exists).
     */
    Headers global() {
        if (global != null) {
            return global;
        }
        Headers h = Headers.NONE;
        try {
            for (String iface : INTERCEPTORS) {
                for (TypeDeclaration<?> t : project.implementations(iface)) {
                    h = h.plus(headerCalls(t));
                }
            }
            if (!project.implementations("ClientHeadersFactory").isEmpty()) {
                h = h.open();
            }
            for (CompilationUnit unit : project.entryPoints()) {
                for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
                    String n = call.getNameAsString();
                    if (n.equals("defaultHeader") && !call.getArguments().isEmpty()) {
                        h = header(h, call, 0);
                    } else if (Set.of("defaultHeaders", "requestInterceptor", "addInterceptor", "addNetworkInterceptor",
                            "requestInitializer", "interceptors", "filter", "addRequestInterceptorFirst",
                            "addRequestInterceptorLast", "addInterceptorFirst", "addInterceptorLast").contains(n)) {
                        for (Expression a : call.getArguments()) {
                            if (a instanceof LambdaExpr lambda) {
                                h = h.plus(headerCalls(lambda));
                            }
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            h = h.open();
        }
        global = h;
        return h;
    }

    private Headers headerCalls(Node n) {
        Headers h = Headers.NONE;
        for (MethodCallExpr call : n.findAll(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            boolean explicit = Set.of("header", "addHeader", "setHeader").contains(name) && call.getArguments().size() >= 2;
            boolean onHeaders = Set.of("set", "add", "putSingle").contains(name) && call.getArguments().size() == 2
                    && call.getScope().map(s -> s.toString().toLowerCase(Locale.ROOT).contains("header")).orElse(false);
            if (explicit || onHeaders) {
                h = header(h, call, 0);
            }
        }
        return h;
    }

    private Headers withGlobal(Headers h) {
        return h.plus(global());
    }

    // ---- helpers ----

    private HttpCall call(HttpCall.Client client, MethodCallExpr call, HttpMethod method, Headers headers) {
        Headers all = withGlobal(headers);
        String scope = call.getScope().map(s -> shorten(Texts.of(s))).orElse("");
        return new HttpCall(client, (scope.isEmpty() ? "" : scope + ".") + call.getNameAsString(), method, all.names(),
                all.complete(), project.locate(call));
    }

    /** A receiver as messages print it: {@code this.client} → {@code client}, long chains cut to their start. */
    static String shorten(String scope) {
        String s = scope.startsWith("this.") ? scope.substring(5) : scope;
        if (s.length() > 40 || s.contains("\n")) {
            int paren = s.indexOf('(');
            s = (paren > 0 ? s.substring(0, paren) : s.substring(0, Math.min(40, s.length()))) + "(..)";
        }
        return s;
    }

    /** A chain, followed through a project helper that returns the request ({@code buildRequest(order)}). */
    private Chains chain(Expression e) {
        Chains c = Chains.of(e, values);
        if (c.root() instanceof MethodCallExpr helper && helper.getScope().isEmpty()) {
            Optional<MethodDeclaration> target = resolveSafely(helper);
            Optional<Expression> returned = target.flatMap(StatusConditions::singleReturn);
            if (returned.isEmpty() && target.isPresent() && target.get().getBody().isPresent()) {
                List<com.github.javaparser.ast.stmt.ReturnStmt> returns = target.get().getBody().get()
                        .findAll(com.github.javaparser.ast.stmt.ReturnStmt.class);
                if (returns.size() == 1) {
                    returned = returns.get(0).getExpression();
                }
            }
            if (returned.isPresent()) {
                Chains inner = Chains.of(returned.get(), values);
                List<MethodCallExpr> all = new ArrayList<>(inner.calls());
                all.addAll(c.calls());
                return new Chains(inner.root(), all, inner.complete());
            }
        }
        return c;
    }
}
