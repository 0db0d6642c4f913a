package dev.apistatus.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apistatus.core.engine.ConfigException;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fingerprints and matching on real files: findings keep their identity when lines are added above them, in a spec
 * and in Java, and entries whose finding is gone are reported as stale.
 */
class BaselineTest {

    @TempDir
    Path project;

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /pets:
                get:
                  responses:
                    "420":
                      description: enhance your calm
              /pets/{id}:
                delete:
                  responses:
                    "420":
                      description: enhance your calm
            """;

    private static final String JAVA = """
            package com.example;

            class PetController {
                private final Store store = new Store();

                ResponseEntity<Pet> create(Pet pet) {
                    return ResponseEntity.status(201).body(store.save(pet));
                }

                ResponseEntity<Pet> create(Pet pet, boolean dryRun) {
                    return ResponseEntity.status(201).body(store.save(pet));
                }

                static class Nested {
                    int answer() {
                        return 42;
                    }
                }
            }
            """;

    /** What a rule reports on these files: the 420 lines of the spec, the two status(201) lines in Java. */
    private List<Finding> findings(int specShift, int javaShift) {
        return List.of(
                finding("unregistered-status-code", "api.yaml", 7 + specShift, "/paths/~1pets/get/responses/420",
                        "GET /pets declares 420"),
                finding("unregistered-status-code", "api.yaml", 12 + specShift, "/paths/~1pets~1{id}/delete/responses/420",
                        "DELETE /pets/{id} declares 420"),
                finding("created-without-location", "src/PetController.java", 7 + javaShift, null,
                        "PetController.create answers 201 without Location"),
                finding("created-without-location", "src/PetController.java", 11 + javaShift, null,
                        "PetController.create answers 201 without Location"));
    }

    private static Finding finding(String rule, String file, int line, String pointer, String message) {
        return new Finding(rule, Severity.WARNING, message, new SourceLocation(file, line, 9, pointer), List.of());
    }

    private void write(int specShift, int javaShift) throws IOException {
        Files.createDirectories(project.resolve("src"));
        Files.writeString(project.resolve("api.yaml"), "# added\n".repeat(specShift) + SPEC);
        Files.writeString(project.resolve("src/PetController.java"), "// added\n".repeat(javaShift) + JAVA);
    }

    private Fingerprinter fingerprinter() {
        return new Fingerprinter(project, 17);
    }

    @Test
    void entriesNameTheElementAndTheLineTextNotTheLineNumber() throws IOException {
        write(0, 0);
        List<Baseline.Entry> entries = Baseline.of(findings(0, 0), fingerprinter()).entries();
        assertThat(entries).extracting(Baseline.Entry::element).containsExactly(
                "/paths/~1pets/get/responses/420", "/paths/~1pets~1{id}/delete/responses/420",
                "PetController#create(Pet)", "PetController#create(Pet,boolean)");
        assertThat(entries).extracting(Baseline.Entry::snippet).containsExactly(
                "\"420\":", "\"420\":", "return ResponseEntity.status(201).body(store.save(pet));",
                "return ResponseEntity.status(201).body(store.save(pet));");
        assertThat(entries.get(0).fingerprint()).hasSize(32).isNotEqualTo(entries.get(1).fingerprint());
        assertThat(entries.get(2).fingerprint()).isNotEqualTo(entries.get(3).fingerprint());
        assertThat(new Baseline(entries).toJson()).doesNotContain("\"line\"");
    }

    @Test
    void findingsStayHiddenWhenLinesAreAddedAbove() throws IOException {
        write(0, 0);
        Baseline baseline = Baseline.of(findings(0, 0), fingerprinter());
        Path file = project.resolve(Baseline.FILE_NAME);
        baseline.write(file);

        write(5, 3);
        Baseline.Applied applied = Baseline.read(file, Baseline.FILE_NAME).apply(findings(5, 3), fingerprinter());
        assertThat(applied.kept()).isEmpty();
        assertThat(applied.hidden()).hasSize(4);
        assertThat(applied.stale()).isEmpty();
    }

    @Test
    void aNewFindingShowsAndAFixedOneLeavesAStaleEntry() throws IOException {
        write(0, 0);
        Baseline baseline = Baseline.of(findings(0, 0), fingerprinter());

        // lines shift, the DELETE's 420 is fixed, and the nested class gains a finding
        write(2, 2);
        List<Finding> now = List.of(findings(2, 2).get(0), findings(2, 2).get(2), findings(2, 2).get(3),
                finding("created-without-location", "src/PetController.java", 17 + 2, null, "Nested.answer answers 42"));
        Baseline.Applied applied = baseline.apply(now, fingerprinter());
        assertThat(applied.kept()).extracting(Finding::message).containsExactly("Nested.answer answers 42");
        assertThat(fingerprinter().entry(applied.kept().get(0)).element()).isEqualTo("PetController.Nested#answer()");
        assertThat(applied.hidden()).hasSize(3);
        assertThat(applied.stale()).extracting(Baseline.Entry::element)
                .containsExactly("/paths/~1pets~1{id}/delete/responses/420");
    }

    @Test
    void aRewordedMessageStillMatchesButTwoFindingsNeedTwoEntries() throws IOException {
        write(0, 0);
        Finding original = findings(0, 0).get(0);
        Baseline baseline = Baseline.of(List.of(original), fingerprinter());
        Finding reworded = new Finding(original.ruleId(), original.severity(), "420 is not registered",
                original.location(), List.of());
        assertThat(baseline.apply(List.of(reworded), fingerprinter()).kept()).isEmpty();
        // a second finding with the same fingerprint is new: one entry hides one finding
        Baseline.Applied twice = baseline.apply(List.of(original, reworded), fingerprinter());
        assertThat(twice.hidden()).containsExactly(original);
        assertThat(twice.kept()).containsExactly(reworded);
    }

    @Test
    void editingTheFindingsOwnLineMakesItNew() throws IOException {
        write(0, 0);
        Baseline baseline = Baseline.of(findings(0, 0), fingerprinter());
        // the GET's response code is now quoted differently: its line's text changed
        Files.writeString(project.resolve("api.yaml"), SPEC.replaceFirst("\"420\":", "'420':"));
        Baseline.Applied applied = baseline.apply(findings(0, 0), fingerprinter());
        assertThat(applied.kept()).extracting(Finding::message).containsExactly("GET /pets declares 420");
        assertThat(applied.stale()).hasSize(1);
    }

    @Test
    void theFileIsSortedStableAndReadBack() throws IOException {
        write(0, 0);
        Baseline baseline = Baseline.of(findings(0, 0), fingerprinter());
        List<Finding> backwards = new java.util.ArrayList<>(findings(0, 0));
        java.util.Collections.reverse(backwards);
        Baseline reversed = Baseline.of(backwards, fingerprinter());
        assertThat(reversed.toJson()).isEqualTo(baseline.toJson());
        Path file = project.resolve("b.json");
        baseline.write(file);
        assertThat(Baseline.read(file, "b.json")).isEqualTo(baseline);
        assertThat(Files.readString(file)).startsWith("{\n  \"tool\": \"apistatus\",\n  \"format\": 1,\n");
    }

    @Test
    void aBrokenFileIsAConfigurationErrorNamingIt() throws IOException {
        Path file = project.resolve("b.json");
        Files.writeString(file, "{\"findings\": [ {\"rule\": 1} ]}");
        assertThatThrownBy(() -> Baseline.read(file, "b.json")).isInstanceOf(ConfigException.class)
                .hasMessage("b.json: findings[0] has no rule or file; rewrite the baseline with the baseline goal");
        Files.writeString(file, "{\"findings\": [");
        assertThatThrownBy(() -> Baseline.read(file, "b.json")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("b.json:1: not a baseline (invalid JSON");
        Files.writeString(file, "[]");
        assertThatThrownBy(() -> Baseline.read(file, "b.json"))
                .hasMessage("b.json: not a baseline (no \"findings\" list); rewrite it with the baseline goal");
    }
}
