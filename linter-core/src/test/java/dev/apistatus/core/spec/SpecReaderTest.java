package dev.apistatus.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.model.MediaContent;
import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.Response;
import dev.apistatus.core.model.ResponseDeclaration;
import dev.apistatus.core.model.SchemaShape;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.model.SpecDocument;
import dev.apistatus.core.model.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private SpecReader.Result read(Path... files) {
        return new SpecReader(dir, 1 << 20).read(List.of(files));
    }

    private static String at(SourceLocation l) {
        return l.file() + ":" + l.line() + ":" + l.column();
    }

    static final String OAS30 = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /orders/{id}:
                parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                get:
                  operationId: getOrder
                  security: [{oauth: [read]}]
                  parameters:
                    - {name: If-None-Match, in: header, schema: {type: string}}
                  responses:
                    "200":
                      description: ok
                      headers:
                        ETag: {schema: {type: string}}
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Order"}
                    "404": {$ref: "#/components/responses/NotFound"}
                delete:
                  responses:
                    "204": {description: deleted}
                    "404": {$ref: "#/components/responses/NotFound"}
            components:
              schemas:
                Order:
                  allOf:
                    - {$ref: "#/components/schemas/Base"}
                    - type: object
                      properties:
                        total: {type: number}
                Base:
                  type: object
                  properties:
                    id: {type: string}
                    parent: {$ref: "#/components/schemas/Base"}
              responses:
                NotFound:
                  description: not found
                  content:
                    application/problem+json:
                      schema: {type: object}
            """;

    @Test
    void readsOperationsWithTheLocationsOfTheirKeys() throws IOException {
        SpecReader.Result result = read(write("openapi.yaml", OAS30));
        assertThat(result.problems()).isEmpty();
        SpecDocument doc = result.documents().get(0);
        assertThat(doc.version()).isEqualTo(SpecVersion.OPENAPI_3_0);
        assertThat(doc.operations()).extracting(Operation::describe)
                .containsExactly("GET /orders/{id}", "DELETE /orders/{id}");

        Operation get = doc.operations().get(0);
        assertThat(at(get.location())).isEqualTo("openapi.yaml:7:5");
        assertThat(get.location().pointer()).isEqualTo("/paths/~1orders~1{id}/get");
        assertThat(get.operationId()).isEqualTo("getOrder");
        assertThat(get.requiresAuthentication()).isTrue();
        assertThat(get.parameters()).extracting(p -> p.name() + "@" + p.location().line())
                .containsExactly("If-None-Match@11", "id@6");
        assertThat(get.hasHeaderParameter("if-none-match")).isTrue();

        Response ok = get.response(200).orElseThrow();
        assertThat(at(ok.location())).isEqualTo("openapi.yaml:13:9");
        assertThat(ok.declaration().header("etag")).get().extracting(h -> h.location().line()).isEqualTo(16);
        MediaContent json = ok.declaration().content().get(0);
        assertThat(at(json.location())).isEqualTo("openapi.yaml:18:13");
        SchemaShape order = json.schema();
        assertThat(order.name()).isEqualTo("Order");
        assertThat(order.location().line()).isEqualTo(27);
        assertThat(order.properties().keySet()).containsExactly("id", "parent", "total");
        assertThat(order.types()).containsExactly("object");
        SchemaShape parent = order.properties().get("parent");
        assertThat(parent.name()).isEqualTo("Base");
        assertThat(parent.properties().get("parent")).isSameAs(parent);
    }

    @Test
    void aSharedResponseIsOneDeclarationAtTheComponent() throws IOException {
        SpecDocument doc = read(write("openapi.yaml", OAS30)).documents().get(0);
        ResponseDeclaration fromGet = doc.operations().get(0).response(404).orElseThrow().declaration();
        ResponseDeclaration fromDelete = doc.operations().get(1).response(404).orElseThrow().declaration();
        assertThat(fromGet).isSameAs(fromDelete);
        assertThat(fromGet.componentName()).isEqualTo("NotFound");
        assertThat(at(fromGet.location())).isEqualTo("openapi.yaml:39:5");
        assertThat(fromGet.content().get(0).isProblemDetails()).isTrue();
        // the use of the component is still located at the operation's status key
        assertThat(doc.operations().get(1).response(404).orElseThrow().location().line()).isEqualTo(24);
    }

    @Test
    void jsonDocumentsAreLocatedToo() throws IOException {
        Path file = write("api/openapi.json", """
                {
                  "openapi": "3.1.0",
                  "info": {"title": "t", "version": "1"},
                  "paths": {
                    "/pets": {
                      "post": {
                        "responses": {
                          "201": {"description": "created"},
                          "400": {
                            "description": "bad",
                            "content": {"application/problem+json": {"schema": {"type": ["object", "null"], "properties": {"status": {"const": 400}}}}}
                          }
                        }
                      }
                    }
                  }
                }
                """);
        SpecDocument doc = read(file).documents().get(0);
        assertThat(doc.version()).isEqualTo(SpecVersion.OPENAPI_3_1);
        assertThat(doc.file()).isEqualTo("api/openapi.json");
        Operation post = doc.operations().get(0);
        assertThat(at(post.location())).isEqualTo("api/openapi.json:6:7");
        Response bad = post.response(400).orElseThrow();
        assertThat(at(bad.location())).isEqualTo("api/openapi.json:9:11");
        SchemaShape schema = bad.declaration().content().get(0).schema();
        assertThat(schema.types()).containsExactly("object");
        assertThat(schema.properties().get("status").constValue()).isEqualTo(400);
    }

    @Test
    void swagger2IsReadWithItsProducesSchemaAndHeaders() throws IOException {
        Path file = write("swagger.yaml", """
                swagger: "2.0"
                info: {title: t, version: "1"}
                produces: [application/json]
                paths:
                  /pets:
                    post:
                      parameters:
                        - {name: X-Request-Id, in: header, type: string}
                        - name: pet
                          in: body
                          required: true
                          schema: {$ref: "#/definitions/Pet"}
                      responses:
                        201:
                          description: created
                          headers:
                            Location: {type: string}
                          schema: {$ref: "#/definitions/Pet"}
                        400: {$ref: "#/responses/Error"}
                responses:
                  Error:
                    description: bad
                    schema: {type: object}
                definitions:
                  Pet:
                    type: object
                    properties:
                      name: {type: string}
                """);
        SpecReader.Result result = read(file);
        assertThat(result.problems()).isEmpty();
        SpecDocument doc = result.documents().get(0);
        assertThat(doc.version()).isEqualTo(SpecVersion.SWAGGER_2_0);
        Operation post = doc.operations().get(0);
        assertThat(post.parameters()).extracting(p -> p.name() + "@" + p.location().line()).containsExactly("X-Request-Id@8");
        assertThat(post.requestBody()).isNotNull();
        assertThat(post.requestBody().required()).isTrue();
        assertThat(post.requestBody().location().line()).isEqualTo(9);
        Response created = post.response(201).orElseThrow();
        assertThat(created.declaration().header("location")).get().extracting(h -> h.location().line()).isEqualTo(17);
        MediaContent body = created.declaration().content().get(0);
        assertThat(body.mediaType()).isEqualTo("application/json");
        assertThat(body.location().line()).isEqualTo(18);
        assertThat(body.schema().name()).isEqualTo("Pet");
        assertThat(body.schema().location().line()).isEqualTo(25);
        ResponseDeclaration error = post.response(400).orElseThrow().declaration();
        assertThat(error.componentName()).isEqualTo("Error");
        assertThat(at(error.location())).isEqualTo("swagger.yaml:21:3");
    }

    @Test
    void followsReferencesIntoOtherFilesOfTheProject() throws IOException {
        write("common/responses.yaml", """
                NotFound:
                  description: not found
                  content:
                    application/json:
                      schema: {$ref: "#/Problem"}
                Problem:
                  type: object
                """);
        Path spec = write("openapi.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get:
                      responses:
                        "200": {description: ok}
                        "404": {$ref: "common/responses.yaml#/NotFound"}
                """);
        SpecReader.Result result = read(spec);
        assertThat(result.problems()).isEmpty();
        ResponseDeclaration notFound = result.documents().get(0).operations().get(0).response(404).orElseThrow().declaration();
        assertThat(at(notFound.location())).isEqualTo("common/responses.yaml:1:1");
        assertThat(at(notFound.content().get(0).location())).isEqualTo("common/responses.yaml:4:5");
        assertThat(notFound.content().get(0).schema().location().file()).isEqualTo("common/responses.yaml");
        assertThat(notFound.content().get(0).schema().location().line()).isEqualTo(6);
    }

    @Test
    void referencesThatCannotBeFollowedAreReportedWhereTheyAreWritten() throws IOException {
        Files.writeString(dir.getParent().resolve("outside-" + dir.getFileName() + ".yaml"), "X: {description: x}\n");
        Path spec = write("openapi.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get:
                      responses:
                        "200": {$ref: "#/components/responses/Missing"}
                        "400": {$ref: "https://example.com/responses.yaml#/Bad"}
                        "401": {$ref: "missing.yaml#/X"}
                        "403": {$ref: "../outside-%s.yaml#/X"}
                        "404": {$ref: "#/components/responses/Loop"}
                components:
                  responses:
                    Loop: {$ref: "#/components/responses/Loop2"}
                    Loop2: {$ref: "#/components/responses/Loop"}
                """.formatted(dir.getFileName()));
        SpecReader.Result result = read(spec);
        assertThat(result.problems()).extracting(p -> p.location().line() + ": " + p.message().split(":")[0])
                .containsExactly(
                        "7: dangling $ref '#/components/responses/Missing'",
                        "8: remote $ref 'https",
                        "9: dangling $ref 'missing.yaml#/X'",
                        "10: $ref '../outside-" + dir.getFileName() + ".yaml#/X' points outside the project directory",
                        "11: circular $ref '#/components/responses/Loop'");
        Operation get = result.documents().get(0).operations().get(0);
        assertThat(get.responses()).hasSize(5).allMatch(r -> !r.declaration().isResolved());
    }

    @Test
    void unreadableFilesAreProblemsAndTheOthersAreStillRead() throws IOException {
        Path broken = write("broken.yaml", "openapi: 3.0.3\npaths:\n  /a: [unclosed\n");
        Path empty = write("empty.yaml", "");
        Path notOpenApi = write("openapi-generator.yaml", "generatorName: spring\n");
        Path future = write("openapi-4.yaml", "openapi: 4.0.0\ninfo: {title: t, version: '1'}\n");
        Path good = write("openapi.yaml", OAS30);
        SpecReader.Result result = new SpecReader(dir, 1 << 20).read(List.of(broken, empty, notOpenApi, future, good));
        assertThat(result.documents()).extracting(SpecDocument::file).containsExactly("openapi.yaml");
        assertThat(result.problems()).extracting(p -> p.location().file() + ":" + p.location().line())
                .containsExactly("broken.yaml:3", "empty.yaml:1", "openapi-generator.yaml:1", "openapi-4.yaml:1");
        assertThat(result.problems().get(0).message()).startsWith("not well-formed YAML");
        assertThat(result.problems().get(1).message()).contains("empty");
        assertThat(result.problems().get(2).message()).contains("not an OpenAPI document");
        assertThat(result.problems().get(3).message()).contains("unsupported OpenAPI version '4.0.0'");
    }

    @Test
    void filesOverTheSizeLimitAreNotRead() throws IOException {
        Path big = write("openapi.yaml", OAS30);
        SpecReader.Result result = new SpecReader(dir, 100).read(List.of(big));
        assertThat(result.documents()).isEmpty();
        assertThat(result.problems().get(0).message()).contains("over the limit of 100 bytes");
    }

    @Test
    void suppressionsAreRecordedByElement() throws IOException {
        Path spec = write("openapi.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                x-apistatus-ignore: [rule-a]
                paths:
                  /a:
                    get:
                      x-apistatus-ignore: rule-b
                      responses:
                        "200": {description: ok, x-apistatus-ignore: [rule-c, rule-d]}
                """);
        SpecDocument doc = read(spec).documents().get(0);
        assertThat(doc.suppressions().keySet()).containsExactlyInAnyOrder("openapi.yaml#", "openapi.yaml#/paths/~1a/get",
                "openapi.yaml#/paths/~1a/get/responses/200");
        assertThat(doc.suppressions().get("openapi.yaml#/paths/~1a/get").ruleIds()).containsExactly("rule-b");
        assertThat(doc.suppressions().get("openapi.yaml#").location().line()).isEqualTo(3);
    }
}
