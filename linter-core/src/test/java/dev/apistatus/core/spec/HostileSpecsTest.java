package dev.apistatus.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.model.SpecDocument;
import dev.apistatus.core.testing.HostileInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile specs: each ends in problems that name file, line and column, the reader never throws,
 * and a good spec read in the same run is still read. Time and memory are bounded by limits, measured by
 * {@code MeasureHostile} (not here: no timed unit tests).
 */
class HostileSpecsTest {

    @TempDir
    Path dir;

    private static final String GOOD = HostileInputs.HEAD + "paths:\n  /a:\n    get:\n      responses:\n"
            + "        '200': {description: ok}\n";

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private SpecReader.Result read(long maxBytes, ReadLimits limits, Path... files) {
        return new SpecReader(dir, maxBytes, limits, false).read(List.of(files));
    }

    private static String at(InputProblem p) {
        return p.location().file() + ":" + p.location().line() + ":" + p.location().column();
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("flow.yaml", "openapi: 3.0.3\ninfo: {title: t\npaths: {}\n", "flow.yaml:3:6",
                        "not well-formed YAML: while parsing a flow mapping"),
                Arguments.of("comma.json", "{\"openapi\": \"3.0.3\",, \"paths\": {}}", "comma.json:1:21",
                        "not well-formed JSON: Unexpected character (','"),
                Arguments.of("truncated.json", "{\"openapi\": \"3.0.3\", \"paths\": {\"/a\": {\"get\": {",
                        "truncated.json:1:47", "Unexpected end-of-input"),
                Arguments.of("truncated.yaml", "openapi: 3.0.3\npaths:\n  /a:\n    get:\n      description: \"unfinished",
                        "truncated.yaml:5:20", "found unexpected end of stream"),
                Arguments.of("empty.yaml", "", "empty.yaml:1:1", "the file is empty"),
                Arguments.of("blank.json", "  \n\n", "blank.json:1:1", "the file is empty"),
                Arguments.of("scalar.yaml", "just a string\n", "scalar.yaml:1:1", "not an OpenAPI document"),
                Arguments.of("list.json", "[1, 2]", "list.json:1:1", "not an OpenAPI document"),
                Arguments.of("version4.yaml", "openapi: 4.0.0\npaths: {}\n", "version4.yaml:1:1",
                        "unsupported OpenAPI version '4.0.0'"),
                Arguments.of("version-number.yaml", "openapi: 3.1\npaths: {}\n", "version-number.yaml:1:1",
                        "the 'openapi' field is the number 3.1: write the version as a string"),
                Arguments.of("version-object.yaml", "openapi: {major: 3}\npaths: {}\n", "version-object.yaml:1:1",
                        "unsupported OpenAPI version '{\"major\":3}'"),
                Arguments.of("nul.yaml", "openapi: 3.0.3\ninfo: {title: \"a\u0000b\"}\n", "nul.yaml:2:17",
                        "the character U+0000 is not allowed in YAML"),
                Arguments.of("tab-indent.yaml", "openapi: 3.0.3\npaths:\n\t/a: {}\n", "tab-indent.yaml:3:1",
                        "found character '\\t(TAB)' that cannot start any token"),
                Arguments.of("duplicate-anchor-alias.yaml", "openapi: 3.0.3\npaths: *nothing\n",
                        "duplicate-anchor-alias.yaml:2:8", "the YAML alias *nothing refers to no anchor"),
                Arguments.of("recursive-alias.yaml", "openapi: 3.0.3\nx-a: &a [1, *a]\n", "recursive-alias.yaml:2:13",
                        "refers to a node that contains it"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void brokenTextIsOneLocatedProblemAndTheRunGoesOn(String name, String text, String where, String message)
            throws IOException {
        Path broken = write(name, text);
        Path good = write("good.yaml", GOOD);
        SpecReader.Result result = read(1 << 20, ReadLimits.DEFAULT, broken, good);
        assertThat(result.documents()).extracting(SpecDocument::file).containsExactly("good.yaml");
        assertThat(result.problems()).hasSize(1);
        assertThat(at(result.problems().get(0))).isEqualTo(where);
        assertThat(result.problems().get(0).message()).contains(message).doesNotContain("\n");
    }

    @Test
    void bytesThatAreNotUtf8AreLocated() throws IOException {
        Path latin1 = write("latin1.yaml", (HostileInputs.HEAD + "x-name: caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        Path latin1Json = write("latin1.json", "{\"openapi\": \"3.0.3\",\n \"x\": \"caf\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path utf16 = write("utf16.yaml", GOOD.getBytes(StandardCharsets.UTF_16));
        byte[] bom = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bom, 0, withBom, 3, bom.length);
        Path utf8Bom = write("utf8-bom.yaml", withBom);
        SpecReader.Result result = read(1 << 20, ReadLimits.DEFAULT, latin1, latin1Json, utf16, utf8Bom);
        assertThat(result.problems()).extracting(HostileSpecsTest::at)
                .containsExactly("latin1.yaml:3:12", "latin1.json:2:11", "utf16.yaml:1:1");
        assertThat(result.problems().get(0).message()).contains("byte 0xE9 is not UTF-8 text");
        assertThat(result.problems().get(2).message()).contains("UTF-16 or UTF-32");
        assertThat(result.documents()).extracting(SpecDocument::file).containsExactly("utf8-bom.yaml");
    }

    @Test
    void wrongTypesAreLocatedIgnoredAndTheRestIsRead() throws IOException {
        Path spec = write("openapi.yaml", HostileInputs.HEAD + """
                paths:
                  /list: [1, 2]
                  /number:
                    get: 7
                  /responses-array:
                    get:
                      responses: [1]
                  /media-number:
                    get:
                      responses:
                        '200':
                          description: ok
                          content: {application/json: 7}
                  /fine:
                    get:
                      parameters: [5, {name: id, in: query}]
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {type: object, properties: 5, allOf: [1], $ref: 9}
                        '404': {$ref: [1]}
                      x-responses-extension: 5
                  x-paths-extension: 5
                components:
                  schemas: [1]
                """);
        SpecReader.Result result = read(1 << 20, ReadLimits.DEFAULT, spec);
        assertThat(result.problems()).extracting(p -> at(p) + " " + p.message()).containsExactlyInAnyOrder(
                "openapi.yaml:4:3 '/list' must be an object, not an array: it is ignored",
                "openapi.yaml:6:5 'get' must be an object, not a number: it is ignored",
                "openapi.yaml:9:7 'responses' must be an object, not an array: it is ignored",
                "openapi.yaml:15:21 'application/json' must be an object, not a number: it is ignored",
                "openapi.yaml:18:20 element 0 of 'parameters' must be an object, not a number: it is ignored",
                "openapi.yaml:24:38 'properties' must be an object, not a number: it is ignored",
                "openapi.yaml:24:61 element 0 of 'allOf' must be an object, not a number: it is ignored",
                "openapi.yaml:24:65 '$ref' must be a string, not a number: it is ignored",
                "openapi.yaml:25:17 '$ref' must be a string, not an array: it is ignored",
                "openapi.yaml:29:3 'schemas' must be an object, not an array: it is ignored");
        SpecDocument doc = result.documents().get(0);
        assertThat(doc.operations()).extracting(o -> o.method() + " " + o.path())
                .contains("GET /media-number", "GET /fine");
        assertThat(doc.operations().stream().filter(o -> o.path().equals("/fine")).findFirst().orElseThrow()
                .parameters()).extracting(dev.apistatus.core.model.Parameter::name).containsExactly("id");
    }

    @Test
    void swagger2WrongTypesAreLocatedToo() throws IOException {
        Path spec = write("swagger.yaml", """
                swagger: '2.0'
                info: {title: t, version: '1'}
                paths:
                  /a:
                    post:
                      parameters: [5, {in: body, name: b, schema: 7}]
                      responses: {'200': {description: ok, schema: 5, headers: 3}}
                definitions: 5
                responses: [1]
                """);
        SpecReader.Result result = read(1 << 20, ReadLimits.DEFAULT, spec);
        assertThat(result.problems()).extracting(HostileSpecsTest::at).containsExactlyInAnyOrder(
                "swagger.yaml:6:20", "swagger.yaml:6:43", "swagger.yaml:7:44", "swagger.yaml:7:55",
                "swagger.yaml:8:1", "swagger.yaml:9:1");
        assertThat(result.documents()).hasSize(1);
    }

    @Test
    void billionLaughsIsRefusedWithoutExpanding() throws IOException {
        Path bomb = write("laughs.yaml", HostileInputs.billionLaughs(9, 9));
        Path good = write("good.yaml", GOOD);
        SpecReader.Result result = read(1 << 20, ReadLimits.DEFAULT, bomb, good);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo("laughs.yaml");
            assertThat(p.location().line()).isGreaterThan(3);
            assertThat(p.message()).contains("YAML aliases expand to more than 100000 nodes (the limit maxAliasNodes)");
        });
        assertThat(result.documents()).extracting(SpecDocument::file).containsExactly("good.yaml");
    }

    @Test
    void aliasesAndMergeKeysWithinTheLimitAreExpanded() throws IOException {
        Path spec = write("openapi.yaml", HostileInputs.HEAD + """
                x-defaults:
                  notFound: &notFound {description: not found}
                  base: &base
                    responses:
                      '404': *notFound
                paths:
                  /a:
                    get:
                      <<: *base
                      operationId: getA
                  /b:
                    get:
                      responses:
                        '200': {description: ok}
                        '404': *notFound
                """);
        SpecReader.Result result = read(1 << 20, ReadLimits.DEFAULT, spec);
        assertThat(result.problems()).isEmpty();
        assertThat(result.documents().get(0).operations())
                .extracting(o -> o.path() + " " + o.responses().stream().map(r -> r.code().toString()).toList())
                .containsExactlyInAnyOrder("/a [404]", "/b [200, 404]");
        // a tighter limit refuses the same file
        SpecReader.Result tight = read(1 << 20, ReadLimits.DEFAULT.withMaxAliasNodes(2), spec);
        assertThat(tight.problems()).singleElement().extracting(InputProblem::message).asString()
                .contains("more than 2 nodes");
    }

    @Test
    void nesting10000DeepIsRefusedAtTheLimitsLine() throws IOException {
        Path json = write("deep.json", HostileInputs.deepJson(10_000));
        Path flow = write("deep-flow.yaml", HostileInputs.deepYamlFlow(10_000));
        Path block = write("deep-block.yaml", HostileInputs.deepYamlBlock(2_000));
        Path good = write("good.yaml", GOOD);
        SpecReader.Result result = read(64L << 20, ReadLimits.DEFAULT, json, flow, block, good);
        assertThat(result.problems()).extracting(p -> at(p) + " " + p.message()).containsExactly(
                "deep.json:1:584 not well-formed JSON: nested deeper than 500 levels (the limit maxNestingDepth)",
                "deep-flow.yaml:4:508 not well-formed YAML: nested deeper than 500 levels (the limit maxNestingDepth)",
                "deep-block.yaml:504:501 not well-formed YAML: nested deeper than 500 levels (the limit maxNestingDepth)");
        assertThat(result.documents()).extracting(SpecDocument::file).containsExactly("good.yaml");
    }

    @Test
    void nestingJustUnderTheLimitIsReadWithoutOverflowingTheStack() throws IOException {
        // A schema 240 levels deep is 485 levels of JSON: swagger-parser and the model recurse over it.
        Path spec = write("deep-schema.yaml", HostileInputs.deepSchema(240));
        SpecReader.Result result = read(1 << 20, ReadLimits.DEFAULT, spec);
        assertThat(result.problems()).isEmpty();
        var shape = result.documents().get(0).operations().get(0).responses().get(0).declaration().content().get(0).schema();
        int depth = 0;
        while (shape.items() != null) {
            shape = shape.items();
            depth++;
        }
        assertThat(depth).isEqualTo(240);
        // the limit can be lowered
        SpecReader.Result lowered = read(1 << 20, ReadLimits.DEFAULT.withMaxNestingDepth(100), spec);
        assertThat(lowered.problems()).singleElement().extracting(InputProblem::message).asString()
                .contains("nested deeper than 100 levels");
    }

    @Test
    void aFileOverTheSizeLimitIsNotReadAtAll() throws IOException {
        Path big = write("big.yaml", HostileInputs.bigSpec(50L << 20));
        Path good = write("good.yaml", GOOD);
        SpecReader.Result result = read(dev.apistatus.core.engine.LintConfig.DEFAULT_MAX_SPEC_BYTES, ReadLimits.DEFAULT,
                big, good);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(at(p)).isEqualTo("big.yaml:1:1");
            assertThat(p.message()).contains("over the limit of 33554432 bytes (maxSpecBytes): not read");
        });
        assertThat(result.documents()).extracting(SpecDocument::file).containsExactly("good.yaml");
    }

