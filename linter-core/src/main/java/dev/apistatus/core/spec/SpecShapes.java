package dev.apistatus.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apistatus.core.model.SpecVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks the types of the parts of a document that apistatus reads (paths, operations, parameters, bodies,
 * responses, headers, media types, schemas and their composition, components, {@code $ref}s) before
 * swagger-parser sees them. A part of the wrong type (an array where an object belongs, a number where a
 * {@code $ref} string belongs) becomes an {@link InputProblem} at its own line and column and is removed from
 * the tree, so swagger-parser never meets it (it gives up on the whole document for some of them) and the rest
 * of the document is still read.
 */
final class SpecShapes {

    /** What a node must be. */
    private abstract static class Shape {
        /** For messages: "an object", "an array", "a string". */
        abstract String kind();

        abstract boolean accepts(JsonNode node);

        /** Checks the parts of a node that {@link #accepts} it. */
        void descend(JsonNode node, Pointer pointer, SpecShapes checker) {
        }
    }

    private static final class Str extends Shape {
        @Override
        String kind() {
            return "a string";
        }

        @Override
        boolean accepts(JsonNode node) {
            return node.isTextual();
        }
    }

    /** An object with known members. Unknown members are not checked. */
    private static final class Obj extends Shape {
        final Map<String, Shape> members = new LinkedHashMap<>();
        final boolean booleanToo;

        Obj(boolean booleanToo) {
            this.booleanToo = booleanToo;
        }

        Obj with(String member, Shape shape) {
            members.put(member, shape);
            return this;
        }

        @Override
        String kind() {
            return booleanToo ? "an object or a boolean" : "an object";
        }

        @Override
        boolean accepts(JsonNode node) {
            return node.isObject() || booleanToo && node.isBoolean();
        }

        @Override
        void descend(JsonNode node, Pointer pointer, SpecShapes checker) {
            if (!node.isObject()) {
                return;
            }
            for (Map.Entry<String, Shape> m : members.entrySet()) {
                checker.member((ObjectNode) node, m.getKey(), pointer, m.getValue());
            }
        }
    }

    /** An object whose every member has the same shape (paths, responses, content, components of a kind). */
    private static final class MapOf extends Shape {
        final Shape values;
        /** Paths, responses and callbacks may also hold {@code x-} extensions, which can be anything. */
        final boolean extensions;

        MapOf(Shape values) {
            this(values, false);
        }

        MapOf(Shape values, boolean extensions) {
            this.values = values;
            this.extensions = extensions;
        }

        @Override
        String kind() {
            return "an object";
        }

        @Override
        boolean accepts(JsonNode node) {
            return node.isObject();
        }

