package dev.apistatus.rules.headers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.RuleSetting;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Rule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule options, which the fixture harness (default options only) cannot reach. */
class HeaderRuleOptionsTest {

    private static final Path OPTIONS = Path.of("src/test/resources/options/headers");

    private static List<Finding> run(Rule rule, String fixture, Map<String, Object> options) {
        String id = rule.metadata().id();
        LintConfig config = LintConfig.of(OPTIONS, List.of(OPTIONS.resolve(fixture)))
                .withRules(Map.of(id, new RuleSetting(true, null, options)));
        return new Engine(List.of(rule)).run(config).findings().stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    @Test
    void rateLimitHeadersSatisfyTheRuleByDefault() {
        assertThat(run(new RateLimitedWithoutRetryAfter(), "rate-limit-headers-only.yaml", Map.of())).isEmpty();
    }

    @Test
    void withAcceptRateLimitHeadersOffOnlyRetryAfterCounts() {
        List<Finding> findings = run(new RateLimitedWithoutRetryAfter(), "rate-limit-headers-only.yaml",
                Map.of(RateLimitedWithoutRetryAfter.ACCEPT_RATE_LIMIT_HEADERS, false));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(8);
            assertThat(f.message()).startsWith("GET /orders 429 declares no Retry-After header");
        });
    }

    @Test
    void actionsAreLeftAloneByDefault() {
        assertThat(run(new CreatedWithoutLocation(), "created-action.yaml", Map.of())).isEmpty();
    }

    @Test
    void withAddressableOnlyOffEveryPostIsReported() {
        List<Finding> findings = run(new CreatedWithoutLocation(), "created-action.yaml",
                Map.of(CreatedWithoutLocation.ADDRESSABLE_ONLY, "false"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(9);
            assertThat(f.message()).startsWith("POST /runs/{runId}/rerun 201 declares no Location header");
        });
    }
}
