package dev.apistatus.core.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.report.ToolInfo;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.RuleMetadata;
import dev.apistatus.core.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The engine's findings for one project, kept in {@value #FILE_NAME} and reused while nothing they depend on has
 * changed: the engine ({@link EngineVersion}), the run's configuration ({@link LintConfig}: specs, source roots, rule
 * settings, limits, Java release), and the content (SHA-256) of every file the run read or may read: each spec file
 * the spec reader asked for (the specs and the files their {@code $ref}s reach, a missing one included) and the code
 * readers' files ({@link CodeInputs}; their list too, so an added file counts).
 *
 * <p>It never fails a run: a missing, corrupt or foreign cache file is a miss, and a cache that cannot be written is
 * left alone; both are only told to {@code debug}. The file is replaced atomically (a temporary file moved over it),
 * so a parallel build never reads half of it.
 */
public final class LintCache {

    public static final String FILE_NAME = "lint-cache.json";
    /** Bumped whenever the file's layout or the meaning of its key changes. */
    static final int FORMAT = 1;
    private static final String ABSENT = "absent";
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final String engineHash;
    private final Map<String, RuleMetadata> metadata = new TreeMap<>();
    private final Consumer<String> debug;

    /**
     * @param dir           the cache's folder (created when the cache is first written)
     * @param engineVersion the engine's {@link EngineVersion}
     * @param metadata      the engine's rules and diagnostics, to restore a result's rules by id
     * @param debug         hears why the cache was not used or not written
     */
    public LintCache(Path dir, String engineVersion, List<RuleMetadata> metadata, Consumer<String> debug) {
        this.file = dir.toAbsolutePath().normalize().resolve(FILE_NAME);
        this.engineHash = sha256(engineVersion.getBytes(StandardCharsets.UTF_8));
        metadata.forEach(m -> this.metadata.put(m.id(), m));
        this.debug = debug;
    }

    public Path file() {
        return file;
    }

    /**
     * What a look-up found: the cached result when everything matched ({@code hit}), else why not; and what
     * {@link #store} needs to write the run that follows a miss.
     */
    public static final class Lookup {
        private final LintResult hit;
        private final String reason;
        private final String configHash;
        private final Map<String, String> codeInputs;

        private Lookup(LintResult hit, String reason, String configHash, Map<String, String> codeInputs) {
            this.hit = hit;
            this.reason = reason;
            this.configHash = configHash;
            this.codeInputs = codeInputs;
        }

        /** The cached result, or null on a miss. */
        public LintResult hit() {
            return hit;
        }

        /** Why the cache was not used, or null on a hit. */
        public String reason() {
            return reason;
        }
    }

