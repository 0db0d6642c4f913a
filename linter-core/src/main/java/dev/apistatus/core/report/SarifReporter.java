package dev.apistatus.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0, the format GitHub code scanning and IDE viewers read: one run, every rule that ran as a
 * {@code reportingDescriptor}, one {@code result} per finding.
 *
 * <p>Paths stay relative to the project directory, under the {@code %SRCROOT%} base id, which is not resolved
 * in the file ({@code originalUriBaseIds} is left out): the report holds no absolute path and is the same on
 * every machine. A spec finding carries its JSON pointer both as a logical location and as
 * {@code properties.jsonPointer}. Each result has a {@code partialFingerprints} entry
 * {@value #FINGERPRINT_KEY} hashed from rule, file and message, not from the line, so a finding keeps its
 * identity when lines above it move.
 */
public final class SarifReporter implements Reporter {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String SARIF_VERSION = "2.1.0";
    public static final String SRCROOT = "%SRCROOT%";
    public static final String FINGERPRINT_KEY = "apistatusFingerprint/v1";

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String fileName() {
        return "apistatus.sarif";
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        JsonOutput.write(toSarif(result), out);
    }

    /** The SARIF log as a tree (keys in output order). */
    public static ObjectNode toSarif(LintResult result) {
        ObjectNode log = JsonOutput.object();
        log.put("$schema", SCHEMA_URI);
        log.put("version", SARIF_VERSION);
        ObjectNode run = log.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", ToolInfo.NAME);
        driver.put("version", ToolInfo.VERSION);
        if (ToolInfo.isSemanticVersion(ToolInfo.VERSION)) {
            driver.put("semanticVersion", ToolInfo.VERSION);
        }
        driver.put("informationUri", ToolInfo.INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>(); // look-ups only, never iterated
        for (RuleMetadata rule : result.rules()) {
            ruleIndex.putIfAbsent(rule.id(), rules.size());
            rules.add(descriptor(rule));
        }

        ArrayNode results = run.putArray("results");
        for (Finding finding : result.findings()) {
            results.add(result(finding, ruleIndex.get(finding.ruleId())));
        }
        return log;
    }

    private static ObjectNode descriptor(RuleMetadata rule) {
        ObjectNode node = JsonOutput.object();
        node.put("id", rule.id());
        node.put("name", pascalCase(rule.id()));
        node.putObject("shortDescription").put("text", rule.summary() == null || rule.summary().isBlank()
                ? rule.id() : rule.summary());
        node.put("helpUri", rule.helpUri());
        if (rule.defaultSeverity() != null) {
            node.putObject("defaultConfiguration").put("level", rule.defaultSeverity().label());
        }
        ObjectNode properties = node.putObject("properties");
        Set<String> tags = new LinkedHashSet<>();
        if (rule.family() != null) {
            tags.add(rule.family().title());
        }
        tags.addAll(JsonOutput.targets(rule.targets()));
        ArrayNode tagArray = properties.putArray("tags");
        tags.forEach(tagArray::add);
        if (!rule.references().isEmpty()) {
            ArrayNode references = properties.putArray("references");
            rule.references().forEach(references::add);
        }
        return node;
    }

    private static ObjectNode result(Finding finding, Integer ruleIndex) {
        ObjectNode node = JsonOutput.object();
        node.put("ruleId", finding.ruleId());
        if (ruleIndex != null) {
            node.put("ruleIndex", ruleIndex);
        }
        node.put("level", finding.severity().label());
        node.putObject("message").put("text", finding.message());
        node.putArray("locations").add(location(finding.location()));
        if (!finding.related().isEmpty()) {
            ArrayNode related = node.putArray("relatedLocations");
            int id = 1;
            for (SourceLocation location : finding.related()) {
                ObjectNode loc = JsonOutput.object();
                loc.put("id", id++);
                loc.setAll(location(location));
                loc.putObject("message").put("text", "Related: " + (location.pointer() != null
                        ? location.pointer() : location.toString()));
                related.add(loc);
            }
        }
        node.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprint(finding));
        if (finding.location().pointer() != null) {
            node.putObject("properties").put("jsonPointer", finding.location().pointer());
        }
        return node;
    }

    private static ObjectNode location(SourceLocation location) {
        ObjectNode node = JsonOutput.object();
        ObjectNode physical = node.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri(location.file()));
        artifact.put("uriBaseId", SRCROOT);
        if (location.line() >= 1) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", location.line());
            if (location.column() >= 1) {
                region.put("startColumn", location.column());
            }
        }
        if (location.pointer() != null) {
            ObjectNode logical = node.putArray("logicalLocations").addObject();
            String name = lastToken(location.pointer());
            if (name != null) {
                logical.put("name", name);
            }
            logical.put("fullyQualifiedName", location.pointer());
            logical.put("kind", location.pointer().isEmpty() ? "object" : "property");
        }
        return node;
    }

    /**
     * The stable identity of a finding across runs: SHA-256 over rule id, file and message (not line or column),
     * first 32 hex digits. Two findings of one rule in one file share it exactly when their messages are equal.
     */
    public static String fingerprint(Finding finding) {
        String key = finding.ruleId() + '\u0000' + finding.location().file() + '\u0000' + finding.message();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    /** {@code success-response-missing} becomes {@code SuccessResponseMissing}. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder(id.length());
        boolean upper = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-' || c == '_' || c == '.' || c == ' ') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /**
     * A relative path as a URI reference: {@code /} stays, unreserved characters stay, everything else
     * (spaces, {@code %}, {@code :}, {@code #}, non-ASCII) is percent-encoded from UTF-8. Backslashes are taken as
     * separators, so a Windows path that slipped through still yields a portable URI.
     */
    static String uri(String path) {
        byte[] bytes = path.replace('\\', '/').getBytes(StandardCharsets.UTF_8);
        StringBuilder uri = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return uri.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The last reference token of a JSON pointer, unescaped ({@code ~1} is {@code /}, {@code ~0} is {@code ~}). */
    static String lastToken(String pointer) {
        int slash = pointer.lastIndexOf('/');
        if (slash < 0) {
            return null;
        }
        return pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    }
}
