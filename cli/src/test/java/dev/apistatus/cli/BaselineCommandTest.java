package dev.apistatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The baseline end to end, with the real rules, in a spec and in Java: written by {@code baseline}, it keeps hiding
 * the same findings after lines are added above them, lets a new finding through, and reports entries whose finding
 * was fixed.
 */
class BaselineCommandTest extends CliTest {

    static final String CONTROLLER = """
            package com.example;

            import org.springframework.http.HttpStatus;
            import org.springframework.http.ResponseEntity;
            import org.springframework.web.bind.annotation.*;

            @RestController
            @RequestMapping("/orders")
            public class OrderController {

                @PostMapping
                @ResponseStatus(HttpStatus.CREATED)
                public Order create(@RequestBody Order order) {
                    return order;
                }

                @PostMapping("/drafts")
                public ResponseEntity<Order> draft(@RequestBody Order order) {
                    return ResponseEntity.status(HttpStatus.CREATED).body(order);
                }

                record Order(String id) {
                }
            }
            """;

    static final String JAVA = "src/main/java/com/example/OrderController.java";

    private void project(String specPrefix, String javaPrefix, String spec, String java) throws IOException {
        Files.createDirectories(dir.resolve(JAVA).getParent());
        Files.writeString(dir.resolve("openapi.yaml"), specPrefix + spec);
        Files.writeString(dir.resolve(JAVA), javaPrefix + java);
    }

    @Test
    void baselinedFindingsSurviveLineShiftsAndNewOnesShow() throws IOException {
        project("", "", SPEC, CONTROLLER);
        String project = dir.toString();
        Run before = run("lint", "--project", project, "--fail-on", "note");
        assertThat(before.status()).isEqualTo(Main.FINDINGS);
        assertThat(before.out()).contains(JAVA + ":12:5: warning [created-without-location]",
                JAVA + ":19:16: warning [created-without-location]", "openapi.yaml:5:5: error [success-response-missing]");
        long found = before.out().lines().filter(l -> l.matches("\\S+:\\d+:\\d+: .*")).count();

        Run baseline = run("baseline", "--project", project);
        assertThat(baseline.status()).isEqualTo(Main.CLEAN);
        assertThat(baseline.out()).contains("apistatus: wrote apistatus-baseline.json with " + found + " findings");
        String written = Files.readString(dir.resolve("apistatus-baseline.json"));
        assertThat(written).contains("\"element\": \"OrderController#draft(Order)\"",
                "\"snippet\": \"return ResponseEntity.status(HttpStatus.CREATED).body(order);\"")
                .doesNotContain("\"line\"");

        // lines added above every finding: nothing comes back
        project("# the pet store\n# owned by the pets team\n\n", "// Copyright 2026\n// Licensed under MIT\n\n\n",
                SPEC, CONTROLLER);
        Run shifted = run("lint", "--project", project, "--fail-on", "note");
        assertThat(shifted.status()).as(shifted.out()).isEqualTo(Main.CLEAN);
        assertThat(shifted.out()).startsWith("No findings in 1 spec file.\n")
                .contains("apistatus: the baseline apistatus-baseline.json hid " + found + " findings")
                .doesNotContain("match no finding");

        // a new finding shows; a fixed one leaves a stale entry
        String changed = CONTROLLER
                .replace("return ResponseEntity.status(HttpStatus.CREATED).body(order);",
                        "return ResponseEntity.created(java.net.URI.create(\"/orders/\" + order.id())).body(order);")
                .replace("    record Order", """
                            @PostMapping("/imports")
                            public ResponseEntity<Order> imported(@RequestBody Order order) {
                                return ResponseEntity.status(HttpStatus.CREATED).body(order);
                            }

                            record Order""");
        project("# the pet store\n", "// Copyright 2026\n", SPEC, changed);
        Run edited = run("lint", "--project", project, "--fail-on", "warning");
        assertThat(edited.status()).isEqualTo(Main.FINDINGS);
        assertThat(edited.out().lines().filter(l -> l.matches("\\S+:\\d+:\\d+: .*")))
                .singleElement().asString().startsWith(JAVA + ":25:")
                .contains("warning [created-without-location] OrderController.imported answers 201");
        assertThat(edited.out()).contains("apistatus: 1 baseline entry matches no finding any more",
                "  apistatus-baseline.json: [created-without-location] " + JAVA + " OrderController#draft(Order):"
                        + " return ResponseEntity.status(HttpStatus.CREATED).body(order);");

        // rewriting the baseline drops the stale entry and takes in the new finding
        assertThat(run("baseline", "--project", project).status()).isEqualTo(Main.CLEAN);
        Run clean = run("lint", "--project", project, "--fail-on", "note");
        assertThat(clean.status()).isEqualTo(Main.CLEAN);
        assertThat(clean.out()).doesNotContain("match no finding");
    }

    @Test
    void anExplicitBaselineFileIsUsedAndABrokenOneIsAnInputError() throws IOException {
        project("", "", SPEC, CONTROLLER);
        String project = dir.toString();
        assertThat(run("baseline", "--project", project, "--baseline", "config/accepted.json").status())
                .isEqualTo(Main.CLEAN);
        assertThat(dir.resolve("config/accepted.json")).isRegularFile();
        assertThat(run("lint", "--project", project, "--fail-on", "note").status()).isEqualTo(Main.FINDINGS);
        assertThat(run("lint", "--project", project, "--fail-on", "note", "--baseline", "config/accepted.json")
                .status()).isEqualTo(Main.CLEAN);

        Files.writeString(dir.resolve("apistatus-baseline.json"), "{\"findings\": 3}");
        Run broken = run("lint", "--project", project);
        assertThat(broken.status()).isEqualTo(Main.USAGE);
        assertThat(broken.err()).isEqualTo("apistatus: invalid configuration: apistatus-baseline.json: not a baseline"
                + " (no \"findings\" list); rewrite it with the baseline goal\n");
    }
}
