package dev.apistatus.core.cache;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.apistatus.core.baseline.Baseline;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.engine.RuleSetting;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.report.ToolInfo;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.RuleMetadata;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.spec.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The engine's findings for one project, kept in {@value #FILE_NAME} and reused while nothing they depend on has
 * changed: the engine ({@link EngineVersion}), the run's configuration ({@link LintConfig}: specs, source roots, rule
 * settings, limits, Java release), and the content (SHA-256) of every file the run read or may read: each spec file
 * the spec reader asked for (the specs and the files their {@code $ref}s reach, a missing one included) and the code
 * readers' files ({@link CodeInputs}; their list too, so an added file counts). It also remembers what the baseline
 * did to those findings, keyed by the baseline's hash ({@link #baseline}).
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
    /** Jackson's streaming API only: a hit must cost little more than hashing the inputs, also in a fresh JVM. */
    private static final JsonFactory JSON = new JsonFactory();

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
     * One lint's dealings with the cache: what the look-up found (the cached result on a hit, else why not), and what
     * {@link #write} writes afterwards: the inputs' hashes, the result, and the baseline's effect.
     */
    public static final class Lookup {
        private final LintResult hit;
        private final String reason;
        private final String configHash;
        private final Map<String, String> codeInputs;
        private Path projectDir;
        /** The spec files' hashes: validated on a hit, computed by {@link #recordRun} after a miss. */
        private Map<String, String> specInputs;
        private LintResult result;
        private Map<String, Object> baseline;
        private boolean dirty;

        private Lookup(LintResult hit, String reason, String configHash, Map<String, String> codeInputs) {
            this.hit = hit;
            this.reason = reason;
            this.configHash = configHash;
            this.codeInputs = codeInputs;
            this.result = hit;
        }

        /** The cached result, or null on a miss. */
        public LintResult hit() {
            return hit;
        }

        /** Why the cache was not used, or null on a hit. */
        public String reason() {
            return reason;
        }

        private boolean usable() {
            return configHash != null && specInputs != null && result != null;
        }
    }

    /** Looks for a result of this configuration whose inputs are all unchanged; never throws. */
    public Lookup lookup(LintConfig config) {
        if (config.allowRemoteRefs()) {
            return new Lookup(null, "remote $refs are fetched: their content is not under the cache's eye", null, null);
        }
        String configHash;
        Map<String, String> code = new TreeMap<>();
        try {
            configHash = configHash(config);
            Hasher hasher = new Hasher();
            for (Path p : CodeInputs.of(config.projectDir(), config.sources())) {
                code.put(p.toString(), hasher.hash(p));
            }
        } catch (IOException | RuntimeException e) {
            return new Lookup(null, "cannot list or read the inputs (" + e + "): not cached", null, null);
        }
        Lookup miss;
        Path projectDir = config.projectDir().toAbsolutePath().normalize();
        try {
            Map<String, Object> root = object(read(Files.readAllBytes(file)));
            Map<String, String> specs = new TreeMap<>();
            String reason = validate(root, configHash, code, specs);
            if (reason == null) {
                Lookup hit = new Lookup(restore(object(root.get("result"))), null, configHash, code);
                hit.specInputs = specs;
                hit.projectDir = projectDir;
                Object baseline = root.get("baseline");
                hit.baseline = baseline == null ? null : object(baseline);
                return hit;
            }
            miss = new Lookup(null, reason, configHash, code);
        } catch (NoSuchFileException e) {
            miss = new Lookup(null, "no cache yet (" + file + ")", configHash, code);
        } catch (IOException | RuntimeException e) {
            miss = new Lookup(null, "the cache " + file + " is unreadable, ignored (" + e + ")", configHash, code);
        }
        miss.projectDir = projectDir;
        debug.accept("apistatus: cache not used: " + miss.reason);
        return miss;
    }

    /** Null when the cache file holds a result for these inputs, else what differs; fills {@code specs}. */
    private String validate(Map<String, Object> root, String configHash, Map<String, String> code,
                            Map<String, String> specs) throws IOException {
        if (!Long.valueOf(FORMAT).equals(root.get("format"))) {
            return "the cache's format is not " + FORMAT;
        }
        if (!engineHash.equals(root.get("engine"))) {
            return "the engine or its rules changed";
        }
        if (!configHash.equals(root.get("config"))) {
            return "the configuration changed (specs, sources, rule settings or limits)";
        }
        Map<String, Object> cachedCode = object(root.get("code"));
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
        Hasher hasher = new Hasher();
        for (Map.Entry<String, Object> e : object(root.get("specFiles")).entrySet()) {
            String hash = hasher.hash(Path.of(e.getKey()));
            if (!hash.equals(e.getValue())) {
                return "changed: " + e.getKey();
            }
            specs.put(e.getKey(), hash);
        }
        return null;
    }

    /**
     * Records the result of the run that followed a miss, for {@link #write}; never throws.
     *
     * @param specFiles the spec files the run read or tried to read
     * @param started   when the run started ({@link System#currentTimeMillis()}): a spec file changed since is not
     *                  trusted, so nothing is written
     */
    public void recordRun(Lookup lookup, LintResult result, Collection<Path> specFiles, long started) {
        if (lookup.configHash == null) {
            return;
        }
        try {
            Map<String, String> specs = new TreeMap<>();
            Hasher hasher = new Hasher();
            for (Path p : specFiles) {
                Path abs = p.toAbsolutePath().normalize();
                if (Files.exists(abs) && Files.getLastModifiedTime(abs).toMillis() > started) {
                    debug.accept("apistatus: cache not written: " + abs + " changed during the run");
                    return;
                }
                specs.put(abs.toString(), hasher.hash(abs));
            }
            lookup.specInputs = specs;
            lookup.result = result;
            lookup.dirty = true;
        } catch (IOException | RuntimeException e) {
            debug.accept("apistatus: cache not written (" + e + ")");
        }
    }

    /**
     * What the baseline did to these findings (the cached result's, after exclusions) when it was applied before with
     * the same {@code key} (the baseline's content and what else decides its effect), or null. Applying a baseline
     * reads, and for Java parses, the files holding findings: remembering its effect keeps a hit cheap.
     */
    public Baseline.Applied baseline(Lookup lookup, String key, List<Finding> findings) {
        try {
            if (lookup.baseline == null || !key.equals(lookup.baseline.get("key")) || !memorable(lookup, findings)) {
                return null;
            }
            Set<Integer> hiddenAt = new HashSet<>();
            for (Object i : list(lookup.baseline.get("hidden"))) {
                int index = number(i);
                if (index < 0 || index >= findings.size()) {
                    return null;
                }
                hiddenAt.add(index);
            }
            List<Finding> kept = new ArrayList<>();
            List<Finding> hidden = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                (hiddenAt.contains(i) ? hidden : kept).add(findings.get(i));
            }
            List<Baseline.Entry> stale = new ArrayList<>();
            for (Object o : list(lookup.baseline.get("stale"))) {
                Map<String, Object> e = object(o);
                stale.add(new Baseline.Entry(text(e.get("rule")), text(e.get("file")), text(e.get("element")),
                        text(e.get("snippet")), text(e.get("message"))));
            }
            return new Baseline.Applied(kept, hidden, stale);
        } catch (RuntimeException e) {
            debug.accept("apistatus: the cached baseline's effect is unreadable, ignored (" + e + ")");
            return null;
        }
    }

    /** The key of a baseline's effect: its content, and the settings that also decide it. */
    public static String baselineKey(Path baselineFile, int javaRelease, List<String> excludes) throws IOException {
        return sha256((new Hasher().hash(baselineFile) + "\n" + javaRelease + "\n" + String.join("\n", excludes))
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Remembers what the baseline did to these findings, for the next run with the same {@code key}. */
    public void rememberBaseline(Lookup lookup, String key, List<Finding> findings, Baseline.Applied applied) {
        if (!lookup.usable() || !memorable(lookup, findings)) {
            return;
        }
        Set<Finding> hidden = new HashSet<>(applied.hidden());
        List<Object> hiddenAt = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (hidden.contains(findings.get(i))) {
                hiddenAt.add((long) i);
            }
        }
        List<Object> stale = new ArrayList<>();
        for (Baseline.Entry e : applied.stale()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rule", e.rule());
            entry.put("file", e.file());
            entry.put("element", e.element());
            entry.put("snippet", e.snippet());
            entry.put("message", e.message());
            stale.add(entry);
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("key", key);
        section.put("hidden", hiddenAt);
        section.put("stale", stale);
        if (!section.equals(lookup.baseline)) {
            lookup.baseline = section;
            lookup.dirty = true;
        }
    }

    /**
     * The baseline's effect depends on the lines of the files holding findings: it is remembered only when every
     * such file is an input whose hash the cache checks.
     */
    private static boolean memorable(Lookup lookup, List<Finding> findings) {
        if (lookup.specInputs == null || lookup.codeInputs == null || lookup.projectDir == null) {
            return false;
        }
        Set<String> files = new HashSet<>();
        for (Finding f : findings) {
            files.add(f.location().file());
        }
        files.remove(".");
        Set<String> inputs = new HashSet<>(lookup.specInputs.keySet());
        inputs.addAll(lookup.codeInputs.keySet());
        for (String f : files) {
            if (!inputs.contains(lookup.projectDir.resolve(f).normalize().toString())) {
                return false;
            }
        }
        return true;
    }

    /** Writes what this lint recorded when it differs from the file's content; never throws. */
    public void write(Lookup lookup) {
        if (!lookup.dirty || !lookup.usable()) {
            return;
        }
        Path tmp = null;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator out = JSON.createGenerator(bytes)) {
                out.writeStartObject();
                out.writeNumberField("format", FORMAT);
                out.writeStringField("tool", ToolInfo.NAME + " " + ToolInfo.VERSION);
                out.writeStringField("engine", engineHash);
                out.writeStringField("config", lookup.configHash);
                writeMap(out, "code", lookup.codeInputs);
                writeMap(out, "specFiles", lookup.specInputs);
                out.writeFieldName("result");
                write(out, lookup.result);
                if (lookup.baseline != null) {
                    out.writeFieldName("baseline");
                    writePlain(out, lookup.baseline);
                }
                out.writeEndObject();
            }
            Files.createDirectories(file.getParent());
            // a name no other writer uses (not createTempFile: its owner-only permissions would stay on the cache)
            tmp = file.resolveSibling(FILE_NAME + "." + ProcessHandle.current().pid() + "-"
                    + Thread.currentThread().getId() + "-" + System.nanoTime() + ".tmp");
            Files.write(tmp, bytes.toByteArray(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            lookup.dirty = false;
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

    private static void writeMap(JsonGenerator out, String name, Map<String, String> map) throws IOException {
        out.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : map.entrySet()) {
            out.writeStringField(e.getKey(), e.getValue());
        }
        out.writeEndObject();
    }

    /** Everything in the configuration that the engine reads, as one hash. */
    static String configHash(LintConfig config) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("projectDir", config.projectDir().toAbsolutePath().normalize().toString());
            out.writeArrayFieldStart("specs");
            for (Path p : config.specs()) {
                out.writeString(p.toAbsolutePath().normalize().toString());
            }
            out.writeEndArray();
            out.writeArrayFieldStart("sources");
            for (Path p : config.sources()) {
                out.writeString(p.toAbsolutePath().normalize().toString());
            }
            out.writeEndArray();
            out.writeObjectFieldStart("rules");
            for (Map.Entry<String, RuleSetting> e : new TreeMap<>(config.rules()).entrySet()) {
                out.writeObjectFieldStart(e.getKey());
                out.writeBooleanField("enabled", e.getValue().enabled());
                out.writeStringField("severity", String.valueOf(e.getValue().severity()));
                out.writeFieldName("options");
                writeValue(out, e.getValue().options());
                out.writeEndObject();
            }
            out.writeEndObject();
            out.writeNumberField("maxSpecBytes", config.maxSpecBytes());
            out.writeNumberField("javaRelease", config.javaRelease());
            out.writeBooleanField("allowRemoteRefs", config.allowRemoteRefs());
            // the record's own toString is slow the first time in a JVM (an invokedynamic bootstrap)
            out.writeStringField("readLimits", config.readLimits() == ReadLimits.DEFAULT ? "default"
                    : String.valueOf(config.readLimits()));
            out.writeEndObject();
        }
        return sha256(bytes.toByteArray());
    }

    /** A rule option's value (as the configuration file gives it), maps in key order, so equal options give equal bytes. */
    private static void writeValue(JsonGenerator out, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                out.writeFieldName(e.getKey());
                writeValue(out, e.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            out.writeStartArray();
            for (Object v : list) {
                writeValue(out, v);
            }
            out.writeEndArray();
        } else if (value == null) {
            out.writeNull();
        } else {
            // the type too: 1 and "1" are different options
            out.writeString(value.getClass().getSimpleName() + ":" + value);
        }
    }

    /** Maps, lists, texts and longs as they are (what {@link #read} gives back). */
    private static void writePlain(JsonGenerator out, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.writeFieldName(String.valueOf(e.getKey()));
                writePlain(out, e.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object v : list) {
                writePlain(out, v);
            }
            out.writeEndArray();
        } else if (value instanceof Long n) {
            out.writeNumber(n);
        } else {
            out.writeString(String.valueOf(value));
        }
    }

    private static void write(JsonGenerator out, LintResult result) throws IOException {
        out.writeStartObject();
        out.writeNumberField("specsRead", result.specsRead());
        out.writeArrayFieldStart("rules");
        for (RuleMetadata r : result.rules()) {
            out.writeString(r.id());
        }
        out.writeEndArray();
        out.writeArrayFieldStart("findings");
        for (Finding f : result.findings()) {
            out.writeStartObject();
            out.writeStringField("rule", f.ruleId());
            out.writeStringField("severity", f.severity().name());
            out.writeStringField("message", f.message());
            out.writeFieldName("location");
            write(out, f.location());
            out.writeArrayFieldStart("related");
            for (SourceLocation l : f.related()) {
                write(out, l);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void write(JsonGenerator out, SourceLocation l) throws IOException {
        out.writeStartObject();
        out.writeStringField("file", l.file());
        out.writeNumberField("line", l.line());
        out.writeNumberField("column", l.column());
        if (l.pointer() != null) {
            out.writeStringField("pointer", l.pointer());
        }
        out.writeEndObject();
    }

    private LintResult restore(Map<String, Object> node) {
        List<RuleMetadata> rules = new ArrayList<>();
        for (Object id : list(node.get("rules"))) {
            RuleMetadata m = metadata.get(text(id));
            if (m == null) {
                throw new IllegalStateException("unknown rule " + id);
            }
            rules.add(m);
        }
        List<Finding> findings = new ArrayList<>();
        for (Object o : list(node.get("findings"))) {
            Map<String, Object> n = object(o);
            List<SourceLocation> related = new ArrayList<>();
            list(n.get("related")).forEach(l -> related.add(location(l)));
            findings.add(new Finding(text(n.get("rule")), Severity.valueOf(text(n.get("severity"))),
                    text(n.get("message")), location(n.get("location")), related));
        }
        return new LintResult(findings, rules, number(node.get("specsRead")));
    }

    private static SourceLocation location(Object o) {
        Map<String, Object> n = object(o);
        Object pointer = n.get("pointer");
        return new SourceLocation(text(n.get("file")), number(n.get("line")), number(n.get("column")),
                pointer == null ? null : text(pointer));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object o) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalStateException("not an object: " + o);
    }

    private static List<?> list(Object o) {
        if (o instanceof List<?> l) {
            return l;
        }
        throw new IllegalStateException("not an array: " + o);
    }

    private static String text(Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw new IllegalStateException("not a text: " + o);
    }

    private static int number(Object o) {
        if (o instanceof Long n && n == n.intValue()) {
            return n.intValue();
        }
        throw new IllegalStateException("not a number: " + o);
    }

    /** The file as maps, lists, texts and longs (nothing else is written); any other shape throws. */
    private static Object read(byte[] bytes) throws IOException {
        try (JsonParser in = JSON.createParser(bytes)) {
            Object value = value(in, in.nextToken());
            if (in.nextToken() != null) {
                throw new IOException("text after the end");
            }
            return value;
        }
    }

    private static Object value(JsonParser in, JsonToken token) throws IOException {
        if (token == null) {
            throw new IOException("empty");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = in.nextToken(); t != JsonToken.END_OBJECT; t = in.nextToken()) {
                    String name = in.currentName();
                    map.put(name, value(in, in.nextToken()));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = in.nextToken(); t != JsonToken.END_ARRAY; t = in.nextToken()) {
                    list.add(value(in, t));
                }
                return list;
            }
            case VALUE_STRING -> {
                return in.getText();
            }
            case VALUE_NUMBER_INT -> {
                return in.getLongValue();
            }
            default -> throw new IOException("unexpected " + token);
        }
    }

    /** SHA-256 of files' bytes, one digest and buffer reused. */
    static final class Hasher {
        private final MessageDigest digest = digest();
        private final byte[] buffer = new byte[1 << 16];

        /** The hash of the file's bytes, or "absent" when it is not a regular file. */
        String hash(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                return ABSENT;
            }
            // in blocks: a fresh JVM compiles the digest's loop sooner than with one call over a 13 MB array
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        }
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
