package dev.apistatus.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apistatus.core.model.Header;
import dev.apistatus.core.model.HttpMethod;
import dev.apistatus.core.model.MediaContent;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.Parameter;
import dev.apistatus.core.model.RequestBody;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.model.ResponseCode;
import dev.apistatus.core.model.ResponseDeclaration;
import dev.apistatus.core.model.SchemaShape;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.model.SpecDocument;
import dev.apistatus.core.model.SpecVersion;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns swagger-parser's model of a document into the ApiModel, giving every element the location of the
 * text it came from and following {@code $ref}s (local and into other files of the project) by hand, so
 * a shared component stays one object with one location.
 */
final class ModelBuilder {

    static final String IGNORE_EXTENSION = "x-apistatus-ignore";
    /** The most hops one reference may take through references that point on (a reference to a reference ...). */
    static final int MAX_REF_CHAIN = 32;
    /** A referenced part that exists but could not be read; its problem is already reported. */
    private static final Object UNREADABLE = new Object();
    /** A URI scheme ({@code urn:}, {@code ftp:}); two letters or more, so that a Windows drive is not one. */
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:");

    /**
     * An element's document and JSON pointer, with its node and position found once, when the place is made, from
     * its parent's (not again from the root on every look-up).
     */
    static final class Place {
        private final LoadedDocument doc;
        private final String pointer;
        private JsonNode node;
        /** The tree's edit count when {@link #node} was found; the node is found again once the tree changed. */
        private int edits;
        private final long position;
        /** False once a segment had no recorded position: deeper segments then take the last one found. */
        private final boolean located;

        private Place(LoadedDocument doc, String pointer, JsonNode node, long position, boolean located) {
            this.doc = doc;
            this.pointer = pointer;
            this.node = node;
            this.edits = doc.tree().edits();
            this.position = position;
            this.located = located;
        }

        /** The place a pointer names, walked from the root once. */
        static Place at(LoadedDocument doc, String pointer) {
            Place root = new Place(doc, "", doc.tree().root(), LocatedTree.pack(1, 1), true);
            return pointer.isEmpty() ? root : root.descend(pointer, JsonPointers.segments(pointer));
        }

        /** {@code rel} is one or more already-escaped segments, e.g. {@code content/application~1json}. */
        Place child(String rel) {
            String path = pointer + "/" + rel;
            if (rel.indexOf('/') < 0) {
                return step(path, JsonPointers.unescape(rel));
            }
            return descend(path, JsonPointers.segments(rel));
        }

        private Place descend(String path, List<String> segments) {
            Place at = this;
            for (int i = 0; i < segments.size(); i++) {
                at = at.step(i == segments.size() - 1 ? path : null, segments.get(i));
            }
            return at;
        }

        /** One segment down; {@code path} is the new pointer, or null for an intermediate place no one keeps. */
        private Place step(String path, String segment) {
            JsonNode parent = node();
            JsonNode child = parent == null ? null
                    : parent.isArray() ? parent.get(JsonPointers.index(segment)) : parent.get(segment);
            long p = located && parent != null ? LocatedTree.position(parent, segment) : LocatedTree.NONE;
            String childPointer = path != null ? path : pointer + "/" + JsonPointers.escape(segment);
            return p == LocatedTree.NONE ? new Place(doc, childPointer, child, position, false)
                    : new Place(doc, childPointer, child, p, true);
        }

        LoadedDocument doc() {
            return doc;
        }

        String pointer() {
            return pointer;
        }

        SourceLocation location() {
            return new SourceLocation(doc.relativePath(), LocatedTree.line(position), LocatedTree.column(position),
                    pointer);
        }

        String key() {
            return doc.relativePath() + "#" + pointer;
        }

        JsonNode node() {
            if (edits != doc.tree().edits()) {
                node = doc.tree().node(pointer);
                edits = doc.tree().edits();
            }
            return node;
        }
    }

    private record Resolved<T>(T value, Place place, String name) {
    }

    /** The kinds of component a {@code $ref} can point at, with their homes in 3.x and in 2.0. */
    private enum Kind {
        SCHEMA("schemas", "definitions"),
        RESPONSE("responses", "responses"),
        PARAMETER("parameters", "parameters"),
        HEADER("headers", null),
        REQUEST_BODY("requestBodies", "parameters"),
        PATH_ITEM("pathItems", null);

