package dev.apistatus.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apistatus.core.engine.FailThreshold;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal without Maven around it: no MavenProject, as when Maven runs it in a directory without a POM
 * ({@code requiresProject = false}); {@code basedir} is then the current directory.
 */
class LintMojoTest {

    /** Line 5: a PUT without a success response; line 10: a 400 answered as application/json. */
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /things:
                put:
                  responses:
                    "400":
                      description: bad
                      content:
                        application/json:
                          schema: {type: object}
            """;

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private LintMojo mojo() {
        LintMojo mojo = new LintMojo();
        mojo.setLog(log);
        mojo.basedir = dir.toFile();
        mojo.failOn = "error";
        mojo.formats = List.of("console", "json", "sarif");
        mojo.maxSpecBytes = 64L * 1024 * 1024;
        return mojo;
    }

    private void writeSpec() throws IOException {
        Files.writeString(dir.resolve("openapi.yaml"), SPEC);
    }

    @Test
    void withoutAPomItLintsTheDirectoryAndWritesReportsUnderTarget() throws IOException {
        writeSpec();
        assertThatThrownBy(() -> mojo().execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("apistatus: 1 finding at or above error (worst: success-response-missing, 1 finding);"
                        + " see target/apistatus/apistatus.sarif");

        assertThat(log.lines).anyMatch(l -> l.startsWith(
                "[ERROR] openapi.yaml:5:5: error [success-response-missing] PUT /things declares no success"));
        assertThat(log.lines).contains(
                "[INFO] 1 error, 1 warning, 0 notes in 1 spec file",
                "[INFO] apistatus: wrote target/apistatus/apistatus.sarif");
        assertThat(log.lines).anyMatch(l -> l.startsWith(
                "[WARNING] openapi.yaml:10:13: warning [error-body-not-problem-details] PUT /things 400 answers errors"));
        for (String report : List.of("apistatus.txt", "apistatus.json", "apistatus.sarif")) {
            assertThat(dir.resolve("target/apistatus").resolve(report)).isRegularFile();
        }
        assertThat(Files.readString(dir.resolve("target/apistatus/apistatus.txt")))
                .startsWith("openapi.yaml:5:5: error [success-response-missing] ");
    }

    @Test
    void failOnWarningFailsOnWarningsAndNoneNever() throws Exception {
        writeSpec();
        LintMojo mojo = mojo();
        mojo.rules = Map.of("success-response-missing", "off");
        mojo.failOn = "warning";
        assertThatThrownBy(mojo::execute)
                .hasMessageStartingWith("apistatus: 1 finding at or above warning (worst: error-body-not-problem-details,");

        LintMojo lenient = mojo();
        lenient.failOn = "NONE";
        lenient.formats = List.of();
        lenient.outputDirectory = dir.resolve("lenient").toFile();
        lenient.execute();
        assertThat(dir.resolve("lenient")).doesNotExist();
    }

    @Test
    void formatsChooseTheReportsAndMayBeCommaSeparated() throws Exception {
        writeSpec();
        LintMojo mojo = mojo();
        mojo.failOn = "none";
        mojo.formats = List.of("json, SARIF", "json");
        mojo.outputDirectory = dir.resolve("reports").toFile();
        mojo.execute();
        assertThat(dir.resolve("reports/apistatus.json")).isRegularFile();
        assertThat(dir.resolve("reports/apistatus.sarif")).isRegularFile();
        assertThat(dir.resolve("reports/apistatus.txt")).doesNotExist();
        // The log always shows the findings.
        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] openapi.yaml:5:5: error [success-response-missing]"));
    }

    @Test
    void aNoteIsLoggedAtInfo() throws Exception {
        writeSpec();
        LintMojo mojo = mojo();
        mojo.rulesProperty = "success-response-missing=note,error-body-not-problem-details=off";
        mojo.execute();
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] openapi.yaml:5:5: note [success-response-missing]"));
        assertThat(log.lines).noneMatch(l -> l.contains("error-body-not-problem-details"));
    }

    @Test
    void skipDoesNothing() throws Exception {
        writeSpec();
        LintMojo mojo = mojo();
        mojo.skip = true;
        mojo.failOn = "nonsense";
        mojo.execute();
        assertThat(log.lines).containsExactly("[INFO] apistatus: skipped (apistatus.skip)");
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    void noSpecWithoutAPomIsAWarningAndAnEmptyReport() throws Exception {
        mojo().execute();
        assertThat(log.lines).anyMatch(l -> l.startsWith("[WARNING] apistatus: no OpenAPI document found"));
        assertThat(log.lines).contains("[INFO] No findings in 0 spec files.");
    }

    @Test
    void withAPomReportsGoToTheBuildDirectoryAndNoSpecIsOnlyInfo() throws Exception {
        Path module = Files.createDirectories(dir.resolve("module"));
        MavenProject project = new MavenProject();
        project.setFile(module.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(module.resolve("out").toString());
        LintMojo mojo = mojo();
        mojo.project = project;
        mojo.execute();
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] apistatus: no OpenAPI document found"));
        assertThat(module.resolve("out/apistatus/apistatus.json")).isRegularFile();

        Files.createDirectories(module.resolve("src/main/resources"));
        Files.writeString(module.resolve("src/main/resources/openapi.yaml"), SPEC);
        assertThatThrownBy(mojo::execute).hasMessageEndingWith("; see out/apistatus/apistatus.sarif");
        assertThat(log.lines).anyMatch(l -> l.startsWith(
                "[ERROR] src/main/resources/openapi.yaml:5:5: error [success-response-missing]"));
    }

    @Test
    void javaSourcesAreReadFromTheDefaultSourceDirectory() throws Exception {
        writeSpec();
        Path java = Files.createDirectories(dir.resolve("src/main/java/com/acme"));
        Files.writeString(java.resolve("Broken.java"), "package com.acme;\n@RestController\nclass Broken {\n");
        LintMojo mojo = mojo();
        mojo.failOn = "none";
        mojo.execute();
        assertThat(log.lines).anyMatch(l -> l.startsWith("[WARNING] src/main/java/com/acme/Broken.java:")
                && l.contains(" warning [source-unparsable] "));
    }

    @Test
    void theJavaReleaseComesFromTheParameterOrTheProject() {
        LintMojo mojo = mojo();
        assertThat(mojo.javaRelease()).isEqualTo(25);
        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        mojo.project = project;
        project.getProperties().setProperty("maven.compiler.source", "1.8");
        assertThat(mojo.javaRelease()).isEqualTo(8);
        project.getProperties().setProperty("maven.compiler.release", "21");
        assertThat(mojo.javaRelease()).isEqualTo(21);
        mojo.javaRelease = 17;
        assertThat(mojo.javaRelease()).isEqualTo(17);
        assertThat(LintMojo.parseRelease("${java.version}")).isNull();
    }

    @Test
    void badConfigurationIsAOneLineExecutionError() throws IOException {
        writeSpec();
        LintMojo badFailOn = mojo();
        badFailOn.failOn = "fatal";
        assertThatThrownBy(badFailOn::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("apistatus: unknown failOn 'fatal': use error, warning, note or none");

        LintMojo badLevel = mojo();
        badLevel.rules = Map.of("success-response-missing", "loud");
        assertThatThrownBy(badLevel::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("apistatus: <rules> entry 'success-response-missing': unknown rule level 'loud': use off,"
                        + " error, warning or note");

        LintMojo unknownRule = mojo();
        unknownRule.rules = Map.of("success-responses-missing", "warning");
        assertThatThrownBy(unknownRule::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("apistatus: invalid configuration: unknown rule 'success-responses-missing'"
                        + " (did you mean 'success-response-missing'?)");

        LintMojo badFormat = mojo();
        badFormat.formats = List.of("pdf");
        assertThatThrownBy(badFormat::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("apistatus: unknown format 'pdf' in formats (apistatus.formats): use console, json, sarif,"
                        + " html, junit");

        LintMojo missingSpec = mojo();
        missingSpec.specs = List.of("api/openapi.yaml");
        assertThatThrownBy(missingSpec::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("apistatus: spec file api/openapi.yaml (in <specs> / apistatus.specs) does not exist");

        LintMojo badMax = mojo();
        badMax.maxSpecBytes = 0;
        assertThatThrownBy(badMax::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("maxSpecBytes");
    }

    @Test
    void anUnreadableSpecIsAFindingThatFailsTheBuild() throws IOException {
        Files.writeString(dir.resolve("openapi.yaml"), "openapi: 3.0.3\npaths: [\n");
        assertThatThrownBy(() -> mojo().execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("(worst: spec-unreadable, 1 finding)");
        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] openapi.yaml:") && l.contains("error [spec-unreadable]"));
    }

    @Test
    void theWorstRuleHasTheMostFindingsAtTheHighestSeverity() {
        List<Finding> failures = List.of(
                finding("b-rule", Severity.WARNING), finding("b-rule", Severity.WARNING), finding("b-rule", Severity.WARNING),
                finding("c-rule", Severity.ERROR), finding("c-rule", Severity.ERROR),
                finding("a-rule", Severity.ERROR), finding("a-rule", Severity.ERROR),
                finding("d-rule", Severity.ERROR));
        assertThat(LintMojo.failureMessage(failures, FailThreshold.WARNING, "target/apistatus/apistatus.sarif"))
                .isEqualTo("apistatus: 8 findings at or above warning (worst: a-rule, 2 findings);"
                        + " see target/apistatus/apistatus.sarif");
        assertThat(LintMojo.failureMessage(List.of(finding("x", Severity.NOTE)), FailThreshold.NOTE, null))
                .isEqualTo("apistatus: 1 finding at or above note (worst: x, 1 finding); see the log above");
    }

    private static Finding finding(String rule, Severity severity) {
        return new Finding(rule, severity, "m", new SourceLocation("openapi.yaml", 1, 1, ""), List.of());
    }

    @Test
    void aMistakeInTheConfigurationFileNamesFileAndLine() throws Exception {
        writeSpec();
        Files.writeString(dir.resolve("apistatus.yaml"), "rules:\n  expected-error-missing:\n    options: {expected: [404]}\n");
        assertThatThrownBy(() -> mojo().execute()).isInstanceOf(MojoExecutionException.class)
                .hasMessage("apistatus: invalid configuration: apistatus.yaml:3:15: unknown option 'expected' for rule"
                        + " expected-error-missing (did you mean 'expect'?); its options are expect");

        Files.writeString(dir.resolve("apistatus.yaml"), "failOn: none\n");
        LintMojo fromFile = mojo();
        fromFile.failOn = null;
        fromFile.execute(); // the file's failOn: none
        LintMojo fromPom = mojo();
        assertThatThrownBy(fromPom::execute).isInstanceOf(MojoFailureException.class); // the POM's error wins
    }
}
