package dev.apistatus.core.engine;

import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.RuleMetadata;
import dev.apistatus.core.rule.Severity;
import java.util.List;
import java.util.Optional;

/**
 * What a run found.
 *
 * @param findings   sorted by file, line, column, rule, message
 * @param rules      every rule that ran and every diagnostic that can report, sorted by id (reports list them)
 * @param specsRead  how many spec documents were read
 */
public record LintResult(List<Finding> findings, List<RuleMetadata> rules, int specsRead) {

    public LintResult {
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Findings that fail the build at this threshold. */
    public List<Finding> failures(FailThreshold threshold) {
        return findings.stream().filter(f -> threshold.fails(f.severity())).toList();
    }

    public Optional<RuleMetadata> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
