package dev.apistatus.core.project;

import dev.apistatus.core.baseline.Baseline;
import dev.apistatus.core.engine.FailThreshold;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.report.ConsoleReporter;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a front end prints for a lint, compact on large runs: the findings (at most {@code maxPerRule} of each rule
 * in full, then how many more), the count per rule and the total ({@link ConsoleReporter#summary}), then what the
 * baseline hid and which of its entries are stale. The Maven plugin logs each line at its level; the command line
 * prints them. The complete list is always in the reports.
 */
public final class ConsoleOutput {

    /** Findings shown in full per rule by default. */
    public static final int DEFAULT_MAX_PER_RULE = 30;

    /**
     * One line of output.
     *
     * @param level the finding's severity, or null for information
     */
    public record Line(Severity level, String text) {
    }

    private ConsoleOutput() {
    }

    /**
     * @param maxPerRule findings shown in full per rule; 0 or less shows all
     * @param moreHint   what to do to see all, e.g. {@code set apistatus.maxFindingsPerRule=0}
     */
    public static List<Line> lines(ProjectLint.Outcome outcome, int maxPerRule, String moreHint) {
        List<Line> lines = findings(outcome.result(), maxPerRule, moreHint);
        ConsoleReporter.summary(outcome.result()).forEach(l -> lines.add(new Line(null, l)));
        lines.addAll(baseline(outcome, maxPerRule));
        return lines;
    }

    /** The findings, each rule's first {@code maxPerRule} in full, then one line per rule with more. */
    public static List<Line> findings(LintResult result, int maxPerRule, String moreHint) {
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> shown = new HashMap<>();
        Map<String, Integer> more = new TreeMap<>();
        for (Finding finding : result.findings()) {
            int n = shown.merge(finding.ruleId(), 1, Integer::sum);
            if (maxPerRule <= 0 || n <= maxPerRule) {
                lines.add(new Line(finding.severity(), ConsoleReporter.line(finding)));
            } else {
                more.merge(finding.ruleId(), 1, Integer::sum);
            }
        }
        more.forEach((rule, n) -> lines.add(new Line(null, "apistatus: " + n + " more " + rule + " finding"
                + (n == 1 ? "" : "s") + " not shown (" + maxPerRule + " per rule; " + moreHint + ")")));
        return lines;
    }

    /**
     * {@code apistatus: 3 findings at or above error (worst: success-response-missing, 2 findings); see
     * target/apistatus/apistatus.sarif}. The worst rule is the one with the most findings at the highest severity
     * among the failures (ties by rule id).
     *
     * @param report the report to point at, or null for "the log above"
     */
    public static String failureMessage(List<Finding> failures, FailThreshold threshold, String report) {
        Severity highest = failures.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
        Map<String, Long> counts = failures.stream().filter(f -> f.severity() == highest)
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        String worst = counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.<String, Long>comparingByKey().reversed()))
                .map(Map.Entry::getKey).orElseThrow();
        long worstCount = failures.stream().filter(f -> f.ruleId().equals(worst)).count();
        return "apistatus: " + plural(failures.size(), "finding") + " at or above " + threshold.label()
                + " (worst: " + worst + ", " + plural(worstCount, "finding") + ")"
                + (report == null ? "; see the log above" : "; see " + report);
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** What the baseline did: how many findings it hid, and its entries that match nothing any more. */
    public static List<Line> baseline(ProjectLint.Outcome outcome, int maxPerRule) {
        List<Line> lines = new ArrayList<>();
        if (outcome.baseline() == null) {
            return lines;
        }
        String file = ProjectLint.display(outcome.projectDir(), outcome.baseline());
        int hidden = outcome.hidden().size();
        lines.add(new Line(null, "apistatus: the baseline " + file + " hid " + hidden + " finding"
                + (hidden == 1 ? "" : "s")));
        List<Baseline.Entry> stale = outcome.stale();
        if (!stale.isEmpty()) {
            lines.add(new Line(null, "apistatus: " + stale.size() + " baseline entr" + (stale.size() == 1 ? "y matches"
                    : "ies match") + " no finding any more (fixed, or changed): rewrite the baseline to drop "
                    + (stale.size() == 1 ? "it" : "them")));
            int limit = maxPerRule <= 0 ? stale.size() : Math.min(stale.size(), maxPerRule);
            for (int i = 0; i < limit; i++) {
                lines.add(new Line(null, "  " + file + ": " + stale.get(i).describe()));
            }
            if (limit < stale.size()) {
                lines.add(new Line(null, "  ... and " + (stale.size() - limit) + " more"));
            }
        }
        return lines;
    }
}
