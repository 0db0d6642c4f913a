package dev.apistatus.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PathKeyTest {

    @Test
    void parameterNamesRegularExpressionsAndSlashesDoNotMatter() {
        assertThat(PathKey.normalize("/orders/{id}")).isEqualTo("/orders/{}");
        assertThat(PathKey.normalize("/orders/{orderId}/")).isEqualTo("/orders/{}");
        assertThat(PathKey.normalize("orders//{id:\\d+}")).isEqualTo("/orders/{}");
        assertThat(PathKey.normalize("/orders/{id: [0-9]+}")).isEqualTo("/orders/{}");
        assertThat(PathKey.normalize("/codes/{code:[A-Z]{3}}/items")).isEqualTo("/codes/{}/items");
        assertThat(PathKey.normalize("/files/{name}.{ext}")).isEqualTo("/files/{}.{}");
        assertThat(PathKey.normalize("")).isEqualTo("/");
        assertThat(PathKey.normalize("/")).isEqualTo("/");
    }

    @Test
    void wildcardsArePatterns() {
        assertThat(PathKey.normalize("/files/{*path}")).isEqualTo("/files/**");
        assertThat(PathKey.isPattern(PathKey.normalize("/files/**"))).isTrue();
        assertThat(PathKey.isPattern(PathKey.normalize("/files/{id}"))).isFalse();
        assertThat(PathKey.regex("/files/**").matcher("/files/a/b/c").matches()).isTrue();
        assertThat(PathKey.regex("/files/**").matcher("/files").matches()).isTrue();
        assertThat(PathKey.regex("/files/*.json").matcher("/files/a.json").matches()).isTrue();
        assertThat(PathKey.regex("/orders/{}").matcher("/orders/search").matches()).isTrue();
        assertThat(PathKey.regex("/orders/{}").matcher("/orders/1/lines").matches()).isFalse();
        assertThat(PathKey.regex("/").matcher("/").matches()).isTrue();
    }

    @Test
    void joinsPrefixes() {
        assertThat(PathKey.join("/api", "/orders/{id}")).isEqualTo("/api/orders/{}");
        assertThat(PathKey.join("", "orders")).isEqualTo("/orders");
        assertThat(PathKey.join("/api/", "/")).isEqualTo("/api");
    }

    @Test
    void resolvesSpringPlaceholdersFromConfigurationThenDefaults() {
        Map<String, String> props = Map.of("openapi.petstore.base-path", "/v3");
        assertThat(PathKey.resolvePlaceholders("${openapi.petstore.base-path:/v2}/pets", props)).isEqualTo("/v3/pets");
        assertThat(PathKey.resolvePlaceholders("${openapi.petstore.basePath:/v2}/pets", props)).isEqualTo("/v3/pets");
        assertThat(PathKey.resolvePlaceholders("${other.base:/v2}/pets", props)).isEqualTo("/v2/pets");
        assertThat(PathKey.normalize(PathKey.resolvePlaceholders("${unknown}/pets", props))).isEqualTo("/**/pets");
        assertThat(PathKey.resolvePlaceholders("/plain", props)).isEqualTo("/plain");
    }
}
