package dev.apistatus.core.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses JSON or YAML into a Jackson tree in one streaming pass, recording the position of every object key
 * and array element. Iterative, so deep nesting cannot overflow the stack. Every way the text can be wrong or
 * hostile ends in a {@link SpecSyntaxException} with a line and column: bytes that are not UTF-8, characters
 * YAML forbids, nesting deeper than {@link ReadLimits#maxNestingDepth()}, keys longer than
 * {@link ReadLimits#maxKeyLength()}, YAML lines longer than {@link ReadLimits#maxYamlLineLength()}, YAML aliases that would add more than {@link ReadLimits#maxAliasNodes()}
 * nodes. YAML aliases (and {@code <<} merge keys) are expanded by sharing the anchored node, never by copying.
 */
public final class LocatedTreeReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final String MERGE_KEY = "<<";
    private static final Pattern JACKSON_SOURCE = Pattern.compile(
            "\\[Source: [^;\\]]*(?:\\([^)]*\\))?; line: (\\d+), column: (\\d+)]");

    private final ReadLimits limits;
    private final JsonFactory json;
    private final YAMLFactory yaml;

    public LocatedTreeReader(long maxBytes) {
        this(maxBytes, ReadLimits.DEFAULT);
    }

    public LocatedTreeReader(long maxBytes, ReadLimits limits) {
        this.limits = limits;
        int maxText = (int) Math.min(Integer.MAX_VALUE, Math.max(1, maxBytes));
        // The parsers' own limits are a backstop one above ours: ours fail first, with a location.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth() + 1)
                .maxStringLength(maxText)
                .maxNameLength(limits.maxKeyLength())
                .build();
        this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(maxText);
        loader.setNestingDepthLimit(limits.maxNestingDepth() + 1);
        loader.setMaxAliasesForCollections(Integer.MAX_VALUE); // aliases are bounded here, by the nodes they add
        loader.setAllowDuplicateKeys(true);
        this.yaml = YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
    }

    /**
     * @param content the file's bytes
     * @param asJson  parse as JSON (else YAML)
     * @throws SpecSyntaxException with line and column when the text is not well-formed, is empty, or breaks a limit
     */
    public LocatedTree read(byte[] content, boolean asJson) {
        checkText(content, !asJson, limits.maxYamlLineLength());
        JsonParser parser = null;
        try {
            parser = (asJson ? json : yaml).createParser(content);
            return new Builder(parser, limits).build();
        } catch (SpecSyntaxException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            // the start of the token that broke the limit (the key, the string), not where reading stopped
            JsonLocation start = null;
            try {
                start = parser == null ? null : parser.currentTokenLocation();
            } catch (RuntimeException ignored) {
                // fall back to the exception's location
            }
            throw located(constraintMessage(e.getOriginalMessage()), start != null && start.getLineNr() > 0 ? start
                    : e.getLocation(), parser);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException yamlError) {
                throw yamlSyntax(yamlError);
            }
            throw located(cleanJacksonMessage(e.getOriginalMessage()), e.getLocation(), parser);
        } catch (MarkedYAMLException e) {
            throw yamlSyntax(e);
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some limits as its own unchecked exceptions, without a mark.
            throw located(firstLine(String.valueOf(e.getMessage())), null, parser);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException | RuntimeException ignored) {
                    // nothing to release that matters
                }
            }
        }
    }

    private String constraintMessage(String jackson) {
        String text = String.valueOf(jackson);
        if (text.contains("getMaxNestingDepth")) {
            return "nested deeper than " + limits.maxNestingDepth() + " levels (the limit maxNestingDepth)";
        }
        if (text.contains("getMaxNameLength")) {
            return "a key is longer than " + limits.maxKeyLength() + " characters (the limit maxKeyLength)";
        }
        if (text.contains("getMaxStringLength")) {
            return "a string is longer than the file size limit (maxSpecBytes)";
        }
        return cleanJacksonMessage(text);
    }

    private static SpecSyntaxException located(String message, JsonLocation at, JsonParser parser) {
        JsonLocation where = at;
        if (where == null || where.getLineNr() < 1) {
            try {
                where = parser == null ? null : parser.currentLocation();
            } catch (RuntimeException e) {
                where = null;
            }
        }
        int line = where == null ? 1 : Math.max(1, where.getLineNr());
        int column = where == null ? 1 : Math.max(1, where.getColumnNr());
        return new SpecSyntaxException(message, line, column);
    }

    private static SpecSyntaxException yamlSyntax(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? firstLine(String.valueOf(e.getMessage())) : e.getProblem();
        String message = e.getContext() == null ? problem : e.getContext() + ": " + problem;
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        if (e.getContextMark() != null && (problem.contains("<stream end>") || problem.contains("end of stream"))) {
            mark = e.getContextMark(); // a truncated file: point at what was left open
        }
        if (mark != null && mark.getColumn() > 1024 && problem.contains("mapping values are not allowed")) {
            message += " (a YAML key written without '?' is at most 1024 characters long)";
        }
        return new SpecSyntaxException(Texts.quote(message.replaceAll("\\s+", " ").trim()),
                mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1);
    }

    /** Jackson's message on one line, with its source description reduced to the position it names. */
    static String cleanJacksonMessage(String message) {
        String text = String.valueOf(message);
        Matcher m = JACKSON_SOURCE.matcher(text);
        text = m.replaceAll("line $1, column $2");
        return firstLine(text);
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int nl = trimmed.indexOf('\n');
        return Texts.quote(nl < 0 ? trimmed : trimmed.substring(0, nl).strip());
    }

    // ---- the text itself: UTF-8, and for YAML printable characters only ----

    /**
     * Fails with the line and column of the first byte that is not UTF-8, or (YAML) the first character YAML
     * does not allow. Cheap: one decoding pass in 8 KiB chunks.
     */
    static void checkText(byte[] bytes, boolean yaml, int maxYamlLine) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)
                || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new SpecSyntaxException("the file is UTF-16 or UTF-32 (it starts with a byte order mark): "
                    + "save it as UTF-8", 1, 1);
        }
        if (yaml ? plainAsciiYaml(bytes, maxYamlLine) : wellFormedUtf8(bytes)) {
            return; // the common case, checked on the bytes; anything else is decoded below, for the message
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        int line = 1;
        int column = 1;
        boolean afterCr = false;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (yaml && !yamlPrintable(c)) {
                    throw new SpecSyntaxException(String.format("the character U+%04X is not allowed in YAML", (int) c),
                            line, column);
                }
                if (c == '\n') {
                    if (!afterCr) {
                        line++;
                    }
                    column = 1;
                } else if (c == '\r') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                    if (yaml && column > maxYamlLine + 1) {
                        throw new SpecSyntaxException("a line longer than " + maxYamlLine + " characters (the limit "
                                + "maxYamlLineLength; the YAML reader slows down with the square of a line's length): "
                                + "break the line, or write the file as JSON", line, column - 1);
                    }
                }
                afterCr = c == '\r';
            }
            out.clear();
            if (result.isError()) {
                throw new SpecSyntaxException(String.format("byte 0x%02X is not UTF-8 text: save the file as UTF-8",
                        bytes[in.position()] & 0xff), line, column);
            }
            if (result.isUnderflow()) {
                break;
            }
        }
    }

    /** UTF-8 as RFC 3629 (and Java's decoder) accepts it: no overlong forms, no surrogates, nothing past U+10FFFF. */
    static boolean wellFormedUtf8(byte[] b) {
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xff;
            if (c < 0xC2) {
                return false;
            }
            if (c < 0xE0) {
                if (i + 1 >= n || !continuation(b[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (c < 0xF0) {
                if (i + 2 >= n || !continuation(b[i + 1]) || !continuation(b[i + 2])) {
                    return false;
                }
                int c1 = b[i + 1] & 0xff;
                if (c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 >= 0xA0) {
                    return false;
                }
                i += 3;
            } else if (c < 0xF5) {
                if (i + 3 >= n || !continuation(b[i + 1]) || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
                    return false;
                }
                int c1 = b[i + 1] & 0xff;
                if (c == 0xF0 && c1 < 0x90 || c == 0xF4 && c1 >= 0x90) {
                    return false;
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** YAML in printable ASCII with no line over the limit (counted as the decoding loop counts). */
    private static boolean plainAsciiYaml(byte[] b, int maxYamlLine) {
        int column = 1;
        for (byte c : b) {
            if (c == '\n' || c == '\r') {
                column = 1;
            } else if (c == '\t' || c >= 0x20 && c <= 0x7E) {
                if (++column > maxYamlLine + 1) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** YAML 1.2's c-printable (surrogate halves pass: the decoder has already checked that they pair up). */
    private static boolean yamlPrintable(char c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xFFFD);
    }

    // ---- the tree ----

    /** One streaming pass: the tree, the positions, the anchors and the cost of aliases so far. */
    private static final class Builder {

        /** A container being filled, with the expanded size and height of what it holds so far. */
        private static final class Open {
            final JsonNode node;
            final String keyInParent;
            final String anchor;
            long size = 1;
            int height = 1;
            /** Sources of {@code <<} merge keys seen in this object, in order. */
            List<JsonNode> merges;
            long mergePosition;

            Open(JsonNode node, String keyInParent, String anchor) {
                this.node = node;
                this.keyInParent = keyInParent;
                this.anchor = anchor;
            }
        }

        /** An anchored node, complete, with its expanded size and height. */
        private record Anchored(JsonNode node, long size, int height) {
        }

        private final JsonParser parser;
        private final YAMLParser yaml;
        private final ReadLimits limits;
        private final Deque<Open> open = new ArrayDeque<>();
        private final Map<String, Anchored> anchors = new HashMap<>();
        private long aliasNodes;
        private boolean merged;

        Builder(JsonParser parser, ReadLimits limits) {
            this.parser = parser;
            this.yaml = parser instanceof YAMLParser y ? y : null;
            this.limits = limits;
        }

        LocatedTree build() throws IOException {
            JsonNode root = null;
            String key = null;
            long keyPosition = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    key = parser.currentName();
                    if (key.length() > limits.maxKeyLength()) {
                        throw here("a key is longer than " + limits.maxKeyLength() + " characters (the limit maxKeyLength)");
                    }
                    JsonLocation at = parser.currentTokenLocation();
                    keyPosition = LocatedTree.pack(at.getLineNr(), at.getColumnNr());
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    Open done = open.pop();
                    if (done.merges != null) {
                        merge((LocatedTree.Obj) done.node, done.merges, done.mergePosition);
                    }
                    if (done.node instanceof LocatedTree.Obj o) {
                        o.trim();
                    } else {
                        ((LocatedTree.Arr) done.node).trim();
                    }
                    if (done.anchor != null) {
                        anchors.put(done.anchor, new Anchored(done.node, done.size, done.height));
                    }
                    key = done.keyInParent;
                    if (open.isEmpty()) {
                        root = done.node;
                    } else {
                        grow(open.peek(), done.size, done.height);
                    }
                    continue;
                }
                if (yaml != null && yaml.isCurrentAlias()) {
                    String name = yaml.getText();
                    Anchored target = anchors.get(name);
                    if (target == null) {
                        boolean recursive = open.stream().anyMatch(o -> name.equals(o.anchor));
                        throw here(recursive ? "the YAML alias *" + Texts.quote(name) + " refers to a node that contains it"
                                : "the YAML alias *" + Texts.quote(name) + " refers to no anchor");
                    }
                    aliasNodes += target.size();
                    if (aliasNodes > limits.maxAliasNodes()) {
                        throw here("YAML aliases expand to more than " + limits.maxAliasNodes()
                                + " nodes (the limit maxAliasNodes): a \"billion laughs\" document?");
                    }
                    if (open.size() + target.height() > limits.maxNestingDepth()) {
                        throw here("nested deeper than " + limits.maxNestingDepth()
                                + " levels once YAML aliases are expanded (the limit maxNestingDepth)");
                    }
                    root = place(root, key, keyPosition, target.node(), target.size(), target.height());
                    continue;
                }
                String anchor = yaml == null ? null : yaml.getCurrentAnchor();
                JsonNode value = switch (token) {
                    case START_OBJECT -> new LocatedTree.Obj(NODES);
                    case START_ARRAY -> new LocatedTree.Arr(NODES);
                    case VALUE_STRING -> NODES.textNode(parser.getText());
                    case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                        case INT -> NODES.numberNode(parser.getIntValue());
                        case LONG -> NODES.numberNode(parser.getLongValue());
                        default -> NODES.numberNode(parser.getBigIntegerValue());
                    };
                    case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
                    case VALUE_TRUE -> NODES.booleanNode(true);
                    case VALUE_FALSE -> NODES.booleanNode(false);
                    case VALUE_NULL -> NODES.nullNode();
                    default -> NODES.textNode(String.valueOf(parser.getText()));
                };
                if (value.isContainerNode()) {
                    if (open.size() >= limits.maxNestingDepth()) {
                        throw here("nested deeper than " + limits.maxNestingDepth() + " levels (the limit maxNestingDepth)");
                    }
                    attach(key, keyPosition, value);
                    open.push(new Open(value, key, anchor));
                    key = null;
                } else {
                    root = place(root, key, keyPosition, value, 1, 0);
                    if (anchor != null) {
                        anchors.put(anchor, new Anchored(value, 1, 0));
                    }
                }
            }
            if (root == null || root.isNull() || root.isMissingNode()) {
                throw new SpecSyntaxException("the file is empty", 1, 1);
            }
            return new LocatedTree(root, aliasNodes > 0 || merged);
        }

        /** Adds a complete value (a scalar, or an aliased node) to the open container, or makes it the root. */
        private JsonNode place(JsonNode root, String key, long keyPosition, JsonNode value, long size, int height) {
            if (open.isEmpty()) {
                return value;
            }
            attach(key, keyPosition, value);
            grow(open.peek(), size, height);
            return root;
        }

        private void attach(String key, long keyPosition, JsonNode value) {
            Open parent = open.peek();
            if (parent == null) {
                return;
            }
            if (parent.node instanceof LocatedTree.Obj object) {
                if (yaml != null && MERGE_KEY.equals(key) && (value.isObject() || value.isArray())) {
                    if (parent.merges == null) {
                        parent.merges = new ArrayList<>();
                        parent.mergePosition = keyPosition;
                    }
                    parent.merges.add(value);
                    return;
                }
                object.put(key, value, keyPosition);
            } else {
                JsonLocation at = parser.currentTokenLocation();
                ((LocatedTree.Arr) parent.node).addAt(value, LocatedTree.pack(at.getLineNr(), at.getColumnNr()));
            }
        }

        private static void grow(Open parent, long size, int height) {
            parent.size += size;
            parent.height = Math.max(parent.height, height + 1);
        }

        /** YAML merge keys: the merged maps' entries, where the object does not set the key itself; earlier maps win. */
        private void merge(LocatedTree.Obj target, List<JsonNode> sources, long position) {
            merged = true;
            for (JsonNode source : sources) {
                List<JsonNode> maps = new ArrayList<>();
                if (source.isObject()) {
                    maps.add(source);
                } else {
                    source.forEach(maps::add);
                }
                for (JsonNode map : maps) {
                    if (!map.isObject()) {
                        continue;
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        if (!target.has(e.getKey())) {
                            target.put(e.getKey(), e.getValue(), position);
                        }
                    }
                }
            }
        }

        private SpecSyntaxException here(String message) {
            JsonLocation at = parser.currentTokenLocation();
            return new SpecSyntaxException(message, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
        }
    }
}
