package dev.apistatus.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A parsed JSON or YAML document together with where each object key and array element was written,
 * recorded in the same streaming pass that built the tree. The positions live in the containers themselves
 * ({@link Obj}, {@link Arr}): one {@code long[]} per container, in the order of its entries, so that the index
 * costs no map and no boxed value per key.
 */
public final class LocatedTree {

    private final JsonNode root;
    private final boolean sharesNodes;
    private int edits;

    LocatedTree(JsonNode root, boolean sharesNodes) {
        this.root = root;
        this.sharesNodes = sharesNodes;
    }

    /** How many times the tree may have been changed after reading (parts of the wrong type removed). */
    int edits() {
        return edits;
    }

    void edited() {
        edits++;
    }

    /** True when YAML aliases or merge keys put one node in several places of the tree. */
    boolean sharesNodes() {
        return sharesNodes;
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
            long p = position(node, segment);
            if (p == NONE) {
                break;
            }
            best = p;
            node = node.isArray() ? node.get(JsonPointers.index(segment)) : node.get(segment);
        }
        return best;
    }

    /** Returned by {@link #position(JsonNode, String)} when the container has no such entry. */
    static final long NONE = Long.MIN_VALUE;

    /** Where an entry of a container was written (an object's key, an array's element by its index as text); {@link #NONE} when it has none. */
    static long position(JsonNode container, String segment) {
        if (container instanceof Obj o) {
            return o.positionOf(segment);
        }
        if (container instanceof Arr a) {
            int i = canonicalIndex(segment);
            return i >= 0 && i < a.size() && i < a.at.length ? a.at[i] : NONE;
        }
        return NONE;
    }

    /** An array index written as {@code Integer.toString} writes it ({@code "01"} is no index); -1 when not one. */
    private static int canonicalIndex(String segment) {
        int n = segment.length();
        if (n == 0 || n > 9 || n > 1 && segment.charAt(0) == '0') {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < n; i++) {
            char c = segment.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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

    /** An object that knows where each of its keys was written, in key order. */
    static final class Obj extends ObjectNode {
        private static final long serialVersionUID = 1L;
        /** Objects with more keys than this get a key-to-index map on their first look-up. */
        private static final int SCAN_LIMIT = 8;

        long[] at = EMPTY;
        private transient volatile Map<String, Integer> index;
        /** Positions of keys removed after reading. */
        private Map<String, Long> removed;

        Obj(JsonNodeFactory nodes) {
            super(nodes);
        }

        /** Records a key's position; a key given again keeps its place in the order and takes the later position. */
        void put(String key, JsonNode value, long position) {
            if (replace(key, value) == null) {
                append(position);
            } else {
                at[indexOf(key)] = position;
            }
        }

        void append(long position) {
            at = withPosition(at, size() - 1, position);
        }

        void trim() {
            at = trimmed(at, size());
        }

        long positionOf(String key) {
            int i = indexOf(key);
            if (i >= 0 && i < at.length) {
                return at[i];
            }
            Long p = removed == null ? null : removed.get(key);
            return p == null ? NONE : p;
        }

        /** A key removed after reading (a part of the wrong type) keeps its position: its problem is reported there. */
        @Override
        public JsonNode remove(String key) {
            int i = indexOf(key);
            JsonNode old = super.remove(key);
            if (old != null && i >= 0 && i < at.length) {
                if (removed == null) {
                    removed = new HashMap<>();
                }
                removed.put(key, at[i]);
                long[] shorter = new long[at.length - 1];
                System.arraycopy(at, 0, shorter, 0, i);
                System.arraycopy(at, i + 1, shorter, i, at.length - i - 1);
                at = shorter;
            }
            return old;
        }

        private int indexOf(String key) {
            if (size() > SCAN_LIMIT) {
                Map<String, Integer> map = index;
                if (map == null || map.size() != size()) {
                    map = new HashMap<>(size() * 2);
                    int i = 0;
                    for (Iterator<String> it = fieldNames(); it.hasNext(); i++) {
                        map.put(it.next(), i);
                    }
                    index = map;
                }
                Integer i = map.get(key);
                return i == null ? -1 : i;
            }
            int i = 0;
            for (Iterator<String> it = fieldNames(); it.hasNext(); i++) {
                if (it.next().equals(key)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** An array that knows where each of its elements was written. */
    static final class Arr extends ArrayNode {
        private static final long serialVersionUID = 1L;

        long[] at = EMPTY;

        Arr(JsonNodeFactory nodes) {
            super(nodes);
        }

        void addAt(JsonNode value, long position) {
            at = withPosition(at, size(), position);
            add(value);
        }

        void trim() {
            at = trimmed(at, size());
        }
    }

    private static final long[] EMPTY = new long[0];

    /** Sets {@code at[i]}, growing the array (doubling) when {@code i} is past its end; returns the array. */
    private static long[] withPosition(long[] at, int i, long position) {
        long[] array = i < at.length ? at : Arrays.copyOf(at, Math.max(Math.max(4, at.length * 2), i + 1));
        array[i] = position;
        return array;
    }

    /** The array cut to {@code size} once the container is complete. */
    private static long[] trimmed(long[] at, int size) {
        return at.length == size ? at : Arrays.copyOf(at, size);
    }
}
