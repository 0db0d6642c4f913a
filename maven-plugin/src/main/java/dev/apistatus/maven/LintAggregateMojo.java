package dev.apistatus.maven;

import dev.apistatus.core.engine.FailThreshold;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.project.ConsoleOutput;
import dev.apistatus.core.project.ProjectLint;
import dev.apistatus.core.project.ReportFiles;
import dev.apistatus.core.report.ConsoleReporter;
import dev.apistatus.core.rule.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Lints every module of a multi-module build, each with its own specs, sources, configuration file and baseline
 * (as {@code lint} would in that module), and writes one aggregate report at the top: paths relative to the top
 * project ({@code orders-service/src/main/resources/openapi.yaml}), one summary, one HTML page for the whole build.
 * Run it from the top ({@code mvn apistatus:lint-aggregate}) or bind it in the top POM; it fails the build on the
 * findings of all modules at or above {@code failOn} (the top project's, from its parameters or its
 * {@code apistatus.yaml}).
 *
 * <p>Takes the same parameters as {@code lint}; they apply to every module. Leave {@code specs} to discovery or to
 * each module's {@code include}: a file listed in {@code specs} must exist in every module.
 */
@Mojo(name = "lint-aggregate", aggregator = true, threadSafe = true, defaultPhase = LifecyclePhase.VERIFY)
public class LintAggregateMojo extends LintMojo {

    @Parameter(defaultValue = "${reactorProjects}", readonly = true, required = true)
    List<MavenProject> reactorProjects;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("apistatus: skipped (apistatus.skip)");
            return;
        }
        List<String> formatNames = formatNames();
        Path root = projectDir();
        Path reportDir = outputDirectory != null ? outputDirectory.toPath().toAbsolutePath().normalize()
                : buildDir(root).resolve("apistatus");

        List<ProjectLint.Outcome> outcomes = new ArrayList<>();
        FailThreshold threshold = null;
        for (MavenProject module : reactorProjects) {
            Path dir = module.getBasedir().toPath().toAbsolutePath().normalize();
            String name = dir.equals(root) ? module.getArtifactId() + " (top)"
                    : module.getArtifactId() + " (" + ProjectLint.relative(root, dir) + ")";
            getLog().info("apistatus: module " + name);
            ProjectLint.Outcome outcome = lint(request(module, dir), false);
            outcomes.add(outcome);
            if (dir.equals(root)) {
                threshold = outcome.failOn();
            }
            List<String> summary = ConsoleReporter.summary(outcome.result());
            getLog().info("apistatus: " + module.getArtifactId() + ": " + summary.get(summary.size() - 1));
            ConsoleOutput.baseline(outcome, maxFindingsPerRule).forEach(this::log);
        }
        if (threshold == null) {
            threshold = outcomes.isEmpty() ? FailThreshold.ERROR : outcomes.get(0).failOn();
        }

        LintResult merged = ProjectLint.merge(root, outcomes);
        getLog().info("apistatus: all modules");
        ConsoleOutput.findings(merged, maxFindingsPerRule, "-Dapistatus.maxFindingsPerRule=0 logs all; every finding"
                + " is in the reports").forEach(this::log);
        ConsoleReporter.summary(merged).forEach(getLog()::info);

        List<String> linted = new ArrayList<>();
        outcomes.forEach(o -> o.specs().forEach(p -> linted.add(ProjectLint.relative(root, p))));
        Map<String, Path> written = writeReports(merged, formatNames, reportDir, root, linted, threshold);
        written.values().forEach(p -> getLog().info("apistatus: wrote " + display(root, p)));

        List<Finding> failures = merged.failures(threshold);
        if (!failures.isEmpty()) {
            Path report = ReportFiles.seeReport(written);
            throw new MojoFailureException(failureMessage(failures, threshold,
                    report == null ? null : display(root, report)));
        }
    }
}