        final String v3Home;
        final String v2Home;

        Kind(String v3Home, String v2Home) {
            this.v3Home = v3Home;
            this.v2Home = v2Home;
        }
    }

    private final DocumentStore store;
    private final List<InputProblem> problems;
    private final Map<String, ResponseDeclaration> declarations = new HashMap<>();
    private final Map<String, SchemaShape> schemas = new HashMap<>();
    private final Map<String, Object> fragments = new HashMap<>();
    private final Map<String, SpecDocument.Suppression> suppressions = new LinkedHashMap<>();

    ModelBuilder(DocumentStore store, List<InputProblem> problems) {
        this.store = store;
        this.problems = problems;
    }

    SpecDocument build(LoadedDocument doc) {
        suppressions.clear();
        OpenAPI api = doc.openApi();
        Place root = Place.at(doc, "");
        noteSuppression(root);
        List<Operation> operations = new ArrayList<>();
        if (api.getPaths() != null) {
            for (Map.Entry<String, PathItem> entry : api.getPaths().entrySet()) {
                Place pathPlace = root.child("paths/" + JsonPointers.escape(entry.getKey()));
                PathItem item = entry.getValue();
                if (item != null && item.get$ref() != null) {
                    Resolved<PathItem> target = follow(item.get$ref(), pathPlace, Kind.PATH_ITEM);
                    if (target == null) {
                        continue;
                    }
                    item = target.value();
                    pathPlace = target.place();
                }
                if (item == null) {
                    continue;
                }
                noteSuppression(pathPlace);
                addOperations(entry.getKey(), item, pathPlace, api, operations);
            }
        }
        return new SpecDocument(doc.relativePath(), doc.version(), operations, suppressions, basePaths(doc));
    }

    /**
     * The paths of the document's {@code servers} URLs (3.x; variables replaced by their defaults, a server whose
     * path keeps an unresolved variable left out) or its {@code basePath} (2.0), as written in the text.
     */
    static List<SpecDocument.BasePath> basePaths(LoadedDocument doc) {
        List<SpecDocument.BasePath> out = new ArrayList<>();
        JsonNode root = doc.tree().root();
        if (root == null || !root.isObject()) {
            return out;
        }
        if (doc.isSwagger2()) {
            JsonNode basePath = root.get("basePath");
            if (basePath != null && basePath.isTextual()) {
                out.add(new SpecDocument.BasePath(urlPath(basePath.asText()), doc.locate("/basePath")));
            }
            return out;
        }
        JsonNode servers = root.get("servers");
        if (servers == null || !servers.isArray()) {
            return out;
        }
        for (int i = 0; i < servers.size(); i++) {
            JsonNode server = servers.get(i);
            JsonNode url = server == null ? null : server.get("url");
            if (url == null || !url.isTextual()) {
                continue;
            }
            String text = url.asText();
            JsonNode variables = server.get("variables");
            if (variables != null && variables.isObject()) {
                for (Map.Entry<String, JsonNode> v : variables.properties()) {
                    JsonNode def = v.getValue() == null ? null : v.getValue().get("default");
                    if (def != null && def.isValueNode()) {
                        text = text.replace("{" + v.getKey() + "}", def.asText());
                    }
                }
            }
            String path = urlPath(text);
            if (path == null || path.contains("{")) {
                continue;
            }
            SpecDocument.BasePath bp = new SpecDocument.BasePath(path, doc.locate("/servers/" + i + "/url"));
            if (out.stream().noneMatch(b -> b.path().equals(path))) {
                out.add(bp);
            }
        }
        return out;
    }

