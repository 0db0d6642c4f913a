package dev.apistatus.core.testing;

import dev.apistatus.core.engine.Diagnostics;
import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one fixture harness (DESIGN.md): a fixture carries its expectations on the lines where findings must
 * land ({@code # expect: rule-id} in YAML, {@code // expect: rule-id} in Java; several ids separated by
 * commas). The harness runs the rule under test, plus the engine's diagnostics, and compares the exact set of
 * (line, rule id) found with the set expected: a missing finding and an unexpected one both fail.
 */
public final class FixtureHarness {

    private static final Pattern EXPECT = Pattern.compile("(?:#|//)\\s*expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

    private FixtureHarness() {
    }

    /** The outcome of one fixture: what was expected and found, as {@code line: rule-id} entries. */
    public record Outcome(Set<String> expected, Set<String> found, List<Finding> findings) {

        public List<String> missing() {
            return expected.stream().filter(e -> !found.contains(e)).toList();
        }

        public List<String> unexpected() {
            List<String> out = new ArrayList<>();
            for (Finding f : findings) {
                String key = key(f.location().line(), f.ruleId());
                String inFile = f.location().file() + ":" + key; // directory fixtures key by file too
                if (!expected.contains(key) && !expected.contains(inFile)) {
                    out.add((f.location().pointer() == null ? inFile : key) + " (" + f.message() + ")");
                }
            }
            return out;
        }

        public boolean matches() {
            return expected.equals(found);
        }

        /** A readable account of the differences, for assertion messages. */
        public String report(Path fixture) {
            return fixture + ":\n  missing:    " + missing() + "\n  unexpected: " + unexpected();
        }
    }

    /** Runs {@code rule} over one spec fixture and compares its findings with the fixture's expectations. */
    public static Outcome run(Rule rule, Path fixture) {
        Set<String> ids = new HashSet<>();
        ids.add(rule.metadata().id());
        Diagnostics.ALL.stream().map(RuleMetadata::id).forEach(ids::add);
        LintConfig config = LintConfig.of(fixture.getParent(), List.of(fixture));
        LintResult result = new Engine(List.of(rule)).run(config);
        Set<String> found = new TreeSet<>();
        List<Finding> relevant = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (ids.contains(f.ruleId())) {
                found.add(key(f.location().line(), f.ruleId()));
                relevant.add(f);
            }
        }
        return new Outcome(expectations(fixture, ids), found, relevant);
    }

    /**
     * Runs {@code rule} over a directory fixture: the Java sources under {@code dir} (and {@code dir/openapi.yaml}
     * when there is one), linted with {@code sources = [dir]}. Expectations are the {@code expect:} comments of
     * every file in the directory, compared as {@code file: line: rule-id} (file relative to {@code dir}).
     */
    public static Outcome runDirectory(Rule rule, Path dir) {
        Set<String> ids = new HashSet<>();
        ids.add(rule.metadata().id());
        Diagnostics.ALL.stream().map(RuleMetadata::id).forEach(ids::add);
        Path spec = dir.resolve("openapi.yaml");
        List<Path> specs = Files.isRegularFile(spec) ? List.of(spec) : List.of();
        LintConfig config = LintConfig.of(dir, specs).withSources(List.of(dir));
        LintResult result = new Engine(List.of(rule)).run(config);
        Set<String> found = new TreeSet<>();
        List<Finding> relevant = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (ids.contains(f.ruleId())) {
                found.add(f.location().file() + ":" + key(f.location().line(), f.ruleId()));
                relevant.add(f);
            }
        }
        Set<String> expected = new TreeSet<>();
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                expectations(file, ids).forEach(e -> expected.add(name + ":" + e));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(expected, found, relevant);
    }

    /** The {@code expect:} entries of a fixture for the given rule ids, as {@code line: rule-id}. */
    public static Set<String> expectations(Path fixture, Set<String> ruleIds) {
        Set<String> out = new TreeSet<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(fixture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i));
            while (m.find()) {
                for (String id : m.group(1).split(",")) {
                    if (ruleIds.contains(id.trim())) {
                        out.add(key(i + 1, id.trim()));
                    }
                }
            }
        }
        return out;
    }

    /** Every rule id named in a fixture's {@code expect:} comments, whatever the rule. */
    public static Set<String> namedRules(Path fixture) {
        Set<String> out = new TreeSet<>();
        try {
            Matcher m = EXPECT.matcher(Files.readString(fixture));
            while (m.find()) {
                for (String id : m.group(1).split(",")) {
                    out.add(id.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String key(int line, String ruleId) {
        return String.format("%4d: %s", line, ruleId);
    }
}
