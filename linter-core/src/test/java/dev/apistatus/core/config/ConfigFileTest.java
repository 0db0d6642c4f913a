package dev.apistatus.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apistatus.core.engine.ConfigException;
import dev.apistatus.core.engine.FailThreshold;
import dev.apistatus.core.engine.RuleSetting;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.RuleMetadata;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    static final List<RuleMetadata> RULES = List.of(
            new RuleMetadata("expected-error-missing", Set.of(Target.SPEC), Severity.NOTE, Family.STATUS, "s",
                    List.of(), List.of("expect")),
            new RuleMetadata("create-without-201", Set.of(Target.SPEC), Severity.WARNING, Family.STATUS, "s",
                    List.of(), List.of("actionWords")),
            new RuleMetadata("unregistered-status-code", Set.of(Target.SPEC), Severity.ERROR, Family.STATUS, "s",
                    List.of()));

    private static ProjectConfig parse(String yaml) {
        return ConfigFile.parse(yaml.getBytes(StandardCharsets.UTF_8), Path.of("apistatus.yaml"), "apistatus.yaml",
                RULES);
    }

    private static void fails(String yaml, String message) {
        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(ConfigException.class).hasMessage(message);
    }

    @Test
    void theIssueExampleSetsLevelsSeverityAndOptions() {
        ProjectConfig config = parse("""
                failOn: warning
                include: [api/**.yaml]
                exclude:
                  - api/vendor/**
                rules:
                  unregistered-status-code: off            # off | note | warning | error
                  expected-error-missing:
                    severity: warning
                    options: { expect: [401, 404] }
                  create-without-201:
                    options:
                      actionWords: [import, sync]
                """);
        assertThat(config.failOn()).isEqualTo(FailThreshold.WARNING);
        assertThat(config.include()).containsExactly("api/**.yaml");
        assertThat(config.exclude()).containsExactly("api/vendor/**");
        assertThat(config.rules()).containsEntry("unregistered-status-code", RuleSetting.OFF);
        assertThat(config.rules().get("expected-error-missing"))
                .isEqualTo(new RuleSetting(true, Severity.WARNING, Map.of("expect", List.of("401", "404"))));
        assertThat(config.rules().get("create-without-201"))
                .isEqualTo(new RuleSetting(true, null, Map.of("actionWords", List.of("import", "sync"))));
    }

    @Test
    void levelsAreCaseInsensitiveAndASingleStringIsAListOfOne() {
        ProjectConfig config = parse("""
                include: openapi.yaml
                rules:
                  unregistered-status-code: Note
                  expected-error-missing: {severity: OFF}
                """);
        assertThat(config.include()).containsExactly("openapi.yaml");
        assertThat(config.rules().get("unregistered-status-code")).isEqualTo(RuleSetting.parseLevel("note"));
        assertThat(config.rules().get("expected-error-missing").enabled()).isFalse();
    }

    @Test
    void anEmptyFileOrOnlyCommentsSetsNothing() {
        ProjectConfig config = parse("# nothing yet\n");
        assertThat(config.failOn()).isNull();
        assertThat(config.rules()).isEmpty();
        assertThat(config.include()).isEmpty();
    }

    @Test
    void anUnknownRuleIsAnErrorWithFileLineAndSuggestion() {
        fails("""
                rules:
                  unregistered-status-code: off
                  expected-eror-missing: note
                """, "apistatus.yaml:3:3: unknown rule 'expected-eror-missing' (did you mean 'expected-error-missing'?);"
                + " 'java -jar apistatus-cli.jar rules' or README.md lists them");
    }

    @Test
    void anUnknownOptionIsAnErrorWithFileLineAndTheRulesOptions() {
        fails("""
                rules:
                  expected-error-missing:
                    severity: warning
                    options:
                      expct: [401]
                """, "apistatus.yaml:5:7: unknown option 'expct' for rule expected-error-missing"
                + " (did you mean 'expect'?); its options are expect");
        fails("""
                rules:
                  unregistered-status-code:
                    options: {strict: true}
                """, "apistatus.yaml:3:15: unknown option 'strict' for rule unregistered-status-code, which has no"
                + " options");
    }

    @Test
    void otherMistakesNameTheirLine() {
        fails("failOn: sometimes\n", "apistatus.yaml:1:9: unknown failOn 'sometimes': use error, warning, note or none");
        fails("rules:\n  unregistered-status-code: loud\n",
                "apistatus.yaml:2:29: rule unregistered-status-code: unknown rule level 'loud': use off, error,"
                        + " warning or note");
        fails("fail-on: error\n", "apistatus.yaml:1:1: unknown setting 'fail-on' (did you mean 'failOn'?); the"
                + " settings are failOn, include, exclude, rules");
        fails("rules:\n  expected-error-missing:\n    level: note\n",
                "apistatus.yaml:3:5: unknown key 'level' for rule expected-error-missing: use severity and options");
        fails("rules:\n  expected-error-missing:\n", "apistatus.yaml:2:3: rule expected-error-missing needs a level"
                + " (off, note, warning, error) or {severity: ..., options: {...}}, not empty");
        fails("rules:\n  expected-error-missing:\n    options: {expect: }\n",
                "apistatus.yaml:3:15: option 'expect' of rule expected-error-missing has no value");
        fails("failOn: error\nfailOn: note\n", "apistatus.yaml:2:1: 'failOn' is set twice (first on line 1)");
        fails("exclude: [[a]]\n", "apistatus.yaml:1:11: exclude entries must be file paths or globs, not a list");
        fails("- a\n- b\n", "apistatus.yaml:1:1: the configuration must be a mapping of settings (failOn, include,"
                + " exclude, rules), not a list");
        assertThatThrownBy(() -> parse("rules: {a: [}\n")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("apistatus.yaml:1:").hasMessageContaining("not valid YAML");
    }

    @Test
    void findLooksInTheDirectoryThenUpToTheTop(@TempDir Path root) throws IOException {
        Path module = Files.createDirectories(root.resolve("services/orders"));
        assertThat(ConfigFile.find(module, root)).isEmpty();
        Files.writeString(root.resolve(ConfigFile.NAME), "failOn: note\n");
        assertThat(ConfigFile.find(module, root)).contains(root.resolve(ConfigFile.NAME));
        assertThat(ConfigFile.find(module, null)).isEmpty();
        assertThat(ConfigFile.find(module, module)).isEmpty();
        Files.writeString(module.resolve(ConfigFile.NAME), "failOn: error\n");
        assertThat(ConfigFile.find(module, root)).contains(module.resolve(ConfigFile.NAME));
    }

    @Test
    void readRefusesMissingAndHugeFiles(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> ConfigFile.read(dir.resolve("nope.yaml"), "nope.yaml", RULES))
                .hasMessage("nope.yaml: the configuration file does not exist");
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[(int) ConfigFile.MAX_BYTES + 1]);
        assertThatThrownBy(() -> ConfigFile.read(big, "big.yaml", RULES))
                .hasMessageStartingWith("big.yaml: the configuration file is larger than");
    }
}
