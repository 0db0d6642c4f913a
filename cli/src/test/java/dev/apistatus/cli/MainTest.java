package dev.apistatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.rule.RuleMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line in-process: exit codes, output, reports, configuration, rules, explain. */
class MainTest extends CliTest {

    @Test
    void lintPrintsFindingsAndExitsOneAtFailOn() throws IOException {
        write("openapi.yaml", SPEC);
        Run run = run("lint", "--project", dir.toString());
        assertThat(run.status()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).startsWith("openapi.yaml:5:5: error [success-response-missing] PUT /things declares no"
                + " success");
        assertThat(run.out()).contains("openapi.yaml:10:13: warning [error-body-not-problem-details]",
                "\n\n  error-body-not-problem-details   warning  1\n", "1 error, 1 warning, 0 notes in 1 spec file\n");
        assertThat(run.err()).contains("linting openapi.yaml",
                "apistatus: 1 finding at or above error (worst: success-response-missing, 1 finding); see the output above");

        assertThat(run("lint", "--project", dir.toString(), "--fail-on", "none").status()).isEqualTo(Main.CLEAN);
        assertThat(run("lint", "--project", dir.toString(), "--rule", "success-response-missing=off").status())
                .isEqualTo(Main.CLEAN);
        assertThat(run("lint", "--project", dir.toString(), "--rule", "success-response-missing=off",
                "--fail-on", "warning").status()).isEqualTo(Main.FINDINGS);
    }

    @Test
    void findingsBelowFailOnExitZero() throws IOException {
        // a PUT answering 200 and nothing else: only a warning (no client error declared)
        write("api/openapi.yaml", SPEC.replace("\"400\"", "\"200\"").replace("application/json", "text/plain"));
        Run run = run("lint", "--project", dir.toString(), "--spec", "api/*.yaml");
        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(Main.CLEAN);
        assertThat(run.out()).startsWith("api/openapi.yaml:5:5: warning [error-response-missing]")
                .endsWith("0 errors, 1 warning, 0 notes in 1 spec file\n");
        assertThat(run("lint", "--project", dir.toString(), "--spec", "api/*.yaml", "--rule",
                "error-response-missing=off").out()).isEqualTo("No findings in 1 spec file.\n");
    }

    @Test
    void formatsWriteReportsIntoOutput() throws IOException {
        write("openapi.yaml", SPEC);
        Run run = run("lint", "--project", dir.toString(), "--format", "json,sarif", "--format", "html", "--format",
                "junit", "--format", "console", "--output", "reports");
        assertThat(run.status()).isEqualTo(Main.FINDINGS);
        for (String file : new String[] {"apistatus.json", "apistatus.sarif", "apistatus.html", "apistatus-junit.xml",
                "apistatus.txt"}) {
            assertThat(dir.resolve("reports").resolve(file)).isRegularFile();
            assertThat(run.err()).contains("apistatus: wrote reports/" + file);
        }
        assertThat(Files.readString(dir.resolve("reports/apistatus.html")))
                .contains("<span class=\"ln\">5</span>    put:");
        assertThat(run.err()).contains("; see reports/apistatus.sarif");
        // the text report is the complete console output
        assertThat(Files.readString(dir.resolve("reports/apistatus.txt"))).isEqualTo(run.out());
    }

    @Test
    void usageAndInputErrorsExitTwo() throws IOException {
        write("openapi.yaml", SPEC);
        String project = dir.toString();
        Run unknownOption = run("lint", "--project", project, "--nope");
        assertThat(unknownOption.status()).isEqualTo(Main.USAGE);
        assertThat(unknownOption.err()).contains("Unknown option: '--nope'", "Usage: apistatus-cli lint");

        assertThat(run("lint", "--project", project, "--fail-on", "sometimes").err())
                .isEqualTo("apistatus: --fail-on: unknown failOn 'sometimes': use error, warning, note or none\n");
        assertThat(run("lint", "--project", project, "--rule", "success-response-missing").err())
                .startsWith("apistatus: --rule success-response-missing is not ID=LEVEL");
        Run unknownRule = run("lint", "--project", project, "--rule", "success-responses-missing=off");
        assertThat(unknownRule.status()).isEqualTo(Main.USAGE);
        assertThat(unknownRule.err()).startsWith("apistatus: invalid configuration: unknown rule"
                + " 'success-responses-missing' (did you mean 'success-response-missing'?)");
        Run missing = run("lint", "--project", project, "--spec", "nope.yaml");
        assertThat(missing.status()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).startsWith("apistatus: spec file nope.yaml (in --spec) does not exist");
        assertThat(run("lint", "--project", project, "--format", "pdf").err())
                .isEqualTo("apistatus: unknown format 'pdf' in --format: use console, json, sarif, html, junit\n");
        assertThat(run().status()).isEqualTo(Main.USAGE);
        assertThat(run("nonsense").status()).isEqualTo(Main.USAGE);
    }

