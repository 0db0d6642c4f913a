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
import java.util.stream.Stream;

/**
 * The one fixture harness (DESIGN.md): a fixture carries its expectations on the lines where findings must
 * land ({@code # expect: rule-id} in YAML, {@code // expect: rule-id} in Java; several ids separated by
 * commas). The harness runs the rule under test, plus the engine's diagnostics, and compares the exact set of
 * (file, line, rule id) found with the set expected: a missing finding and an unexpected one both fail.
 *
 * <p>A fixture is either one spec file, or a directory: a small project whose Java sources (at any depth) are
 * read as the service's code and whose {@code openapi*}/{@code swagger*} files as its specs.
 */
public final class FixtureHarness {

    private static final Pattern EXPECT = Pattern.compile("(?:#|//)\\s*expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

    private FixtureHarness() {
    }

    /** The outcome of one fixture: what was expected and found, as {@code file:line: rule-id} entries. */
    public record Outcome(Set<String> expected, Set<String> found, List<Finding> findings) {

        public List<String> missing() {
            return expected.stream().filter(e -> !found.contains(e)).toList();
        }

        public List<String> unexpected() {
            List<String> out = new ArrayList<>();
            for (Finding f : findings) {
                String key = key(f.location().file(), f.location().line(), f.ruleId());
                if (!expected.contains(key)) {
                    out.add(key + " (" + f.message() + ")");
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

    /** Runs {@code rule} over one fixture (a spec file or a project directory) and compares with its expectations. */
    public static Outcome run(Rule rule, Path fixture) {
        Set<String> ids = new HashSet<>();
        ids.add(rule.metadata().id());
        Diagnostics.ALL.stream().map(RuleMetadata::id).forEach(ids::add);
        Path projectDir = Files.isDirectory(fixture) ? fixture : fixture.getParent();
        List<Path> files = Files.isDirectory(fixture) ? files(fixture) : List.of(fixture);
        List<Path> specs = Files.isDirectory(fixture) ? files.stream().filter(FixtureHarness::isSpec).toList() : files;
        boolean hasJava = files.stream().anyMatch(f -> f.toString().endsWith(".java"));
        LintConfig config = LintConfig.of(projectDir, specs).withSources(hasJava ? List.of(projectDir) : List.of());
        LintResult result = new Engine(List.of(rule)).run(config);
        Set<String> found = new TreeSet<>();
        List<Finding> relevant = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (ids.contains(f.ruleId())) {
                found.add(key(f.location().file(), f.location().line(), f.ruleId()));
                relevant.add(f);
            }
        }
        Set<String> expected = new TreeSet<>();
        for (Path f : files) {
            String rel = projectDir.relativize(f).toString().replace('\\', '/');
            expectations(f, ids).forEach(e -> expected.add(rel + ":" + e));
        }
        return new Outcome(expected, found, relevant);
    }

    private static boolean isSpec(Path f) {
        String name = f.getFileName().toString();
        return (name.startsWith("openapi") || name.startsWith("swagger"))
                && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    /** Every regular file under a directory, sorted. */
    public static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code expect:} entries of one file for the given rule ids, as {@code line: rule-id}. */
    public static Set<String> expectations(Path file, Set<String> ruleIds) {
        Set<String> out = new TreeSet<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i));
            while (m.find()) {
                for (String id : m.group(1).split(",")) {
                    if (ruleIds.contains(id.trim())) {
                        out.add(String.format("%4d: %s", i + 1, id.trim()));
                    }
                }
            }
        }
        return out;
    }

    /** The {@code expect:} entries of a fixture (file or directory) for the given rule ids. */
    public static Set<String> fixtureExpectations(Path fixture, Set<String> ruleIds) {
        Set<String> out = new TreeSet<>();
        for (Path f : Files.isDirectory(fixture) ? files(fixture) : List.of(fixture)) {
            out.addAll(expectations(f, ruleIds));
        }
        return out;
    }

    /** Every rule id named in a file's {@code expect:} comments, whatever the rule. */
    public static Set<String> namedRules(Path file) {
        Set<String> out = new TreeSet<>();
        try {
            Matcher m = EXPECT.matcher(Files.readString(file));
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

    private static String key(String file, int line, String ruleId) {
        return file + ":" + String.format("%4d: %s", line, ruleId);
    }
}