    @Test
    void longKeysAndLinesAreRefused() throws IOException {
        Path json = write("key.json", HostileInputs.longKeyJson(1 << 20));
        Path yaml = write("key.yaml", HostileInputs.longKeyYaml(1 << 20));
        Path implicit = write("implicit.yaml", HostileInputs.HEAD + "paths:\n  /" + "k".repeat(2000) + ": {}\n");
        Path string = write("string.yaml", HostileInputs.bigString(1 << 20));
        SpecReader.Result result = read(4L << 20, ReadLimits.DEFAULT, json, yaml, implicit, string);
        assertThat(result.problems()).extracting(HostileSpecsTest::at).containsExactly(
                "key.json:1:71", "key.yaml:4:262145", "implicit.yaml:4:2004", "string.yaml:4:262145");
        assertThat(result.problems().get(0).message()).contains("a key is longer than 50000 characters (the limit maxKeyLength)");
        assertThat(result.problems().get(1).message()).contains("a line longer than 262144 characters (the limit maxYamlLineLength");
        assertThat(result.problems().get(2).message()).contains("a YAML key written without '?' is at most 1024 characters long");
        assertThat(result.problems().get(3).message()).contains("a line longer than 262144 characters");
        // keys under the limit are read; messages quoting them stay short
        Path longPath = write("long-path.json", "{\"openapi\": \"3.0.3\", \"paths\": {\"/a\": {\"get\": {\"responses\": {\""
                + "x".repeat(40_000) + "\": {\"description\": \"d\"}}}}}}");
        SpecReader.Result read = read(4L << 20, ReadLimits.DEFAULT, longPath);
        assertThat(read.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).hasSizeLessThan(300).contains("(40000 characters)"));
    }

    @Test
    void circularRefsDirectAndThroughSeveralFilesEndInOneProblemEach() throws IOException {
        write("a.yaml", "R: {$ref: 'b.yaml#/R'}\nS: {type: object, properties: {next: {$ref: 'b.yaml#/S'}}}\n");
        write("b.yaml", "R: {$ref: 'sub/c.yaml#/R'}\nS: {allOf: [{$ref: 'a.yaml#/S'}]}\n");
        write("sub/c.yaml", "R: {$ref: '../openapi.yaml#/components/responses/Start'}\n");
        Path spec = write("openapi.yaml", HostileInputs.HEAD + """
                paths:
                  /a:
                    get:
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {$ref: 'a.yaml#/S'}}}}
                        '404': {$ref: '#/components/responses/Start'}
                        '409': {$ref: '#/components/responses/Self'}
                components:
                  responses:
                    Start: {$ref: 'a.yaml#/R'}
                    Self: {$ref: '#/components/responses/Self'}
                """);
        SpecReader.Result result = read(1 << 20, ReadLimits.DEFAULT, spec);
        assertThat(result.problems()).extracting(p -> at(p) + " " + p.message()).containsExactly(
                "openapi.yaml:8:9 circular $ref '#/components/responses/Start'",
                "openapi.yaml:9:9 circular $ref '#/components/responses/Self'");
        // the circular schema (a.yaml -> b.yaml -> a.yaml) is fine: schemas are followed lazily
        var schema = result.documents().get(0).operations().get(0).responses().get(0).declaration().content().get(0).schema();
        assertThat(schema.properties().get("next").properties()).containsKey("next");
    }

    @Test
    void refsLeavingTheProjectAreNotReadHoweverTheyLeave() throws IOException {
        Path outside = Files.createTempDirectory("apistatus-outside");
        try {
            Files.writeString(outside.resolve("secret.yaml"), "X: {description: secret}\n");
            Files.createSymbolicLink(dir.resolve("link.yaml"), outside.resolve("secret.yaml"));
            Files.createSymbolicLink(dir.resolve("linked-dir"), outside);
            Files.createSymbolicLink(dir.resolve("loop-a.yaml"), dir.resolve("loop-b.yaml"));
            Files.createSymbolicLink(dir.resolve("loop-b.yaml"), dir.resolve("loop-a.yaml"));
            write("inside.yaml", "X: {description: inside}\n");
            Files.createSymbolicLink(dir.resolve("inside-link.yaml"), dir.resolve("inside.yaml"));
            Path spec = write("openapi.yaml", HostileInputs.HEAD + """
                    paths:
                      /a:
                        get:
                          responses:
                            '200': {$ref: 'inside-link.yaml#/X'}
                            '401': {$ref: '../%1$s/secret.yaml#/X'}
                            '402': {$ref: '%2$s#/X'}
                            '403': {$ref: 'link.yaml#/X'}
                            '404': {$ref: 'linked-dir/secret.yaml#/X'}
                            '405': {$ref: '%%2e%%2e/%1$s/secret.yaml#/X'}
                            '406': {$ref: 'loop-a.yaml#/X'}
                            '407': {$ref: 'file://%2$s#/X'}
                            '408': {$ref: '../does-not-exist/secret.yaml#/X'}
                    """.formatted(outside.getFileName(), outside.resolve("secret.yaml")));
            SpecReader.Result result = read(1 << 20, ReadLimits.DEFAULT, spec);
            assertThat(result.problems()).extracting(p -> p.location().line() + " " + p.message().replaceAll("'.*'", "'...'"))
                    .containsExactly(
                            "8 $ref '...' points outside the project directory: not read",
                            "9 $ref '...' points outside the project directory: not read",
                            "10 $ref '...' points outside the project directory: not read",
                            "11 $ref '...' points outside the project directory: not read",
                            "12 $ref '...' points outside the project directory: not read",
                            "13 dangling $ref '...': file loop-a.yaml not found",
                            "14 file: $ref '...' is not followed: refer to a file of the project by a relative path",
                            "15 $ref '...' points outside the project directory: not read");
            assertThat(result.problems()).noneMatch(p -> p.message().contains("secret") && !p.message().contains("$ref '"));
            assertThat(result.documents().get(0).operations().get(0).responses().get(0).declaration().description())
                    .isEqualTo("inside");
        } finally {
            try (var files = Files.walk(outside)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
