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
 *
 * <p>A fixture is a spec file (one file, one spec), or a directory: Java sources (read as the project's sources),
 * optionally an {@code openapi.yaml} (the spec) and configuration files such as {@code application.yml}. For a
 * directory the entries are (file, line, rule id), with the file relative to the directory, and the expectations
 * of every file in it count.
 */
public final class FixtureHarness {

    private static final Pattern EXPECT = Pattern.compile("(?:#|//)\\s*expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

    private FixtureHarness() {
    }

    /** Spec file names a directory fixture may hold. */
    private static final List<String> SPEC_NAMES = List.of("openapi.yaml", "openapi.yml", "openapi.json");

    /**
     * The outcome of one fixture: what was expected and found, as {@code line: rule-id} entries
     * ({@code file:line: rule-id} for a directory fixture, {@code byFile}).
     */
    public record Outcome(Set<String> expected, Set<String> found, List<Finding> findings, boolean byFile) {

        public Outcome(Set<String> expected, Set<String> found, List<Finding> findings) {
            this(expected, found, findings, false);
        }

        public List<String> missing() {
            return expected.stream().filter(e -> !found.contains(e)).toList();
        }

        public List<String> unexpected() {
            List<String> out = new ArrayList<>();
            for (Finding f : findings) {
                String key = byFile ? key(f.location().file(), f.location().line(), f.ruleId()) : key(f.location().line(), f.ruleId());
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

    /**
     * Runs {@code rule} over one fixture (a spec file, or a directory: see {@link #runDirectory}) and compares its
     * findings with the fixture's expectations.
     */
    public static Outcome run(Rule rule, Path fixture) {
        if (Files.isDirectory(fixture)) {
            return runDirectory(rule, fixture);
        }
        Set<String> ids = ids(rule);
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
     * Runs {@code rule} over a directory fixture: its Java files are the sources (the directory is the project and
     * the source root, so configuration files in it, such as {@code application.yml}, are the project's), and an
     * {@code openapi.yaml} in it, if any, is the spec. Findings and expectations are compared per file.
     */
    public static Outcome runDirectory(Rule rule, Path dir) {
        Set<String> ids = ids(rule);
        List<Path> specs = SPEC_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).toList();
        LintConfig config = new LintConfig(dir, specs, List.of(dir), java.util.Map.of(), LintConfig.DEFAULT_MAX_SPEC_BYTES);
        LintResult result = new Engine(List.of(rule)).run(config);
        Set<String> found = new TreeSet<>();
        List<Finding> relevant = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (ids.contains(f.ruleId())) {
                found.add(key(f.location().file(), f.location().line(), f.ruleId()));
                relevant.add(f);
            }
        }
        return new Outcome(expectations(dir, ids), found, relevant, true);
    }

    private static Set<String> ids(Rule rule) {
        Set<String> ids = new HashSet<>();
        ids.add(rule.metadata().id());
        Diagnostics.ALL.stream().map(RuleMetadata::id).forEach(ids::add);
        return ids;
    }

    /** The regular files of a directory fixture, in path order. */
    private static List<Path> files(Path dir) {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code expect:} entries of a fixture for the given rule ids, as {@code line: rule-id}; for a directory,
     * those of all its files, as {@code file:line: rule-id}.
     */
    public static Set<String> expectations(Path fixture, Set<String> ruleIds) {
        if (Files.isDirectory(fixture)) {
            Set<String> out = new TreeSet<>();
            for (Path f : files(fixture)) {
                String file = fixture.relativize(f).toString().replace('\\', '/');
                for (String e : expectations(f, ruleIds)) {
                    out.add(file + ":" + e.trim());
                }
            }
            return out;
        }
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

    /** Every rule id named in a fixture's {@code expect:} comments, whatever the rule (all files of a directory). */
    public static Set<String> namedRules(Path fixture) {
        if (Files.isDirectory(fixture)) {
            Set<String> out = new TreeSet<>();
            files(fixture).forEach(f -> out.addAll(namedRules(f)));
            return out;
        }
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

    private static String key(String file, int line, String ruleId) {
        return file + ":" + key(line, ruleId).trim();
    }
}
