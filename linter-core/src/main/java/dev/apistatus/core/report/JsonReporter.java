package dev.apistatus.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.RuleMetadata;
import dev.apistatus.core.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The machine-readable report, documented field by field in {@code docs/report-format.md}: the tool, a summary of
 * counts, the findings in the engine's order, and the metadata of every rule that ran. Keys always come in the
 * same order; {@code pointer} is left out for Java sources and {@code related} when there is none.
 */
public final class JsonReporter implements Reporter {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "apistatus.json";
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        JsonOutput.write(toJson(result), out);
    }

    /** The report as a tree (keys in output order). */
    public static ObjectNode toJson(LintResult result) {
        ObjectNode root = JsonOutput.object();

        ObjectNode tool = root.putObject("tool");
        tool.put("name", ToolInfo.NAME);
        tool.put("version", ToolInfo.VERSION);

        ObjectNode summary = root.putObject("summary");
        for (Severity severity : Severity.values()) {
            summary.put(severity.label(), result.count(severity));
        }
        summary.put("specs", result.specsRead());

        ArrayNode findings = root.putArray("findings");
        for (Finding finding : result.findings()) {
            ObjectNode node = findings.addObject();
            node.put("rule", finding.ruleId());
            node.put("severity", finding.severity().label());
            node.put("message", finding.message());
            putLocation(node, finding.location());
            if (!finding.related().isEmpty()) {
                ArrayNode related = node.putArray("related");
                for (SourceLocation location : finding.related()) {
                    putLocation(related.addObject(), location);
                }
            }
        }

        ArrayNode rules = root.putArray("rules");
        for (RuleMetadata rule : result.rules()) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            if (rule.defaultSeverity() != null) {
                node.put("severity", rule.defaultSeverity().label());
            }
            if (rule.family() != null) {
                node.put("family", familyId(rule.family()));
            }
            ArrayNode targets = node.putArray("targets");
            JsonOutput.targets(rule.targets()).forEach(targets::add);
            if (rule.summary() != null) {
                node.put("summary", rule.summary());
            }
            node.put("helpUri", rule.helpUri());
            ArrayNode references = node.putArray("references");
            rule.references().forEach(references::add);
        }
        return root;
    }

    /** A family as configuration and reports name it: {@code PROBLEM_DETAILS} is {@code problem-details}. */
    static String familyId(Family family) {
        return family.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void putLocation(ObjectNode node, SourceLocation location) {
        node.put("file", location.file());
        node.put("line", location.line());
        node.put("column", location.column());
        if (location.pointer() != null) {
            node.put("pointer", location.pointer());
        }
    }
}