    /**
     * The path of a server URL, without a trailing slash: {@code https://api.example.com/v1/} gives {@code /v1},
     * {@code /} and {@code https://api.example.com} give {@code ""}; null when the URL has no readable path.
     */
    static String urlPath(String url) {
        String u = url.trim();
        int q = u.indexOf('?');
        if (q >= 0) {
            u = u.substring(0, q);
        }
        int scheme = u.indexOf("://");
        if (scheme >= 0 || u.startsWith("//")) {
            int hostStart = scheme >= 0 ? scheme + 3 : 2;
            int slash = u.indexOf('/', hostStart);
            u = slash < 0 ? "" : u.substring(slash);
        } else {
            // a URL relative to the document: taken as a path from the root
            u = u.equals(".") ? "" : u.startsWith("./") ? u.substring(1) : u.startsWith("/") ? u : "/" + u;
        }
        u = u.replaceAll("/{2,}", "/");
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private void addOperations(String path, PathItem item, Place pathPlace, OpenAPI api, List<Operation> out) {
        Map<HttpMethod, io.swagger.v3.oas.models.Operation> byMethod = new LinkedHashMap<>();
        byMethod.put(HttpMethod.GET, item.getGet());
        byMethod.put(HttpMethod.PUT, item.getPut());
        byMethod.put(HttpMethod.POST, item.getPost());
        byMethod.put(HttpMethod.DELETE, item.getDelete());
        byMethod.put(HttpMethod.OPTIONS, item.getOptions());
        byMethod.put(HttpMethod.HEAD, item.getHead());
        byMethod.put(HttpMethod.PATCH, item.getPatch());
        byMethod.put(HttpMethod.TRACE, item.getTrace());
        for (Map.Entry<HttpMethod, io.swagger.v3.oas.models.Operation> e : byMethod.entrySet()) {
            io.swagger.v3.oas.models.Operation op = e.getValue();
            if (op == null) {
                continue;
            }
            Place opPlace = pathPlace.child(e.getKey().name().toLowerCase(java.util.Locale.ROOT));
            noteSuppression(opPlace);
            List<Parameter> parameters = new ArrayList<>();
            addParameters(op.getParameters(), opPlace, parameters);
            addParameters(item.getParameters(), pathPlace, parameters);
            out.add(new Operation(e.getKey(), path, op.getOperationId(), parameters, requestBody(op, opPlace),
                    security(op.getSecurity() != null ? op.getSecurity() : api.getSecurity()),
                    responses(op, opPlace), opPlace.location()));
        }
    }

    /** Adds parameters not already given by name and location (operation parameters override path-level ones). */
    private void addParameters(List<io.swagger.v3.oas.models.parameters.Parameter> declared, Place owner,
                               List<Parameter> out) {
        if (declared == null) {
            return;
        }
        JsonNode written = owner.child("parameters").node();
        for (io.swagger.v3.oas.models.parameters.Parameter p : declared) {
            Place place = owner.child("parameters/" + indexOf(written, p));
            if (p.get$ref() != null) {
                Resolved<io.swagger.v3.oas.models.parameters.Parameter> target = follow(p.get$ref(), place, Kind.PARAMETER);
                if (target == null || target.value() == null) {
                    continue;
                }
                p = target.value();
            }
            if (p.getName() == null || p.getIn() == null) {
                continue;
            }
            String name = p.getName();
            String in = p.getIn();
            if (out.stream().noneMatch(q -> q.name().equals(name) && q.in().equals(in))) {
                out.add(new Parameter(name, in, Boolean.TRUE.equals(p.getRequired()), place.location()));
            }
        }
    }

    /** The index of a parameter in the array as written (Swagger 2.0's conversion drops body parameters from the list). */
    private static int indexOf(JsonNode written, io.swagger.v3.oas.models.parameters.Parameter p) {
        if (written == null || !written.isArray()) {
            return 0;
        }
        for (int i = 0; i < written.size(); i++) {
            JsonNode w = written.get(i);
            String ref = w.path("$ref").asText(null);
            if (p.get$ref() != null ? ref != null && JsonPointers.last(ref).equals(JsonPointers.last(p.get$ref()))
                    : p.getName() != null && p.getName().equals(w.path("name").asText(null))
                    && String.valueOf(p.getIn()).equals(w.path("in").asText(null))) {
                return i;
            }
        }
        return 0;
    }

    private RequestBody requestBody(io.swagger.v3.oas.models.Operation op, Place opPlace) {
        io.swagger.v3.oas.models.parameters.RequestBody body = op.getRequestBody();
        if (body == null) {
            return null;
        }
        Place place = opPlace.child("requestBody");
        if (opPlace.doc().isSwagger2()) {
            place = swagger2BodyParameter(opPlace);
        }
        if (body.get$ref() != null) {
            Resolved<io.swagger.v3.oas.models.parameters.RequestBody> target = follow(body.get$ref(), place, Kind.REQUEST_BODY);
            if (target == null || target.value() == null) {
                return new RequestBody(false, List.of(), place.location());
            }
            body = target.value();
            place = target.place();
        }
        return new RequestBody(Boolean.TRUE.equals(body.getRequired()), content(body.getContent(), place), place.location());
    }

    private static Place swagger2BodyParameter(Place opPlace) {
        JsonNode params = opPlace.child("parameters").node();
        if (params != null && params.isArray()) {
            for (int i = 0; i < params.size(); i++) {
                String in = params.get(i).path("in").asText("");
                if (in.equals("body") || in.equals("formData")) {
                    return opPlace.child("parameters/" + i);
                }
            }
        }
        return opPlace.child("parameters");
    }

    private static List<List<String>> security(List<SecurityRequirement> requirements) {
        if (requirements == null) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (SecurityRequirement r : requirements) {
            out.add(r == null ? List.of() : List.copyOf(r.keySet()));
        }
        return out;
    }

    private List<Response> responses(io.swagger.v3.oas.models.Operation op, Place opPlace) {
        List<Response> out = new ArrayList<>();
        if (op.getResponses() == null) {
            return out;
        }
        for (Map.Entry<String, ApiResponse> e : op.getResponses().entrySet()) {
            Place keyPlace = opPlace.child("responses/" + JsonPointers.escape(e.getKey()));
            ResponseCode code = ResponseCode.parse(e.getKey()).orElse(null);
            if (code == null) {
                problems.add(new InputProblem(keyPlace.location(), "response key '" + Texts.quote(e.getKey())
                        + "' is not a status code, a range such as 4XX, or default: ignored"));
                continue;
            }
            out.add(new Response(code, keyPlace.location(), declaration(e.getValue(), keyPlace)));
        }
        return out;
    }

    private ResponseDeclaration declaration(ApiResponse response, Place keyPlace) {
        if (response != null && response.get$ref() != null) {
            Resolved<ApiResponse> target = follow(response.get$ref(), keyPlace, Kind.RESPONSE);
            if (target == null || target.value() == null) {
                return ResponseDeclaration.unresolved(keyPlace.location());
            }
            return declarations.computeIfAbsent(target.place().key(),
                    k -> buildDeclaration(target.value(), target.place(), target.name()));
        }
        return buildDeclaration(response == null ? new ApiResponse() : response, keyPlace, null);
    }

    private ResponseDeclaration buildDeclaration(ApiResponse response, Place place, String componentName) {
        noteSuppression(place);
        List<Header> headers = new ArrayList<>();
        if (response.getHeaders() != null) {
            for (String name : response.getHeaders().keySet()) {
                headers.add(new Header(name, place.child("headers/" + JsonPointers.escape(name)).location()));
            }
        }
        return new ResponseDeclaration(response.getDescription(), content(response.getContent(), place), headers,
                place.location(), componentName);
    }

    /** Bodies by media type. In Swagger 2.0 the one {@code schema} stands for every media type the operation produces. */
    private List<MediaContent> content(Content content, Place owner) {
        List<MediaContent> out = new ArrayList<>();
        if (content == null) {
            return out;
        }
        boolean v2 = owner.doc().isSwagger2();
        for (Map.Entry<String, MediaType> e : content.entrySet()) {
            Place place = v2 ? owner.child("schema") : owner.child("content/" + JsonPointers.escape(e.getKey()));
            Schema<?> schema = e.getValue() == null ? null : e.getValue().getSchema();
            SchemaShape shape = schema == null ? null : schema(schema, v2 ? place : place.child("schema"));
            List<Object> examples = v2 ? examples(e.getValue(), owner) : examples(place);
            out.add(new MediaContent(e.getKey(), shape, place.location(), examples));
        }
        return out;
    }

    /**
     * The example bodies of a media type: {@code example} and the values of {@code examples}, following a
     * {@code $ref} to the same document's {@code components/examples}; other references are skipped (unknown).
     */
    private static List<Object> examples(MediaType media, Place owner) {
        List<Object> out = new ArrayList<>();
        if (media == null) {
            return out;
        }
        if (media.getExample() != null) {
            out.add(media.getExample());
        }
        if (media.getExamples() != null) {
            Components components = owner.doc().openApi() == null ? null : owner.doc().openApi().getComponents();
            for (Example example : media.getExamples().values()) {
                if (example != null && example.get$ref() != null) {
                    String prefix = "#/components/examples/";
                    String ref = example.get$ref();
                    example = ref.startsWith(prefix) && components != null && components.getExamples() != null
                            ? components.getExamples().get(ref.substring(prefix.length())) : null;
                }
                if (example != null && example.get$ref() == null && example.getValue() != null) {
                    out.add(example.getValue());
                }
            }
        }
        return out;
    }

    /**
     * The example bodies of a 3.x media type, from the tree (swagger-parser is not shown them, see {@link LeanView}),
     * as swagger-parser would give them: the values of {@code examples} when it is an object, else {@code example};
     * an entry's {@code $ref} is followed into the same document's {@code components/examples} only.
     */
    private static List<Object> examples(Place media) {
        List<Object> out = new ArrayList<>();
        JsonNode node = media.node();
        if (node == null || !node.isObject()) {
            return out;
        }
        JsonNode examples = node.get("examples");
        if (examples == null || !examples.isObject()) {
            addIfSet(out, anyValue(node.get("example")));
            return out;
        }
        JsonNode components = media.doc().tree().root().path("components").path("examples");
        for (JsonNode example : examples) {
            JsonNode ref = example.isObject() ? example.get("$ref") : null;
            if (ref != null && ref.isTextual()) {
                String prefix = "#/components/examples/";
                String text = ref.asText();
                if (text.indexOf('.') < 0 && text.indexOf('/') < 0) {
                    text = prefix + text; // as swagger's Example.set$ref reads a bare name
                }
                example = text.startsWith(prefix) && components.isObject() ? components.get(text.substring(prefix.length())) : null;
                JsonNode chained = example != null && example.isObject() ? example.get("$ref") : null;
                if (chained != null && chained.isTextual()) {
                    continue;
                }
            }
            addIfSet(out, example == null ? null : example.isTextual() ? example.textValue()
                    : example.isObject() ? anyValue(example.get("value")) : null);
        }
        return out;
    }

    private static void addIfSet(List<Object> out, Object value) {
        if (value != null) {
            out.add(value);
        }
    }

    /** A value as swagger-parser's {@code getAnyType} reads it: text, Integer, BigDecimal, Boolean or the node; null for null. */
    static Object anyValue(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.isInt() ? (Object) node.intValue() : new java.math.BigDecimal(node.asText());
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isContainerNode() ? node : null;
    }

    SchemaShape schema(Schema<?> schema, Place place) {
        if (schema.get$ref() == null) {
            return new SpecSchemaShape(this, place, schema, null);
        }
        Resolved<Schema> target = follow(schema.get$ref(), place, Kind.SCHEMA);
        if (target == null || target.value() == null) {
            return null;
        }
        return schemas.computeIfAbsent(target.place().key(),
                k -> new SpecSchemaShape(this, target.place(), target.value(), target.name()));
    }

    // ---- references ----

    private <T> Resolved<T> follow(String parsedRef, Place from, Kind kind) {
        // swagger-parser rewrites some references (it adds "./", maps 2.0 homes to 3.x); messages quote the text.
        JsonNode written = from.node() == null ? null : from.node().get("$ref");
        String ref = written != null && written.isTextual() ? written.asText() : parsedRef;
        Set<String> seen = new LinkedHashSet<>();
        Place at = from;
        String next = parsedRef;
        for (int hop = 0; hop < MAX_REF_CHAIN; hop++) {
            Place target = target(next, at, at == from ? ref : next);
            if (target == null) {
                return null;
            }
            if (!seen.add(target.key())) {
                problems.add(new InputProblem(from.location(), "circular $ref '" + Texts.quote(ref) + "'"));
                return null;
            }
            Object value = typedAt(target, kind);
            if (value == UNREADABLE) {
                return null; // the problem is reported where the target is written
            }
            if (value == null) {
                problems.add(new InputProblem(from.location(), "dangling $ref '" + Texts.quote(at == from ? ref : next)
                        + "': " + target.doc().relativePath() + " has nothing at "
                        + (target.pointer().isEmpty() ? "its root" : Texts.quote(target.pointer()))));
                return null;
            }
            String chained = refOf(value);
            if (chained == null) {
                @SuppressWarnings("unchecked")
                T typed = (T) value;
                return new Resolved<>(typed, target, JsonPointers.last(target.pointer()));
            }
            at = target;
            next = chained;
        }
        problems.add(new InputProblem(from.location(), "$ref chain too long (over " + MAX_REF_CHAIN + " hops) from '"
                + Texts.quote(ref) + "'"));
        return null;
    }

    private static String refOf(Object value) {
        if (value instanceof Schema<?> s) {
            return s.get$ref();
        }
        if (value instanceof ApiResponse r) {
            return r.get$ref();
        }
        if (value instanceof io.swagger.v3.oas.models.parameters.Parameter p) {
            return p.get$ref();
        }
        if (value instanceof io.swagger.v3.oas.models.headers.Header h) {
            return h.get$ref();
        }
        if (value instanceof io.swagger.v3.oas.models.parameters.RequestBody b) {
            return b.get$ref();
        }
        if (value instanceof PathItem p) {
            return p.get$ref();
        }
        return null;
    }

    /** The document and pointer a reference names; null (and a problem) when it cannot or must not be read. */
    private Place target(String ref, Place from, String shown) {
        String trimmed = ref.trim();
        String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
        int hash = trimmed.indexOf('#');
        String filePart = hash < 0 ? trimmed : trimmed.substring(0, hash);
        String pointer = hash < 0 ? "" : decode(trimmed.substring(hash + 1));
        LoadedDocument doc = from.doc();
        if (lower.startsWith("file:")) {
            problems.add(new InputProblem(from.location(), "file: $ref '" + Texts.quote(shown) + "' is not followed: "
                    + "refer to a file of the project by a relative path"));
            return null;
        }
        boolean remote = lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//");
        if (remote || !filePart.isEmpty() && from.doc().isRemote()) {
            if (!store.fetchesRemoteRefs()) {
                problems.add(new InputProblem(from.location(), "remote $ref '" + Texts.quote(shown) + "' is not fetched: "
                        + "apistatus reaches the network only with allowRemoteRefs; keep the referenced file in the "
                        + "project and refer to it by a relative path"));
                return null;
            }
            URI uri = remoteUri(filePart, from.doc());
            if (uri == null) {
                problems.add(new InputProblem(from.location(), "remote $ref '" + Texts.quote(shown)
                        + "' is not an http: or https: address: not fetched"));
                return null;
            }
            doc = store.loadRemote(uri, from.doc().version(), from.location(), shown);
            if (doc == null) {
                return null;
            }
        } else if (SCHEME.matcher(filePart).lookingAt()) {
            problems.add(new InputProblem(from.location(), "$ref '" + Texts.quote(shown) + "' names an address apistatus "
                    + "does not read: refer to a file of the project by a relative path"));
            return null;
        } else if (!filePart.isEmpty()) {
            Path path;
            try {
                String file = decode(filePart);
                Path base = from.doc().path().getParent();
                path = (base == null ? Path.of(file) : base.resolve(file)).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                problems.add(new InputProblem(from.location(), "$ref '" + Texts.quote(shown) + "' is not a valid file path"));
                return null;
            }
            if (!store.isInsideProject(path)) {
                problems.add(new InputProblem(from.location(), "$ref '" + Texts.quote(shown) + "' points outside the "
                        + "project directory: not read"));
                return null;
            }
            store.lookedFor(path);
            if (!Files.isRegularFile(path)) {
                problems.add(new InputProblem(from.location(), "dangling $ref '" + Texts.quote(shown) + "': "
                        + (Files.isDirectory(path) ? "it names a directory, not a file"
                        : "file " + Texts.quote(store.relative(path)) + " not found")));
                return null;
            }
            doc = store.loadReferenced(path, from.doc().version(), from.location());
            if (doc == null) {
                return null;
            }
        }
        if (doc.isSwagger2()) {
            pointer = swagger2Pointer(pointer);
        }
        return Place.at(doc, pointer);
    }

    /** The absolute http(s) address of a reference, resolved against a remote document's own; null when none. */
    private static URI remoteUri(String filePart, LoadedDocument from) {
        try {
            URI ref = new URI(filePart);
            URI uri = from.isRemote() ? from.uri().resolve(ref) : ref;
            return RemoteFetcher.isHttp(uri) ? uri.normalize() : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // not percent-encoded after all: taken as written
        }
    }

    /** swagger-parser's conversion rewrites 2.0 references into 3.x form; map them back to the text as written. */
    private static String swagger2Pointer(String pointer) {
        for (Kind kind : Kind.values()) {
            String prefix = "/components/" + kind.v3Home + "/";
            if (kind.v2Home != null && pointer.startsWith(prefix)) {
                return "/" + kind.v2Home + "/" + pointer.substring(prefix.length());
            }
        }
        return pointer;
    }

    /** The component at a place: taken from swagger-parser's components when it is one, else deserialized from the tree. */
    private Object typedAt(Place place, Kind kind) {
        LoadedDocument doc = place.doc();
        List<String> segments = JsonPointers.segments(place.pointer());
        if (doc.openApi() != null) {
            Components c = doc.openApi().getComponents();
            String home = doc.isSwagger2() ? kind.v2Home : kind.v3Home;
            boolean isComponent = doc.isSwagger2()
                    ? segments.size() == 2 && segments.get(0).equals(home)
                    : segments.size() == 3 && segments.get(0).equals("components") && segments.get(1).equals(home);
            if (isComponent) {
                if (c == null) {
                    return null;
                }
                String name = segments.get(segments.size() - 1);
                return switch (kind) {
                    case SCHEMA -> get(c.getSchemas(), name);
                    case RESPONSE -> get(c.getResponses(), name);
                    case PARAMETER -> get(c.getParameters(), name);
                    case HEADER -> get(c.getHeaders(), name);
                    case REQUEST_BODY -> get(c.getRequestBodies(), name);
                    case PATH_ITEM -> get(c.getPathItems(), name);
                };
            }
        }
        return fragments.computeIfAbsent(place.key() + "|" + kind, k -> deserialize(place, kind));
    }

    private static <V> V get(Map<String, V> map, String name) {
        return map == null ? null : map.get(name);
    }

    private Object deserialize(Place place, Kind kind) {
        JsonNode node = place.node();
        if (node == null) {
            return null;
        }
        place.doc().tree().edited(); // the check below may remove parts of the tree
        if (!SpecShapes.checkFragment(node, place.pointer(), place.doc().version(), kind.name(), place.doc()::locate,
                problems::add)) {
            return UNREADABLE;
        }
        OpenAPIDeserializer d = new OpenAPIDeserializer();
        OpenAPIDeserializer.ParseResult result = new OpenAPIDeserializer.ParseResult()
                .openapi31(place.doc().version() == SpecVersion.OPENAPI_3_1);
        String where = place.key();
        Function<ObjectNode, Object> read = switch (kind) {
            case SCHEMA -> n -> d.getSchema(n, where, result);
            case RESPONSE -> n -> d.getResponse(n, where, result);
            case PARAMETER -> n -> d.getParameter(n, where, result);
            case HEADER -> n -> d.getHeader(n, where, result);
            case REQUEST_BODY -> n -> d.getRequestBody(n, where, result);
            case PATH_ITEM -> n -> d.getPathItem(n, where, result);
        };
        if (!(node instanceof ObjectNode object)) {
            return null;
        }
        try {
            Object value = read.apply(object);
            return value == null ? unreadable(place) : value;
        } catch (RuntimeException | StackOverflowError e) {
            return unreadable(place);
        }
    }

    private Object unreadable(Place place) {
        problems.add(new InputProblem(place.location(), "swagger-parser could not read this part of the document: "
                + "the references to it are not followed"));
        return UNREADABLE;
    }

    // ---- suppressions ----

    private void noteSuppression(Place place) {
        JsonNode node = place.node();
        if (node == null || !node.has(IGNORE_EXTENSION)) {
            return;
        }
        JsonNode value = node.get(IGNORE_EXTENSION);
        Set<String> ids = new LinkedHashSet<>();
        if (value.isArray()) {
            value.forEach(v -> ids.add(v.asText().trim()));
        } else {
            ids.add(value.asText().trim());
        }
        suppressions.put(place.key(), new SpecDocument.Suppression(ids, place.child(IGNORE_EXTENSION).location()));
    }
}
