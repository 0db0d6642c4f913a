package dev.apistatus.core.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run's configuration, whatever front end built it.
 *
 * @param projectDir   locations in reports are relative to it; files outside it are not read
 * @param specs        OpenAPI documents to lint (already expanded from globs)
 * @param sources      directories of Java sources (read by the code rules)
 * @param rules        per-rule settings by rule id; unknown ids are a configuration error
 * @param maxSpecBytes a spec file larger than this is reported unreadable rather than read
 * @param javaRelease  the Java release of the sources (17 to 25), which sets the syntax the parser accepts
 */
public record LintConfig(Path projectDir, List<Path> specs, List<Path> sources, Map<String, RuleSetting> rules,
                         long maxSpecBytes, int javaRelease) {

    /** Sources are read as Java 25 when the release is not known: the newest syntax, a superset of the older. */
    public static final int DEFAULT_JAVA_RELEASE = 25;

    public LintConfig(Path projectDir, List<Path> specs, List<Path> sources, Map<String, RuleSetting> rules,
                      long maxSpecBytes) {
        this(projectDir, specs, sources, rules, maxSpecBytes, DEFAULT_JAVA_RELEASE);
    }

    /** 64 MiB: well above the largest public specs (GitHub's is 13 MB), well below what exhausts a build's heap. */
    public static final long DEFAULT_MAX_SPEC_BYTES = 64L * 1024 * 1024;

    public LintConfig {
        Objects.requireNonNull(projectDir, "projectDir");
        specs = List.copyOf(specs);
        sources = List.copyOf(sources);
        rules = Map.copyOf(rules);
    }

    public static LintConfig of(Path projectDir, List<Path> specs) {
        return new LintConfig(projectDir, specs, List.of(), Map.of(), DEFAULT_MAX_SPEC_BYTES);
    }

    public LintConfig withRules(Map<String, RuleSetting> newRules) {
        return new LintConfig(projectDir, specs, sources, newRules, maxSpecBytes, javaRelease);
    }

    public LintConfig withSources(List<Path> newSources) {
        return new LintConfig(projectDir, specs, newSources, rules, maxSpecBytes, javaRelease);
    }
}
