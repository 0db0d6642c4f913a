package dev.apistatus.core.report;

import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The human-readable report: one line per finding in the compiler's {@code file:line:col: severity [rule] message}
 * shape (editors and CI logs turn it into links), then a count per rule and a total.
 *
 * <pre>
 * api/openapi.yaml:12:9: error [success-response-missing] GET /pets declares no 2xx response
 * src/main/java/com/acme/PetController.java:40:16: warning [problem-details-media-type] ...
 *
 *   problem-details-media-type   warning  1
 *   success-response-missing     error    1
 * 1 error, 1 warning, 0 notes in 1 spec file
 * </pre>
 *
 * <p>The Maven plugin logs the same text line by line through its logger: {@link #line(Finding)} for each finding
 * (at the finding's level), then {@link #summary(LintResult)}.
 */
public final class ConsoleReporter implements Reporter {

    /** Width of the severity column in the summary: the longest label, {@code warning}. */
    private static final int SEVERITY_WIDTH = maxSeverityWidth();

    @Override
    public String format() {
        return "console";
    }

    @Override
    public String fileName() {
        return "apistatus.txt";
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Finding finding : result.findings()) {
            text.append(line(finding)).append('\n');
        }
        if (!result.findings().isEmpty()) {
            text.append('\n');
        }
        for (String line : summary(result)) {
            text.append(line).append('\n');
        }
        out.write(text.toString());
        out.flush();
    }

    /**
     * One finding on one line: {@code path:line:col: severity [rule-id] message}. Line breaks inside the message
     * become spaces, so one finding is always one line.
     */
    public static String line(Finding finding) {
        SourceLocation location = finding.location();
        return location.file() + ':' + location.line() + ':' + location.column() + ": "
                + finding.severity().label() + " [" + finding.ruleId() + "] " + oneLine(finding.message());
    }

    /**
     * The lines after the findings: per rule (sorted by id, then severity) its severity and count, aligned in
     * columns, then the total {@code 3 errors, 1 warning, 0 notes in 2 spec files}. With no findings, the single
     * line {@code No findings in 2 spec files.}
     */
    public static List<String> summary(LintResult result) {
        String specs = plural(result.specsRead(), "spec file");
        if (result.findings().isEmpty()) {
            return List.of("No findings in " + specs + ".");
        }
        Map<String, Map<Severity, Integer>> counts = new TreeMap<>();
        for (Finding finding : result.findings()) {
            counts.computeIfAbsent(finding.ruleId(), id -> new EnumMap<>(Severity.class))
                    .merge(finding.severity(), 1, Integer::sum);
        }
        int idWidth = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        int countWidth = counts.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToInt(n -> Integer.toString(n).length())
                .max().orElse(1);
        List<String> lines = new ArrayList<>();
        counts.forEach((ruleId, bySeverity) -> bySeverity.forEach((severity, count) ->
                lines.add("  " + padRight(ruleId, idWidth) + "   " + padRight(severity.label(), SEVERITY_WIDTH)
                        + "  " + padLeft(Integer.toString(count), countWidth))));
        lines.add(plural(result.count(Severity.ERROR), "error") + ", "
                + plural(result.count(Severity.WARNING), "warning") + ", "
                + plural(result.count(Severity.NOTE), "note") + " in " + specs);
        return List.copyOf(lines);
    }

    /** {@code 1 error}, {@code 0 errors}, {@code 2 errors}. */
    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String oneLine(String message) {
        return message.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }

    private static String padRight(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    private static int maxSeverityWidth() {
        int width = 0;
        for (Severity severity : Severity.values()) {
            width = Math.max(width, severity.label().length());
        }
        return width;
    }
}
