package dev.apistatus.core.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.apistatus.core.engine.ConfigException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A node of a small YAML document with the line and column it starts at, so configuration errors can name them.
 * A value is a {@code Map<String, YamlNode>} (keys in file order), a {@code List<YamlNode>}, a scalar's text
 * ({@link #text()}, with {@link #isNull()} for {@code ~}/{@code null}/nothing), never a Jackson type.
 */
final class YamlNode {

    /** Configuration files are small: this bounds what a broken or hostile file can cost. */
    static final int MAX_NESTING = 20;

    enum Kind { MAP, LIST, SCALAR, NULL }

    private final Kind kind;
    private final Object value;
    private final int line;
    private final int column;

    private YamlNode(Kind kind, Object value, int line, int column) {
        this.kind = kind;
        this.value = value;
        this.line = line;
        this.column = column;
    }

    Kind kind() {
        return kind;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    boolean isNull() {
        return kind == Kind.NULL;
    }

    @SuppressWarnings("unchecked")
    Map<String, Entry> map() {
        return (Map<String, Entry>) value;
    }

    @SuppressWarnings("unchecked")
    List<YamlNode> list() {
        return (List<YamlNode>) value;
    }

    /** A scalar's text as written ({@code off}, {@code 404}, {@code true}). */
    String text() {
        return (String) value;
    }

    /** The value as rule options hold it: a string, a list of them, or a map of them, recursively. */
    Object plain() {
        return switch (kind) {
            case SCALAR -> text();
            case NULL -> null;
            case LIST -> list().stream().map(YamlNode::plain).toList();
            case MAP -> {
                Map<String, Object> out = new LinkedHashMap<>();
                map().forEach((k, e) -> out.put(k, e.value().plain()));
                yield out;
            }
        };
    }

    String describe() {
        return switch (kind) {
            case MAP -> "a mapping";
            case LIST -> "a list";
            case SCALAR -> "'" + text() + "'";
            case NULL -> "empty";
        };
    }

    /** A key of a mapping, where it is written, and its value. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    /**
     * Parses a YAML (or JSON) document.
     *
     * @param where the file as error messages name it
     * @throws ConfigException naming the file, line and column of a syntax error or a duplicate key
     */
    static YamlNode parse(byte[] content, String where) {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(content.length + 16);
        loader.setNestingDepthLimit(MAX_NESTING);
        loader.setMaxAliasesForCollections(10);
        loader.setAllowDuplicateKeys(true); // reported below, with the line
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
        try (JsonParser parser = factory.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode(Kind.NULL, null, 1, 1);
            }
            return read(parser, where);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            throw new ConfigException(where + ":" + line + ":" + column + ": not valid YAML: "
                    + firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ConfigException c) {
                throw c;
            }
            throw new ConfigException(where + ": not valid YAML: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    private static YamlNode read(JsonParser parser, String where) throws IOException {
        JsonToken token = parser.currentToken();
        int line = parser.currentTokenLocation().getLineNr();
        int column = parser.currentTokenLocation().getColumnNr();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Entry> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = parser.currentTokenLocation().getLineNr();
                    int keyColumn = parser.currentTokenLocation().getColumnNr();
                    parser.nextToken();
                    YamlNode value = read(parser, where);
                    Entry previous = map.put(key, new Entry(key, keyLine, keyColumn, value));
                    if (previous != null) {
                        throw new ConfigException(where + ":" + keyLine + ":" + keyColumn + ": '" + key
                                + "' is set twice (first on line " + previous.line() + ")");
                    }
                }
                return new YamlNode(Kind.MAP, map, line, column);
            }
            case START_ARRAY -> {
                List<YamlNode> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(parser, where));
                }
                return new YamlNode(Kind.LIST, List.copyOf(list), line, column);
            }
            case VALUE_NULL -> {
                return new YamlNode(Kind.NULL, null, line, column);
            }
            default -> {
                String text = parser.getText();
                // "key:" with nothing after it is null in YAML; the parser gives an empty scalar
                return text == null || text.isEmpty() ? new YamlNode(Kind.NULL, null, line, column)
                        : new YamlNode(Kind.SCALAR, text, line, column);
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
