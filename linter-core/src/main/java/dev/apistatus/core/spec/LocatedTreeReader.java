package dev.apistatus.core.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses JSON or YAML into a Jackson tree in one streaming pass, recording the position of every object key
 * and array element. Iterative, so deep nesting cannot overflow the stack; the parser's own limits bound
 * nesting, string length and YAML aliases.
 */
public final class LocatedTreeReader {

    /** Deeper than any real spec; keeps hostile input from exhausting the recursive readers downstream. */
    static final int MAX_NESTING = 500;

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final JsonFactory json;
    private final YAMLFactory yaml;

    public LocatedTreeReader(long maxBytes) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
                .maxNameLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
                .build();
        this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxBytes));
        loader.setNestingDepthLimit(MAX_NESTING);
        loader.setMaxAliasesForCollections(50);
        loader.setAllowDuplicateKeys(true);
        this.yaml = YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
    }

    /**
     * @param content the file's bytes
     * @param asJson  parse as JSON (else YAML)
     * @throws SpecSyntaxException with line and column when the text is not well-formed, or is empty
     */
    public LocatedTree read(byte[] content, boolean asJson) {
        try (JsonParser parser = (asJson ? json : yaml).createParser(content)) {
            return build(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SpecSyntaxException(e.getOriginalMessage(), at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()));
        } catch (IOException e) {
            throw new SpecSyntaxException(String.valueOf(e.getMessage()), 1, 1);
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (aliases, code points) as its own unchecked exceptions.
            throw new SpecSyntaxException(String.valueOf(e.getMessage()), 1, 1);
        }
    }

    private static LocatedTree build(JsonParser parser) throws IOException {
        IdentityHashMap<JsonNode, Map<String, Long>> positions = new IdentityHashMap<>();
        Deque<JsonNode> containers = new ArrayDeque<>();
        Deque<String> pendingKeys = new ArrayDeque<>();
        JsonNode root = null;
        String key = null;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME) {
                key = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                positions.get(containers.peek()).put(key, LocatedTree.pack(at.getLineNr(), at.getColumnNr()));
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                containers.pop();
                key = pendingKeys.pop();
                continue;
            }
            JsonNode value = switch (token) {
                case START_OBJECT -> NODES.objectNode();
                case START_ARRAY -> NODES.arrayNode();
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
                default -> NODES.pojoNode(parser.getEmbeddedObject());
            };
            JsonNode parent = containers.peek();
            if (parent == null) {
                root = value;
            } else if (parent instanceof ObjectNode object) {
                object.set(key, value);
            } else {
                ArrayNode array = (ArrayNode) parent;
                JsonLocation at = parser.currentTokenLocation();
                positions.get(array).put(Integer.toString(array.size()), LocatedTree.pack(at.getLineNr(), at.getColumnNr()));
                array.add(value);
            }
            if (value.isContainerNode()) {
                positions.put(value, new HashMap<>());
                containers.push(value);
                pendingKeys.push(key == null ? "" : key);
            }
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            throw new SpecSyntaxException("the file is empty", 1, 1);
        }
        return new LocatedTree(root, positions);
    }
}
