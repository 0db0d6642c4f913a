package dev.apistatus.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.testing.HostileInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule over broken and hostile specs that the reader still turns into a model (wrong types, YAML aliases,
 * circular schemas and references, deep schemas, 3.1 boolean schemas): no rule throws or loops, and every
 * finding is located.
 */
class HostileInputRulesTest {

    @TempDir
    Path dir;

    static Stream<Arguments> specs() {
        return Stream.of(
                Arguments.of("wrong-types", HostileInputs.HEAD + """
                        paths:
                          /a: {get: {responses: {'200': {content: {application/json: 7}}, '201': {headers: [1]}}}}
                          /b: {post: {requestBody: {content: {application/json: {schema: {properties: 5}}}}, responses: [1]}}
                          /c: {delete: {responses: {'204': {content: {application/json: {schema: {allOf: [1, {$ref: 5}]}}}}}}}
                        components: {schemas: [1], responses: {X: 5}}
                        """),
                Arguments.of("circular-schemas", HostileInputs.HEAD + """
                        paths:
                          /a:
                            get:
                              responses:
                                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}
                                '400': {description: bad, content: {application/problem+json: {schema: {$ref: '#/components/schemas/P'}}}}
                                '404': {$ref: '#/components/responses/R1'}
                        components:
                          responses:
                            R1: {$ref: '#/components/responses/R2'}
                            R2: {$ref: '#/components/responses/R1'}
                          schemas:
                            A: {type: object, properties: {self: {$ref: '#/components/schemas/A'}}, allOf: [{$ref: '#/components/schemas/B'}]}
                            B: {allOf: [{$ref: '#/components/schemas/A'}], items: {$ref: '#/components/schemas/B'}}
                            P: {allOf: [{$ref: '#/components/schemas/P'}], oneOf: [{$ref: '#/components/schemas/P'}], properties: {status: {$ref: '#/components/schemas/P'}}}
                        """),
                Arguments.of("aliases", HostileInputs.HEAD + """
                        x-nf: &nf {description: not found, content: {application/json: {schema: &s {type: object, properties: {error: {type: string}}}}}}
                        paths:
                          /a: {get: {responses: {'200': {description: ok, content: {application/json: {schema: *s}}}, '404': *nf}}}
                          /b: {delete: {responses: {'200': *nf, '404': *nf}}}
                        """),
                Arguments.of("deep-schema", HostileInputs.deepSchema(240)),
                Arguments.of("boolean-schemas-31", """
                        openapi: 3.1.0
                        info: {title: t, version: '1'}
                        paths:
                          /a:
                            post:
                              requestBody: {content: {application/json: {schema: true}}}
                              responses:
                                '201': {description: c, content: {application/json: {schema: false}}}
                                '400': {description: b, content: {application/problem+json: {schema: {type: [object, 'null'], properties: {status: true, type: {const: 5}}}}}}
                                default: {description: d, content: {'*/*': {schema: {items: false, prefixItems: [true]}}}}
                        """),
                Arguments.of("swagger2-wrong", """
                        swagger: '2.0'
                        info: {title: t, version: '1'}
                        paths:
                          /a:
                            post:
                              parameters: [5, {in: body, name: b, schema: 7}]
                              responses: {'201': {description: ok, schema: 5, headers: 3}, '429': {description: slow, headers: {Retry-After: 5}}}
                        definitions: 5
                        """),
                Arguments.of("billion-laughs", HostileInputs.billionLaughs(9, 9)),
                Arguments.of("deep-json", HostileInputs.deepJson(10_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void everyRuleSurvivesAndLocatesItsFindings(String name, String text) throws IOException {
        Path spec = dir.resolve(name + ".yaml");
        Files.writeString(spec, text);
        LintResult result = Engine.discover().run(LintConfig.of(dir, List.of(spec)));
        long lines = text.lines().count();
        for (Finding f : result.findings()) {
            assertThat(f.location().file()).isEqualTo(name + ".yaml");
            assertThat(f.location().line()).isBetween(1, (int) Math.max(1, lines));
            assertThat(f.location().column()).isPositive();
            assertThat(f.message()).doesNotContain("\n").hasSizeLessThan(1000);
        }
    }
}
