package dev.apistatus.core.project;

import dev.apistatus.core.engine.FailThreshold;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.report.ReportContext;
import dev.apistatus.core.report.Reporter;
import dev.apistatus.core.report.Reporters;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a run's reports into the output directory, the same way for every front end. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * The format names in the order given, each once; entries may themselves be comma-separated; {@code none} and
     * blanks are skipped.
     *
     * @param setting names the setting in the message of an unknown format
     * @throws IllegalArgumentException for an unknown format, listing the known ones
     */
    public static List<String> formats(List<String> entries, String setting) {
        List<String> chosen = new ArrayList<>();
        if (entries == null) {
            return chosen;
        }
        for (String entry : entries) {
            if (entry == null) {
                continue;
            }
            for (String name : entry.split(",")) {
                String format = name.trim().toLowerCase(Locale.ROOT);
                if (format.isEmpty() || format.equals("none")) {
                    continue;
                }
                if (Reporters.forFormat(format).isEmpty()) {
                    throw new IllegalArgumentException("unknown format '" + name.trim() + "' in " + setting + ": use "
                            + Reporters.formats());
                }
                if (!chosen.contains(format)) {
                    chosen.add(format);
                }
            }
        }
        return chosen;
    }

    /**
     * Writes one report per format into {@code directory} (created if needed).
     *
     * @param projectDir paths in {@code result} are relative to it (the HTML report quotes lines from its files)
     * @param linted     the spec files linted, relative to {@code projectDir}
     * @return the files written, by format, in the order of {@code formats}
     */
    public static Map<String, Path> write(LintResult result, List<String> formats, Path directory, Path projectDir,
                                          List<String> linted, FailThreshold failOn) throws IOException {
        Map<String, Path> written = new LinkedHashMap<>();
        if (formats.isEmpty()) {
            return written;
        }
        Files.createDirectories(directory);
        ReportContext context = new ReportContext(projectDir, linted, failOn);
        for (String format : formats) {
            Reporter reporter = Reporters.forFormat(format, context).orElseThrow(
                    () -> new IllegalArgumentException("unknown format '" + format + "'"));
            Path file = directory.resolve(reporter.fileName());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                reporter.write(result, out);
            } catch (IOException e) {
                throw new IOException("cannot write the " + format + " report " + file + ": " + e.getMessage(), e);
            }
            written.put(format, file);
        }
        return written;
    }

    /** The report a failure message points at: SARIF, else JSON, else HTML, else the text report. */
    public static Path seeReport(Map<String, Path> written) {
        for (String format : List.of("sarif", "json", "html", "console", "junit")) {
            if (written.containsKey(format)) {
                return written.get(format);
            }
        }
        return null;
    }
}
