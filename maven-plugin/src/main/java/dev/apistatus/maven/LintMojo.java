package dev.apistatus.maven;

import dev.apistatus.core.engine.ConfigException;
import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.FailThreshold;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.Progress;
import dev.apistatus.core.engine.RuleSetting;
import dev.apistatus.core.project.ConsoleOutput;
import dev.apistatus.core.project.ProjectLint;
import dev.apistatus.core.project.ReportFiles;
import dev.apistatus.core.project.SpecFinder;
import dev.apistatus.core.project.TerminalProgress;
import dev.apistatus.core.report.ToolInfo;
import dev.apistatus.core.rule.Finding;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
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
 *
 * <p>Settings come from, later winning: the built-in defaults, the configuration file {@code apistatus.yaml} (the
 * nearest one from the module up to the top of the build, or {@code config}), then this goal's parameters (the POM's
 * {@code <configuration>}, or the user property of a parameter the POM does not set). Findings listed in the
 * baseline ({@code apistatus-baseline.json}, written by the {@code baseline} goal) are hidden.
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
     * (never fail; findings are still reported). Default: {@code failOn} of {@code apistatus.yaml}, else
     * {@code error}.
     */
    @Parameter(property = "apistatus.failOn")
    String failOn;

    /**
     * The reports to write into {@code outputDirectory}: any of {@code console} ({@code apistatus.txt}),
     * {@code json} ({@code apistatus.json}), {@code sarif} ({@code apistatus.sarif}), {@code html}
     * ({@code apistatus.html}, one self-contained page) and {@code junit} ({@code apistatus-junit.xml}, for CI test
     * dashboards), or {@code none}. Findings always go to the Maven log, whatever is chosen here.
     */
    @Parameter(property = "apistatus.formats", defaultValue = "console,json,sarif,html")
    List<String> formats;

    /**
     * Where the reports go. Default: <code>${project.build.directory}/apistatus</code>, or
     * <code>target/apistatus</code> under the current directory when there is no POM.
     */
    @Parameter(property = "apistatus.outputDirectory")
    File outputDirectory;

    /**
     * Keeps the findings in <code>${project.build.directory}/apistatus/lint-cache.json</code> and reuses them while
     * nothing they depend on has changed: the plugin and its rules, the settings, the specs and every file their
     * {@code $ref}s reach, the Java sources and the application configuration files (docs/cache.md). The baseline,
     * {@code exclude}, {@code failOn} and the reports apply to cached findings as to new ones. {@code false} lints
     * from scratch every time.
     */
    @Parameter(property = "apistatus.cache", defaultValue = "true")
    boolean cache = true;

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

    /**
     * The configuration file. Default: {@code apistatus.yaml} in the project directory, else in the nearest directory
     * above it up to the top of the build (so one file at the root of a multi-module build serves every module).
     * A file named here must exist.
     */
    @Parameter(property = "apistatus.config")
    File config;

    /**
     * The baseline: findings listed in it are hidden (and counted), and its entries that match no finding any more
     * are listed so it can be rewritten smaller. The {@code baseline} goal writes it. Default:
     * {@code apistatus-baseline.json} in the project directory, used when it exists.
     */
    @Parameter(property = "apistatus.baseline")
    File baseline;

    /**
     * At most this many findings of each rule are logged in full, then how many more there are (the reports always
     * hold every finding). {@code 0} logs all.
     */
    @Parameter(property = "apistatus.maxFindingsPerRule", defaultValue = "30")
    int maxFindingsPerRule = ConsoleOutput.DEFAULT_MAX_PER_RULE;

    /** The project directory, or the current directory when there is no POM. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("apistatus: skipped (apistatus.skip)");
            return;
        }
        List<String> formatNames = formatNames();
        Path projectDir = projectDir();
        Path reportDir = outputDirectory != null ? outputDirectory.toPath().toAbsolutePath().normalize()
                : buildDir(projectDir).resolve("apistatus");
        ProjectLint.Outcome outcome = lint(request(project, projectDir), false);

        ConsoleOutput.lines(outcome, maxFindingsPerRule, "-Dapistatus.maxFindingsPerRule=0 logs all; every finding"
                + " is in the reports").forEach(this::log);
        Map<String, Path> written = writeReports(outcome.result(), formatNames, reportDir, projectDir,
                outcome.specPaths(), outcome.failOn());
        written.values().forEach(p -> log.info("apistatus: wrote " + display(projectDir, p)));

        List<Finding> failures = outcome.failures();
        if (!failures.isEmpty()) {
            Path report = ReportFiles.seeReport(written);
            throw new MojoFailureException(failureMessage(failures, outcome.failOn(),
                    report == null ? null : display(projectDir, report)));
        }
    }

    /** The configured report formats, each once. */
    List<String> formatNames() throws MojoExecutionException {
        return parse(() -> ReportFiles.formats(formats, "formats (apistatus.formats)"), null);
    }

    /**
     * The request for one project (this goal's project, or a module of the build for {@code lint-aggregate}): its
     * directory, build directory, sources and Java release, with this goal's parameters.
     *
     * @param module the Maven project, or null when there is no POM
     */
    ProjectLint.Request request(MavenProject module, Path projectDir) throws MojoExecutionException {
        FailThreshold threshold = failOn == null || failOn.isBlank() ? null
                : parse(() -> FailThreshold.parse(failOn), "failOn");
        Map<String, RuleSetting> ruleSettings = parse(() -> RuleLevels.parse(rules, rulesProperty), null);
        if (maxSpecBytes <= 0) {
            throw new MojoExecutionException("apistatus: maxSpecBytes must be a positive number of bytes, not "
                    + maxSpecBytes);
        }
        ProjectLint.Request request = new ProjectLint.Request(projectDir)
                .buildDir(buildDir(module, projectDir))
                .configTop(configTop())
                .specs(specs, "<specs>", "<specs> / apistatus.specs")
                .sources(sourceDirs(module, projectDir))
                .failOn(threshold)
                .rules(ruleSettings)
                .maxSpecBytes(maxSpecBytes)
                .javaRelease(javaRelease(module));
        if (config != null) {
            request.configFile(config.toPath());
        }
        if (baseline != null) {
            request.baselineFile(baseline.toPath());
        }
        if (cache) {
            request.cacheDir(buildDir(module, projectDir).resolve("apistatus"));
        }
        return request;
    }

    /**
     * Runs a lint, logging what it reads; configuration and input errors become one-line build errors.
     *
     * @param all true to ignore the baseline (the {@code baseline} goal)
     */
    ProjectLint.Outcome lint(ProjectLint.Request request, boolean all) throws MojoExecutionException {
        Log log = getLog();
        try (TerminalProgress progress = new TerminalProgress(System.out, TerminalProgress.DEFAULT_DELAY,
                showProgress())) {
            ProjectLint lint = new ProjectLint(Engine.discover(), new ProjectLint.Listener() {
                @Override
                public void info(String message) {
                    log.info(message);
                }

                @Override
                public void warn(String message) {
                    log.warn(message);
                }

                @Override
                public void debug(String message) {
                    log.debug(message);
                }

                @Override
                public Progress progress() {
                    return progress;
                }
            });
            ProjectLint.Outcome outcome = all ? lint.lintAll(request) : lint.lint(request);
            logInputs(request.projectDir(), outcome, request);
            return outcome;
        } catch (ConfigException e) {
            throw new MojoExecutionException("apistatus: invalid configuration: " + e.getMessage(), e);
        } catch (SpecFinder.MissingSpecException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("apistatus: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("apistatus: internal error while linting (please report it): " + e, e);
        }
    }

    /** Says which specs and sources were read, or that no spec was found. */
    private void logInputs(Path projectDir, ProjectLint.Outcome outcome, ProjectLint.Request request) {
        Log log = getLog();
        if (outcome.specs().isEmpty()) {
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
            log.info("apistatus " + ToolInfo.VERSION + ": linting " + outcome.specs().stream()
                    .map(p -> display(projectDir, p)).collect(Collectors.joining(", ")));
        }
        if (!request.sources().isEmpty()) {
            log.info("apistatus: reading Java sources in " + request.sources().stream()
                    .map(p -> display(projectDir, p)).collect(Collectors.joining(", ")));
        }
    }

    /** Logs a line of output at its level: errors, warnings, notes and information at info. */
    void log(ConsoleOutput.Line line) {
        if (line.level() == null) {
            getLog().info(line.text());
            return;
        }
        switch (line.level()) {
            case ERROR -> getLog().error(line.text());
            case WARNING -> getLog().warn(line.text());
            default -> getLog().info(line.text());
        }
    }

    /** Progress only on an interactive terminal, in a build that is not parallel (its modules' logs interleave). */
    private boolean showProgress() {
        return session != null && session.getRequest() != null && session.getRequest().isInteractiveMode()
                && !session.isParallel() && TerminalProgress.interactive();
    }

    /**
     * Where {@code apistatus.yaml} is looked for at the most: the top of the build (the directory holding
     * {@code .mvn}, else where Maven was started).
     */
    Path configTop() {
        if (session == null || session.getRequest() == null) {
            return null;
        }
        File top = session.getRequest().getMultiModuleProjectDirectory();
        if (top == null && session.getExecutionRootDirectory() != null) {
            top = new File(session.getExecutionRootDirectory());
        }
        return top == null ? null : top.toPath().toAbsolutePath().normalize();
    }

    /**
     * {@code apistatus: 3 findings at or above error (worst: success-response-missing, 2 findings); see
     * target/apistatus/apistatus.sarif}. The worst rule is the one with the most findings at the highest severity
     * among the failures (ties by rule id).
     */
    static String failureMessage(List<Finding> failures, FailThreshold threshold, String report) {
        return ConsoleOutput.failureMessage(failures, threshold, report);
    }

    Map<String, Path> writeReports(dev.apistatus.core.engine.LintResult result, List<String> formatNames,
                                   Path reportDir, Path projectDir, List<String> linted, FailThreshold threshold)
            throws MojoExecutionException {
        try {
            return ReportFiles.write(result, formatNames, reportDir, projectDir, linted, threshold);
        } catch (IOException e) {
            throw new MojoExecutionException("apistatus: " + e.getMessage() + " (outputDirectory)", e);
        }
    }

    /** True when Maven runs without a POM (the goal was called in a directory that has none). */
    boolean noPom() {
        return project == null || project.getFile() == null;
    }

    Path projectDir() {
        if (!noPom() && project.getBasedir() != null) {
            return project.getBasedir().toPath().toAbsolutePath().normalize();
        }
        File dir = basedir != null ? basedir : new File(System.getProperty("user.dir"));
        return dir.toPath().toAbsolutePath().normalize();
    }

    Path buildDir(Path projectDir) {
        return buildDir(noPom() ? null : project, projectDir);
    }

    static Path buildDir(MavenProject module, Path projectDir) {
        if (module != null && module.getFile() != null && module.getBuild() != null
                && module.getBuild().getDirectory() != null) {
            return Path.of(module.getBuild().getDirectory()).toAbsolutePath().normalize();
        }
        return projectDir.resolve("target");
    }

    /** {@code sources} (relative to the project), else the module's compile source roots, else src/main/java. */
    List<Path> sourceDirs(MavenProject module, Path projectDir) {
        List<Path> dirs = new ArrayList<>();
        if (sources != null && !sources.isEmpty()) {
            sources.forEach(f -> dirs.add(projectDir.resolve(f.toPath()).normalize()));
        } else if (module != null && module.getFile() != null) {
            module.getCompileSourceRoots().forEach(s -> dirs.add(projectDir.resolve(s).normalize()));
        } else {
            dirs.add(projectDir.resolve("src/main/java"));
        }
        return dirs.stream().filter(Files::isDirectory).distinct().toList();
    }

    /** The configured release, else the project's compiler release or source level, else the engine's default. */
    int javaRelease() {
        return javaRelease(noPom() ? null : project);
    }

    int javaRelease(MavenProject module) {
        if (javaRelease != null) {
            return javaRelease;
        }
        if (module != null && module.getFile() != null) {
            for (String key : List.of("maven.compiler.release", "maven.compiler.source")) {
                Integer release = parseRelease(module.getProperties().getProperty(key));
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
