package dev.apistatus.core.report;

import static dev.apistatus.core.report.ReportFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReporterTest {

    private final ConsoleReporter reporter = new ConsoleReporter();

    @Test
    void namesItsFormatAndFile() {
        assertThat(reporter.format()).isEqualTo("console");
        assertThat(reporter.fileName()).isEqualTo("apistatus.txt");
    }

    @Test
    void printsOneLinePerFindingThenCountsPerRuleAndTotal() throws Exception {
        String expected = """
                api/openapi.yaml:12:9: error [success-response-missing] GET /pets declares no 2xx response; add one (e.g. 200).
                api/openapi.yaml:40:11: warning [problem-details-media-type] Response 404 of the shared component is application/json; use application/problem+json.
                api/openapi.yaml:52:9: error [success-response-missing] DELETE /pets/{id} declares no 2xx response; add one (e.g. 204).
                api/other spec.yaml:7:5: error [success-response-missing] PUT /pets/{id} declares no 2xx response; add one (e.g. 200).
                src/main/java/com/acme/PetClient.java:40:16: warning [retry-non-idempotent] POST /orders is retried on any exception; retry only idempotent requests.

                  problem-details-media-type   warning  1
                  retry-non-idempotent         warning  1
                  success-response-missing     error    3
                3 errors, 2 warnings, 0 notes in 2 spec files
                """;
        assertThat(ReportFixtures.write(reporter, ReportFixtures.sample())).isEqualTo(expected);
    }

    @Test
    void noFindings() throws Exception {
        assertThat(ReportFixtures.write(reporter, ReportFixtures.empty(2))).isEqualTo("No findings in 2 spec files.\n");
        assertThat(ReportFixtures.write(reporter, ReportFixtures.empty(1))).isEqualTo("No findings in 1 spec file.\n");
        assertThat(ReportFixtures.write(reporter, ReportFixtures.empty(0))).isEqualTo("No findings in 0 spec files.\n");
        assertThat(ConsoleReporter.summary(ReportFixtures.empty(3))).containsExactly("No findings in 3 spec files.");
    }

    @Test
    void singularAndPluralInTheTotal() {
        LintResult result = new LintResult(List.of(
                finding("a-rule", Severity.ERROR, 3),
                finding("b-rule", Severity.WARNING, 4),
                finding("c-rule", Severity.NOTE, 5)), ReportFixtures.rules(), 1);
        assertThat(ConsoleReporter.summary(result)).last()
                .isEqualTo("1 error, 1 warning, 1 note in 1 spec file");
    }

    @Test
    void summaryAlignsColumnsAndSplitsARuleReportedAtTwoSeverities() {
        java.util.ArrayList<Finding> findings = new java.util.ArrayList<>();
        for (int line = 1; line <= 12; line++) {
            findings.add(finding("long-rule-identifier", Severity.WARNING, line));
        }
        findings.add(finding("short", Severity.ERROR, 20));
        findings.add(finding("short", Severity.NOTE, 21));
        findings.sort(null);
        LintResult result = new LintResult(findings, ReportFixtures.rules(), 3);
        assertThat(ConsoleReporter.summary(result)).containsExactly(
                "  long-rule-identifier   warning  12",
                "  short                  error     1",
                "  short                  note      1",
                "1 error, 12 warnings, 1 note in 3 spec files");
    }

    @Test
    void lineHelperGivesTheFindingLineAlone() {
        Finding java = new Finding("retry-non-idempotent", Severity.NOTE, "Retried.",
                new SourceLocation("src/A.java", 3, 7, null), List.of());
        assertThat(ConsoleReporter.line(java)).isEqualTo("src/A.java:3:7: note [retry-non-idempotent] Retried.");
        Finding multiLine = new Finding("x", Severity.ERROR, "first\nsecond\r\nthird", spec(1, 1, ""), List.of());
        assertThat(ConsoleReporter.line(multiLine))
                .isEqualTo("api/openapi.yaml:1:1: error [x] first second third");
    }

    @Test
    void writeEqualsLinesPlusSummary() throws Exception {
        LintResult result = ReportFixtures.sample();
        StringBuilder expected = new StringBuilder();
        result.findings().forEach(f -> expected.append(ConsoleReporter.line(f)).append('\n'));
        expected.append('\n');
        ConsoleReporter.summary(result).forEach(l -> expected.append(l).append('\n'));
        assertThat(ReportFixtures.write(reporter, result)).isEqualTo(expected.toString());
    }

    @Test
    void isDeterministic() throws Exception {
        assertThat(ReportFixtures.write(reporter, ReportFixtures.sample()))
                .isEqualTo(ReportFixtures.write(new ConsoleReporter(), ReportFixtures.sample()))
                .doesNotContain("\r");
    }

    private static Finding finding(String rule, Severity severity, int line) {
        return new Finding(rule, severity, "message " + line, spec(line, 1, "/x"), List.of());
    }
}
