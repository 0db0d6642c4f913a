package dev.apistatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar ({@code java -jar apistatus-cli.jar}) as users run it, in its own JVM: it starts, finds its rules
 * and their pages, lints the example project to exactly its deliberate mistakes, and writes the same JSON report as
 * the Maven plugin did for that project (when the plugin's ITs ran in this build).
 */
class JarIT {

    static final Path JAR = Path.of(System.getProperty("apistatus.cliJar", "target/apistatus-cli.jar"));
    static final Path EXAMPLES = Path.of(System.getProperty("apistatus.examples", "../examples"));

    record Run(int status, String out, String err, long millis) {
    }

    static Run java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("apistatus-out", ".txt");
        Path err = Files.createTempFile("apistatus-err", ".txt");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000;
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), millis);
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    @Test
    void theJarHoldsItsRulesTheirPagesAndNoForeignSignatures() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("dev.apistatus.cli.Main");
            assertThat(jar.getEntry("apistatus/docs/rules/no-content-with-body.md")).isNotNull();
            String services = new String(jar.getInputStream(jar.getEntry("META-INF/services/dev.apistatus.core.rule.Rule"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertThat(services).contains("dev.apistatus.rules.status.NoContentWithBody");
            assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.matches("META-INF/[^/]+\\.(SF|RSA|DSA)")))
                    .isEmpty();
        }
    }

    @Test
    void startsAndListsRules(@TempDir Path dir) throws Exception {
        Run version = java(dir, "--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("apistatus ");
        Run rules = java(dir, "rules");
        assertThat(rules.status()).isZero();
        assertThat(rules.out()).contains("no-content-with-body", "spec-unreadable");
        assertThat(rules.err()).as("no SLF4J or other noise").isEmpty();
        Run explain = java(dir, "explain", "unregistered-status-code");
        assertThat(explain.out()).startsWith("# unregistered-status-code");
        System.out.printf("apistatus-cli start-up: --version %d ms, rules %d ms, explain %d ms%n",
                version.millis(), rules.millis(), explain.millis());
    }

    @Test
    void lintsTheExampleToItsDeliberateMistakes(@TempDir Path out) throws Exception {
        Path petstore = EXAMPLES.resolve("petstore").toAbsolutePath().normalize();
        Run lint = java(petstore, "lint", "--format", "json,html", "--output", out.toString());
        assertThat(lint.status()).as(lint.err()).isEqualTo(Main.FINDINGS);

        Path spec = petstore.resolve("src/main/resources/openapi.yaml");
        List<String> expected = new ArrayList<>();
        Pattern mark = Pattern.compile("# apistatus: ([a-z0-9-]+) \\(deliberate\\)");
        List<String> lines = Files.readAllLines(spec);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = mark.matcher(lines.get(i));
            if (m.find()) {
                expected.add("src/main/resources/openapi.yaml:" + (i + 1) + " " + m.group(1));
            }
        }
        Pattern finding = Pattern.compile("^(\\S+:\\d+):\\d+: \\w+ \\[([a-z0-9-]+)\\] ");
        List<String> found = lint.out().lines().map(finding::matcher).filter(Matcher::find)
                .map(m -> m.group(1) + " " + m.group(2)).toList();
        assertThat(found).isEqualTo(expected);
        assertThat(out.resolve("apistatus.html")).isRegularFile();
        System.out.printf("apistatus-cli lint of examples/petstore: %d ms%n", lint.millis());

        // the plugin's IT linted the same project: the same engine writes the same report
        Path plugin = Path.of("../maven-plugin/target/it/example-petstore/target/apistatus/apistatus.json");
        if (Files.isRegularFile(plugin)) {
            assertThat(Files.readString(out.resolve("apistatus.json"))).isEqualTo(Files.readString(plugin));
            System.out.println("apistatus-cli: apistatus.json is byte-identical to the Maven plugin's");
        }
    }
}
