package dev.apistatus.core.code.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.apistatus.core.code.JavaProject;
import dev.apistatus.core.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Spring Boot and MicroProfile configuration files of a project, flattened to dotted keys with their lines:
 * {@code application*.yml|yaml|properties}, {@code bootstrap*} and {@code microprofile-config.properties}, found in
 * the resources directory next to each source root ({@code src/main/java} → {@code src/main/resources}), in
 * {@code src/main/resources}, and in the project directory and its {@code config/} (Spring Boot reads both).
 *
 * <p>Keys match in Spring's relaxed form: case, dashes and underscores are ignored
 * ({@code max-attempts} = {@code maxAttempts}). A key set to different values in two files or two YAML documents
 * (profiles) has no single value: {@link #get} returns empty and callers treat the setting as unknown.
 */
final class ConfigProperties {

    /** Config files larger than this are not read (they are not hand-written configuration). */
    private static final long MAX_BYTES = 2L * 1024 * 1024;

    /** One setting as written. */
    record Entry(String key, String value, SourceLocation location) {
    }

    private final Map<String, List<Entry>> entries = new LinkedHashMap<>();
    /** Where each YAML mapping key that holds a block was written: {@code resilience4j.retry.instances.backend}. */
    private final Map<String, SourceLocation> blocks = new LinkedHashMap<>();

    private ConfigProperties() {
    }

    static ConfigProperties empty() {
        return new ConfigProperties();
    }

    static ConfigProperties read(Path projectDir, List<Path> roots, JavaProject project) {
        ConfigProperties c = new ConfigProperties();
        Set<Path> dirs = new LinkedHashSet<>();
        for (Path root : roots) {
            Path abs = root.toAbsolutePath().normalize();
            if (abs.getParent() != null) {
                dirs.add(abs.getParent().resolve("resources"));
            }
        }
        Path base = projectDir.toAbsolutePath().normalize();
        dirs.add(base.resolve("src/main/resources"));
        dirs.add(base);
        dirs.add(base.resolve("config"));
        Set<Path> files = new LinkedHashSet<>();
        for (Path dir : dirs) {
            for (Path d : List.of(dir, dir.resolve("META-INF"), dir.resolve("config"))) {
                if (!Files.isDirectory(d)) {
                    continue;
                }
                try (Stream<Path> list = Files.list(d)) {
                    list.filter(Files::isRegularFile).filter(ConfigProperties::isConfigFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    // an unreadable directory holds no settings the reader can use
                }
            }
        }
        for (Path f : files) {
            c.load(f, project.relative(f));
        }
        return c;
    }

    static boolean isConfigFile(Path p) {
        String n = p.getFileName().toString();
        return n.matches("(application|bootstrap)([-.][A-Za-z0-9_-]+)?\\.(ya?ml|properties)")
                || n.equals("microprofile-config.properties");
    }

    void load(Path file, String relative) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (file.toString().endsWith(".properties")) {
                properties(text, relative);
            } else {
                yaml(text, relative);
            }
        } catch (IOException | RuntimeException e) {
            // unreadable or malformed configuration: its settings stay unknown
        }
    }

    private void properties(String text, String file) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int eq = -1;
            for (int j = 0; j < line.length(); j++) {
                char ch = line.charAt(j);
                if (ch == '=' || ch == ':') {
                    eq = j;
                    break;
                }
            }
            if (eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            put(key, value, new SourceLocation(file, i + 1, 1, null));
        }
    }

    /** A YAML container being read: its path segment, whether it is a list, the next list index. */
    private static final class Container {
        final String segment;
        final boolean array;
        int index;

        Container(String segment, boolean array) {
            this.segment = segment;
            this.array = array;
        }
    }

    private void yaml(String text, String file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit((int) MAX_BYTES);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        try (JsonParser p = factory.createParser(text)) {
            Deque<Container> stack = new ArrayDeque<>();
            String pendingKey = null;
            int keyLine = 1;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    pendingKey = p.currentName();
                    keyLine = p.currentTokenLocation().getLineNr();
                    continue;
                }
                Container parent = stack.peek();
                String seg = pendingKey != null ? pendingKey : parent != null && parent.array ? "[" + parent.index + "]" : null;
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    if (pendingKey != null) {
                        List<String> parts = new ArrayList<>();
                        List<Container> outer = new ArrayList<>(stack);
                        for (int i = outer.size() - 1; i >= 0; i--) {
                            if (outer.get(i).segment != null) {
                                parts.add(outer.get(i).segment);
                            }
                        }
                        parts.add(pendingKey);
                        blocks.putIfAbsent(normalize(String.join(".", parts).replace(".[", "[")), new SourceLocation(file, keyLine, 1, null));
                    }
                    stack.push(new Container(seg, t == JsonToken.START_ARRAY));
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.pop();
                    if (!stack.isEmpty() && stack.peek().array) {
                        stack.peek().index++;
                    }
                } else {
                    int line = pendingKey != null ? keyLine : p.currentTokenLocation().getLineNr();
                    List<String> parts = new ArrayList<>();
                    List<Container> outer = new ArrayList<>(stack);
                    for (int i = outer.size() - 1; i >= 0; i--) {
                        if (outer.get(i).segment != null) {
                            parts.add(outer.get(i).segment);
                        }
                    }
                    if (seg != null) {
                        parts.add(seg);
                    }
                    String key = String.join(".", parts).replace(".[", "[");
                    put(key, t == JsonToken.VALUE_NULL ? "" : p.getText(), new SourceLocation(file, line, 1, null));
                    if (parent != null && parent.array) {
                        parent.index++;
                    }
                }
                pendingKey = null;
            }
        }
    }

    private void put(String key, String value, SourceLocation at) {
        entries.computeIfAbsent(normalize(key), k -> new ArrayList<>()).add(new Entry(key, value, at));
    }

    /** Spring's relaxed names: lower case, no dashes or underscores. */
    static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** The one value of a key; empty when it is not set, or set to different values in different places. */
    Optional<Entry> get(String key) {
        List<Entry> all = entries.get(normalize(key));
        if (all == null || all.isEmpty()) {
            return Optional.empty();
        }
        String first = all.get(0).value();
        for (Entry e : all) {
            if (!e.value().equals(first)) {
                return Optional.empty();
            }
        }
        return Optional.of(all.get(0));
    }

    /** True when a key is set, whatever its value(s). */
    boolean has(String key) {
        return entries.containsKey(normalize(key));
    }

    /** True when the key is set to different values in different places (profiles). */
    boolean conflicting(String key) {
        return has(key) && get(key).isEmpty();
    }

    /** The values of a list setting: {@code key[0]}, {@code key[1]}, ... or one comma-separated value. */
    Optional<List<String>> list(String key) {
        List<String> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            Optional<Entry> e = get(key + "[" + i + "]");
            if (e.isEmpty()) {
                if (has(key + "[" + i + "]")) {
                    return Optional.empty();
                }
                break;
            }
            out.add(e.get().value().trim());
        }
        if (!out.isEmpty()) {
            return Optional.of(out);
        }
        Optional<Entry> one = get(key);
        if (one.isPresent()) {
            List<String> parts = new ArrayList<>();
            for (String s : one.get().value().split(",")) {
                if (!s.isBlank()) {
                    parts.add(s.trim());
                }
            }
            return Optional.of(parts);
        }
        return has(key) ? Optional.empty() : Optional.of(List.of());
    }

    /** Keys (normalised) under a prefix. */
    List<String> keysUnder(String prefix) {
        String p = normalize(prefix) + ".";
        return entries.keySet().stream().filter(k -> k.startsWith(p)).toList();
    }

    /** The location of the first entry of a key or of any key under it (for "configured here" pointers). */
    Optional<SourceLocation> locate(String prefix) {
        String p = normalize(prefix);
        if (blocks.containsKey(p)) {
            return Optional.of(blocks.get(p));
        }
        for (Map.Entry<String, List<Entry>> e : entries.entrySet()) {
            if (e.getKey().equals(p) || e.getKey().startsWith(p + ".") || e.getKey().startsWith(p + "[")) {
                return Optional.of(e.getValue().get(0).location());
            }
        }
        return Optional.empty();
    }

    /**
     * Resolves a Spring placeholder: {@code ${retry.max:3}} to the property's value, or its default when the
     * property is not set; text without placeholders as it is.
     */
    Optional<String> resolve(String text) {
        String t = text.trim();
        if (!t.startsWith("${") || !t.endsWith("}")) {
            return t.contains("${") || t.contains("#{") ? Optional.empty() : Optional.of(t);
        }
        String inner = t.substring(2, t.length() - 1);
        int colon = inner.indexOf(':');
        String key = colon >= 0 ? inner.substring(0, colon) : inner;
        Optional<Entry> e = get(key);
        if (e.isPresent()) {
            return resolve(e.get().value());
        }
        if (has(key)) {
            return Optional.empty();
        }
        return colon >= 0 ? Optional.of(inner.substring(colon + 1)) : Optional.empty();
    }
}
