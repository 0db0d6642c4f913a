package dev.apistatus.cli;

import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.Progress;
import dev.apistatus.core.project.ConsoleOutput;
import dev.apistatus.core.project.ProjectLint;
import dev.apistatus.core.project.ReportFiles;
import dev.apistatus.core.project.SpecFinder;
import dev.apistatus.core.project.TerminalProgress;
import dev.apistatus.core.report.ToolInfo;
import dev.apistatus.core.rule.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code lint}: prints the findings ({@code path:line:col: severity [rule-id] message}, at most
 * {@code --max-per-rule} per rule, then counts) on standard output, what it read and wrote on standard error, and
 * writes the reports chosen with {@code --format}.
 */
final class LintCommand {

    static final Args.Command COMMAND = new Args.Command("lint",
            "Lint OpenAPI documents and Java sources; exit 1 when findings reach --fail-on.",
            concat(InputOptions.OPTIONS, List.of(
                    Args.Option.repeatable("--format", "FORMAT",
                            "A report to write into --output: console (apistatus.txt), json, sarif, html, junit"
                                    + " (apistatus-junit.xml); repeatable. Default: none (the findings are printed)."),
                    Args.Option.single("--output", "DIR", "target/apistatus",
                            "Where reports go, relative to the project (default: ${DEFAULT})."),
                    Args.Option.single("--max-per-rule", "N", "" + ConsoleOutput.DEFAULT_MAX_PER_RULE,
                            "Findings printed in full per rule, then a count; 0 prints all (default: ${DEFAULT})."))),
            null);

    private LintCommand() {
    }

    static List<Args.Option> concat(List<Args.Option> first, List<Args.Option> second) {
        List<Args.Option> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    static int run(Args.Parsed parsed, PrintWriter out, PrintWriter err)
            throws Args.UsageError, SpecFinder.MissingSpecException, IOException {
        InputOptions input = new InputOptions(parsed);
        List<String> formatNames = ReportFiles.formats(parsed.values("--format"), "--format");
        Path output = Path.of(parsed.value("--output"));
        int maxPerRule = parsed.integer("--max-per-rule");
        ProjectLint.Request request = input.request();
        ProjectLint.Outcome outcome = run(request, err, false);

        boolean afterFinding = false;
        for (ConsoleOutput.Line line : ConsoleOutput.lines(outcome, maxPerRule, "--max-per-rule 0 prints all")) {
            if (afterFinding && line.level() == null) {
                out.println(); // a blank line between the findings and the summary, as in apistatus.txt
            }
            afterFinding = line.level() != null;
            out.println(line.text());
        }
        out.flush();
        Path projectDir = request.projectDir();
        Map<String, Path> written = ReportFiles.write(outcome.result(), formatNames,
                projectDir.resolve(output).normalize(), projectDir, outcome.specPaths(), outcome.failOn());
        written.values().forEach(p -> err.println("apistatus: wrote " + ProjectLint.display(projectDir, p)));

        List<Finding> failures = outcome.failures();
        if (!failures.isEmpty()) {
            Path report = ReportFiles.seeReport(written);
            err.println(ConsoleOutput.failureMessage(failures, outcome.failOn(),
                    report == null ? "the output above" : ProjectLint.display(projectDir, report)));
            err.flush();
            return Main.FINDINGS;
        }
        err.flush();
        return Main.CLEAN;
    }

    /** Runs a lint with messages on {@code err} and progress on the terminal. */
    static ProjectLint.Outcome run(ProjectLint.Request request, PrintWriter err, boolean all)
            throws SpecFinder.MissingSpecException {
        try (TerminalProgress progress = TerminalProgress.forConsole(new PrintStream(System.err, true))) {
            ProjectLint lint = new ProjectLint(Engine.discover(), new ProjectLint.Listener() {
                @Override
                public void info(String message) {
                    err.println(message);
                }

                @Override
                public void warn(String message) {
                    err.println(message);
                }

                @Override
                public Progress progress() {
                    return progress;
                }
            });
            ProjectLint.Outcome outcome = all ? lint.lintAll(request) : lint.lint(request);
            Path dir = request.projectDir();
            if (outcome.specs().isEmpty()) {
                err.println("apistatus: no OpenAPI document found (looked for openapi*/swagger* .yaml, .yml or .json in "
                        + SpecFinder.RESOURCES + " and the project directory); name them with --spec");
            } else {
                err.println("apistatus " + ToolInfo.VERSION + ": linting " + outcome.specs().stream()
                        .map(p -> ProjectLint.display(dir, p)).collect(Collectors.joining(", ")));
            }
            if (!request.sources().isEmpty()) {
                err.println("apistatus: reading Java sources in " + request.sources().stream()
                        .map(p -> ProjectLint.display(dir, p)).collect(Collectors.joining(", ")));
            }
            err.flush();
            return outcome;
        }
    }
}