        @Override
        void descend(JsonNode node, Pointer pointer, SpecShapes checker) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!(extensions && name.startsWith("x-"))) {
                    checker.member((ObjectNode) node, name, pointer, values);
                }
            }
        }
    }

    private static final class ArrayOf extends Shape {
        final Shape elements;

        ArrayOf(Shape elements) {
            this.elements = elements;
        }

        @Override
        String kind() {
            return "an array";
        }

        @Override
        boolean accepts(JsonNode node) {
            return node.isArray();
        }

        @Override
        void descend(JsonNode node, Pointer pointer, SpecShapes checker) {
            checker.elements((ArrayNode) node, pointer, elements);
        }
    }

    /** A schema's {@code type}: a string, or (3.1) an array of strings. */
    private static final class TypeKeyword extends Shape {
        final boolean arrayToo;

        TypeKeyword(boolean arrayToo) {
            this.arrayToo = arrayToo;
        }

        @Override
        String kind() {
            return arrayToo ? "a string or an array of strings" : "a string";
        }

        @Override
        boolean accepts(JsonNode node) {
            if (node.isTextual()) {
                return true;
            }
            if (!arrayToo || !node.isArray()) {
                return false;
            }
            for (JsonNode t : node) {
                if (!t.isTextual()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The shapes of one dialect: 3.0, 3.1 or 2.0. */
    static final class Dialect {
        final Shape document;
        final Map<String, Shape> fragments = new LinkedHashMap<>();

        private Dialect(Shape document) {
            this.document = document;
        }
    }

    private static final Str STRING = new Str();
    private static final ArrayOf STRINGS = new ArrayOf(STRING);
    private static final Obj ANY_OBJECT = new Obj(false);
    private static final List<String> V3_METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final List<String> V2_METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch");

    static final Dialect OPENAPI_30 = openApi3(false);
    static final Dialect OPENAPI_31 = openApi3(true);
    static final Dialect SWAGGER_20 = swagger2();

    static Dialect of(SpecVersion version) {
        return switch (version) {
            case OPENAPI_3_1 -> OPENAPI_31;
            case SWAGGER_2_0 -> SWAGGER_20;
            default -> OPENAPI_30;
        };
    }

    private static Obj schema(boolean v31) {
        Obj schema = new Obj(v31);
        Obj subschema = schema;
        Obj additional = new Obj(true); // additionalProperties: a schema or a boolean in every version
        schema.with("$ref", STRING)
                .with("properties", new MapOf(subschema))
                .with("items", subschema)
                .with("not", subschema)
                .with("allOf", new ArrayOf(subschema))
                .with("oneOf", new ArrayOf(subschema))
                .with("anyOf", new ArrayOf(subschema))
                .with("additionalProperties", additional)
                .with("required", STRINGS)
                .with("enum", new ArrayOf(new Shape() {
                    @Override
                    String kind() {
                        return "anything";
                    }

                    @Override
                    boolean accepts(JsonNode node) {
                        return true;
                    }
                }))
                .with("type", new TypeKeyword(v31))
                .with("discriminator", new Obj(false).with("propertyName", STRING).with("mapping", new MapOf(STRING)));
        additional.members.putAll(schema.members);
        if (v31) {
            schema.with("prefixItems", new ArrayOf(subschema)).with("$defs", new MapOf(subschema))
                    .with("patternProperties", new MapOf(subschema));
        }
        return schema;
    }

    private static Dialect openApi3(boolean v31) {
        Obj schema = schema(v31);
        Obj example = new Obj(false).with("$ref", STRING);
        Obj encoding = new Obj(false);
        Obj media = new Obj(false).with("schema", schema).with("examples", new MapOf(example))
                .with("encoding", new MapOf(encoding));
        MapOf content = new MapOf(media);
        Obj header = new Obj(false).with("$ref", STRING).with("schema", schema).with("content", content)
                .with("examples", new MapOf(example));
        encoding.with("headers", new MapOf(header));
        Obj parameter = new Obj(false).with("$ref", STRING).with("name", STRING).with("in", STRING)
                .with("schema", schema).with("content", content).with("examples", new MapOf(example));
        Obj requestBody = new Obj(false).with("$ref", STRING).with("content", content);
        Obj link = new Obj(false).with("$ref", STRING);
        Obj response = new Obj(false).with("$ref", STRING).with("headers", new MapOf(header)).with("content", content)
                .with("links", new MapOf(link));
        ArrayOf security = new ArrayOf(new MapOf(STRINGS));
        Obj pathItem = new Obj(false);
        Obj operation = new Obj(false).with("parameters", new ArrayOf(parameter)).with("requestBody", requestBody)
                .with("responses", new MapOf(response, true)).with("security", security).with("tags", STRINGS)
                .with("callbacks", new MapOf(new MapOf(pathItem, true))).with("servers", new ArrayOf(ANY_OBJECT));
        pathItem.with("$ref", STRING).with("parameters", new ArrayOf(parameter)).with("servers", new ArrayOf(ANY_OBJECT));
        V3_METHODS.forEach(m -> pathItem.with(m, operation));
        Obj components = new Obj(false).with("schemas", new MapOf(schema)).with("responses", new MapOf(response))
                .with("parameters", new MapOf(parameter)).with("examples", new MapOf(example))
                .with("requestBodies", new MapOf(requestBody)).with("headers", new MapOf(header))
                .with("securitySchemes", new MapOf(ANY_OBJECT)).with("links", new MapOf(link))
                .with("callbacks", new MapOf(new MapOf(pathItem, true)));
        if (v31) {
            components.with("pathItems", new MapOf(pathItem));
        }
        Obj document = new Obj(false).with("info", ANY_OBJECT).with("paths", new MapOf(pathItem, true))
                .with("components", components).with("security", security).with("servers", new ArrayOf(ANY_OBJECT))
                .with("tags", new ArrayOf(ANY_OBJECT));
        if (v31) {
            document.with("webhooks", new MapOf(pathItem));
        }
        Dialect dialect = new Dialect(document);
        dialect.fragments.put("SCHEMA", schema);
        dialect.fragments.put("RESPONSE", response);
        dialect.fragments.put("PARAMETER", parameter);
        dialect.fragments.put("HEADER", header);
        dialect.fragments.put("REQUEST_BODY", requestBody);
        dialect.fragments.put("PATH_ITEM", pathItem);
        return dialect;
    }

    private static Dialect swagger2() {
        Obj schema = schema(false);
        Obj items = new Obj(false).with("type", STRING);
        items.with("items", items);
        Obj parameter = new Obj(false).with("$ref", STRING).with("name", STRING).with("in", STRING)
                .with("schema", schema).with("items", items).with("type", STRING);
        Obj header = new Obj(false).with("type", STRING).with("items", items);
        Obj response = new Obj(false).with("$ref", STRING).with("schema", schema).with("headers", new MapOf(header))
                .with("examples", ANY_OBJECT);
        ArrayOf security = new ArrayOf(new MapOf(STRINGS));
        Obj operation = new Obj(false).with("parameters", new ArrayOf(parameter)).with("responses", new MapOf(response, true))
                .with("security", security).with("produces", STRINGS).with("consumes", STRINGS).with("tags", STRINGS)
                .with("schemes", STRINGS);
        Obj pathItem = new Obj(false).with("$ref", STRING).with("parameters", new ArrayOf(parameter));
        V2_METHODS.forEach(m -> pathItem.with(m, operation));
        Obj document = new Obj(false).with("info", ANY_OBJECT).with("paths", new MapOf(pathItem, true))
                .with("definitions", new MapOf(schema)).with("parameters", new MapOf(parameter))
                .with("responses", new MapOf(response)).with("securityDefinitions", new MapOf(ANY_OBJECT))
                .with("security", security).with("produces", STRINGS).with("consumes", STRINGS)
                .with("schemes", STRINGS).with("tags", new ArrayOf(ANY_OBJECT));
        Dialect dialect = new Dialect(document);
        dialect.fragments.put("SCHEMA", schema);
        dialect.fragments.put("RESPONSE", response);
        dialect.fragments.put("PARAMETER", parameter);
        dialect.fragments.put("HEADER", header);
        dialect.fragments.put("REQUEST_BODY", parameter);
        dialect.fragments.put("PATH_ITEM", pathItem);
        return dialect;
    }

    // ---- checking ----

    /** A node still to check: the part of the tree, where it is, and what it must be. */
    private record Pending(JsonNode node, Pointer pointer, Shape shape) {
    }

    /** A JSON pointer kept as its parent and last segment, written out only for a problem's message. */
    static final class Pointer {
        private final Pointer parent;
        private final String segment;
        private String text;

        private Pointer(Pointer parent, String segment, String text) {
            this.parent = parent;
            this.segment = segment;
            this.text = text;
        }

        static Pointer of(String text) {
            return new Pointer(null, null, text);
        }

        Pointer child(String escapedSegment) {
            return new Pointer(this, escapedSegment, null);
        }

        @Override
        public String toString() {
            if (text == null) {
                List<Pointer> chain = new ArrayList<>();
                Pointer p = this;
                for (; p.text == null; p = p.parent) {
                    chain.add(p);
                }
                StringBuilder out = new StringBuilder(p.text);
                for (int i = chain.size() - 1; i >= 0; i--) {
                    out.append('/').append(chain.get(i).segment);
                }
                text = out.toString();
            }
            return text;
        }
    }

    private final LoadedDocumentLocator locator;
    private final Consumer<InputProblem> problems;
    /**
     * Nodes already checked against a shape: YAML aliases share nodes, each is checked once per shape. Null for a
     * tree that shares no node, where each node is reached once anyway (the map was a sixth of reading github.json).
     */
    private final Map<JsonNode, Set<Shape>> seen;
    private final ArrayList<Pending> work = new ArrayList<>();

    /** Where a pointer of the document being checked is written. */
    interface LoadedDocumentLocator {
        dev.apistatus.core.model.SourceLocation locate(String pointer);
    }

    private SpecShapes(LoadedDocumentLocator locator, Consumer<InputProblem> problems, boolean sharesNodes) {
        this.locator = locator;
        this.problems = problems;
        this.seen = sharesNodes ? new IdentityHashMap<>() : null;
    }

    /**
     * Checks a whole document of a dialect; the root itself is known to be an object.
     *
     * @param sharesNodes whether YAML aliases or merge keys put a node in several places ({@link LocatedTree#sharesNodes()})
     */
    static void checkDocument(JsonNode root, SpecVersion version, LoadedDocumentLocator locator,
                              Consumer<InputProblem> problems, boolean sharesNodes) {
        new SpecShapes(locator, problems, sharesNodes).run(root, Pointer.of(""), of(version).document);
    }

    /**
     * Checks a referenced part of a document as the kind named ({@code SCHEMA}, {@code RESPONSE}, ...).
     *
     * @return false when the node itself has the wrong type (then nothing was removed)
     */
    static boolean checkFragment(JsonNode node, String pointer, SpecVersion version, String kind,
                                 LoadedDocumentLocator locator, Consumer<InputProblem> problems) {
        Shape shape = of(version == null ? SpecVersion.OPENAPI_3_0 : version).fragments.get(kind);
        if (shape == null) {
            return true;
        }
        if (!shape.accepts(node)) {
            problems.accept(new InputProblem(locator.locate(pointer), describe(pointer, false) + " must be " + shape.kind()
                    + ", not " + typeOf(node) + ": it is ignored"));
            return false;
        }
        new SpecShapes(locator, problems, true).run(node, Pointer.of(pointer), shape);
        return true;
    }

    /** Iterative over a work list: no recursion, however deep the document. */
    private void run(JsonNode node, Pointer pointer, Shape shape) {
        work.add(new Pending(node, pointer, shape));
        while (!work.isEmpty()) {
            Pending p = work.remove(work.size() - 1);
            if (seen == null || seen.computeIfAbsent(p.node(), k -> Collections.newSetFromMap(new IdentityHashMap<>()))
                    .add(p.shape())) {
                p.shape().descend(p.node(), p.pointer(), this);
            }
        }
    }

    void member(ObjectNode owner, String name, Pointer pointer, Shape shape) {
        JsonNode value = owner.get(name);
        if (value == null) {
            return;
        }
        Pointer at = pointer.child(JsonPointers.escape(name));
        if (!shape.accepts(value)) {
            problems.accept(new InputProblem(locator.locate(at.toString()), describe(at.toString(), false) + " must be " + shape.kind() + ", not "
                    + typeOf(value) + ": it is ignored"));
            owner.remove(name);
            return;
        }
        work.add(new Pending(value, at, shape));
    }

    void elements(ArrayNode array, Pointer pointer, Shape shape) {
        List<Integer> wrong = null;
        for (int i = 0; i < array.size(); i++) {
            JsonNode value = array.get(i);
            Pointer at = pointer.child(Integer.toString(i));
            if (!shape.accepts(value)) {
                problems.accept(new InputProblem(locator.locate(at.toString()), describe(at.toString(), true) + " must be " + shape.kind()
                        + ", not " + typeOf(value) + ": it is ignored"));
                if (wrong == null) {
                    wrong = new ArrayList<>();
                }
                wrong.add(i);
            } else {
                work.add(new Pending(value, at, shape));
            }
        }
        // An element of the wrong type becomes null (swagger-parser skips nulls), so the indexes of the others,
        // and with them their locations, stay as written.
        for (int i : wrong == null ? List.<Integer>of() : wrong) {
            array.set(i, array.nullNode());
        }
    }

    /** "'responses'" or "element 3 of 'parameters'", from the pointer's last segments. */
    static String describe(String pointer, boolean inArray) {
        List<String> segments = JsonPointers.segments(pointer);
        if (segments.isEmpty()) {
            return "the document";
        }
        String last = segments.get(segments.size() - 1);
        if (inArray && segments.size() >= 2) {
            return "element " + last + " of '" + Texts.quote(segments.get(segments.size() - 2)) + "'";
        }
        return "'" + Texts.quote(last) + "'";
    }

    static String typeOf(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isNull()) {
            return "null";
        }
        return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
