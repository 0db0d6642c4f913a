package dev.apistatus.maven;

import dev.apistatus.core.baseline.Baseline;
import dev.apistatus.core.baseline.Fingerprinter;
import dev.apistatus.core.project.ProjectLint;
import dev.apistatus.core.report.ConsoleReporter;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the baseline ({@code apistatus-baseline.json} in the project directory, or {@code baseline}): every current
 * finding, known by rule, file, the operation or code element it belongs to and the text of its line (not the line
 * number). From then on {@code lint} hides these findings and reports only new ones, so a project can adopt
 * apistatus without fixing everything first. Commit the file; rewrite it when {@code lint} says entries are stale.
 *
 * <p>Takes the same parameters as {@code lint} (the configuration file, specs, sources and rule levels decide what
 * is found); it never fails on findings and writes no reports.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends LintMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("apistatus: skipped (apistatus.skip)");
            return;
        }
        Path projectDir = projectDir();
        ProjectLint.Request request = request(project, projectDir);
        ProjectLint.Outcome outcome = lint(request, true);
        ConsoleReporter.summary(outcome.result()).forEach(getLog()::info);
        Path file = request.baselinePath();
        Baseline baseline = Baseline.of(outcome.result().findings(),
                new Fingerprinter(projectDir, request.javaRelease()));
        try {
            baseline.write(file);
        } catch (IOException e) {
            throw new MojoExecutionException("apistatus: cannot write the baseline " + file + ": " + e.getMessage(), e);
        }
        int n = baseline.entries().size();
        getLog().info("apistatus: wrote " + display(projectDir, file) + " with " + n + " finding" + (n == 1 ? "" : "s")
                + "; lint now hides " + (n == 1 ? "it" : "them") + " and reports only new ones");
    }
}
