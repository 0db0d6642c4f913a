package dev.apistatus.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apistatus.core.rule.Target;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Writes a JSON tree the same way on every platform: two-space indentation, {@code "\n"} line ends (never the
 * platform's), {@code "key": value}, {@code []} and {@code {}} for empty containers, keys in insertion order
 * (the reporters insert them in a fixed order), a final line end.
 */
final class JsonOutput {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build());

    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private JsonOutput() {
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** Writes {@code root} and a final {@code "\n"}; flushes but does not close {@code out}. */
    static void write(JsonNode root, Writer out) throws IOException {
        WRITER.writeValue(out, root);
        out.write('\n');
        out.flush();
    }

    /** Targets in their declaration order, lower case: {@code Set} iteration order is not stable. */
    static List<String> targets(Collection<Target> targets) {
        return targets.stream().sorted().map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
    }
}
