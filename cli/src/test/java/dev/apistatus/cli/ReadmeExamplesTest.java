package dev.apistatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.config.ConfigFile;
import dev.apistatus.core.config.ProjectConfig;
import dev.apistatus.core.engine.ConfigException;
import dev.apistatus.core.engine.Engine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's examples run: its {@code apistatus.yaml} is valid for the real rules (and the error it quotes is the
 * one a typo in it gives), and each {@code java -jar cli/target/apistatus-cli.jar ...} line runs from the repository
 * root with the exit status its comment states.
 */
class ReadmeExamplesTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final String JAR = "java -jar cli/target/apistatus-cli.jar ";

    static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"));
    }

    /** The fenced code blocks of a language ({@code ""} for blocks without one), in order. */
    static List<String> blocks(String markdown, String language) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        boolean wanted = false;
        int indent = 0;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("```")) {
                if (current == null) {
                    current = new StringBuilder();
                    indent = line.indexOf("```");
                    wanted = trimmed.substring(3).trim().equals(language);
                } else {
                    if (wanted) {
                        blocks.add(current.toString());
                    }
                    current = null;
                }
            } else if (current != null) {
                int strip = 0;
                while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
                    strip++;
                }
                current.append(line.substring(strip)).append('\n');
            }
        }
        return blocks;
    }

    @Test
    void theConfigurationExampleIsValidAndItsErrorIsTheRealOne(@TempDir Path dir) throws IOException {
        List<String> configs = blocks(readme(), "yaml").stream().filter(b -> b.startsWith("# apistatus.yaml")).toList();
        assertThat(configs).isNotEmpty();
        for (String config : configs) {
            Path file = dir.resolve("apistatus.yaml");
            Files.writeString(file, config);
            ProjectConfig read = ConfigFile.read(file, "apistatus.yaml", Engine.discover().metadata());
            assertThat(read.rules()).isNotEmpty();

            Files.writeString(file, config.replace("{ expect:", "{ expct:"));
            String quoted = readme().lines().map(String::trim)
                    .filter(l -> l.startsWith("apistatus: invalid configuration: apistatus.yaml:")).findFirst().orElseThrow();
            try {
                ConfigFile.read(file, "apistatus.yaml", Engine.discover().metadata());
                throw new AssertionError("a typo passed");
            } catch (ConfigException e) {
                assertThat("apistatus: invalid configuration: " + e.getMessage()).isEqualTo(quoted);
            }
        }
    }

    @Test
    void theCommandLineExamplesRunFromTheRepositoryRoot() throws IOException {
        List<String> commands = new ArrayList<>();
        for (String block : blocks(readme(), "")) {
            block.lines().filter(l -> l.startsWith(JAR)).forEach(commands::add);
        }
        assertThat(commands).hasSizeGreaterThanOrEqualTo(5);
        Pattern exit = Pattern.compile("#\\s*exit (\\d)");
        for (String command : commands) {
            Matcher m = exit.matcher(command);
            int expected = m.find() ? Integer.parseInt(m.group(1)) : 0;
            String line = command.substring(JAR.length()).replaceFirst("\\s*#.*$", "").trim();
            List<String> args = new ArrayList<>(Arrays.asList(line.split("\\s+")));
            int project = args.indexOf("--project");
            if (project >= 0) {
                args.set(project + 1, ROOT.resolve(args.get(project + 1)).toString());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).as(command + "\n" + err.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        }
    }
}
