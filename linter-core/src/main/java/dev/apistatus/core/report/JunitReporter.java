package dev.apistatus.core.report;

import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.RuleMetadata;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * JUnit XML ({@code apistatus-junit.xml}) for CI dashboards (Jenkins, GitLab, Azure DevOps, GitHub test reporters):
 * one {@code <testsuite>} per file, one {@code <testcase>} per rule per file. A test case fails when the rule found
 * something at or above the run's {@code failOn} in that file; findings below it are listed in the test case's
 * {@code <system-out>} and the case passes, so the dashboard agrees with the build result.
 *
 * <p>The files are the linted spec files (with every spec rule that ran, passing or not) and every other file with
 * findings (a Java file gets the code rules that ran). Deterministic: sorted, {@code time="0"}, no timestamps.
 */
public final class JunitReporter implements Reporter {

    private final ReportContext context;

    /** Only files with findings, every finding a failure. */
    public JunitReporter() {
        this(ReportContext.NONE);
    }

    public JunitReporter(ReportContext context) {
        this.context = context;
    }

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String fileName() {
        return "apistatus-junit.xml";
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        out.write(render(result));
        out.flush();
    }

    String render(LintResult result) {
        Map<String, Map<String, List<Finding>>> byFile = new TreeMap<>();
        context.linted().forEach(file -> byFile.put(file, new TreeMap<>()));
        for (Finding finding : result.findings()) {
            byFile.computeIfAbsent(finding.location().file(), f -> new TreeMap<>())
                    .computeIfAbsent(finding.ruleId(), r -> new ArrayList<>()).add(finding);
        }

        StringBuilder suites = new StringBuilder();
        int tests = 0;
        int failures = 0;
        for (Map.Entry<String, Map<String, List<Finding>>> file : byFile.entrySet()) {
            Set<String> ruleIds = new TreeSet<>(file.getValue().keySet());
            boolean spec = isSpec(file.getKey());
            for (RuleMetadata rule : result.rules()) {
                if (spec ? rule.targets().contains(Target.SPEC)
                        : rule.targets().stream().anyMatch(t -> t != Target.SPEC)) {
                    ruleIds.add(rule.id());
                }
            }
            StringBuilder cases = new StringBuilder();
            int fileFailures = 0;
            for (String ruleId : ruleIds) {
                List<Finding> found = file.getValue().getOrDefault(ruleId, List.of());
                List<Finding> failing = found.stream().filter(f -> context.failOn().fails(f.severity())).toList();
                cases.append("    <testcase name=\"").append(xml(ruleId)).append("\" classname=\"").append(xml(file.getKey()))
                        .append("\" time=\"0\"");
                if (found.isEmpty()) {
                    cases.append("/>\n");
                    continue;
                }
                cases.append(">\n");
                if (!failing.isEmpty()) {
                    fileFailures++;
                    Severity worst = failing.stream().map(Finding::severity).min(Comparator.naturalOrder())
                            .orElseThrow();
                    cases.append("      <failure type=\"").append(worst.label()).append("\" message=\"")
                            .append(xml(ConsoleReporter.plural(failing.size(), "finding") + " of " + ruleId + ": "
                                    + failing.get(0).message())).append("\">");
                    failing.forEach(f -> cases.append(xml(ConsoleReporter.line(f))).append('\n'));
                    cases.append("</failure>\n");
                }
                List<Finding> passing = found.stream().filter(f -> !failing.contains(f)).toList();
                if (!passing.isEmpty()) {
                    cases.append("      <system-out>");
                    passing.forEach(f -> cases.append(xml(ConsoleReporter.line(f))).append('\n'));
                    cases.append("</system-out>\n");
                }
                cases.append("    </testcase>\n");
            }
            tests += ruleIds.size();
            failures += fileFailures;
            suites.append("  <testsuite name=\"").append(xml(file.getKey())).append("\" tests=\"").append(ruleIds.size())
                    .append("\" failures=\"").append(fileFailures).append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n")
                    .append(cases).append("  </testsuite>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"" + xml(ToolInfo.NAME) + "\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"0\" time=\"0\">\n" + suites + "</testsuites>\n";
    }

    static boolean isSpec(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** Escapes text for XML content and attributes; drops characters XML 1.0 cannot hold. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
