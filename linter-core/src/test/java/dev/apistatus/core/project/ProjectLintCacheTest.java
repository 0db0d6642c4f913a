package dev.apistatus.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.baseline.Baseline;
import dev.apistatus.core.cache.LintCache;
import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.engine.RuleSetting;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lint cache: served when nothing changed (the rules do not run), re-linted when anything they read changed. */
class ProjectLintCacheTest {

    /** Counts its runs; reports every operation (and every response with {@code responses: true}) and each handler. */
    @RuleDefinition(id = "counting", targets = Target.SPEC, severity = Severity.WARNING, family = Family.STATUS,
            summary = "test rule", options = "responses")
    static final class Counting implements Rule {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public void check(RuleContext context) {
            runs.incrementAndGet();
            for (Operation op : context.model().specOperations()) {
                context.report(op.location(), op.describe());
                if (context.options().getBoolean("responses", false)) {
                    op.responses().forEach(r -> context.report(r.location(), op.describe() + " " + r.code(),
                            List.of(r.declaration().location())));
                }
            }
            context.model().codeOperations().forEach(op -> context.report(op.operation().location(),
                    "handler " + op.operation().describe()));
            if (context.model().service() != null) {
                context.model().service().basePaths().forEach(b -> context.report(b.location(), "base path " + b.path()));
            }
        }
    }

