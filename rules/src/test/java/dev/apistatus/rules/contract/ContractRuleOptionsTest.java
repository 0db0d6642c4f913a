package dev.apistatus.rules.contract;

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

/** The contract rules' options, which the fixture harness (default options only) cannot reach. */
class ContractRuleOptionsTest {

    private static final Path SHOP = Path.of("src/test/resources/options/contract/shop");

    private static List<String> run(Rule rule, Map<String, Object> options) {
        String id = rule.metadata().id();
        LintConfig config = LintConfig.of(SHOP, List.of(SHOP.resolve("openapi.yaml"))).withSources(List.of(SHOP))
                .withRules(Map.of(id, new RuleSetting(true, null, options)));
        return new Engine(List.of(rule)).run(config).findings().stream().filter(f -> f.ruleId().equals(id))
                .map(ContractRuleOptionsTest::brief).toList();
    }

    private static String brief(Finding f) {
        return f.location().line() + ": " + f.message().substring(0, Math.min(60, f.message().length()));
    }

    @Test
    void aDefaultResponseDocumentsEveryStatusByDefault() {
        assertThat(run(new UndocumentedStatus(), Map.of())).isEmpty();
    }

    @Test
    void withDefaultResponseErrorsASuccessItDoesNotNameIsUndocumented() {
        assertThat(run(new UndocumentedStatus(), Map.of(UndocumentedStatus.DEFAULT_RESPONSE, "errors")))
                .containsExactly("17: OrderController.create answers 202 Accepted (ResponseEntity.");
    }

    @Test
    void frameworkStatusesAllReportsThemEvenWhenTheClassIsDeclared() {
        // GET declares 401 (a 4xx): Spring's 400 for a mistyped id is only reported with frameworkStatuses: all
        assertThat(run(new UndocumentedStatus(), Map.of(UndocumentedStatus.FRAMEWORK_STATUSES, "all")))
                .containsExactly("23: the framework answers 400 for OrderController.get on its own");
        assertThat(run(new UndocumentedStatus(), Map.of(UndocumentedStatus.FRAMEWORK_STATUSES, "none"))).isEmpty();
    }

    @Test
    void ignoredStatusesAreConfigurable() {
        assertThat(run(new UnimplementedStatus(), Map.of())).isEmpty();
        assertThat(run(new UnimplementedStatus(), Map.of(UnimplementedStatus.IGNORE_STATUSES, List.of("500"))))
                .containsExactly("23: GET /orders/{id} (openapi.yaml:11) declares 401 Unauthorized");
    }
}
