package dev.apistatus.rules.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.RuleSetting;
import dev.apistatus.core.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code additional-members} option of error-exposes-internals. */
class ErrorExposesInternalsOptionsTest {

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /a:
                get:
                  responses:
                    "200": {description: ok}
                    "500":
                      description: error
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              message: {type: string}
                              debug_info: {type: object}
                              sqlQuery: {type: string}
                              verbose: {type: boolean}
            """;

    @TempDir
    Path dir;

    private List<Finding> run(Map<String, Object> options) throws IOException {
        Path spec = dir.resolve("openapi.yaml");
        Files.writeString(spec, SPEC);
        LintConfig config = LintConfig.of(dir, List.of(spec))
                .withRules(Map.of("error-exposes-internals", new RuleSetting(true, null, options)));
        return new Engine(List.of(new ErrorExposesInternals())).run(config).findings().stream()
                .filter(f -> f.ruleId().equals("error-exposes-internals")).toList();
    }

    @Test
    void defaultListLeavesDebugMembersAlone() throws IOException {
        assertThat(run(Map.of())).isEmpty();
    }

    @Test
    void additionalMembersAreComparedLikeTheBuiltInNames() throws IOException {
        List<Finding> findings = run(Map.of("additional-members", List.of("debugInfo", "sql-query", "verbose")));
        assertThat(findings).extracting(f -> f.location().line()).containsExactly(16, 17);
        assertThat(findings.get(0).message()).contains("debug_info", "configuration");
    }
}
