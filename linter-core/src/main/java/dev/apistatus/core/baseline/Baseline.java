package dev.apistatus.core.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apistatus.core.engine.ConfigException;
import dev.apistatus.core.report.ToolInfo;
import dev.apistatus.core.rule.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a project has accepted for now ({@code apistatus-baseline.json}): {@code lint} hides them, says how
 * many it hid, and lists the entries that match nothing any more so the baseline shrinks as they are fixed.
 *
 * <p>An entry is identified by its {@link Entry#fingerprint() fingerprint}: rule, file, element and snippet (see
 * {@link Fingerprinter}), not the line, so inserting or deleting lines above a finding does not bring it back. A
 * finding matches an entry with its fingerprint and the same message first; failing that, any entry with its
 * fingerprint (so a reworded message in a newer apistatus does not revive it). The file holds no line numbers and
 * no timestamps, and its entries are sorted: rewriting an unchanged baseline gives the same bytes.
 *
 * @param entries sorted by file, rule, element, snippet, message; one per accepted finding
 */
public record Baseline(List<Entry> entries) {

    /** The file name looked for in the project directory. */
    public static final String FILE_NAME = "apistatus-baseline.json";

    /** A baseline larger than this is refused (it would hold a million findings). */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    static final int FORMAT = 1;

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file).thenComparing(Entry::rule)
            .thenComparing(Entry::element).thenComparing(Entry::snippet).thenComparing(Entry::message);

    public Baseline {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        entries = List.copyOf(sorted);
    }

    /**
     * One accepted finding.
     *
     * @param rule    the rule id
     * @param file    the file, relative to the project directory
     * @param element the JSON pointer in a spec, the member in Java ({@code Type#method(Param)}), else empty
     * @param snippet the finding's line, trimmed, blanks collapsed
     * @param message the finding's message when it was accepted (for people, and to tell apart findings that share a
     *                fingerprint)
     */
    public record Entry(String rule, String file, String element, String snippet, String message) {

        public Entry {
            rule = rule == null ? "" : rule;
            file = file == null ? "" : file;
            element = element == null ? "" : element;
            snippet = snippet == null ? "" : snippet;
            message = message == null ? "" : message;
        }

        /** The first 32 hex digits of SHA-256 over rule, file, element and snippet. */
        public String fingerprint() {
            String key = rule + '\u0000' + file + '\u0000' + element + '\u0000' + snippet;
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required on every Java platform", e);
            }
        }

        /** {@code rule file element}, for messages. */
        public String describe() {
            return "[" + rule + "] " + file + (element.isEmpty() ? "" : " " + element)
                    + (snippet.isEmpty() ? "" : ": " + snippet);
        }
    }

    /**
     * What the baseline did to a run's findings.
     *
     * @param kept   the findings that are not in the baseline, in their order
     * @param hidden the findings the baseline hid
     * @param stale  the entries no finding matched: fixed, or changed beyond recognition
     */
    public record Applied(List<Finding> kept, List<Finding> hidden, List<Entry> stale) {
        public Applied {
            kept = List.copyOf(kept);
            hidden = List.copyOf(hidden);
            stale = List.copyOf(stale);
        }
    }

    /** The baseline accepting every one of these findings. */
    public static Baseline of(List<Finding> findings, Fingerprinter fingerprinter) {
        return new Baseline(findings.stream().map(fingerprinter::entry).toList());
    }

    /** Splits findings into those the baseline hides and those it does not; lists the entries left unmatched. */
    public Applied apply(List<Finding> findings, Fingerprinter fingerprinter) {
        Map<String, List<Entry>> open = new LinkedHashMap<>();
        for (Entry entry : entries) {
            open.computeIfAbsent(entry.fingerprint(), k -> new ArrayList<>()).add(entry);
        }
        int n = findings.size();
        Entry[] computed = new Entry[n];
        boolean[] hidden = new boolean[n];
        for (int i = 0; i < n; i++) {
            computed[i] = fingerprinter.entry(findings.get(i));
            List<Entry> candidates = open.get(computed[i].fingerprint());
            if (candidates != null) {
                for (Iterator<Entry> it = candidates.iterator(); it.hasNext(); ) {
                    if (it.next().message().equals(computed[i].message())) {
                        it.remove();
                        hidden[i] = true;
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!hidden[i]) {
                List<Entry> candidates = open.get(computed[i].fingerprint());
                if (candidates != null && !candidates.isEmpty()) {
                    candidates.remove(0);
                    hidden[i] = true;
                }
            }
        }
        List<Finding> kept = new ArrayList<>();
        List<Finding> gone = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (hidden[i] ? gone : kept).add(findings.get(i));
        }
        List<Entry> stale = new ArrayList<>();
        open.values().forEach(stale::addAll);
        stale.sort(ORDER);
        return new Applied(kept, gone, stale);
    }

    /** The baseline as JSON: two-space indentation, {@code \n} line ends, entries sorted, a final line end. */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("tool", ToolInfo.NAME);
        root.put("format", FORMAT);
        root.put("about", "Findings accepted for now: apistatus lint hides them and reports entries that no longer"
                + " match. Rewrite with 'mvn apistatus:baseline' or 'apistatus-cli baseline'. Lines are not recorded:"
                + " a finding is known by rule, file, element and the text of its line.");
        ArrayNode list = root.putArray("findings");
        for (Entry entry : entries) {
            ObjectNode node = list.addObject();
            node.put("fingerprint", entry.fingerprint());
            node.put("rule", entry.rule());
            node.put("file", entry.file());
            node.put("element", entry.element());
            node.put("snippet", entry.snippet());
            node.put("message", entry.message());
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        try {
            return mapper.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    /**
     * Reads a baseline file.
     *
     * @param where the file as messages name it
     * @throws ConfigException naming the file when it cannot be read or is not a baseline
     */
    public static Baseline read(Path file, String where) {
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException(where + ": the baseline is larger than " + MAX_BYTES + " bytes");
            }
            ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(10).build()).build());
            root = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ConfigException(where + ":" + (e.getLocation() == null ? 1 : e.getLocation().getLineNr())
                    + ": not a baseline (invalid JSON: " + e.getOriginalMessage() + "); rewrite it with the baseline goal");
        } catch (IOException e) {
            throw new ConfigException(where + ": cannot read the baseline: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !root.path("findings").isArray()) {
            throw new ConfigException(where + ": not a baseline (no \"findings\" list); rewrite it with the baseline goal");
        }
        if (root.path("format").asInt(FORMAT) > FORMAT) {
            throw new ConfigException(where + ": written by a newer apistatus (format " + root.path("format").asInt()
                    + "); upgrade apistatus or rewrite the baseline");
        }
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.path("findings")) {
            if (!node.isObject() || !node.path("rule").isTextual() || !node.path("file").isTextual()) {
                throw new ConfigException(where + ": findings[" + index + "] has no rule or file; rewrite the baseline"
                        + " with the baseline goal");
            }
            entries.add(new Entry(node.path("rule").asText(), node.path("file").asText(),
                    node.path("element").asText(""), node.path("snippet").asText(""), node.path("message").asText("")));
            index++;
        }
        return new Baseline(entries);
    }
}
