package dev.apistatus.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hides from swagger-parser, for the time it deserializes a 3.x document, what it would spend most of its time
 * converting and apistatus never reads from its model: {@code example} and {@code examples} values and
 * {@code x-} extensions. ModelBuilder and SpecSchemaShape take examples (and {@code x-apistatus-ignore}) from the
 * located tree instead. The tree is changed in place and {@link #restore()}d exactly (same keys, same order),
 * which costs no second tree.
 *
 * <p>Only keys written where the specification puts keywords are hidden: a property, header, component or
 * media type that is <em>named</em> {@code example} or {@code x-...} stays (objects under {@code properties},
 * {@code headers}, {@code schemas}, ... hold names, not keywords). Literal values ({@code default}, {@code enum},
 * {@code const}) are never entered.
 */
final class LeanView {

    /** Keywords whose object value maps names to parts (so its keys are not keywords). */
    private static final Set<String> NAMED = Set.of("paths", "webhooks", "properties", "patternProperties",
            "definitions", "$defs", "dependentSchemas", "schemas", "responses", "parameters", "headers",
            "content", "requestBodies", "securitySchemes", "links", "callbacks", "pathItems", "encoding", "variables",
            "scopes", "mapping");
    /** Keywords whose value is data, not parts of the description. */
    private static final Set<String> LITERAL = Set.of("default", "enum", "const", "examples");

    private record Saved(ObjectNode node, List<Map.Entry<String, JsonNode>> entries) {
    }

    private record Visit(JsonNode node, boolean named) {
    }

    private final List<Saved> saved = new ArrayList<>();

    private LeanView() {
    }

    /** Hides the keys; call {@link #restore()} when swagger-parser is done. */
    static LeanView hide(JsonNode root) {
        LeanView view = new LeanView();
        view.walk(root);
        return view;
    }

    private void walk(JsonNode root) {
        Deque<Visit> work = new ArrayDeque<>();
        work.push(new Visit(root, false));
        while (!work.isEmpty()) {
            Visit v = work.pop();
            JsonNode node = v.node();
            if (node.isArray()) {
                for (JsonNode element : node) {
                    if (element.isContainerNode()) {
                        work.push(new Visit(element, v.named()));
                    }
                }
                continue;
            }
            if (!(node instanceof ObjectNode object)) {
                continue;
            }
            if (v.named()) {
                for (JsonNode value : object) {
                    if (value.isContainerNode()) {
                        work.push(new Visit(value, false));
                    }
                }
                continue;
            }
            boolean hides = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                JsonNode value = e.getValue();
                if (hidden(key, value)) {
                    hides = true;
                } else if (value.isContainerNode() && !LITERAL.contains(key)) {
                    // security requirements map scheme names to scopes; an array of parameters holds parameters
                    boolean named = value.isObject() ? NAMED.contains(key) : key.equals("security");
                    work.push(new Visit(value, named));
                }
            }
            if (hides) {
                List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.size());
                object.fields().forEachRemaining(e -> entries.add(Map.entry(e.getKey(), e.getValue())));
                saved.add(new Saved(object, entries));
                object.removeAll();
                for (Map.Entry<String, JsonNode> e : entries) {
                    if (!hidden(e.getKey(), e.getValue())) {
                        object.set(e.getKey(), e.getValue());
                    }
                }
            }
        }
    }

    /** {@code examples} stays when it is an array: 3.1's schema keyword, which swagger-parser reads as a list. */
    private static boolean hidden(String key, JsonNode value) {
        return key.startsWith("x-") || key.equals("example") || key.equals("examples") && value.isObject();
    }

    /** Puts back every key hidden, in its place. */
    void restore() {
        for (int i = saved.size() - 1; i >= 0; i--) {
            Saved s = saved.get(i);
            s.node().removeAll();
            for (Map.Entry<String, JsonNode> e : s.entries()) {
                s.node().set(e.getKey(), e.getValue());
            }
        }
        saved.clear();
    }
}
