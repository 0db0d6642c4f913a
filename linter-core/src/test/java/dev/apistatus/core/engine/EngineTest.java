package dev.apistatus.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {

    /** Reports every operation, and every response with the option {@code responses: true}. */
    @RuleDefinition(id = "every-operation", targets = Target.SPEC, severity = Severity.WARNING,
            family = Family.STATUS, summary = "test rule")
    static final class EveryOperation implements Rule {
        @Override
        public void check(RuleContext context) {
            for (Operation op : context.model().specOperations()) {
                context.report(op.location(), op.describe());
                if (context.options().getBoolean("responses", false)) {
                    op.responses().forEach(r -> context.report(r.location(), op.describe() + " " + r.code()));
                }
            }
        }
    }

    /** A rule with a bug. */
    @RuleDefinition(id = "broken-rule", targets = Target.SPEC, severity = Severity.ERROR,
            family = Family.STATUS, summary = "test rule that fails")
    static final class BrokenRule implements Rule {
        @Override
        public void check(RuleContext context) {
            context.report(context.model().specOperations().get(0).location(), "half done");
            throw new IllegalStateException("bug");
        }
    }

    @TempDir
    Path dir;

    private Path spec(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /b:
                get:
                  responses: {"200": {description: ok}}
              /a:
                post:
                  x-apistatus-ignore: [every-operation]
                  responses: {"201": {description: created}}
                put:
                  x-apistatus-ignore: [every-operation, no-such-rule]
                  responses:
                    "200":
                      description: ok
            """;

    private LintResult run(Map<String, RuleSetting> rules, Path... specs) {
        return new Engine(List.of(new EveryOperation())).run(LintConfig.of(dir, List.of(specs)).withRules(rules));
    }

    private static List<String> lines(LintResult result) {
        return result.findings().stream()
                .map(f -> f.location() + " " + f.severity().label() + " [" + f.ruleId() + "] " + f.message())
                .toList();
    }

    @Test
    void findingsAreSortedAndSuppressionsApplied() throws IOException {
        LintResult result = run(Map.of(), spec("openapi.yaml", SPEC));
        assertThat(lines(result)).containsExactly(
                "openapi.yaml:5:5 warning [every-operation] GET /b",
                "openapi.yaml:12:7 note [suppression-unused] x-apistatus-ignore names 'no-such-rule', which is not a rule: fix or remove it");
        assertThat(result.specsRead()).isEqualTo(1);
        assertThat(result.rules()).extracting(m -> m.id())
                .containsExactly("every-operation", "spec-unreadable", "suppression-unused");
    }

    @Test
    void aSuppressionThatHidesNothingIsReported() throws IOException {
        Path file = spec("openapi.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get:
                      responses:
                        "200":
                          description: ok
                          x-apistatus-ignore: [every-operation]
                """);
        // the operation's finding lands on the operation, above the response that carries the suppression
        assertThat(lines(run(Map.of(), file))).containsExactly(
                "openapi.yaml:5:5 warning [every-operation] GET /a",
                "openapi.yaml:9:11 note [suppression-unused] x-apistatus-ignore of 'every-operation' suppresses nothing here: remove it");
    }

    @Test
    void severityOverridesOptionsAndOff() throws IOException {
        Path file = spec("openapi.yaml", SPEC);
        LintResult upgraded = run(Map.of("every-operation", new RuleSetting(true, Severity.ERROR, Map.of("responses", "true"))), file);
        assertThat(upgraded.findings()).filteredOn(f -> f.ruleId().equals("every-operation"))
                .extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(lines(upgraded)).contains("openapi.yaml:6:19 error [every-operation] GET /b 200");
        assertThat(upgraded.failures(FailThreshold.ERROR)).hasSize(2);
        assertThat(upgraded.failures(FailThreshold.NONE)).isEmpty();

        LintResult off = run(Map.of("every-operation", RuleSetting.OFF, "suppression-unused", RuleSetting.parseLevel("off")), file);
        assertThat(off.findings()).isEmpty();
        assertThat(off.rules()).extracting(m -> m.id()).containsExactly("spec-unreadable");
    }

    @Test
    void unknownRulesAreConfigurationErrorsWithASuggestion() {
        assertThatThrownBy(() -> run(Map.of("every-operaton", RuleSetting.OFF)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown rule 'every-operaton' (did you mean 'every-operation'?); the rules are: every-operation,"
                        + " source-unparsable, spec-unreadable, suppression-unused");
        assertThatThrownBy(() -> RuleSetting.parseLevel("fatal"))
                .hasMessage("unknown rule level 'fatal': use off, error, warning or note");
        assertThatThrownBy(() -> FailThreshold.parse("always"))
                .hasMessage("unknown failOn 'always': use error, warning, note or none");
    }

    @Test
    void unreadableSpecsBecomeFindingsAndTheRunGoesOn() throws IOException {
        Path broken = spec("broken.yaml", "openapi: 3.0.3\npaths: {\n");
        LintResult result = run(Map.of(), broken, spec("openapi.yaml", SPEC));
        assertThat(result.findings().get(0).ruleId()).isEqualTo("spec-unreadable");
        assertThat(result.findings().get(0).location().file()).isEqualTo("broken.yaml");
        assertThat(result.findings().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(lines(result)).contains("openapi.yaml:5:5 warning [every-operation] GET /b");
    }

    @Test
    void twoRunsGiveTheSameFindingsWhateverTheOrderOfTheFiles() throws IOException {
        Path one = spec("one.yaml", SPEC);
        Path two = spec("two.yaml", SPEC.replace("/b", "/c"));
        LintResult first = run(Map.of(), one, two);
        LintResult second = run(Map.of(), two, one);
        assertThat(lines(first)).isEqualTo(lines(second)).hasSize(4);
    }

    @Test
    void aFailingRuleIsReportedAndTheOtherRulesStillRun() throws IOException {
        Path file = spec("openapi.yaml", SPEC);
        LintResult result = new Engine(List.of(new BrokenRule(), new EveryOperation())).run(LintConfig.of(dir, List.of(file)));
        assertThat(lines(result)).contains(
                ".:1:1 note [broken-rule] apistatus internal error in this rule (IllegalStateException: bug): its findings are missing from this run. Please report it.",
                "openapi.yaml:5:5 warning [every-operation] GET /b");
        assertThat(lines(result)).noneMatch(l -> l.contains("half done"));
    }

    @Test
    void twoRulesWithOneIdAreRefused() {
        assertThatThrownBy(() -> new Engine(List.of(new EveryOperation(), new EveryOperation())))
                .hasMessageContaining("every-operation");
    }
}
