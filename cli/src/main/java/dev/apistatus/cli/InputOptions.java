package dev.apistatus.cli;

import dev.apistatus.core.engine.FailThreshold;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.RuleSetting;
import dev.apistatus.core.project.ProjectLint;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What to lint and how: the options {@code lint} and {@code baseline} share. Paths are relative to {@code --project}. */
final class InputOptions {

    static final List<Args.Option> OPTIONS = List.of(
            Args.Option.single("--project", "DIR", ".",
                    "The project directory: paths in reports are relative to it, files outside it are not read,"
                            + " and the other options' paths start there (default: the current directory)."),
            Args.Option.repeatable("--spec", "FILE",
                    "An OpenAPI document, or a glob such as api/**.yaml (repeatable, or comma-separated)."
                            + " Default: include in apistatus.yaml, else openapi*/swagger* .yaml, .yml, .json files in"
                            + " src/main/resources and the project directory."),
            Args.Option.repeatable("--source", "DIR",
                    "A directory of Java sources for the code rules (repeatable). Default: src/main/java if it"
                            + " exists."),
            Args.Option.single("--config", "FILE", null,
                    "The configuration file (default: apistatus.yaml in the project directory, if any)."),
            Args.Option.repeatable("--rule", "ID=LEVEL",
                    "A rule's level: off, error, warning or note (repeatable); wins over apistatus.yaml and keeps"
                            + " its options."),
            Args.Option.single("--fail-on", "LEVEL", null,
                    "The least severity that fails (exit 1): error, warning, note or none. Default: failOn in"
                            + " apistatus.yaml, else error."),
            Args.Option.single("--baseline", "FILE", null,
                    "The baseline: lint hides the findings it lists, baseline writes it. Default:"
                            + " apistatus-baseline.json in the project directory (lint uses it when it exists)."),
            Args.Option.single("--java-release", "N", "" + LintConfig.DEFAULT_JAVA_RELEASE,
                    "The Java release of the sources, 17 to 25 (default: ${DEFAULT})."),
            Args.Option.single("--max-spec-bytes", "BYTES", "" + LintConfig.DEFAULT_MAX_SPEC_BYTES,
                    "Larger spec files are reported as unreadable, not read (default: ${DEFAULT})."),
            Args.Option.single("--cache", "DIR", null,
                    "Keep the findings in DIR/lint-cache.json and reuse them while nothing they depend on changed"
                            + " (docs/cache.md), e.g. --cache target/apistatus. Default: no cache."));

    Path project;
    List<String> specs;
    List<Path> sources;
    Path config;
    List<String> rules;
    String failOn;
    Path baseline;
    int javaRelease;
    long maxSpecBytes;
    Path cache;

    InputOptions(Args.Parsed parsed) throws Args.UsageError {
        project = Path.of(parsed.value("--project"));
        specs = parsed.values("--spec");
        sources = parsed.values("--source").stream().filter(s -> !s.isEmpty()).map(Path::of).toList();
        config = path(parsed.value("--config"));
        rules = parsed.values("--rule");
        failOn = parsed.value("--fail-on");
        baseline = path(parsed.value("--baseline"));
        javaRelease = parsed.integer("--java-release");
        maxSpecBytes = parsed.longValue("--max-spec-bytes");
        cache = path(parsed.value("--cache"));
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value);
    }

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
