package dev.apistatus.cli;

import dev.apistatus.core.engine.ConfigException;
import dev.apistatus.core.project.SpecFinder;
import dev.apistatus.core.report.ToolInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code java -jar apistatus-cli.jar}: apistatus without Maven. The commands run the same engine, read the same
 * {@code apistatus.yaml} and baseline, and write the same reports as the Maven plugin.
 *
 * <p>Exit status: 0 when nothing reaches {@code --fail-on}, 1 when findings do, 2 for a usage or input error (bad
 * option, unreadable configuration, missing spec file, unknown rule).
 */
public final class Main {

    /** Nothing at or above {@code --fail-on}. */
    public static final int CLEAN = 0;
    /** Findings at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** A usage or input error. */
    public static final int USAGE = 2;

    static final String PROGRAM = "apistatus-cli";

    private static final List<Args.Command> COMMANDS = List.of(LintCommand.COMMAND, BaselineCommand.COMMAND,
            RulesCommand.COMMAND, ExplainCommand.COMMAND);

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command line with these streams; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return run(args, o, e);
        } finally {
            o.flush();
            e.flush();
        }
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0) {
            usage(err);
            return USAGE;
        }
        String first = args[0];
        if (first.equals("-h") || first.equals("--help")) {
            usage(out);
            return CLEAN;
        }
        if (first.equals("-V") || first.equals("--version")) {
            out.println(ToolInfo.NAME + " " + ToolInfo.VERSION);
            return CLEAN;
        }
        if (first.equals("help")) {
            Args.Command command = args.length > 1 ? command(args[1]) : null;
            if (command == null) {
                usage(out);
            } else {
                Args.usage(PROGRAM, command, out);
            }
            return CLEAN;
        }
        Args.Command command = command(first);
        if (command == null) {
            err.println((first.startsWith("-") ? "Unknown option: '" : "Unknown command: '") + first + "'");
            usage(err);
            return USAGE;
        }
        try {
            Args.Parsed parsed = Args.parse(command, args, 1);
            if (parsed.help) {
                Args.usage(PROGRAM, command, out);
                return CLEAN;
            }
            if (parsed.version) {
                out.println(ToolInfo.NAME + " " + ToolInfo.VERSION);
                return CLEAN;
            }
            return execute(command, parsed, out, err);
        } catch (Args.UsageError error) {
            err.println(error.getMessage());
            Args.synopsis(PROGRAM, error.command, err);
            err.println("See '" + PROGRAM + " " + error.command.name() + " --help' for the options.");
            return USAGE;
        } catch (ConfigException x) {
            err.println("apistatus: invalid configuration: " + x.getMessage());
        } catch (SpecFinder.MissingSpecException | UsageException x) {
            err.println(x.getMessage());
        } catch (IllegalArgumentException | IOException | UncheckedIOException x) {
            err.println("apistatus: " + x.getMessage());
        } catch (RuntimeException x) {
            err.println("apistatus: internal error (please report it): " + x);
        }
        return USAGE;
    }

    private static int execute(Args.Command command, Args.Parsed parsed, PrintWriter out, PrintWriter err)
            throws Args.UsageError, SpecFinder.MissingSpecException, IOException {
        return switch (command.name()) {
            case "lint" -> LintCommand.run(parsed, out, err);
            case "baseline" -> BaselineCommand.run(parsed, out, err);
            case "rules" -> RulesCommand.run(out);
            case "explain" -> ExplainCommand.run(parsed.parameter, out);
            default -> throw new IllegalStateException("no command " + command.name());
        };
    }

    private static Args.Command command(String name) {
        for (Args.Command command : COMMANDS) {
            if (command.name().equals(name)) {
                return command;
            }
        }
        return null;
    }

    private static void usage(PrintWriter out) {
        out.println("Usage: " + PROGRAM + " [-hV] [COMMAND]");
        Args.wrap("A contract linter for HTTP APIs: status codes, RFC 9457 error bodies and required headers,"
                + " in OpenAPI documents and in Java (Spring) code.", 0, out);
        Args.entry("  -h, --help", "Show this help message and exit.", out);
        Args.entry("  -V, --version", "Print version information and exit.", out);
        out.println("Commands:");
        for (Args.Command command : COMMANDS) {
            Args.entry("  " + command.name(), command.description(), out);
        }
        Args.entry("  help", "Display help information about the specified command.", out);
        out.println();
        out.println("Exit status:");
        out.println("  0   no finding at or above --fail-on");
        out.println("  1   findings at or above --fail-on");
        out.println("  2   usage or input error");
    }

    /** A mistake in the command line found after parsing (e.g. a bad --rule); its message is printed as is. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
