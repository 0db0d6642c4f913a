package dev.apistatus.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.report.JsonReporter;
import dev.apistatus.core.report.SarifReporter;
import dev.apistatus.core.rule.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import org.junit.jupiter.api.AfterAll;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule over the public specs of {@code ../shared/corpus/specs} (GitHub, Stripe, Box, DigitalOcean,
 * Twilio, Petstore): no crash, no unreadable spec, every finding on a line inside its file, and two runs
 * give byte-identical reports. The corpus lives beside the repository (it is not ours to copy); its path can
 * be given with {@code -Dapistatus.corpus=DIR}.
 */
class CorpusTest {

    static Path corpus() {
        return Path.of(System.getProperty("apistatus.corpus", "../../shared/corpus/specs")).toAbsolutePath().normalize();
    }

    static Stream<String> specs() throws IOException {
        Path dir = corpus();
        if (!Files.isDirectory(dir)) {
            return Stream.of("(corpus not found at " + dir + ")");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") || n.endsWith(".yaml"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void lintsTheSpecCleanlyAndDeterministically(String name) throws IOException {
        Path spec = corpus().resolve(name);
        assumeTrue(Files.isRegularFile(spec), "the public spec corpus is not beside this checkout: " + corpus());
        Engine engine = Engine.discover();
        LintConfig config = LintConfig.of(corpus(), List.of(spec));
        LintResult first = engine.run(config);
        LintResult second = engine.run(config);

        assertThat(first.specsRead()).isEqualTo(1);
        assertThat(first.findings()).noneMatch(f -> f.ruleId().equals("spec-unreadable"));
        long lines;
        try (Stream<String> s = Files.lines(spec)) {
            lines = s.count();
        }
        for (Finding f : first.findings()) {
            assertThat(f.location().file()).isEqualTo(name);
            assertThat(f.location().line()).as(f.toString()).isBetween(1, (int) lines);
            assertThat(f.location().column()).as(f.toString()).isPositive();
        }
        assertThat(render(first)).isEqualTo(render(second));
        Map<String, Long> perRule = new TreeMap<>();
        first.findings().forEach(f -> perRule.merge(f.ruleId(), 1L, Long::sum));
        COUNTS.put(name, perRule);
    }

    private static final Map<String, Map<String, Long>> COUNTS = new ConcurrentSkipListMap<>();

    /** Writes the per-spec, per-rule counts that docs/accuracy.md reports to target/corpus-counts.md. */
    @AfterAll
    static void writeCounts() throws IOException {
        if (COUNTS.isEmpty()) {
            return;
        }
        Set<String> rules = new TreeSet<>();
        COUNTS.values().forEach(m -> rules.addAll(m.keySet()));
        StringBuilder out = new StringBuilder("| rule | " + String.join(" | ", COUNTS.keySet()) + " |\n|---|");
        COUNTS.keySet().forEach(k -> out.append("---|"));
        out.append('\n');
        for (String rule : rules) {
            out.append("| ").append(rule).append(" |");
            for (Map<String, Long> m : COUNTS.values()) {
                out.append(' ').append(m.getOrDefault(rule, 0L)).append(" |");
            }
            out.append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/corpus-counts.md"), out);
    }

    private static String render(LintResult result) throws IOException {
        StringWriter out = new StringWriter();
        new JsonReporter().write(result, out);
        new SarifReporter().write(result, out);
        return out.toString();
    }
}