    static final String SPEC = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /a:
                x-apistatus-ignore: [no-such-rule]
                get:
                  responses:
                    "200": {$ref: "responses.yaml#/Ok"}
              /b:
                put:
                  responses:
                    "204": {$ref: "missing.yaml#/Done"}
            """;

    static final String CONTROLLER = """
            package demo;
            import org.springframework.web.bind.annotation.*;
            @RestController
            class Orders {
                @GetMapping("/a")
                String get() { return "x"; }
            }
            """;

    @TempDir
    Path dir;

    final Counting rule = new Counting();
    final List<String> messages = new ArrayList<>();
    String engineVersion = "engine 1";
    final ProjectLint lint = new ProjectLint(new Engine(List.of(rule)), new ProjectLint.Listener() {
        @Override
        public void info(String message) {
            messages.add("info " + message);
        }

        @Override
        public void warn(String message) {
            messages.add("warn " + message);
        }

        @Override
        public void debug(String message) {
            messages.add("debug " + message);
        }

        @Override
        public dev.apistatus.core.engine.Progress progress() {
            return phase -> messages.add("phase " + phase);
        }
    }, () -> engineVersion);

    @BeforeEach
    void project() throws IOException {
        write("src/main/resources/openapi.yaml", SPEC);
        write("src/main/resources/responses.yaml", "Ok: {description: ok}\n");
        write("src/main/java/demo/Orders.java", CONTROLLER);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private ProjectLint.Request request() {
        return new ProjectLint.Request(dir).sources(List.of(dir.resolve("src/main/java")))
                .cacheDir(dir.resolve("target/apistatus"));
    }

    /** Lints and says whether the rules ran (a miss) or the cache answered (a hit). */
    private boolean linted(ProjectLint.Request request) throws Exception {
        int before = rule.runs.get();
        messages.clear();
        lint.lint(request);
        boolean hit = messages.stream().anyMatch(m -> m.startsWith("info apistatus: nothing changed since the last run"));
        if (hit) {
            assertThat(rule.runs).hasValue(before); // nothing ran
        } else {
            assertThat(messages).anyMatch(m -> m.startsWith("debug apistatus: cache not used: "));
        }
        assertThat(messages).noneMatch(m -> m.startsWith("warn"));
        return !hit;
    }

    private boolean linted() throws Exception {
        return linted(request());
    }

    @Test
    void anUnchangedProjectIsServedFromTheCacheWithIdenticalResultsAndReports() throws Exception {
        ProjectLint.Outcome first = lint.lint(request());
        assertThat(rule.runs).hasValue(1);
        assertThat(dir.resolve("target/apistatus/" + LintCache.FILE_NAME)).isRegularFile();
        messages.clear();
        ProjectLint.Outcome second = lint.lint(request());
        assertThat(rule.runs).hasValue(1);
        assertThat(messages).contains("info apistatus: nothing changed since the last run: findings from"
                + " target/apistatus/lint-cache.json");

        // the engine's diagnostics come back too
        assertThat(first.result().findings()).extracting(f -> f.ruleId()).contains("counting", "spec-unreadable",
                "suppression-unused");
        assertThat(second.result()).isEqualTo(first.result());
        assertThat(second.specs()).isEqualTo(first.specs());
        assertThat(reports(second, "second")).isEqualTo(reports(first, "first"));
    }

    /** Every report's bytes by file name. */
    private Map<String, String> reports(ProjectLint.Outcome outcome, String name) throws IOException {
        Path out = dir.resolve("target/reports-" + name);
        ReportFiles.write(outcome.result(), List.of("console", "json", "sarif", "html", "junit"), out, dir,
                outcome.specPaths(), outcome.failOn());
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(out)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        assertThat(files).hasSize(5);
        return files;
    }

    @Test
    void aChangedSpecIsRelinted() throws Exception {
        assertThat(linted()).isTrue();
        write("src/main/resources/openapi.yaml", SPEC.replace("/b:", "/c:"));
        assertThat(linted()).isTrue();
        assertThat(messages).anyMatch(m -> m.startsWith("debug apistatus: cache not used: changed: ")
                && m.endsWith("openapi.yaml"));
        assertThat(linted()).isFalse();
    }

    @Test
    void aChangedFileReachedThroughARefIsRelinted() throws Exception {
        assertThat(linted()).isTrue();
        assertThat(linted()).isFalse();
        write("src/main/resources/responses.yaml", "Ok: {description: fine}\n");
        assertThat(linted()).isTrue();
        assertThat(linted()).isFalse();
    }

    @Test
    void aMissingRefTargetThatAppearsIsRelinted() throws Exception {
        assertThat(linted()).isTrue();
        write("src/main/resources/missing.yaml", "Done: {description: done}\n");
        assertThat(linted()).isTrue();
    }

    @Test
    void anAddedSpecFoundByDiscoveryIsRelinted() throws Exception {
        assertThat(linted()).isTrue();
        write("openapi-admin.yaml", "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\npaths: {}\n");
        assertThat(linted()).isTrue();
        assertThat(messages).contains("debug apistatus: cache not used: the configuration changed (specs, sources, rule"
                + " settings or limits)");
    }

    @Test
    void aChangedAddedOrRemovedJavaFileIsRelinted() throws Exception {
        assertThat(linted()).isTrue();
        write("src/main/java/demo/Orders.java", CONTROLLER.replace("\"/a\"", "\"/b\""));
        assertThat(linted()).isTrue();
        Path added = write("src/main/java/demo/More.java", "package demo;\nclass More {}\n");
        assertThat(linted()).isTrue();
        assertThat(messages).anyMatch(m -> m.startsWith("debug apistatus: cache not used: a source file was added: ")
                && m.endsWith("More.java"));
        assertThat(linted()).isFalse();
        Files.delete(added);
        assertThat(linted()).isTrue();
    }

    @Test
    void aChangedOrAddedApplicationConfigurationIsRelinted() throws Exception {
        assertThat(linted()).isTrue();
        write("src/main/resources/application.properties", "server.servlet.context-path=/api\n");
        assertThat(linted()).isTrue();
        assertThat(linted()).isFalse();
        write("src/main/resources/application.properties", "server.servlet.context-path=/v2\n");
        assertThat(linted()).isTrue();
        write("src/main/resources/config/application-prod.yml", "resilience4j.retry.instances.x.maxAttempts: 3\n");
        assertThat(linted()).isTrue();
    }

    @Test
    void aChangedRuleLevelOrOptionIsRelinted() throws Exception {
        assertThat(linted()).isTrue();
        assertThat(linted(request().rules(Map.of("counting", RuleSetting.parseLevel("error"))))).isTrue();
        assertThat(linted(request().rules(Map.of("counting", RuleSetting.parseLevel("error"))))).isFalse();
        write("apistatus.yaml", "rules:\n  counting:\n    severity: error\n");
        assertThat(linted()).isFalse(); // the same effective setting
        write("apistatus.yaml", "rules:\n  counting:\n    severity: error\n    options: {responses: true}\n");
        assertThat(linted()).isTrue();
        assertThat(linted()).isFalse();
        write("apistatus.yaml", "rules:\n  counting:\n    severity: error\n    options: {responses: false}\n");
        assertThat(linted()).isTrue();
        assertThat(linted(request().rules(Map.of("counting", RuleSetting.OFF)))).isTrue();
        assertThat(linted(request().maxSpecBytes(1000))).isTrue();
        assertThat(linted(request().javaRelease(17))).isTrue();
    }

    @Test
    void anotherEngineVersionIsRelinted() throws Exception {
        assertThat(linted()).isTrue();
        engineVersion = "engine 2";
        assertThat(linted()).isTrue();
        assertThat(messages).contains("debug apistatus: cache not used: the engine or its rules changed");
        assertThat(linted()).isFalse();
    }

    @Test
    void aCorruptOrForeignCacheIsIgnoredAndRewritten() throws Exception {
        Path cache = dir.resolve("target/apistatus/" + LintCache.FILE_NAME);
        assertThat(linted()).isTrue();
        String good = Files.readString(cache);
        for (String bad : List.of("", "{", "[]", "not json", good.substring(0, good.length() / 2),
                good.replace("\"findings\":[", "\"findings\":[{\"rule\":1},"), good.replace("\"format\":1", "\"format\":99"),
                good.replace("\"rules\":[", "\"rules\":[\"gone\","))) {
            Files.writeString(cache, bad);
            assertThat(linted()).as(bad).isTrue();
            assertThat(Files.readString(cache)).isEqualTo(good);
            assertThat(linted()).isFalse();
        }
    }

    @Test
    void anUnwritableCacheNeverFailsTheRun() throws Exception {
        write("target/apistatus", "a file where the cache's folder should be\n");
        assertThat(linted()).isTrue();
        assertThat(messages).anyMatch(m -> m.startsWith("debug apistatus: cache not written"));
        assertThat(linted()).isTrue();
    }

    @Test
    void theBaselineAndExclusionsApplyToCachedFindings() throws Exception {
        ProjectLint.Outcome all = lint.lint(request());
        lint.writeBaseline(request());
        assertThat(linted()).isFalse();
        assertThat(messages).contains("phase applying the baseline");
        messages.clear();
        ProjectLint.Outcome baselined = lint.lint(request());
        assertThat(messages).doesNotContain("phase applying the baseline"); // its effect is remembered too
        assertThat(baselined.result().findings()).isEmpty();
        assertThat(baselined.hidden()).isEqualTo(all.result().findings());
        assertThat(baselined.baseline()).isEqualTo(dir.resolve(Baseline.FILE_NAME));

        // a baseline that accepts fewer findings takes effect at once, without a lint
        Baseline.of(all.result().findings().subList(0, 2), new dev.apistatus.core.baseline.Fingerprinter(dir, 25))
                .write(dir.resolve(Baseline.FILE_NAME));
        messages.clear();
        ProjectLint.Outcome fewer = lint.lint(request());
        assertThat(messages).contains("phase applying the baseline");
        assertThat(fewer.hidden()).isEqualTo(all.result().findings().subList(0, 2));
        assertThat(fewer.result().findings()).isEqualTo(all.result().findings().subList(2, all.result().findings().size()));
        ProjectLint.Outcome again = lint.lint(request());
        assertThat(again.hidden()).isEqualTo(fewer.hidden());
        assertThat(again.result()).isEqualTo(fewer.result());
        assertThat(again.stale()).isEqualTo(fewer.stale());

        Files.delete(dir.resolve(Baseline.FILE_NAME));
        assertThat(lint.lint(request()).result()).isEqualTo(all.result());
        assertThat(rule.runs).hasValue(1);

        write("apistatus.yaml", "exclude: [src/main/java/]\n");
        ProjectLint.Outcome excluded = lint.lint(request());
        assertThat(rule.runs).hasValue(1);
        assertThat(excluded.excluded()).isEqualTo(1);
    }

    @Test
    void aRememberedBaselineReportsItsStaleEntriesAndFollowsTheSourceLines() throws Exception {
        ProjectLint.Outcome all = lint.lint(request());
        lint.writeBaseline(request());
        // a finding fixed: its entry is stale, on the run that sees it and on the hit after
        write("src/main/resources/openapi.yaml", SPEC.replace("  /b:\n    put:", "  /c:\n    put:"));
        ProjectLint.Outcome first = lint.lint(request());
        assertThat(first.stale()).isNotEmpty();
        ProjectLint.Outcome second = lint.lint(request());
        assertThat(rule.runs).hasValue(2);
        assertThat(second.stale()).isEqualTo(first.stale());
        assertThat(second.hidden()).isEqualTo(first.hidden());
        assertThat(second.result()).isEqualTo(first.result());
        assertThat(all.result().findings()).isNotEmpty();
    }

    @Test
    void aBrokenBaselineStillFailsOnAHitAndTheFindingsStayCached() throws Exception {
        assertThat(linted()).isTrue();
        write(Baseline.FILE_NAME, "{ not json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lint.lint(request()))
                .isInstanceOf(dev.apistatus.core.engine.ConfigException.class);
        Files.delete(dir.resolve(Baseline.FILE_NAME));
        assertThat(linted()).isFalse();
    }

    @Test
    void theCacheIsOffUnlessAFolderIsGiven() throws Exception {
        LintResult first = lint.lint(request().cacheDir(null)).result();
        LintResult second = lint.lint(request().cacheDir(null)).result();
        assertThat(rule.runs).hasValue(2);
        assertThat(second).isEqualTo(first);
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    void theCacheFileIsDeterministic() throws Exception {
        Path cache = dir.resolve("target/apistatus/" + LintCache.FILE_NAME);
        lint.lint(request());
        String first = Files.readString(cache);
        Files.delete(cache);
        lint.lint(request());
        assertThat(Files.readString(cache)).isEqualTo(first);
        try (Stream<Path> files = Files.list(cache.getParent())) {
            assertThat(files).containsExactly(cache); // no temporary file left behind
        }
    }
}
