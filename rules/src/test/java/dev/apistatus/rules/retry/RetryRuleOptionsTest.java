package dev.apistatus.rules.retry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.RuleSetting;
import dev.apistatus.core.rule.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The retry rules' options, which the fixture harness (default options only) cannot reach. */
class RetryRuleOptionsTest {

    private static final Path VENDOR_KEY = Path.of("src/test/resources/options/retry/vendor-key");

    private static List<Finding> run(Map<String, Object> options) {
        RetryNonIdempotent rule = new RetryNonIdempotent();
        String id = rule.metadata().id();
        LintConfig config = new LintConfig(VENDOR_KEY, List.of(), List.of(VENDOR_KEY), Map.of(), LintConfig.DEFAULT_MAX_SPEC_BYTES)
                .withRules(Map.of(id, new RuleSetting(true, null, options)));
        return new Engine(List.of(rule)).run(config).findings().stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    @Test
    void aVendorHeaderIsNoKeyByDefault() {
        assertThat(run(Map.of())).singleElement().satisfies(f -> {
            assertThat(f.location().toString()).isEqualTo("Payouts.java:20:9");
            assertThat(f.message()).startsWith("The for loop in Payouts.payout retries http.send (POST) (Payouts.java:22:24), "
                    + "which sends no Idempotency-Key or X-Idempotency-Key header");
            assertThat(f.message()).contains("add an Idempotency-Key header");
            assertThat(f.related()).extracting(Object::toString).containsExactly("Payouts.java:22:24");
        });
    }

    @Test
    void idempotencyHeadersNameTheApisOwnHeader() {
        assertThat(run(Map.of(RetryNonIdempotent.IDEMPOTENCY_HEADERS, List.of("Idempotency-Key", "paypal-request-id")))).isEmpty();
        assertThat(run(Map.of(RetryNonIdempotent.IDEMPOTENCY_HEADERS, "PayPal-Request-Id"))).isEmpty();
    }
}
