package dev.apistatus.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.testing.FixtureHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule over its fixtures in {@code src/test/resources/fixtures/<rule-id>/}: the findings must land
 * exactly on the lines marked {@code expect: <rule-id>}, and nowhere else.
 */
class RuleFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        ServiceLoader.load(Rule.class).forEach(rules::add);
        return rules;
    }

    @TestFactory
    Stream<DynamicContainer> everyRuleMatchesItsFixtures() throws IOException {
        List<DynamicContainer> containers = new ArrayList<>();
        for (Rule rule : rules()) {
            String id = rule.metadata().id();
            List<DynamicTest> tests = new ArrayList<>();
            for (Path fixture : fixtures(id)) {
                tests.add(DynamicTest.dynamicTest(fixture.getFileName().toString(), fixture.toUri(), () -> {
                    FixtureHarness.Outcome outcome = FixtureHarness.run(rule, fixture);
                    assertThat(outcome.matches()).as(outcome.report(fixture)).isTrue();
                }));
            }
            containers.add(DynamicContainer.dynamicContainer(id, tests));
        }
        return containers.stream();
    }

    @Test
    void everyRuleHasPositiveAndNegativeFixtures() throws IOException {
        for (Rule rule : rules()) {
            String id = rule.metadata().id();
            List<Path> fixtures = fixtures(id);
            assertThat(fixtures).as("fixtures of " + id).isNotEmpty();
            long positives = fixtures.stream().filter(f -> !FixtureHarness.fixtureExpectations(f, Set.of(id)).isEmpty()).count();
            long negatives = fixtures.stream().filter(f -> FixtureHarness.fixtureExpectations(f, Set.of(id)).isEmpty()).count();
            assertThat(positives).as(id + " needs a fixture where it must fire").isPositive();
            assertThat(negatives).as(id + " needs a fixture where it must stay silent").isPositive();
        }
    }

    @Test
    void fixturesOnlyNameRulesThatExist() throws IOException {
        Set<String> known = new java.util.HashSet<>();
        Engine.discover().metadata().forEach(m -> known.add(m.id()));
        try (Stream<Path> all = Files.walk(FIXTURES)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                assertThat(known).as("rule ids named in " + f).containsAll(FixtureHarness.namedRules(f));
            }
        }
    }

    @Test
    void everyRuleHasADocumentationPage() {
        for (Rule rule : rules()) {
            Path doc = Path.of("../docs/rules", rule.metadata().id() + ".md");
            assertThat(doc).as("documentation page of " + rule.metadata().id()).isRegularFile();
        }
    }

    /** A rule's fixtures: spec files, and directories of Java sources (with an optional openapi.yaml). */
    private static List<Path> fixtures(String id) throws IOException {
        Path dir = FIXTURES.resolve(id);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
