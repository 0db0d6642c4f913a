package dev.apistatus.cli;

import dev.apistatus.core.baseline.Baseline;
import dev.apistatus.core.baseline.Fingerprinter;
import dev.apistatus.core.project.ProjectLint;
import dev.apistatus.core.project.SpecFinder;
import dev.apistatus.core.report.ConsoleReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code baseline}: writes every current finding into the baseline, so {@code lint} reports only new ones. */
final class BaselineCommand {

    static final Args.Command COMMAND = new Args.Command("baseline",
            "Write the baseline (apistatus-baseline.json): every current finding, which lint then hides."
                    + " Findings are known by rule, file, element and line text, not line number.",
            InputOptions.OPTIONS, null);

    private BaselineCommand() {
    }

    static int run(Args.Parsed parsed, PrintWriter out, PrintWriter err)
            throws Args.UsageError, SpecFinder.MissingSpecException, IOException {
        ProjectLint.Request request = new InputOptions(parsed).request();
        ProjectLint.Outcome outcome = LintCommand.run(request, err, true);
        ConsoleReporter.summary(outcome.result()).forEach(out::println);
        Path file = request.baselinePath();
        Baseline baseline = Baseline.of(outcome.result().findings(),
                new Fingerprinter(request.projectDir(), request.javaRelease()));
        baseline.write(file);
        int n = baseline.entries().size();
        out.println("apistatus: wrote " + ProjectLint.display(request.projectDir(), file) + " with " + n + " finding"
                + (n == 1 ? "" : "s") + "; lint now hides " + (n == 1 ? "it" : "them") + " and reports only new ones");
        out.flush();
        return Main.CLEAN;
    }
}
