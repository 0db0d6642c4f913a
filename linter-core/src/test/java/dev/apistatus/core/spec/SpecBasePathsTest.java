package dev.apistatus.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.model.SpecDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecBasePathsTest {

    @TempDir
    Path dir;

    private SpecDocument read(String text) throws IOException {
        Path file = dir.resolve("openapi.yaml");
        Files.writeString(file, text);
        SpecReader.Result r = new SpecReader(dir, 1 << 20).read(List.of(file));
        assertThat(r.problems()).isEmpty();
        return r.documents().get(0);
    }

    private static List<String> paths(SpecDocument d) {
        return d.basePaths().stream().map(b -> b.path() + "@" + b.location().line()).toList();
    }

    @Test
    void serverUrlPathsWithVariablesReplacedByTheirDefaults() throws IOException {
        SpecDocument d = read("""
                openapi: 3.0.3
                info: {title: t, version: "1"}
                servers:
                  - url: https://api.example.com/shop/v1/
                  - url: "{scheme}://{host}/shop/{version}"
                    variables:
                      scheme: {default: https}
                      host: {default: api.example.com}
                      version: {default: v2, enum: [v1, v2]}
                  - url: /relative
                  - url: https://root.example.com
                  - url: https://{region}.example.com/{missing}
                    variables:
                      region: {default: eu}
                paths: {}
                """);
        assertThat(paths(d)).containsExactly("/shop/v1@4", "/shop/v2@5", "/relative@10", "@11");
    }

    @Test
    void swagger2BasePath() throws IOException {
        SpecDocument d = read("""
                swagger: "2.0"
                info: {title: t, version: "1"}
                host: api.example.com
                basePath: /api/v1/
                paths: {}
                """);
        assertThat(paths(d)).containsExactly("/api/v1@4");
        assertThat(d.basePaths().get(0).location().pointer()).isEqualTo("/basePath");
    }

    @Test
    void noServersNoBasePaths() throws IOException {
        assertThat(read("""
                openapi: 3.1.0
                info: {title: t, version: "1"}
                paths: {}
                """).basePaths()).isEmpty();
    }

    @Test
    void urlPaths() {
        assertThat(ModelBuilder.urlPath("https://a.example.com")).isEqualTo("");
        assertThat(ModelBuilder.urlPath("https://a.example.com/")).isEqualTo("");
        assertThat(ModelBuilder.urlPath("//a.example.com/x//y/")).isEqualTo("/x/y");
        assertThat(ModelBuilder.urlPath("/")).isEqualTo("");
        assertThat(ModelBuilder.urlPath("v1")).isEqualTo("/v1");
        assertThat(ModelBuilder.urlPath("./v1")).isEqualTo("/v1");
        assertThat(ModelBuilder.urlPath("https://a.example.com/v1?x=1")).isEqualTo("/v1");
    }
}
