package dev.apistatus.core.report;

import dev.apistatus.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a run's findings in one format. The same result always gives the same bytes. */
public interface Reporter {

    /** The format's name as users select it ({@code console}, {@code json}, {@code sarif}). */
    String format();

    /** The report's file name under the output directory, e.g. {@code apistatus.sarif}. */
    String fileName();

    void write(LintResult result, Writer out) throws IOException;
}
