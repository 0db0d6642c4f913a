package dev.apistatus.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFinderTest {

    private static final String SPEC = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();

    private SpecFinder finder() {
        return new SpecFinder(dir, dir.resolve("target"), 1 << 20, warnings::add, infos::add);
    }

    private Path write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private List<String> relative(List<Path> files) {
        return files.stream().map(f -> dir.relativize(f).toString().replace('\\', '/')).toList();
    }

    @Test
    void discoversSpecsByNameUnderResourcesAndInTheProjectRoot() throws Exception {
        write("src/main/resources/openapi.yaml", SPEC);
        write("src/main/resources/api/v2/swagger-v2.json", "{\"swagger\": \"2.0\"}");
        write("src/main/resources/static/OpenAPI.YML", SPEC);
        write("openapi.json", "{\"openapi\": \"3.1.0\"}");
        write("swagger.yml", "swagger: '2.0'\n");
        // Not picked: another name, another extension, below the root but outside resources, the build directory.
        write("src/main/resources/application.yaml", "openapi: 3.0.3\n");
        write("src/main/resources/openapi.txt", SPEC);
        write("docs/openapi.yaml", SPEC);
        write("target/classes/openapi.yaml", SPEC);
        write("src/test/resources/openapi.yaml", SPEC);

        assertThat(relative(finder().find(null))).containsExactly(
                "openapi.json",
                "src/main/resources/api/v2/swagger-v2.json",
                "src/main/resources/openapi.yaml",
                "src/main/resources/static/OpenAPI.YML",
                "swagger.yml");
        assertThat(warnings).isEmpty();
    }

    @Test
    void discoverySkipsFilesNamedLikeSpecsThatDeclareNoSpecKey() throws Exception {
        write("openapitools.json", "{\"spaces\": 2, \"generator-cli\": {\"version\": \"7.10.0\"}}");
        write("src/main/resources/openapi-generator-config.yaml", "generatorName: spring\n");
        write("src/main/resources/openapi.yaml", SPEC);

        assertThat(relative(finder().find(List.of()))).containsExactly("src/main/resources/openapi.yaml");
        assertThat(infos).hasSize(2).allMatch(line -> line.contains("has no 'openapi' or 'swagger' key"));
        assertThat(infos.get(0)).contains("openapitools.json");
    }

    @Test
    void discoveryFindsNothingInAnEmptyProject() throws Exception {
        assertThat(finder().find(null)).isEmpty();
    }

    @Test
    void explicitFilesAreTakenAsTheyAreSortedAndOnce() throws Exception {
        write("api/b.yaml", "not even yaml: [");
        write("api/a.json", "{}");
        assertThat(relative(finder().find(List.of("api/b.yaml", " api/a.json ", "api/./b.yaml", ""))))
                .containsExactly("api/a.json", "api/b.yaml");
    }

    @Test
    void anAbsolutePathWorks() throws Exception {
        Path spec = write("elsewhere/spec.yaml", SPEC);
        assertThat(finder().find(List.of(spec.toString()))).containsExactly(spec);
    }

    @Test
    void aMissingExplicitFileIsAnErrorNamingIt() {
        assertThatThrownBy(() -> finder().find(List.of("api/missing.yaml")))
                .isInstanceOf(SpecFinder.MissingSpecException.class)
                .hasMessageStartingWith("apistatus: spec file api/missing.yaml (in <specs> / apistatus.specs) does not exist");
    }

    @Test
    void aDirectoryIsAnErrorThatSuggestsAGlob() throws Exception {
        Files.createDirectories(dir.resolve("api"));
        assertThatThrownBy(() -> finder().find(List.of("api/")))
                .isInstanceOf(SpecFinder.MissingSpecException.class)
                .hasMessageContaining("api/ (in <specs> / apistatus.specs) is a directory")
                .hasMessageContaining("api/**.yaml");
    }

    @Test
    void globsMatchBelowTheirLiteralDirectories() throws Exception {
        write("api/orders.yaml", SPEC);
        write("api/v2/users.yaml", SPEC);
        write("api/v2/users.json", "{}");
        write("api/.hidden/secret.yaml", SPEC);
        write("other/orders.yaml", SPEC);

        assertThat(relative(finder().find(List.of("api/**.yaml")))).containsExactly("api/orders.yaml", "api/v2/users.yaml");
        assertThat(relative(finder().find(List.of("api/*.yaml")))).containsExactly("api/orders.yaml");
        assertThat(relative(finder().find(List.of("api/v?/users.{yaml,json}"))))
                .containsExactly("api/v2/users.json", "api/v2/users.yaml");
        assertThat(warnings).isEmpty();
    }

    @Test
    void globsFromTheRootSkipTheBuildDirectory() throws Exception {
        write("api/orders.yaml", SPEC);
        write("target/classes/api/orders.yaml", SPEC);
        assertThat(relative(finder().find(List.of("**/orders.yaml")))).containsExactly("api/orders.yaml");
    }

    @Test
    void aGlobThatMatchesNothingIsAWarning() throws Exception {
        write("api/orders.yaml", SPEC);
        assertThat(relative(finder().find(List.of("api/*.json", "nowhere/*.yaml", "api/orders.yaml"))))
                .containsExactly("api/orders.yaml");
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).startsWith("apistatus: <specs> entry 'api/*.json' matches no file");
        assertThat(warnings.get(1)).startsWith("apistatus: <specs> entry 'nowhere/*.yaml' matches no file");
    }

    @Test
    void anInvalidGlobIsAnErrorNamingIt() {
        assertThatThrownBy(() -> finder().find(List.of("api/[.yaml")))
                .isInstanceOf(SpecFinder.MissingSpecException.class)
                .hasMessageStartingWith("apistatus: <specs> entry 'api/[.yaml' is not a valid glob");
    }

    @Test
    void theSpecKeySniffAcceptsYamlJsonAndFlowStyle() throws Exception {
        long max = 1 << 20;
        assertThat(SpecFinder.declaresSpecKey(write("a.yaml", "# c\nopenapi: 3.1.0\n"), max)).isTrue();
        assertThat(SpecFinder.declaresSpecKey(write("b.yaml", "'swagger': '2.0'\n"), max)).isTrue();
        assertThat(SpecFinder.declaresSpecKey(write("c.json", "{\"info\": {}, \"openapi\" : \"3.0.0\"}"), max)).isTrue();
        assertThat(SpecFinder.declaresSpecKey(write("d.yaml", "{openapi: 3.0.0, paths: {}}"), max)).isTrue();
        assertThat(SpecFinder.declaresSpecKey(write("e.yaml", "generatorName: spring\n"), max)).isFalse();
        // Too big to look into: the engine reports it.
        assertThat(SpecFinder.declaresSpecKey(write("f.yaml", "x: " + "y".repeat(100)), 10)).isTrue();
    }
}
