package dev.apistatus.core.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.apistatus.core.model.MediaContent;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.model.SchemaShape;
import dev.apistatus.core.model.SpecDocument;
import dev.apistatus.core.spec.InputProblem;
import dev.apistatus.core.spec.ReadLimits;
import dev.apistatus.core.spec.SpecReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Coverage-guided fuzzing of the spec reader, YAML and JSON. The reader must turn any input into documents and
 * problems: an exception, a problem marked as an internal error, a hang or running out of memory is a finding.
 * Seeds are in {@code SpecReaderFuzzTestInputs/<method>/} (built from the rule fixtures); crashes found become
 * files there too and run as regression tests in every build. docs/limits.md says how to fuzz.
 */
class SpecReaderFuzzTest {

    /** A project directory for the whole run, with a fragment file the inputs can refer to. */
    private static final Path PROJECT = project();

    private static Path project() {
        try {
            Path dir = Files.createTempDirectory("apistatus-fuzz-spec");
            dir.toFile().deleteOnExit();
            Files.writeString(dir.resolve("common.yaml"), """
                    NotFound: {description: not found, content: {application/problem+json: {schema: {$ref: '#/Problem'}}}}
                    Problem: {type: object, properties: {status: {type: integer}, self: {$ref: '#/Problem'}}}
                    Loop: {$ref: '#/Loop2'}
                    Loop2: {$ref: 'common.yaml#/Loop'}
                    Away: {$ref: '../outside.yaml#/X'}
                    """);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"openapi: 3.0.3", "openapi: 3.1.0", "swagger: '2.0'", "paths:", "responses:", "$ref",
            "#/components/responses/", "#/components/schemas/", "#/definitions/", "common.yaml#/NotFound", "content:",
            "application/json", "application/problem+json", "schema:", "properties:", "items:", "allOf:", "oneOf:",
            "headers:", "Location", "Retry-After", "x-apistatus-ignore", "&a ", "*a", "<<: ", "? ", "default", "4XX",
            "parameters:", "requestBody:", "components:", "definitions:", "'200':", "'404':", "description:"})
    void yaml(byte[] input) {
        read(input, "openapi.yaml");
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"\"openapi\": \"3.0.3\"", "\"openapi\": \"3.1.0\"", "\"swagger\": \"2.0\"", "\"paths\"",
            "\"responses\"", "\"$ref\"", "\"#/components/responses/", "\"#/components/schemas/", "\"#/definitions/",
            "\"common.yaml#/NotFound\"", "\"content\"", "\"application/json\"", "\"schema\"", "\"properties\"",
            "\"items\"", "\"allOf\"", "\"headers\"", "\"x-apistatus-ignore\"", "\"default\"", "\"parameters\"",
            "\"requestBody\"", "\"components\"", "\"definitions\"", "\"200\"", "\"description\""})
    void json(byte[] input) {
        read(input, "openapi.json");
    }

    static void read(byte[] input, String name) {
        Path file = PROJECT.resolve(name);
        try {
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SpecReader.Result result = new SpecReader(PROJECT, 1 << 20, ReadLimits.DEFAULT, false).read(List.of(file));
        for (InputProblem p : result.problems()) {
            if (p.message().startsWith(SpecReader.INTERNAL_ERROR)) {
                throw new AssertionError(p.location() + " " + p.message());
            }
            if (p.location().line() < 1 || p.location().column() < 1 || p.message().length() > 1000) {
                throw new AssertionError("badly located or overlong problem: " + p);
            }
        }
        for (SpecDocument doc : result.documents()) {
            walk(doc);
        }
    }

    /** Everything a rule can ask of the model, with schemas walked to the end (they may be circular). */
    private static void walk(SpecDocument doc) {
        Set<SchemaShape> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<SchemaShape> shapes = new ArrayDeque<>();
        for (Operation op : doc.operations()) {
            op.describe();
            op.parameters().forEach(p -> p.location().toString());
            if (op.requestBody() != null) {
                op.requestBody().content().forEach(m -> push(m, shapes));
            }
            for (Response r : op.responses()) {
                r.code().toString();
                r.location().toString();
                r.declaration().headers().forEach((k, h) -> k.length());
                r.declaration().content().forEach(m -> push(m, shapes));
            }
        }
        while (!shapes.isEmpty()) {
            SchemaShape s = shapes.pop();
            if (!seen.add(s)) {
                continue;
            }
            s.types();
            s.enumValues();
            s.constValue();
            s.example();
            s.location().toString();
            s.properties().values().forEach(p -> push(p, shapes));
            push(s.items(), shapes);
            s.alternatives().forEach(a -> push(a, shapes));
        }
    }

    private static void push(MediaContent m, Deque<SchemaShape> shapes) {
        m.mediaType().length();
        push(m.schema(), shapes);
    }

    private static void push(SchemaShape s, Deque<SchemaShape> shapes) {
        if (s != null) {
            shapes.push(s);
        }
    }
}
