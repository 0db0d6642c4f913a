package dev.apistatus.core.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The built-in reporters, looked up by the format name users configure. */
public final class Reporters {

    private static final List<Reporter> ALL = List.of(new ConsoleReporter(), new JsonReporter(), new SarifReporter(),
            new HtmlReporter(), new JunitReporter());

    private Reporters() {
    }

    /** Every built-in reporter: console, json, sarif, html, junit. */
    public static List<Reporter> all() {
        return ALL;
    }

    /** The reporter of a format ({@code console}, {@code json}, {@code sarif}, {@code html}, {@code junit}; any case). */
    public static Optional<Reporter> forFormat(String format) {
        if (format == null) {
            return Optional.empty();
        }
        String wanted = format.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(r -> r.format().equals(wanted)).findFirst();
    }

    /**
     * The reporter of a format, given what the run knows beyond its findings: the HTML report then quotes source
     * lines and the JUnit report lists every linted file and fails at {@code failOn}.
     */
    public static Optional<Reporter> forFormat(String format, ReportContext context) {
        return forFormat(format).map(r -> switch (r.format()) {
            case "html" -> new HtmlReporter(context);
            case "junit" -> new JunitReporter(context);
            default -> r;
        });
    }

    /** The format names, for error messages: {@code console, json, sarif, html, junit}. */
    public static String formats() {
        return ALL.stream().map(Reporter::format).collect(Collectors.joining(", "));
    }
}
