package dev.apistatus.core.engine;

import dev.apistatus.core.spec.ReadLimits;
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
 * @param allowRemoteRefs fetch {@code http:}/{@code https:} {@code $ref}s (with the time and size limits of
 *                     {@code readLimits}); off by default: remote references are reported and never fetched
 * @param readLimits   the other bounds on reading specs (nesting, key length, YAML aliases, remote fetches)
 */
public record LintConfig(Path projectDir, List<Path> specs, List<Path> sources, Map<String, RuleSetting> rules,
                         long maxSpecBytes, int javaRelease, boolean allowRemoteRefs, ReadLimits readLimits) {

    /** Sources are read as Java 25 when the release is not known: the newest syntax, a superset of the older. */
    public static final int DEFAULT_JAVA_RELEASE = 25;

    public LintConfig(Path projectDir, List<Path> specs, List<Path> sources, Map<String, RuleSetting> rules,
                      long maxSpecBytes) {
        this(projectDir, specs, sources, rules, maxSpecBytes, DEFAULT_JAVA_RELEASE);
    }

    public LintConfig(Path projectDir, List<Path> specs, List<Path> sources, Map<String, RuleSetting> rules,
                      long maxSpecBytes, int javaRelease) {
        this(projectDir, specs, sources, rules, maxSpecBytes, javaRelease, false, ReadLimits.DEFAULT);
    }

    /**
     * 32 MiB: above the largest public specs (GitHub's is 13 MB). Reading takes about 60 bytes of heap per byte of
     * spec (swagger-parser's model, the tree and its locations), so a file at the limit needs about 2 GB.
     */
    public static final long DEFAULT_MAX_SPEC_BYTES = 32L * 1024 * 1024;

    public LintConfig {
        Objects.requireNonNull(projectDir, "projectDir");
        specs = List.copyOf(specs);
        sources = List.copyOf(sources);
        rules = Map.copyOf(rules);
        readLimits = readLimits == null ? ReadLimits.DEFAULT : readLimits;
    }

    public static LintConfig of(Path projectDir, List<Path> specs) {
        return new LintConfig(projectDir, specs, List.of(), Map.of(), DEFAULT_MAX_SPEC_BYTES);
    }

    public LintConfig withRules(Map<String, RuleSetting> newRules) {
        return new LintConfig(projectDir, specs, sources, newRules, maxSpecBytes, javaRelease, allowRemoteRefs, readLimits);
    }

    public LintConfig withSources(List<Path> newSources) {
        return new LintConfig(projectDir, specs, newSources, rules, maxSpecBytes, javaRelease, allowRemoteRefs, readLimits);
    }

    public LintConfig withAllowRemoteRefs(boolean allow) {
        return new LintConfig(projectDir, specs, sources, rules, maxSpecBytes, javaRelease, allow, readLimits);
    }

    public LintConfig withReadLimits(ReadLimits limits) {
        return new LintConfig(projectDir, specs, sources, rules, maxSpecBytes, javaRelease, allowRemoteRefs, limits);
    }

    public LintConfig withMaxSpecBytes(long bytes) {
        return new LintConfig(projectDir, specs, sources, rules, bytes, javaRelease, allowRemoteRefs, readLimits);
    }
}
