package dev.apistatus.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.model.MediaContent;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.SchemaShape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Media-type examples and property locations, as the problem-details rules read them. */
class ExamplesAndPropertyLocationsTest {

    @TempDir
    Path dir;

    private Operation read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        SpecReader.Result result = new SpecReader(dir, 10_000_000L).read(List.of(file));
        assertThat(result.problems()).isEmpty();
        return result.documents().get(0).operations().get(0);
    }

    private static String status(Object example) {
        if (example instanceof Map<?, ?> map) {
            return String.valueOf(map.get("status"));
        }
        return ((com.fasterxml.jackson.databind.JsonNode) example).get("status").asText();
    }

    @Test
    void readsMediaTypeExamplesFollowingLocalComponentReferences() throws IOException {
        Operation op = read("a.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get:
                      responses:
                        "404":
                          description: x
                          content:
                            application/problem+json:
                              schema: {type: object}
                              examples:
                                inline: {value: {status: 404}}
                                shared: {$ref: "#/components/examples/Gone"}
                            application/json:
                              schema: {type: object}
                              example: {status: 400}
                            text/plain:
                              schema: {type: string}
                components:
                  examples:
                    Gone: {value: {status: 410}}
                """);
        List<MediaContent> content = op.response(404).orElseThrow().declaration().content();
        assertThat(content.get(0).examples()).map(ExamplesAndPropertyLocationsTest::status).containsExactly("404", "410");
        assertThat(content.get(1).examples()).map(ExamplesAndPropertyLocationsTest::status).containsExactly("400");
        assertThat(content.get(2).examples()).isEmpty();
    }

    /** swagger-parser is not shown examples and extensions (LeanView): names that look like them must stay. */
    @Test
    void partsNamedLikeExamplesOrExtensionsAreStillRead() throws IOException {
        Operation op = read("c.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1", x-logo: {url: a}}
                paths:
                  /a:
                    x-trait: {example: 1}
                    get:
                      x-internal: true
                      responses:
                        "404":
                          description: x
                          x-note: {examples: {a: 1}}
                          headers:
                            x-request-id: {schema: {type: string}, example: abc}
                            example: {schema: {type: string}}
                          content:
                            application/problem+json:
                              schema: {$ref: "#/components/schemas/x-problem"}
                              examples:
                                bare: {$ref: Gone}
                components:
                  schemas:
                    x-problem:
                      type: object
                      example: {status: 404}
                      x-extra: [1, 2]
                      properties:
                        example: {type: string}
                        x-kind: {type: string}
                        status: {type: integer, example: "404"}
                        when: {type: string, format: date, example: "2020-01-02"}
                  examples:
                    Gone: {value: {status: 410}}
                """);
        var declaration = op.response(404).orElseThrow().declaration();
        assertThat(declaration.headers().keySet()).containsExactlyInAnyOrder("x-request-id", "example");
        MediaContent body = declaration.content().get(0);
        assertThat(body.examples()).map(ExamplesAndPropertyLocationsTest::status).containsExactly("410");
        SchemaShape schema = body.schema();
        assertThat(schema.name()).isEqualTo("x-problem");
        assertThat(schema.properties()).containsOnlyKeys("example", "x-kind", "status", "when");
        assertThat(status(schema.example())).isEqualTo("404");
        // cast by the schema's type, as swagger-parser casts an example it reads itself
        assertThat(schema.properties().get("status").example()).isEqualTo(404);
        assertThat(schema.properties().get("when").example()).isInstanceOf(java.util.Date.class);
    }

    @Test
    void readsSwagger2ResponseExamples() throws IOException {
        Operation op = read("b.yaml", """
                swagger: "2.0"
                info: {title: t, version: "1"}
                produces: [application/json]
                paths:
                  /a:
                    get:
                      responses:
                        404:
                          description: x
                          schema: {type: object}
                          examples:
                            application/json: {status: 404}
                """);
        MediaContent body = op.response(404).orElseThrow().declaration().content().get(0);
        assertThat(body.examples()).map(ExamplesAndPropertyLocationsTest::status).containsExactly("404");
    }

    @Test
    void propertyLocationIsTheKeyAsWrittenEvenForReferencedAndInheritedProperties() throws IOException {
        Operation op = read("c.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get:
                      responses:
                        "400":
                          description: x
                          content:
                            application/json:
                              schema:
                                allOf:
                                  - $ref: "#/components/schemas/Base"
                                  - type: object
                                    properties:
                                      status:
                                        $ref: "#/components/schemas/Code"
                components:
                  schemas:
                    Base:
                      type: object
                      properties:
                        title: {type: string}
                    Code: {type: integer}
                """);
        SchemaShape schema = op.response(400).orElseThrow().declaration().content().get(0).schema();
        assertThat(schema.propertyLocation("status").line()).isEqualTo(16);
        assertThat(schema.properties().get("status").location().line()).isEqualTo(24);
        assertThat(schema.propertyLocation("title").line()).isEqualTo(23);
        assertThat(schema.propertyLocation("missing")).isNull();
    }

    @Test
    void propertyDeclarationsListEveryAllOfMemberThatDeclaresTheProperty() throws IOException {
        Operation op = read("d.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get:
                      responses:
                        "404":
                          description: x
                          content:
                            application/problem+json:
                              schema: {$ref: "#/components/schemas/NotFound"}
                components:
                  schemas:
                    Problem:
                      type: object
                      properties:
                        status: {type: integer}
                    NotFound:
                      allOf:
                        - $ref: "#/components/schemas/Problem"
                        - type: object
                          properties:
                            status: {enum: [404]}
                """);
        SchemaShape schema = op.response(404).orElseThrow().declaration().content().get(0).schema();
        Map<dev.apistatus.core.model.SourceLocation, SchemaShape> declarations = schema.propertyDeclarations("status");
        assertThat(declarations.keySet()).extracting(dev.apistatus.core.model.SourceLocation::line).containsExactly(17, 23);
        assertThat(declarations.values()).extracting(SchemaShape::enumValues).containsExactly(List.of(), List.of(404));
        assertThat(schema.properties().get("status").types()).containsExactly("integer");
        assertThat(schema.propertyDeclarations("missing")).isEmpty();
    }
}
