package dev.apistatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.report.ToolInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's launcher, {@code bin/apistatus}, as users run it: it finds its jar, passes arguments and the
 * exit status through, keeps a class-data sharing archive in its cache directory (made by the first run, used by the
 * next ones), prints the same bytes with and without it, and puts no JVM message on the output.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

    static final Path LAUNCHER = Path.of(System.getProperty("apistatus.launcher",
            "target/apistatus-cli-bin/bin/apistatus"));

    record Run(int status, String out, String err) {
    }

    static Run launch(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("apistatus-out", ".txt");
        Path err = Files.createTempFile("apistatus-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // the JVM running the tests, so that the archive is made and used by one JVM
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    static List<Path> archives(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }

    @Test
    void theFirstRunMakesTheArchiveTheNextOnesUseItWithTheSameOutput(@TempDir Path cache) throws Exception {
        Path petstore = JarIT.EXAMPLES.resolve("petstore").toAbsolutePath().normalize();
        Map<String, String> env = Map.of("APISTATUS_CACHE_DIR", cache.toString());

        assertThat(launch(petstore, env, "--version").status()).isZero();
        assertThat(archives(cache)).as("only a lint makes the archive").isEmpty();

        Run first = launch(petstore, env, "lint");
        assertThat(first.status()).as(first.err()).isEqualTo(Main.FINDINGS);
        List<Path> made = archives(cache);
        assertThat(made).as("one archive, no temporary file left").hasSize(1);
        assertThat(made.get(0).getFileName().toString()).matches("cds-\\d+\\.jsa");
        assertThat(Files.size(made.get(0))).isPositive();

        Run second = launch(petstore, env, "lint");
        assertThat(second).isEqualTo(first);
        assertThat(archives(cache)).isEqualTo(made);

        Run off = launch(petstore, Map.of("APISTATUS_CACHE_DIR", cache.resolve("off").toString(),
                "APISTATUS_CDS", "off"), "lint");
        assertThat(off).isEqualTo(first);
        assertThat(cache.resolve("off")).doesNotExist();

        assertThat(first.out()).contains("[no-content-with-body]").doesNotContain("[warning][cds");
        assertThat(first.err()).startsWith("apistatus ").doesNotContain("[warning]");
    }

    @Test
    void argumentsWithSpacesExitStatusAndJavaOptsPassThrough(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("APISTATUS_CACHE_DIR", dir.resolve("cache").toString());
        Path project = Files.createDirectories(dir.resolve("a project"));
        Files.writeString(project.resolve("my api.yaml"), CliTest.SPEC);

        Run lint = launch(dir, env, "lint", "--project", "a project", "--spec", "my api.yaml", "--fail-on", "none");
        assertThat(lint.status()).as(lint.err()).isEqualTo(Main.CLEAN);
        assertThat(lint.out()).startsWith("my api.yaml:5:5: error [success-response-missing]");

        assertThat(launch(dir, env, "lint", "--nope").status()).isEqualTo(Main.USAGE);
        // JAVA_OPTS comes after the launcher's own options, so a user's setting wins
        Run small = launch(dir, Map.of("APISTATUS_CACHE_DIR", dir.resolve("cache").toString(),
                "JAVA_OPTS", "-Xmx64m -XX:+PrintFlagsFinal"), "--version");
        assertThat(small.status()).isZero();
        assertThat(small.out()).containsPattern("MaxHeapSize\\s+= 67108864 ")
                .containsPattern("UseParallelGC\\s+= true ").containsPattern("TieredStopAtLevel\\s+= 1 ")
                .endsWith("apistatus " + ToolInfo.VERSION + "\n");
    }

    /**
     * On JDK 25 and later the launcher keeps an AOT cache instead (recorded by the first run, assembled after it);
     * runs when such a JDK is installed under /usr/lib/jvm or named by -Dapistatus.jdk25.
     */
    @Test
    void onJdk25TheFirstRunMakesAnAotCache(@TempDir Path cache) throws Exception {
        Path jdk = jdk25();
        Assumptions.assumeTrue(jdk != null, "no JDK 25+ here");
        Path petstore = JarIT.EXAMPLES.resolve("petstore").toAbsolutePath().normalize();
        Map<String, String> env = Map.of("APISTATUS_CACHE_DIR", cache.toString(), "JAVA_HOME", jdk.toString());

        Run first = launch(petstore, env, "lint");
        assertThat(first.status()).as(first.err()).isEqualTo(Main.FINDINGS);
        List<Path> made = archives(cache);
        assertThat(made).as("one cache, no temporary file left").hasSize(1);
        assertThat(made.get(0).getFileName().toString()).matches("cds-\\d+\\.aot");

        Run second = launch(petstore, env, "lint");
        assertThat(second).as("no JVM message on either run").isEqualTo(first);
        assertThat(archives(cache)).isEqualTo(made);
        assertThat(launch(petstore, Map.of("APISTATUS_CACHE_DIR", cache.toString()), "lint"))
                .as("the JVM running the tests: its own archive, the same output").isEqualTo(first);
    }

    static Path jdk25() throws IOException {
        String given = System.getProperty("apistatus.jdk25");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path home : homes.sorted().toList()) {
                Path release = home.resolve("release");
                if (Files.isRegularFile(release) && Files.isExecutable(home.resolve("bin/java"))) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)")
                            .matcher(Files.readString(release));
                    if (m.find() && Integer.parseInt(m.group(1)) >= 25) {
                        return home;
                    }
                }
            }
        }
        return null;
    }
}
