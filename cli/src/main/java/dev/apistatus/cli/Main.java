package dev.apistatus.cli;

import dev.apistatus.core.engine.ConfigException;
import dev.apistatus.core.project.SpecFinder;
import dev.apistatus.core.report.ToolInfo;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar apistatus-cli.jar}: apistatus without Maven. The commands run the same engine, read the same
 * {@code apistatus.yaml} and baseline, and write the same reports as the Maven plugin.
 *
 * <p>Exit status: 0 when nothing reaches {@code --fail-on}, 1 when findings do, 2 for a usage or input error (bad
 * option, unreadable configuration, missing spec file, unknown rule).
 */
@Command(name = "apistatus-cli", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A contract linter for HTTP APIs: status codes, RFC 9457 error bodies and required headers,"
                + " in OpenAPI documents and in Java (Spring) code.",
        subcommands = {LintCommand.class, BaselineCommand.class, RulesCommand.class, ExplainCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage or input error"})
public final class Main implements Callable<Integer> {

    /** Nothing at or above {@code --fail-on}. */
    public static final int CLEAN = 0;
    /** Findings at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** A usage or input error. */
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command line with these streams; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            PrintWriter w = command.getErr();
            if (e instanceof ConfigException) {
                w.println("apistatus: invalid configuration: " + e.getMessage());
            } else if (e instanceof SpecFinder.MissingSpecException || e instanceof UsageException) {
                w.println(e.getMessage());
            } else if (e instanceof IllegalArgumentException || e instanceof java.io.IOException
                    || e instanceof java.io.UncheckedIOException) {
                w.println("apistatus: " + e.getMessage());
            } else {
                w.println("apistatus: internal error (please report it): " + e);
            }
            w.flush();
            return USAGE;
        });
        int status = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return status;
    }

    /** A mistake in the command line found after parsing (e.g. a bad --rule); its message is printed as is. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ToolInfo.NAME + " " + ToolInfo.VERSION};
        }
    }
}
