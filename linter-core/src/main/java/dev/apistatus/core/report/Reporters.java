package dev.apistatus.core.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The built-in reporters, looked up by the format name users configure. */
public final class Reporters {

    private static final List<Reporter> ALL = List.of(new ConsoleReporter(), new JsonReporter(), new SarifReporter());

    private Reporters() {
    }

    /** Every built-in reporter: console, json, sarif. */
    public static List<Reporter> all() {
        return ALL;
    }

    /** The reporter of a format ({@code console}, {@code json}, {@code sarif}; any case). */
    public static Optional<Reporter> forFormat(String format) {
        if (format == null) {
            return Optional.empty();
        }
        String wanted = format.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(r -> r.format().equals(wanted)).findFirst();
    }

    /** The format names, for error messages: {@code console, json, sarif}. */
    public static String formats() {
        return ALL.stream().map(Reporter::format).collect(Collectors.joining(", "));
    }
}