    @Test
    void theConfigurationFileIsReadAndItsMistakesNameFileAndLine() throws IOException {
        write("openapi.yaml", SPEC);
        write("apistatus.yaml", """
                failOn: warning
                rules:
                  success-response-missing: off
                """);
        Run run = run("lint", "--project", dir.toString());
        assertThat(run.err()).contains("apistatus: configuration from apistatus.yaml");
        assertThat(run.out()).doesNotContain("success-response-missing");
        assertThat(run.status()).isEqualTo(Main.FINDINGS); // the warning fails at failOn: warning
        assertThat(run("lint", "--project", dir.toString(), "--fail-on", "error").status()).isEqualTo(Main.CLEAN);

        write("strict.yaml", "rules:\n  expected-error-missing:\n    options:\n      expected: [404]\n");
        Run bad = run("lint", "--project", dir.toString(), "--config", "strict.yaml");
        assertThat(bad.status()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).isEqualTo("apistatus: invalid configuration: strict.yaml:4:7: unknown option 'expected'"
                + " for rule expected-error-missing (did you mean 'expect'?); its options are expect\n");
    }

    @Test
    void rulesListsEveryRuleWithItsDefaultSeverity() {
        Run run = run("rules");
        assertThat(run.status()).isEqualTo(Main.CLEAN);
        for (RuleMetadata rule : Engine.discover().metadata()) {
            assertThat(run.out()).containsPattern("(?m)^" + rule.id() + " +" + rule.defaultSeverity().label() + " ");
        }
    }

    @Test
    void explainPrintsTheRulesPage() {
        for (RuleMetadata rule : Engine.discover().metadata()) {
            Run run = run("explain", rule.id());
            assertThat(run.status()).as(rule.id() + ": " + run.err()).isEqualTo(Main.CLEAN);
            assertThat(run.out()).startsWith("# " + rule.id());
        }
        Run unknown = run("explain", "no-content-with-bdy");
        assertThat(unknown.status()).isEqualTo(Main.USAGE);
        assertThat(unknown.err()).isEqualTo("apistatus: unknown rule 'no-content-with-bdy' (did you mean"
                + " 'no-content-with-body'?); 'rules' lists them\n");
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version").out()).startsWith("apistatus ");
        Run help = run("--help");
        assertThat(help.status()).isEqualTo(Main.CLEAN);
        assertThat(help.out()).contains("lint", "baseline", "rules", "explain", "2   usage or input error");
        assertThat(run("lint", "--help").out()).contains("--spec=FILE", "--format=FORMAT", "--fail-on=LEVEL",
                "--baseline=FILE", "--output=DIR", "--config=FILE", "--source=DIR");
    }

    @Test
    void optionsTakeTheirValueInEitherFormAndMistakesNameTheOption() throws IOException {
        write("openapi.yaml", SPEC);
        String project = dir.toString();
        assertThat(run("lint", "--project=" + project, "--fail-on=none").status()).isEqualTo(Main.CLEAN);
        assertThat(run("lint", "--project", project, "--rule=success-response-missing=off,"
                + "error-body-not-problem-details=off").out()).isEqualTo("No findings in 1 spec file.\n");

        Run missingValue = run("lint", "--project", project, "--spec");
        assertThat(missingValue.status()).isEqualTo(Main.USAGE);
        assertThat(missingValue.err()).startsWith("Missing required parameter for option '--spec' (FILE)\n"
                + "Usage: apistatus-cli lint ").endsWith("See 'apistatus-cli lint --help' for the options.\n");
        assertThat(run("lint", "--java-release", "x").err())
                .startsWith("Invalid value for option '--java-release': 'x' is not an int\n");
        assertThat(run("lint", "stray").err()).startsWith("Unexpected argument: 'stray'\n");
        assertThat(run("explain").err()).startsWith("Missing required parameter: 'RULE-ID'\n");
        assertThat(run("nonsense").err()).startsWith("Unknown command: 'nonsense'\nUsage: apistatus-cli [-hV]");

        Run help = run("help", "explain");
        assertThat(help.status()).isEqualTo(Main.CLEAN);
        assertThat(help.out()).startsWith("Usage: apistatus-cli explain [-hV] RULE-ID\n").contains("  -V, --version");
        assertThat(run("lint", "-h").out()).isEqualTo(run("help", "lint").out());
        assertThat(run("lint", "--help").out().replaceAll("\\s+", " ")).contains("(default: target/apistatus)",
                "(default: 30)", "(default: 25)");
    }

    @Test
    void cacheReusesTheFindingsWhileNothingChanged() throws IOException {
        write("openapi.yaml", SPEC);
        String project = dir.toString();
        Run first = run("lint", "--project", project, "--cache", "target/apistatus");
        assertThat(first.status()).isEqualTo(Main.FINDINGS);
        assertThat(first.err()).doesNotContain("nothing changed");
        assertThat(dir.resolve("target/apistatus/lint-cache.json")).isRegularFile();

        Run second = run("lint", "--project", project, "--cache", "target/apistatus");
        assertThat(second.err()).contains("apistatus: nothing changed since the last run: findings from"
                + " target/apistatus/lint-cache.json");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.status()).isEqualTo(first.status());

        write("openapi.yaml", SPEC.replace("\"400\"", "\"200\""));
        Run changed = run("lint", "--project", project, "--cache", "target/apistatus");
        assertThat(changed.err()).doesNotContain("nothing changed");
        assertThat(changed.out()).isNotEqualTo(first.out());
    }
}
