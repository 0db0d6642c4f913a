package dev.apistatus.maven;

import dev.apistatus.core.engine.ConfigException;
import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.FailThreshold;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.engine.RuleSetting;
import dev.apistatus.core.report.ConsoleReporter;
import dev.apistatus.core.report.Reporter;
import dev.apistatus.core.report.Reporters;
import dev.apistatus.core.report.ToolInfo;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Severity;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Lints the project's OpenAPI documents (and, as code rules arrive, its Java sources) and fails the build when a
 * finding is at or above {@code failOn}.
 *
 * <p>Each finding is logged as {@code path:line:col: severity [rule-id] message} at its own level (error, warning,
 * note as info), then a count per rule and a total. Reports are written to {@code outputDirectory}.
 *
 * <p>The goal needs no project: {@code mvn dev.apistatus:apistatus-maven-plugin:lint} in a directory without a POM
 * lints the OpenAPI documents found there and writes its reports to {@code target/apistatus}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class LintMojo extends AbstractMojo {

    /**
     * The OpenAPI documents to lint: files or globs (e.g. {@code api/**.yaml}), relative to the project directory.
     * When not set, files named {@code openapi*} or {@code swagger*} ({@code .yaml}, {@code .yml}, {@code .json})
     * under {@code src/main/resources} and directly in the project directory are linted. A listed file that does
     * not exist fails the build; a glob that matches nothing is a warning. On the command line
     * ({@code -Dapistatus.specs=a.yaml,b.yaml}) entries are separated by commas, so a glob with a comma in braces
     * only works in the POM.
     */
    @Parameter(property = "apistatus.specs")
    List<String> specs;

    /** Directories of Java sources for the code rules. Default: the project's compile source roots. */
    @Parameter(property = "apistatus.sources")
    List<File> sources;

    /**
     * The least severity that fails the build: {@code error}, {@code warning}, {@code note}, or {@code none}
     * (never fail; findings are still reported).
     */
    @Parameter(property = "apistatus.failOn", defaultValue = "error")
    String failOn;

    /**
     * The reports to write into {@code outputDirectory}: any of {@code console} ({@code apistatus.txt}),
     * {@code json} ({@code apistatus.json}) and {@code sarif} ({@code apistatus.sarif}). Findings always go to the
     * Maven log, whatever is chosen here.
     */
    @Parameter(property = "apistatus.formats", defaultValue = "console,json,sarif")
    List<String> formats;

    /**
     * Where the reports go. Default: <code>${project.build.directory}/apistatus</code>, or
     * <code>target/apistatus</code> under the current directory when there is no POM.
     */
    @Parameter(property = "apistatus.outputDirectory")
    File outputDirectory;

    /** Skips linting. */
    @Parameter(property = "apistatus.skip", defaultValue = "false")
    boolean skip;

    /**
     * Per-rule levels, rule id to {@code off}, {@code error}, {@code warning} or {@code note}, e.g.
     * {@code <rules><error-body-not-problem-details>off</error-body-not-problem-details></rules>}. From the command
     * line use {@code -Dapistatus.rules=id=level,id=level}, which wins over the POM for the ids it names. An unknown
     * rule id fails the build.
     */
    @Parameter
    Map<String, String> rules;

    /**
     * The command-line form of {@code rules}: {@code -Dapistatus.rules=id=level,id=level}. Its entries win over
     * {@code rules} for the ids they name. In a POM, use {@code rules}.
     */
    @Parameter(property = "apistatus.rules")
    String rulesProperty;

    /**
     * The Java release of the sources (17 to 25; any other is read as 25, the newest syntax). Default: the project's
     * {@code maven.compiler.release}, else its {@code maven.compiler.source}, else 25.
     */
    @Parameter(property = "apistatus.javaRelease")
    Integer javaRelease;

    /** A spec file larger than this many bytes is reported as unreadable rather than read (default 64 MiB). */
    @Parameter(property = "apistatus.maxSpecBytes", defaultValue = "67108864")
    long maxSpecBytes;

    /** The project directory, or the current directory when there is no POM. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("apistatus: skipped (apistatus.skip)");
            return;
        }
        FailThreshold threshold = parse(() -> FailThreshold.parse(failOn), "failOn");
        List<Reporter> reporters = reporters();
        Map<String, RuleSetting> ruleSettings = parse(() -> RuleLevels.parse(rules, rulesProperty), null);
        if (maxSpecBytes <= 0) {
            throw new MojoExecutionException("apistatus: maxSpecBytes must be a positive number of bytes, not "
                    + maxSpecBytes);
        }

        Path projectDir = projectDir();
        Path buildDir = buildDir(projectDir);
        Path reportDir = outputDirectory != null ? outputDirectory.toPath().toAbsolutePath().normalize()
                : buildDir.resolve("apistatus");

        List<Path> specFiles;
        try {
            specFiles = new SpecFinder(projectDir, buildDir, maxSpecBytes, log::warn, log::info).find(specs);
        } catch (SpecFinder.MissingSpecException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new MojoExecutionException("apistatus: " + e.getMessage(), e);
        }
        List<Path> sourceDirs = sourceDirs(projectDir);
        if (specFiles.isEmpty()) {
            String message = "apistatus: no OpenAPI document found (looked for openapi*/swagger* .yaml, .yml or .json"
                    + " in " + SpecFinder.RESOURCES + " and the project directory); name them in <specs>";
            // In a multi-module build most modules have no spec: say so quietly. Run in a bare directory, the user
            // surely expected one.
            if (specs == null || specs.isEmpty()) {
                if (noPom()) {
                    log.warn(message);
                } else {
                    log.info(message);
                }
            }
        } else {
            log.info("apistatus " + ToolInfo.VERSION + ": linting " + specFiles.stream()
                    .map(p -> display(projectDir, p)).collect(Collectors.joining(", ")));
        }
        if (!sourceDirs.isEmpty()) {
            log.info("apistatus: reading Java sources in " + sourceDirs.stream()
                    .map(p -> display(projectDir, p)).collect(Collectors.joining(", ")));
        }

        LintConfig config = new LintConfig(projectDir, specFiles, sourceDirs, ruleSettings, maxSpecBytes,
                javaRelease());
        LintResult result;
        try {
            result = Engine.discover().run(config);
        } catch (ConfigException e) {
            throw new MojoExecutionException("apistatus: invalid configuration: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("apistatus: internal error while linting (please report it): " + e, e);
        }

        for (Finding finding : result.findings()) {
            String line = ConsoleReporter.line(finding);
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                default -> log.info(line);
            }
        }
        ConsoleReporter.summary(result).forEach(log::info);

        Map<String, Path> written = writeReports(result, reporters, reportDir);
        written.values().forEach(p -> log.info("apistatus: wrote " + display(projectDir, p)));

        List<Finding> failures = result.failures(threshold);
        if (!failures.isEmpty()) {
            throw new MojoFailureException(failureMessage(failures, threshold, seeReport(written)
                    .map(p -> display(projectDir, p)).orElse(null)));
        }
    }

    /**
     * {@code apistatus: 3 findings at or above error (worst: success-response-missing, 2 findings); see
     * target/apistatus/apistatus.sarif}. The worst rule is the one with the most findings at the highest severity
     * among the failures (ties by rule id).
     */
    static String failureMessage(List<Finding> failures, FailThreshold threshold, String report) {
        Severity highest = failures.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
        Map<String, Long> counts = failures.stream().filter(f -> f.severity() == highest)
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        String worst = counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.<String, Long>comparingByKey().reversed()))
                .map(Map.Entry::getKey).orElseThrow();
        long worstCount = failures.stream().filter(f -> f.ruleId().equals(worst)).count();
        return "apistatus: " + plural(failures.size(), "finding") + " at or above " + threshold.label()
                + " (worst: " + worst + ", " + plural(worstCount, "finding") + ")"
                + (report == null ? "; see the log above" : "; see " + report);
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The report to point at when the build fails: SARIF, else JSON, else the text report. */
    private static Optional<Path> seeReport(Map<String, Path> written) {
        for (String format : List.of("sarif", "json", "console")) {
            if (written.containsKey(format)) {
                return Optional.of(written.get(format));
            }
        }
        return Optional.empty();
    }

    private Map<String, Path> writeReports(LintResult result, List<Reporter> reporters, Path reportDir)
            throws MojoExecutionException {
        Map<String, Path> written = new LinkedHashMap<>();
        if (reporters.isEmpty()) {
            return written;
        }
        try {
            Files.createDirectories(reportDir);
        } catch (IOException e) {
            throw new MojoExecutionException("apistatus: cannot create the report directory " + reportDir
                    + " (outputDirectory): " + e, e);
        }
        for (Reporter reporter : reporters) {
            Path file = reportDir.resolve(reporter.fileName());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                reporter.write(result, out);
            } catch (IOException e) {
                throw new MojoExecutionException("apistatus: cannot write the " + reporter.format() + " report "
                        + file + ": " + e, e);
            }
            written.put(reporter.format(), file);
        }
        return written;
    }

    /** The configured formats, each once, in the order given; entries may themselves be comma-separated. */
    private List<Reporter> reporters() throws MojoExecutionException {
        List<Reporter> chosen = new ArrayList<>();
        if (formats == null) {
            return chosen;
        }
        for (String entry : formats) {
            if (entry == null) {
                continue;
            }
            for (String name : entry.split(",")) {
                if (name.isBlank() || name.trim().equalsIgnoreCase("none")) {
                    continue;
                }
                Reporter reporter = Reporters.forFormat(name).orElseThrow(() -> new MojoExecutionException(
                        "apistatus: unknown format '" + name.trim() + "' in formats (apistatus.formats): use "
                                + Reporters.formats()));
                if (!chosen.contains(reporter)) {
                    chosen.add(reporter);
                }
            }
        }
        return chosen;
    }

    /** True when Maven runs without a POM (the goal was called in a directory that has none). */
    private boolean noPom() {
        return project == null || project.getFile() == null;
    }

    private Path projectDir() {
        if (!noPom() && project.getBasedir() != null) {
            return project.getBasedir().toPath().toAbsolutePath().normalize();
        }
        File dir = basedir != null ? basedir : new File(System.getProperty("user.dir"));
        return dir.toPath().toAbsolutePath().normalize();
    }

    private Path buildDir(Path projectDir) {
        if (!noPom() && project.getBuild() != null && project.getBuild().getDirectory() != null) {
            return Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
        }
        return projectDir.resolve("target");
    }

    private List<Path> sourceDirs(Path projectDir) {
        List<Path> dirs = new ArrayList<>();
        if (sources != null && !sources.isEmpty()) {
            sources.forEach(f -> dirs.add(projectDir.resolve(f.toPath()).normalize()));
        } else if (!noPom()) {
            project.getCompileSourceRoots().forEach(s -> dirs.add(projectDir.resolve(s).normalize()));
        } else {
            dirs.add(projectDir.resolve("src/main/java"));
        }
        return dirs.stream().filter(Files::isDirectory).distinct().toList();
    }

    /** The configured release, else the project's compiler release or source level, else the engine's default. */
    int javaRelease() {
        if (javaRelease != null) {
            return javaRelease;
        }
        if (!noPom()) {
            for (String key : List.of("maven.compiler.release", "maven.compiler.source")) {
                Integer release = parseRelease(project.getProperties().getProperty(key));
                if (release != null) {
                    return release;
                }
            }
        }
        return LintConfig.DEFAULT_JAVA_RELEASE;
    }

    /** {@code 17} is 17, {@code 1.8} is 8; anything else (e.g. an unresolved {@code ${...}}) is null. */
    static Integer parseRelease(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.startsWith("1.")) {
            v = v.substring(2);
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A path relative to the project directory when it is inside it, with {@code /} separators. */
    static String display(Path projectDir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(projectDir) ? projectDir.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    private interface Parser<T> {
        T parse();
    }

    /** Runs a parser of a setting; its IllegalArgumentException becomes a one-line MojoExecutionException. */
    private static <T> T parse(Parser<T> parser, String setting) throws MojoExecutionException {
        try {
            return parser.parse();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new MojoExecutionException("apistatus: " + (setting == null || message.contains(setting)
                    ? message : setting + ": " + message), e);
        }
    }
}
