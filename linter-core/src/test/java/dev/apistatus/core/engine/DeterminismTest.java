package dev.apistatus.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.model.Operation;
import dev.apistatus.core.report.JsonReporter;
import dev.apistatus.core.report.SarifReporter;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleDefinition;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.rule.Target;
import dev.apistatus.core.testing.HostileInputs;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs over the same tree give byte-identical JSON and SARIF, whatever order the files were created in,
 * the specs were listed in, or the runs were scheduled in.
 */
class DeterminismTest {

    @RuleDefinition(id = "every-response", targets = {Target.SPEC, Target.CODE}, severity = Severity.WARNING,
            family = Family.STATUS, summary = "test rule: reports every response of every operation")
    static final class EveryResponse implements Rule {
        @Override
        public void check(RuleContext context) {
            List<Operation> all = new ArrayList<>(context.model().specOperations());
            context.model().codeOperations().forEach(c -> all.add(c.operation()));
            for (Operation op : all) {
                op.responses().forEach(r -> context.report(r.location(), op.describe() + " " + r.code()));
            }
        }
    }

    @TempDir
    Path first;
    @TempDir
    Path second;

    /** The files of the tree: good and broken specs, cross-file refs, good and broken Java. */
    private static Map<String, String> tree() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("api/openapi.yaml", HostileInputs.HEAD + """
                paths:
                  /b: {get: {responses: {'200': {description: ok}, '404': {$ref: 'common.yaml#/NotFound'}}}}
                  /a: {get: {responses: {'200': {description: ok}, '500': {$ref: 'http://example.invalid/x#/y'}}}}
                  /c: {get: {responses: {'201': {$ref: '../../outside.yaml#/X'}, '7': {description: odd}}}}
                """);
        files.put("api/common.yaml", "NotFound: {description: not found}\n");
        files.put("api/other.json", "{\"openapi\": \"3.0.3\", \"paths\": {\"/z\": {\"get\": {\"responses\": "
                + "{\"204\": {\"description\": \"none\"}}}}}}");
        files.put("api/broken.yaml", "openapi: 3.0.3\npaths: {\n");
        files.put("api/wrong.yaml", HostileInputs.HEAD + "paths: {/q: [1], /r: {get: 5}}\n");
        files.put("src/main/java/com/example/A.java", """
                package com.example;
                import org.springframework.web.bind.annotation.*;
                @RestController
                public class A {
                    @GetMapping("/a") public String a() { return "a"; }
                    @DeleteMapping("/a/{id}") @ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT) public void d() { }
                }
                """);
        files.put("src/main/java/com/example/B.java", """
                package com.example;
                import org.springframework.web.bind.annotation.*;
                @RestController
                public class B {
                    @GetMapping("/b") public String b() { return "b"; }
                }
                """);
        files.put("src/main/java/com/example/Broken.java", "package com.example;\n@RestController class Broken { void x( }\n");
        return files;
    }

    private static void write(Path root, Map<String, String> files, boolean reversed) throws IOException {
        List<Map.Entry<String, String>> entries = new ArrayList<>(files.entrySet());
        if (reversed) {
            Collections.reverse(entries);
        }
        for (Map.Entry<String, String> e : entries) {
            Path file = root.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
        }
    }

    private static LintConfig config(Path root, boolean reversed) {
        List<Path> specs = new ArrayList<>(List.of(root.resolve("api/openapi.yaml"), root.resolve("api/other.json"),
                root.resolve("api/broken.yaml"), root.resolve("api/wrong.yaml")));
        if (reversed) {
            Collections.reverse(specs);
        }
        return LintConfig.of(root, specs).withSources(List.of(root.resolve("src/main/java")));
    }

    private static String report(LintResult result) throws IOException {
        StringWriter json = new StringWriter();
        new JsonReporter().write(result, json);
        StringWriter sarif = new StringWriter();
        new SarifReporter().write(result, sarif);
        return json + "\n----\n" + sarif;
    }

    @Test
    void sameTreeSameBytes() throws Exception {
        write(first, tree(), false);
        write(second, tree(), true);
        Engine engine = new Engine(List.of(new EveryResponse()));
        String a = report(engine.run(config(first, false)));
        String b = report(engine.run(config(first, false)));
        String c = report(engine.run(config(second, true)));
        assertThat(b).isEqualTo(a);
        assertThat(c).isEqualTo(a);
        assertThat(a).contains("spec-unreadable", "source-unparsable", "every-response").doesNotContain(first.toString());

        // runs on two threads at once, each with its own engine, give the same bytes too
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Path root = i % 2 == 0 ? first : second;
                boolean reversed = i % 2 == 1;
                runs.add(() -> report(new Engine(List.of(new EveryResponse())).run(config(root, reversed))));
            }
            for (Future<String> f : pool.invokeAll(runs)) {
                assertThat(f.get()).isEqualTo(a);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
