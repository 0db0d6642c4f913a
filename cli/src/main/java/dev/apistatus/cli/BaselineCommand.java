package dev.apistatus.cli;

import dev.apistatus.core.baseline.Baseline;
import dev.apistatus.core.baseline.Fingerprinter;
import dev.apistatus.core.project.ProjectLint;
import dev.apistatus.core.project.SpecFinder;
import dev.apistatus.core.report.ConsoleReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code baseline}: writes every current finding into the baseline, so {@code lint} reports only new ones. */
@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write the baseline (apistatus-baseline.json): every current finding, which lint then hides."
                + " Findings are known by rule, file, element and line text, not line number.")
final class BaselineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws SpecFinder.MissingSpecException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        ProjectLint.Request request = input.request();
        ProjectLint.Outcome outcome = LintCommand.run(request, spec.commandLine().getErr(), true);
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
