package dev.apistatus.maven;

import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.project.ProjectLint;
import dev.apistatus.core.report.ConsoleReporter;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The apistatus report in the Maven site: {@code mvn site} with this plugin under {@code <reporting>} puts the HTML
 * report ({@code apistatus.html}, the same self-contained page {@code lint} writes) into the site and links it from
 * the "Project Reports" menu. Run alone ({@code mvn apistatus:report}) it writes the page to
 * {@code target/site/apistatus.html}. It never fails the build on findings.
 *
 * <pre>
 * &lt;reporting&gt;
 *   &lt;plugins&gt;
 *     &lt;plugin&gt;
 *       &lt;groupId&gt;dev.apistatus&lt;/groupId&gt;
 *       &lt;artifactId&gt;apistatus-maven-plugin&lt;/artifactId&gt;
 *       &lt;version&gt;...&lt;/version&gt;
 *     &lt;/plugin&gt;
 *   &lt;/plugins&gt;
 * &lt;/reporting&gt;
 * </pre>
 *
 * Takes the same parameters as {@code lint} (configuration file, specs, sources, rules, baseline).
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends LintMojo implements MavenReport {

    /** The page's name in the site: {@code apistatus.html}. */
    static final String OUTPUT_NAME = "apistatus";

    /** Where the site is built; the report goes there when the goal runs alone. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    File siteDirectory;

    private File reportOutputDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("apistatus: skipped (apistatus.skip)");
            return;
        }
        Path page = render(getReportOutputDirectory().toPath());
        getLog().info("apistatus: wrote " + display(projectDir(), page));
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        // an external report: it writes its own page next to the site's pages; the sink is not used
        try {
            if (!skip) {
                render(getReportOutputDirectory().toPath());
            }
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    /** Lints the project and writes the HTML page into {@code directory}. */
    private Path render(Path directory) throws MojoExecutionException {
        Path projectDir = projectDir();
        ProjectLint.Outcome outcome = lint(request(project, projectDir), false);
        LintResult result = outcome.result();
        List<String> summary = ConsoleReporter.summary(result);
        getLog().info("apistatus: " + summary.get(summary.size() - 1));
        Map<String, Path> written = writeReports(result, List.of("html"), directory, projectDir, outcome.specPaths(),
                outcome.failOn());
        return written.get("html");
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "apistatus";
    }

    @Override
    public String getDescription(Locale locale) {
        return "HTTP API contract findings: status codes, RFC 9457 error bodies, required headers.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        if (reportOutputDirectory != null) {
            return reportOutputDirectory;
        }
        return siteDirectory != null ? siteDirectory : buildDir(projectDir()).resolve("site").toFile();
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }
}
