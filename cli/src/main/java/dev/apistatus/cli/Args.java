package dev.apistatus.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line's grammar: commands, their {@code --name=VALUE} / {@code --name VALUE} options, {@code -h},
 * {@code -V}, and their help text.
 *
 * <p>Hand-written rather than picocli: picocli's classes are compiled for Java 5, which the JVM's class-data sharing
 * cannot archive, so every run loaded and verified ~180 of its classes and built its model by reflection: 0.15 s
 * of CPU, a third of linting a small spec (docs/performance.md). The grammar here is small enough to own.
 */
final class Args {

    /** The column where option descriptions start in help, and the width help wraps at. */
    private static final int DESCRIPTION_COLUMN = 27;
    private static final int WIDTH = 80;

    private Args() {
    }

    /**
     * An option taking a value.
     *
     * @param name         {@code --name}
     * @param label        the value's name in help, e.g. {@code FILE}
     * @param repeatable   given more than once (and comma-separated) it collects every value; otherwise the last wins
     * @param defaultValue the value when absent, or null
     * @param description  help text; {@code ${DEFAULT}} is replaced by the default value
     */
    record Option(String name, String label, boolean repeatable, String defaultValue, String description) {

        static Option single(String name, String label, String defaultValue, String description) {
            return new Option(name, label, false, defaultValue, description);
        }

        static Option repeatable(String name, String label, String description) {
            return new Option(name, label, true, null, description);
        }

        String synopsis() {
            return repeatable ? "[" + name + "=" + label + "[," + label + "...]]..." : "[" + name + "=" + label + "]";
        }

        String heading() {
            return repeatable ? name + "=" + label + "[," + label + "...]" : name + "=" + label;
        }
    }

    /** A positional parameter (one value). */
    record Parameter(String label, String description) {
    }

    /** A command: its name, one-line description, options and at most one positional parameter. */
    record Command(String name, String description, List<Option> options, Parameter parameter) {

        Option option(String optionName) {
            for (Option o : options) {
                if (o.name().equals(optionName)) {
                    return o;
                }
            }
            return null;
        }
    }

    /** A mistake in the command line; the message is printed, then a pointer to the command's help. */
    static final class UsageError extends Exception {
        final Command command;

        UsageError(Command command, String message) {
            super(message);
            this.command = command;
        }
    }

    /** The values given to one command. */
    static final class Parsed {
        private final Command command;
        private final Map<String, List<String>> values = new LinkedHashMap<>();
        String parameter;
        boolean help;
        boolean version;

        Parsed(Command command) {
            this.command = command;
        }

        /** The option's value (the last given, else its default), or null. */
        String value(String name) {
            List<String> given = values.get(name);
            return given == null ? command.option(name).defaultValue() : given.get(given.size() - 1);
        }

        /** Every value of a repeatable option, commas split, in order. */
        List<String> values(String name) {
            return values.getOrDefault(name, List.of());
        }

        int integer(String name) throws UsageError {
            return (int) number(name, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int");
        }

        long longValue(String name) throws UsageError {
            return number(name, Long.MIN_VALUE, Long.MAX_VALUE, "a long");
        }

        private long number(String name, long min, long max, String kind) throws UsageError {
            String text = value(name);
            try {
                long n = Long.parseLong(text.trim());
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageError(command, "Invalid value for option '" + name + "': '" + text + "' is not " + kind);
        }
    }

    /** Parses {@code args[from..]} for the command. */
    static Parsed parse(Command command, String[] args, int from) throws UsageError {
        Parsed parsed = new Parsed(command);
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                parsed.help = true;
                continue;
            }
            if (arg.equals("-V") || arg.equals("--version")) {
                parsed.version = true;
                continue;
            }
            if (arg.startsWith("-") && arg.length() > 1) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                Option option = command.option(name);
                if (option == null) {
                    throw new UsageError(command, "Unknown option: '" + name + "'");
                }
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageError(command, "Missing required parameter for option '" + name + "' ("
                            + option.label() + ")");
                }
                List<String> list = parsed.values.computeIfAbsent(name, n -> new ArrayList<>());
                if (option.repeatable()) {
                    for (String part : value.split(",", -1)) {
                        list.add(part);
                    }
                } else {
                    list.add(value);
                }
                continue;
            }
            if (command.parameter() != null && parsed.parameter == null) {
                parsed.parameter = arg;
                continue;
            }
            throw new UsageError(command, "Unexpected argument: '" + arg + "'");
        }
        if (command.parameter() != null && parsed.parameter == null && !parsed.help && !parsed.version) {
            throw new UsageError(command, "Missing required parameter: '" + command.parameter().label() + "'");
        }
        return parsed;
    }

    /** The command's help: synopsis, description, options. */
    static void usage(String program, Command command, PrintWriter out) {
        synopsis(program, command, out);
        wrap(command.description(), 0, out);
        if (command.parameter() != null) {
            entry("      " + command.parameter().label(), command.parameter().description(), out);
        }
        for (Option option : command.options()) {
            String text = option.defaultValue() == null ? option.description()
                    : option.description().replace("${DEFAULT}", option.defaultValue());
            entry("      " + option.heading(), text, out);
        }
        entry("  -h, --help", "Show this help message and exit.", out);
        entry("  -V, --version", "Print version information and exit.", out);
    }

    /** The command's synopsis: {@code Usage: program command [options]}. */
    static void synopsis(String program, Command command, PrintWriter out) {
        StringBuilder synopsis = new StringBuilder("Usage: " + program + " " + command.name() + " [-hV]");
        command.options().stream().map(Option::synopsis).sorted().forEach(s -> synopsis.append(' ').append(s));
        if (command.parameter() != null) {
            synopsis.append(' ').append(command.parameter().label());
        }
        wrap(synopsis.toString(), ("Usage: " + program + " " + command.name() + " ").length(), out);
    }

    /** A heading and its description, the description wrapped in its column. */
    static void entry(String heading, String description, PrintWriter out) {
        if (heading.length() + 2 > DESCRIPTION_COLUMN) {
            out.println(heading);
            wrapAt(" ".repeat(DESCRIPTION_COLUMN), description, DESCRIPTION_COLUMN + 2, out);
        } else {
            wrapAt(heading + " ".repeat(DESCRIPTION_COLUMN - heading.length()), description, DESCRIPTION_COLUMN + 2,
                    out);
        }
    }

    /** Wraps text at the help width; continuation lines are indented by {@code indent}. */
    static void wrap(String text, int indent, PrintWriter out) {
        wrapAt("", text, indent, out);
    }

    private static void wrapAt(String first, String text, int indent, PrintWriter out) {
        StringBuilder line = new StringBuilder(first);
        int lineStart = first.length();
        for (String word : text.split(" ")) {
            if (line.length() > lineStart && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line.setLength(0);
                line.append(" ".repeat(indent));
                lineStart = indent;
            }
            if (line.length() > lineStart) {
                line.append(' ');
            }
            line.append(word);
        }
        out.println(line);
    }
}
