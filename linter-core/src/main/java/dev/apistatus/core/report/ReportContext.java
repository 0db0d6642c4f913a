package dev.apistatus.core.report;

import dev.apistatus.core.engine.FailThreshold;
import java.nio.file.Path;
import java.util.List;

/**
 * What some reports need beyond the findings: the HTML report quotes the lines findings point at (read from
 * {@code projectDir}), the JUnit report lists every linted file (passing ones too) and fails test cases at
 * {@code failOn}.
 *
 * @param projectDir the directory report paths are relative to; null when unknown (no lines are quoted)
 * @param linted     the spec files linted, relative to {@code projectDir}, {@code /}-separated
 * @param failOn     the least severity that fails the run
 */
public record ReportContext(Path projectDir, List<String> linted, FailThreshold failOn) {

    /** Nothing known beyond the findings: no lines quoted, every finding a failure. */
    public static final ReportContext NONE = new ReportContext(null, List.of(), FailThreshold.NOTE);

    public ReportContext {
        linted = List.copyOf(linted);
        failOn = failOn == null ? FailThreshold.ERROR : failOn;
    }
}
