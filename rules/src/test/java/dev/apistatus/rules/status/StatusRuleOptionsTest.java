package dev.apistatus.rules.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apistatus.core.engine.ConfigException;
import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.RuleSetting;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.testing.FixtureHarness;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The options of the status rules, on fixtures under {@code src/test/resources/options/}. */
class StatusRuleOptionsTest {

    private static final Path OPTIONS = Path.of("src/test/resources/options");

    @Test
    void expectAllAddsForbiddenAndUnsupportedMediaType() {
        Path fixture = OPTIONS.resolve("expected-error-missing-all.yaml");
        List<Finding> findings = run(new ExpectedErrorMissing(), fixture, Map.of("expect", "all"));
        assertMatches(fixture, "expected-error-missing", findings);
        assertThat(findings.get(0).message()).contains("403 Forbidden").contains("415 Unsupported Media Type")
                .doesNotContain("401").doesNotContain("400");
    }

    @Test
    void withoutTheOptionForbiddenAndUnsupportedMediaTypeAreNotExpected() {
        Path fixture = OPTIONS.resolve("expected-error-missing-all.yaml");
        assertThat(run(new ExpectedErrorMissing(), fixture, Map.of())).isEmpty();
    }

    @Test
    void expectNarrowsTheCheckToTheListedCodes() {
        Path fixture = OPTIONS.resolve("expected-error-missing-404-only.yaml");
        List<Finding> findings = run(new ExpectedErrorMissing(), fixture, Map.of("expect", List.of("404")));
        assertMatches(fixture, "expected-error-missing", findings);
        assertThat(findings.get(0).message()).contains("404 Not Found").doesNotContain("401").doesNotContain("400");
    }

    @Test
    void anUnknownExpectedCodeIsAConfigurationError() {
        Path fixture = OPTIONS.resolve("expected-error-missing-404-only.yaml");
        assertThatThrownBy(() -> run(new ExpectedErrorMissing(), fixture, Map.of("expect", "404, 418")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'418'").hasMessageContaining("400, 401, 403, 404, 412, 415, 429 or all");
    }

    @Test
    void actionWordsMarkMoreActions() {
        Path fixture = OPTIONS.resolve("create-without-201-action-words.yaml");
        List<Finding> findings = run(new CreateWithout201(), fixture, Map.of("actionWords", List.of("Provision", "checkout")));
        assertMatches(fixture, "create-without-201", findings);
    }

    @Test
    void withoutActionWordsTheSamePostsAreCreations() {
        Path fixture = OPTIONS.resolve("create-without-201-action-words.yaml");
        assertThat(run(new CreateWithout201(), fixture, Map.of())).hasSize(3);
    }

    @Test
    void wordsSplitAtSeparatorsAndCamelCase() {
        assertThat(CreateWithout201.words("create-workflowDispatch")).containsExactly("create", "workflow", "dispatch");
        assertThat(CreateWithout201.words("PostPaymentIntentsIntentCapture"))
                .containsExactly("post", "payment", "intents", "intent", "capture");
        assertThat(CreateWithout201.words("apps_validate_appSpec")).containsExactly("apps", "validate", "app", "spec");
        assertThat(CreateWithout201.isPlural("orders")).isTrue();
        assertThat(CreateWithout201.isPlural("people")).isTrue();
        assertThat(CreateWithout201.isPlural("status")).isFalse();
        assertThat(CreateWithout201.isPlural("address")).isFalse();
        assertThat(CreateWithout201.isPlural("analysis")).isFalse();
    }

    private static List<Finding> run(Rule rule, Path fixture, Map<String, Object> options) {
        String id = rule.metadata().id();
        LintConfig config = LintConfig.of(fixture.getParent(), List.of(fixture))
                .withRules(Map.of(id, new RuleSetting(true, null, options)));
        return new Engine(List.of(rule)).run(config).findings().stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    private static void assertMatches(Path fixture, String id, List<Finding> findings) {
        Set<String> found = new TreeSet<>();
        findings.forEach(f -> found.add(String.format("%4d: %s", f.location().line(), f.ruleId())));
        assertThat(found).as(findings.toString()).isEqualTo(FixtureHarness.expectations(fixture, Set.of(id)));
    }
}
