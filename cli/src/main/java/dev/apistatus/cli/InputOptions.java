package dev.apistatus.cli;

import dev.apistatus.core.engine.FailThreshold;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.RuleSetting;
import dev.apistatus.core.project.ProjectLint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/** What to lint and how: the options {@code lint} and {@code baseline} share. Paths are relative to {@code --project}. */
final class InputOptions {

    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The project directory: paths in reports are relative to it, files outside it are not read,"
                    + " and the other options' paths start there (default: the current directory).")
    Path project;

    @Option(names = "--spec", paramLabel = "FILE", split = ",",
            description = "An OpenAPI document, or a glob such as api/**.yaml (repeatable, or comma-separated)."
                    + " Default: include in apistatus.yaml, else openapi*/swagger* .yaml, .yml, .json files in"
                    + " src/main/resources and the project directory.")
    List<String> specs = new ArrayList<>();

    @Option(names = "--source", paramLabel = "DIR", split = ",",
            description = "A directory of Java sources for the code rules (repeatable). Default: src/main/java if it"
                    + " exists.")
    List<Path> sources = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file (default: apistatus.yaml in the project directory, if any).")
    Path config;

    @Option(names = "--rule", paramLabel = "ID=LEVEL", split = ",",
            description = "A rule's level: off, error, warning or note (repeatable); wins over apistatus.yaml and keeps"
                    + " its options.")
    List<String> rules = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "The least severity that fails (exit 1): error, warning, note or none. Default: failOn in"
                    + " apistatus.yaml, else error.")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "The baseline: lint hides the findings it lists, baseline writes it. Default:"
                    + " apistatus-baseline.json in the project directory (lint uses it when it exists).")
    Path baseline;

    @Option(names = "--java-release", paramLabel = "N", defaultValue = "" + LintConfig.DEFAULT_JAVA_RELEASE,
            description = "The Java release of the sources, 17 to 25 (default: ${DEFAULT-VALUE}).")
    int javaRelease;

    @Option(names = "--max-spec-bytes", paramLabel = "BYTES", defaultValue = "" + LintConfig.DEFAULT_MAX_SPEC_BYTES,
            description = "Larger spec files are reported as unreadable, not read (default: ${DEFAULT-VALUE}).")
    long maxSpecBytes;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep the findings in DIR/lint-cache.json and reuse them while nothing they depend on"
                    + " changed (docs/cache.md), e.g. --cache target/apistatus. Default: no cache.")
    Path cache;

    Path projectDir() {
        return project.toAbsolutePath().normalize();
    }

    /** The engine's request for these options. */
    ProjectLint.Request request() {
        Path dir = projectDir();
        List<Path> sourceDirs = sources.isEmpty() ? List.of(dir.resolve("src/main/java"))
                : sources.stream().map(dir::resolve).map(Path::normalize).toList();
        if (maxSpecBytes <= 0) {
            throw new Main.UsageException("apistatus: --max-spec-bytes must be a positive number of bytes, not "
                    + maxSpecBytes);
        }
        ProjectLint.Request request = new ProjectLint.Request(dir)
                .configTop(dir)
                .specs(specs, "--spec", "--spec")
                .sources(sourceDirs)
                .failOn(failOn == null ? null : threshold(failOn))
                .rules(rules(rules))
                .maxSpecBytes(maxSpecBytes)
                .javaRelease(javaRelease);
        if (config != null) {
            request.configFile(dir.resolve(config));
        }
        if (baseline != null) {
            request.baselineFile(dir.resolve(baseline));
        }
        if (cache != null) {
            request.cacheDir(dir.resolve(cache));
        }
        return request;
    }

    private static FailThreshold threshold(String text) {
        try {
            return FailThreshold.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("apistatus: --fail-on: " + e.getMessage());
        }
    }

    /** {@code id=level} entries; a later entry for an id wins. */
    static Map<String, RuleSetting> rules(List<String> entries) {
        Map<String, RuleSetting> settings = new TreeMap<>();
        for (String entry : entries) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new Main.UsageException("apistatus: --rule " + entry.trim()
                        + " is not ID=LEVEL (e.g. --rule delete-returns-body=off)");
            }
            String id = entry.substring(0, eq).trim();
            try {
                settings.put(id, RuleSetting.parseLevel(entry.substring(eq + 1).trim()));
            } catch (IllegalArgumentException e) {
                throw new Main.UsageException("apistatus: --rule " + id + ": " + e.getMessage());
            }
        }
        return settings;
    }
}
