package dev.apistatus.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configuration the engine cannot run with is one clear error, before anything is read. */
class ConfigErrorsTest {

    @TempDir
    Path dir;

    @Test
    void unknownRuleIdIsOneErrorWithTheClosestId() {
        assertThatThrownBy(() -> new Engine(List.of()).run(LintConfig.of(dir, List.of())
                .withRules(Map.of("spec-unreadabel", RuleSetting.OFF))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown rule 'spec-unreadabel' (did you mean 'spec-unreadable'?); the rules are: source-unparsable, spec-unreadable, suppression-unused");
    }

    @Test
    void badSeverityIsOneError() {
        assertThatThrownBy(() -> RuleSetting.parseLevel("fatal"))
                .isInstanceOf(ConfigException.class).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown rule level 'fatal': use off, error, warning or note");
        assertThatThrownBy(() -> RuleSetting.parseLevel(null)).isInstanceOf(ConfigException.class);
        assertThat(RuleSetting.parseLevel(" Warning ").severity()).isEqualTo(dev.apistatus.core.rule.Severity.WARNING);
    }

    @Test
    void badGlobIsOneErrorNamingThePattern() {
        assertThatThrownBy(() -> Globs.expand(dir, List.of("api/*.yaml", "api/[a-.yaml"), "specs"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("the pattern 'api/[a-.yaml' in specs is not a valid glob: ");
        assertThatThrownBy(() -> Globs.expand(dir, List.of("api/{a,b"), "specs"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'api/{a,b'");
        assertThatThrownBy(() -> Globs.expand(dir, List.of("../other/*.yaml"), "specs"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("leaves the project directory");
        assertThatThrownBy(() -> Globs.expand(dir, List.of("/etc/*"), "specs"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("leaves the project directory");
        assertThatThrownBy(() -> Globs.expand(dir, List.of(" "), "specs"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("an empty pattern in specs");
    }

    @Test
    void globsExpandInAnOrderThatDoesNotDependOnTheFileSystem() throws IOException {
        for (String name : List.of("api/z.yaml", "api/a.yaml", "api/v2/b.json", "api/notes.txt", "api/a..b.yaml")) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }
        assertThat(Globs.expand(dir, List.of("api/**.{yaml,json}", "api/*.yaml"), "specs"))
                .extracting(p -> dir.relativize(p).toString().replace('\\', '/'))
                .containsExactly("api/a..b.yaml", "api/a.yaml", "api/v2/b.json", "api/z.yaml");
    }
}
