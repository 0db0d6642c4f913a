package dev.apistatus.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.rule.Family;
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

class CodeSuppressionsTest {

    /** Reports every handler, at its name. */
    @RuleDefinition(id = "every-handler", targets = Target.CODE, severity = Severity.WARNING, family = Family.HANDLER,
            summary = "test rule")
    static final class EveryHandler implements Rule {
        @Override
        public void check(RuleContext context) {
            for (CodeOperation op : context.model().codeOperations()) {
                context.report(op.operation().location(), op.handler());
            }
        }
    }

    @TempDir
    Path dir;

    private static final String CONTROLLER = """
            package x;

            import org.springframework.web.bind.annotation.*;

            @RestController
            public class Shop {

                @GetMapping("/a")
                public String a() { return "a"; }

                @SuppressWarnings("apistatus:every-handler")
                @GetMapping("/b")
                public String b() { return "b"; }

                @SuppressWarnings({"unchecked", "apistatus"})
                @GetMapping("/c")
                public String c() { return "c"; }

                @SuppressWarnings("apistatus:every-handler")
                public String notAHandler() { return "d"; }

                @SuppressWarnings(value = "apistatus:every-handlr")
                @GetMapping("/e")
                public String e() { return "e"; }
            }
            """;

    private static final String SUPPRESSED_CLASS = """
            package x;

            import org.springframework.web.bind.annotation.*;

            @SuppressWarnings("apistatus:every-handler")
            @RestController
            public class Legacy {

                @GetMapping("/legacy")
                public String legacy() { return "l"; }
            }
            """;

    private List<String> run(Map<String, RuleSetting> rules) throws IOException {
        Files.writeString(dir.resolve("Shop.java"), CONTROLLER);
        Files.writeString(dir.resolve("Legacy.java"), SUPPRESSED_CLASS);
        LintConfig config = LintConfig.of(dir, List.of()).withSources(List.of(dir)).withRules(rules);
        return new Engine(List.of(new EveryHandler())).run(config).findings().stream()
                .map(f -> f.location() + " [" + f.ruleId() + "] " + f.message()).toList();
    }

    @Test
    void suppressionsOnMethodsAndClassesDropTheirFindingsAndStaleOnesAreReported() throws IOException {
        assertThat(run(Map.of())).containsExactly(
                "Shop.java:9:19 [every-handler] Shop.a",
                "Shop.java:19:5 [suppression-unused] @SuppressWarnings(\"apistatus:every-handler\") suppresses nothing in this declaration: remove it",
                "Shop.java:22:5 [suppression-unused] @SuppressWarnings names 'apistatus:every-handlr', but 'every-handlr' is not a rule"
                        + " (did you mean 'every-handler'?): fix or remove it",
                "Shop.java:24:19 [every-handler] Shop.e");
    }

    @Test
    void aRuleThatDidNotRunLeavesItsSuppressionsAlone() throws IOException {
        assertThat(run(Map.of("every-handler", RuleSetting.OFF))).containsExactly(
                "Shop.java:22:5 [suppression-unused] @SuppressWarnings names 'apistatus:every-handlr', but 'every-handlr' is not a rule"
                        + " (did you mean 'every-handler'?): fix or remove it");
    }
}
