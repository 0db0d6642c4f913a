package dev.apistatus.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apistatus.core.baseline.Baseline;
import dev.apistatus.core.engine.ConfigException;
import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.FailThreshold;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.engine.RuleSetting;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLintTest {

    /** Reports every operation, and every response with the option {@code responses: true}. */
    @RuleDefinition(id = "every-operation", targets = Target.SPEC, severity = Severity.WARNING,
            family = Family.STATUS, summary = "test rule", options = "responses")
    static final class EveryOperation implements Rule {
        @Override
        public void check(RuleContext context) {
            for (Operation op : context.model().specOperations()) {
                context.report(op.location(), op.describe());
                if (context.options().getBoolean("responses", false)) {
                    op.responses().forEach(r -> context.report(r.location(), op.describe() + " " + r.code()));
                    // where a shared response is declared, which may be another file
                    op.responses().stream().filter(r -> r.declaration().componentName() != null)
                            .forEach(r -> context.report(r.declaration().location(), "component " + r.code()));
                }
            }
        }
    }

    static final String SPEC = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /a:
                get:
                  responses:
                    "200": {description: ok}
              /b:
                put:
                  responses:
                    "204": {description: done}
            """;

    @TempDir
    Path dir;

    final List<String> messages = new ArrayList<>();
    final ProjectLint lint = new ProjectLint(new Engine(List.of(new EveryOperation())), new ProjectLint.Listener() {
        @Override
        public void info(String message) {
            messages.add("info " + message);
        }

        @Override
        public void warn(String message) {
            messages.add("warn " + message);
        }
    });

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static List<String> where(LintResult result) {
        return result.findings().stream().map(f -> f.location() + " " + f.severity().label() + " " + f.message())
                .toList();
    }

    @Test
    void withoutAConfigurationFileTheDefaultsApply() throws Exception {
        write("openapi.yaml", SPEC);
        ProjectLint.Outcome outcome = lint.lint(new ProjectLint.Request(dir));
        assertThat(outcome.configFile()).isNull();
        assertThat(outcome.failOn()).isEqualTo(FailThreshold.ERROR);
        assertThat(where(outcome.result())).containsExactly("openapi.yaml:5:5 warning GET /a",
                "openapi.yaml:9:5 warning PUT /b");
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.baseline()).isNull();
    }

    @Test
    void theFileSetsLevelsOptionsAndFailOnAndTheFrontEndWins() throws Exception {
        write("openapi.yaml", SPEC);
        write("apistatus.yaml", """
                failOn: note
                rules:
                  every-operation:
                    severity: note
                    options: {responses: true}
                """);
        ProjectLint.Outcome fromFile = lint.lint(new ProjectLint.Request(dir));
        assertThat(fromFile.configFile()).isEqualTo(dir.resolve("apistatus.yaml"));
        assertThat(messages).contains("info apistatus: configuration from apistatus.yaml");
        assertThat(fromFile.failOn()).isEqualTo(FailThreshold.NOTE);
        assertThat(where(fromFile.result())).containsExactly("openapi.yaml:5:5 note GET /a",
                "openapi.yaml:7:9 note GET /a 200", "openapi.yaml:9:5 note PUT /b", "openapi.yaml:11:9 note PUT /b 204");
        assertThat(fromFile.failures()).hasSize(4);

        // the POM or the command line: a level keeps the file's options; failOn replaces the file's
        ProjectLint.Outcome overridden = lint.lint(new ProjectLint.Request(dir).failOn(FailThreshold.ERROR)
                .rules(Map.of("every-operation", RuleSetting.parseLevel("error"))));
        assertThat(overridden.failOn()).isEqualTo(FailThreshold.ERROR);
        assertThat(where(overridden.result())).hasSize(4).allMatch(l -> l.contains(" error "));

        ProjectLint.Outcome off = lint.lint(new ProjectLint.Request(dir)
                .rules(Map.of("every-operation", RuleSetting.OFF)));
        assertThat(off.result().findings()).isEmpty();
    }

    @Test
    void includeAndExcludeChooseTheFiles() throws Exception {
        write("api/orders.yaml", SPEC);
        write("api/vendor/payments.yaml", SPEC);
        write("openapi.yaml", SPEC);
        write("apistatus.yaml", "include: [api/**.yaml]\nexclude: [api/vendor/]\n");
        ProjectLint.Outcome outcome = lint.lint(new ProjectLint.Request(dir));
        assertThat(outcome.specPaths()).containsExactly("api/orders.yaml");
        assertThat(messages).contains("info apistatus: excluded api/vendor/payments.yaml (exclude in apistatus.yaml)");

        // specs named by the front end win over include; exclude still applies
        ProjectLint.Outcome named = lint.lint(new ProjectLint.Request(dir)
                .specs(List.of("openapi.yaml", "api/vendor/payments.yaml"), "--spec", "--spec"));
        assertThat(named.specPaths()).containsExactly("openapi.yaml");

        write("apistatus.yaml", "include: [api/missing.yaml]\n");
        assertThatThrownBy(() -> lint.lint(new ProjectLint.Request(dir)))
                .isInstanceOf(SpecFinder.MissingSpecException.class)
                .hasMessageStartingWith("apistatus: spec file api/missing.yaml (in include in apistatus.yaml) does not exist");
    }

    @Test
    void aModuleUsesTheNearestFileUpToTheTop() throws Exception {
        write("apistatus.yaml", "failOn: warning\n");
        Path module = dir.resolve("services/orders");
        Files.createDirectories(module);
        Files.writeString(module.resolve("openapi.yaml"), SPEC);
        ProjectLint.Outcome outcome = lint.lint(new ProjectLint.Request(module).configTop(dir));
        assertThat(outcome.failOn()).isEqualTo(FailThreshold.WARNING);
        assertThat(messages).contains("info apistatus: configuration from ../../apistatus.yaml");
        assertThat(lint.lint(new ProjectLint.Request(module)).failOn()).isEqualTo(FailThreshold.ERROR);
    }

    @Test
    void configurationMistakesAreErrorsNamingFileAndLine() throws Exception {
        write("openapi.yaml", SPEC);
        write("apistatus.yaml", "rules:\n  every-operation:\n    options: {response: true}\n");
        assertThatThrownBy(() -> lint.lint(new ProjectLint.Request(dir))).isInstanceOf(ConfigException.class)
                .hasMessage("apistatus.yaml:3:15: unknown option 'response' for rule every-operation (did you mean"
                        + " 'responses'?); its options are responses");
        Path other = write("conf/strict.yaml", "failOn: never\n");
        assertThatThrownBy(() -> lint.lint(new ProjectLint.Request(dir).configFile(other)))
                .hasMessage("conf/strict.yaml:1:9: unknown failOn 'never': use error, warning, note or none");
        assertThatThrownBy(() -> lint.lint(new ProjectLint.Request(dir).configFile(dir.resolve("nope.yaml"))))
                .hasMessage("nope.yaml: the configuration file does not exist");
        assertThatThrownBy(() -> lint.lint(new ProjectLint.Request(dir).configFile(other)
                .rules(Map.of("every-operatio", RuleSetting.OFF)))).isInstanceOf(ConfigException.class);
    }

    @Test
    void theBaselineHidesWhatItListsEvenWhenLinesMove() throws Exception {
        write("openapi.yaml", SPEC);
        ProjectLint.Outcome written = lint.writeBaseline(new ProjectLint.Request(dir));
        assertThat(written.result().findings()).hasSize(2);
        assertThat(dir.resolve(Baseline.FILE_NAME)).isRegularFile();

        // three lines above everything, and a new operation
        write("openapi.yaml", "# one\n# two\n# three\n" + SPEC + "  /c:\n    post:\n      responses:\n"
                + "        \"201\": {description: made}\n");
        ProjectLint.Outcome outcome = lint.lint(new ProjectLint.Request(dir));
        assertThat(outcome.baseline()).isEqualTo(dir.resolve(Baseline.FILE_NAME));
        assertThat(outcome.hidden()).hasSize(2);
        assertThat(where(outcome.result())).containsExactly("openapi.yaml:16:5 warning POST /c");
        assertThat(outcome.stale()).isEmpty();

        // /b is removed: its entry is stale
        write("openapi.yaml", SPEC.substring(0, SPEC.indexOf("  /b:")));
        ProjectLint.Outcome fixed = lint.lint(new ProjectLint.Request(dir));
        assertThat(fixed.result().findings()).isEmpty();
        assertThat(fixed.stale()).extracting(Baseline.Entry::element).containsExactly("/paths/~1b/put");
        List<String> text = ConsoleOutput.lines(fixed, 30, "").stream().map(ConsoleOutput.Line::text).toList();
        assertThat(text).containsSubsequence("No findings in 1 spec file.",
                "apistatus: the baseline apistatus-baseline.json hid 1 finding",
                "apistatus: 1 baseline entry matches no finding any more (fixed, or changed): rewrite the baseline to"
                        + " drop it",
                "  apistatus-baseline.json: [every-operation] openapi.yaml /paths/~1b/put: put:");

        // lintAll ignores it; an explicit baseline that does not exist is a warning
        assertThat(lint.lintAll(new ProjectLint.Request(dir)).hidden()).isEmpty();
        lint.lint(new ProjectLint.Request(dir).baselineFile(dir.resolve("other.json")));
        assertThat(messages).anyMatch(m -> m.startsWith("warn apistatus: no baseline at other.json"));
    }

    @Test
    void consoleOutputShowsAtMostNPerRuleThenCounts() throws Exception {
        StringBuilder spec = new StringBuilder("openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\npaths:\n");
        for (int i = 0; i < 12; i++) {
            spec.append("  /p").append(i).append(":\n    get:\n      responses:\n        \"200\": {description: ok}\n");
        }
        write("openapi.yaml", spec.toString());
        ProjectLint.Outcome outcome = lint.lint(new ProjectLint.Request(dir));
        List<ConsoleOutput.Line> lines = ConsoleOutput.lines(outcome, 5, "set max=0 to see all");
        assertThat(lines.stream().filter(l -> l.level() == Severity.WARNING)).hasSize(5);
        assertThat(lines).extracting(ConsoleOutput.Line::text).containsSubsequence(
                "apistatus: 7 more every-operation findings not shown (5 per rule; set max=0 to see all)",
                "  every-operation   warning  12",
                "0 errors, 12 warnings, 0 notes in 1 spec file");
        assertThat(ConsoleOutput.lines(outcome, 0, "").stream().filter(l -> l.level() != null)).hasSize(12);
    }

    @Test
    void modulesMergeWithPathsFromTheRoot() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("services/b");
        for (Path module : List.of(a, b)) {
            Files.createDirectories(module.resolve("src/main/resources"));
            Files.writeString(module.resolve("src/main/resources/openapi.yaml"), SPEC);
        }
        LintResult merged = ProjectLint.merge(dir, List.of(lint.lint(new ProjectLint.Request(b)),
                lint.lint(new ProjectLint.Request(a))));
        assertThat(merged.findings()).extracting(f -> f.location().toString()).containsExactly(
                "a/src/main/resources/openapi.yaml:5:5", "a/src/main/resources/openapi.yaml:9:5",
                "services/b/src/main/resources/openapi.yaml:5:5", "services/b/src/main/resources/openapi.yaml:9:5");
        assertThat(merged.specsRead()).isEqualTo(2);
        assertThat(merged.rules()).extracting(r -> r.id()).contains("every-operation", "spec-unreadable");
    }

    @Test
    void reportsAreWrittenByFormat() throws Exception {
        write("openapi.yaml", SPEC);
        ProjectLint.Outcome outcome = lint.lint(new ProjectLint.Request(dir));
        List<String> formats = ReportFiles.formats(List.of("json,html", "JUnit", "none", "json"), "formats");
        assertThat(formats).containsExactly("json", "html", "junit");
        var written = ReportFiles.write(outcome.result(), formats, dir.resolve("out"), dir, outcome.specPaths(),
                outcome.failOn());
        assertThat(written.keySet()).containsExactly("json", "html", "junit");
        assertThat(Files.readString(written.get("html"))).contains("<span class=\"ln\">5</span>    get:");
        assertThat(Files.readString(written.get("junit"))).contains("<testcase name=\"every-operation\"");
        assertThat(ReportFiles.seeReport(written)).isEqualTo(written.get("json"));
        assertThatThrownBy(() -> ReportFiles.formats(List.of("pdf"), "--format"))
                .hasMessage("unknown format 'pdf' in --format: use console, json, sarif, html, junit");
    }

    @Test
    void findingsInExcludedFilesAreDropped() throws Exception {
        write("openapi.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get:
                      responses:
                        "200": {$ref: "shared/common.yaml#/components/responses/Ok"}
                """);
        write("shared/common.yaml", """
                openapi: 3.0.3
                info: {title: shared, version: "1"}
                paths: {}
                components:
                  responses:
                    Ok: {description: ok}
                """);
        write("apistatus.yaml", """
                exclude: ['shared/**']
                rules:
                  every-operation: {options: {responses: true}}
                """);
        ProjectLint.Outcome outcome = lint.lint(new ProjectLint.Request(dir));
        assertThat(outcome.excluded()).isEqualTo(1);
        assertThat(where(outcome.result())).containsExactly("openapi.yaml:5:5 warning GET /a",
                "openapi.yaml:7:9 warning GET /a 200");
    }

    @Test
    void filesAreNamedRelativeToTheProjectUnlessFarAway() {
        Path project = dir.resolve("a/b/c");
        assertThat(ProjectLint.display(project, project.resolve("api/x.yaml"))).isEqualTo("api/x.yaml");
        assertThat(ProjectLint.display(project, dir.resolve("a/apistatus.yaml"))).isEqualTo("../../apistatus.yaml");
        assertThat(ProjectLint.display(project, dir.resolve("out/report.html")))
                .isEqualTo(dir.resolve("out/report.html").toString().replace('\\', '/'));
    }
}
