package dev.apistatus.rules.retry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example project {@code examples/retry-client}: linting its sources reports exactly the lines marked
 * {@code // apistatus: <rule-id> (deliberate)}, and nothing in the client that retries correctly.
 */
class ExampleProjectTest {

    private static final Path EXAMPLE = Path.of("../examples/retry-client");
    private static final Pattern MARK = Pattern.compile("//\\s*apistatus:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)\\s*\\(deliberate\\)");

    @Test
    void findingsAreExactlyTheDeliberateOnes() throws IOException {
        Path sources = EXAMPLE.resolve("src/main/java");
        LintConfig config = new LintConfig(EXAMPLE, List.of(), List.of(sources), Map.of(), LintConfig.DEFAULT_MAX_SPEC_BYTES, 17);
        List<Finding> findings = Engine.discover().run(config).findings();
        Set<String> found = new TreeSet<>();
        for (Finding f : findings) {
            found.add(f.location().file() + ":" + f.location().line() + " " + f.ruleId());
        }
        assertThat(found).as(findings.toString()).isEqualTo(marks(sources));
        assertThat(found).hasSize(7);
    }

    private static Set<String> marks(Path sources) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = MARK.matcher(lines.get(i));
                    if (m.find()) {
                        for (String id : m.group(1).split(",")) {
                            out.add(EXAMPLE.relativize(f).toString().replace('\\', '/') + ":" + (i + 1) + " " + id.trim());
                        }
                    }
                }
            }
        }
        return out;
    }
}