    /** Looks for a result of this configuration whose inputs are all unchanged; never throws. */
    public Lookup lookup(LintConfig config) {
        if (config.allowRemoteRefs()) {
            return new Lookup(null, "remote $refs are fetched: their content is not under the cache's eye", null, null);
        }
        String configHash;
        Map<String, String> code;
        try {
            configHash = configHash(config);
            code = new TreeMap<>();
            for (Path p : CodeInputs.of(config.projectDir(), config.sources())) {
                code.put(p.toString(), hash(p));
            }
        } catch (IOException | RuntimeException e) {
            return new Lookup(null, "cannot list or read the inputs (" + e + "): not cached", null, null);
        }
        Lookup miss;
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            String reason = validate(root, configHash, code);
            if (reason == null) {
                return new Lookup(restore(root.get("result")), null, configHash, code);
            }
            miss = new Lookup(null, reason, configHash, code);
        } catch (NoSuchFileException e) {
            miss = new Lookup(null, "no cache yet (" + file + ")", configHash, code);
        } catch (IOException | RuntimeException e) {
            miss = new Lookup(null, "the cache " + file + " is unreadable, ignored (" + e + ")", configHash, code);
        }
        debug.accept("apistatus: cache not used: " + miss.reason);
        return miss;
    }

    /** Null when the cache file holds a result for these inputs, else what differs. */
    private String validate(JsonNode root, String configHash, Map<String, String> code) throws IOException {
        if (root == null || root.path("format").asInt() != FORMAT) {
            return "the cache's format is not " + FORMAT;
        }
        if (!engineHash.equals(root.path("engine").asText())) {
            return "the engine or its rules changed";
        }
        if (!configHash.equals(root.path("config").asText())) {
            return "the configuration changed (specs, sources, rule settings or limits)";
        }
        Map<String, String> cachedCode = strings(root.path("code"));
        if (!cachedCode.keySet().equals(code.keySet())) {
            TreeSet<String> added = new TreeSet<>(code.keySet());
            added.removeAll(cachedCode.keySet());
            TreeSet<String> removed = new TreeSet<>(cachedCode.keySet());
            removed.removeAll(code.keySet());
            return !added.isEmpty() ? "a source file was added: " + added.first()
                    : "a source file was removed: " + removed.first();
        }
        for (Map.Entry<String, String> e : code.entrySet()) {
            if (!e.getValue().equals(cachedCode.get(e.getKey()))) {
                return "changed: " + e.getKey();
            }
        }
        for (Map.Entry<String, String> e : strings(root.path("specFiles")).entrySet()) {
            if (!e.getValue().equals(hash(Path.of(e.getKey())))) {
                return "changed: " + e.getKey();
            }
        }
        return null;
    }

    /**
     * Writes the result of the run that followed a miss; never throws.
     *
     * @param specFiles the spec files the run read or tried to read
     * @param started   when the run started ({@link System#currentTimeMillis()}): a spec file changed since is not
     *                  trusted, so nothing is written
     */
    public void store(Lookup lookup, LintResult result, Collection<Path> specFiles, long started) {
        if (lookup.configHash == null) {
            return;
        }
        Path tmp = null;
        try {
            Map<String, String> specs = new TreeMap<>();
            for (Path p : specFiles) {
                Path abs = p.toAbsolutePath().normalize();
                if (Files.exists(abs) && Files.getLastModifiedTime(abs).toMillis() > started) {
                    debug.accept("apistatus: cache not written: " + abs + " changed during the run");
                    return;
                }
                specs.put(abs.toString(), hash(abs));
            }
            ObjectNode root = JSON.createObjectNode();
            root.put("format", FORMAT);
            root.put("tool", ToolInfo.NAME + " " + ToolInfo.VERSION);
            root.put("engine", engineHash);
            root.put("config", lookup.configHash);
            ObjectNode code = root.putObject("code");
            lookup.codeInputs.forEach(code::put);
            ObjectNode spec = root.putObject("specFiles");
            specs.forEach(spec::put);
            root.set("result", save(result));
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            Files.write(tmp, JSON.writeValueAsBytes(root));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | RuntimeException e) {
            debug.accept("apistatus: cache not written (" + e + ")");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // left behind; the next write replaces the cache file, not this one
                }
            }
        }
    }

    /** Everything in the configuration that the engine reads, as one hash. */
    static String configHash(LintConfig config) throws IOException {
        ObjectNode key = JSON.createObjectNode();
        key.put("projectDir", config.projectDir().toAbsolutePath().normalize().toString());
        ArrayNode specs = key.putArray("specs");
        config.specs().forEach(p -> specs.add(p.toAbsolutePath().normalize().toString()));
        ArrayNode sources = key.putArray("sources");
        config.sources().forEach(p -> sources.add(p.toAbsolutePath().normalize().toString()));
        ObjectNode rules = key.putObject("rules");
        new TreeMap<>(config.rules()).forEach((id, s) -> {
            ObjectNode r = rules.putObject(id);
            r.put("enabled", s.enabled());
            r.put("severity", s.severity() == null ? null : s.severity().name());
            r.set("options", sorted(JSON.valueToTree(s.options())));
        });
        key.put("maxSpecBytes", config.maxSpecBytes());
        key.put("javaRelease", config.javaRelease());
        key.put("allowRemoteRefs", config.allowRemoteRefs());
        key.put("readLimits", String.valueOf(config.readLimits()));
        return sha256(JSON.writeValueAsBytes(key));
    }

    /** The node with every object's fields in name order, so equal options give equal bytes. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            new TreeSet<String>(iterable(node.fieldNames())).forEach(f -> out.set(f, sorted(node.get(f))));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            node.forEach(n -> out.add(sorted(n)));
            return out;
        }
        return node;
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static ObjectNode save(LintResult result) {
        ObjectNode out = JSON.createObjectNode();
        out.put("specsRead", result.specsRead());
        ArrayNode rules = out.putArray("rules");
        result.rules().forEach(r -> rules.add(r.id()));
        ArrayNode findings = out.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode n = findings.addObject();
            n.put("rule", f.ruleId());
            n.put("severity", f.severity().name());
            n.put("message", f.message());
            n.set("location", save(f.location()));
            ArrayNode related = n.putArray("related");
            f.related().forEach(l -> related.add(save(l)));
        }
        return out;
    }

    private static ObjectNode save(SourceLocation l) {
        ObjectNode n = JSON.createObjectNode();
        n.put("file", l.file());
        n.put("line", l.line());
        n.put("column", l.column());
        if (l.pointer() != null) {
            n.put("pointer", l.pointer());
        }
        return n;
    }

    private LintResult restore(JsonNode node) {
        List<RuleMetadata> rules = new ArrayList<>();
        for (JsonNode id : required(node.get("rules"))) {
            RuleMetadata m = metadata.get(id.asText());
            if (m == null) {
                throw new IllegalStateException("unknown rule " + id.asText());
            }
            rules.add(m);
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode n : required(node.get("findings"))) {
            List<SourceLocation> related = new ArrayList<>();
            required(n.get("related")).forEach(l -> related.add(location(l)));
            findings.add(new Finding(text(n, "rule"), Severity.valueOf(text(n, "severity")), text(n, "message"),
                    location(n.get("location")), related));
        }
        return new LintResult(findings, rules, required(node.get("specsRead")).asInt());
    }

    private static SourceLocation location(JsonNode n) {
        JsonNode pointer = required(n).get("pointer");
        return new SourceLocation(text(n, "file"), required(n.get("line")).asInt(), required(n.get("column")).asInt(),
                pointer == null ? null : pointer.asText());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = required(n.get(field));
        if (!v.isTextual()) {
            throw new IllegalStateException(field + " is not a text");
        }
        return v.asText();
    }

    private static JsonNode required(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            throw new IllegalStateException("a field is missing");
        }
        return n;
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        required(node).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** The SHA-256 of a file's bytes, or {@value #ABSENT} when it is not a regular file. */
    static String hash(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return ABSENT;
        }
        MessageDigest digest = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
