package dev.apistatus.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A parsed JSON or YAML document together with where each object key and array element was written,
 * recorded in the same streaming pass that built the tree.
 */
public final class LocatedTree {

    private final JsonNode root;
    /** For an object: its keys' positions; for an array: its elements' positions, keyed by index as text. */
    private final IdentityHashMap<JsonNode, Map<String, Long>> positions;

    LocatedTree(JsonNode root, IdentityHashMap<JsonNode, Map<String, Long>> positions) {
        this.root = root;
        this.positions = positions;
    }

    public JsonNode root() {
        return root;
    }

    /** The node at a JSON pointer ({@code ""} is the root), or null when there is none. */
    public JsonNode node(String pointer) {
        JsonNode node = root;
        for (String segment : JsonPointers.segments(pointer)) {
            if (node == null) {
                return null;
            }
            node = node.isArray() ? node.get(JsonPointers.index(segment)) : node.get(segment);
        }
        return node;
    }

    /**
     * The line and column of the element at a JSON pointer; when the pointer goes further than the document
     * does, the nearest ancestor that exists. Returned packed by {@link #pack}: use {@link #line} and {@link #column}.
     */
    public long position(String pointer) {
        long best = pack(1, 1);
        JsonNode node = root;
        for (String segment : JsonPointers.segments(pointer)) {
            if (node == null) {
                break;
            }
            Map<String, Long> here = positions.get(node);
            Long p = here == null ? null : here.get(segment);
            if (p == null) {
                break;
            }
            best = p;
            node = node.isArray() ? node.get(JsonPointers.index(segment)) : node.get(segment);
        }
        return best;
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    public static int line(long packed) {
        return (int) (packed >>> 32);
    }

    public static int column(long packed) {
        return (int) packed;
    }
}
