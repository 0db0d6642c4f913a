package dev.apistatus.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apistatus.core.model.ServiceInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceConfigTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> described(ServiceConfig.Result r) {
        return r.basePaths().stream().map(b -> b.property() + "=" + b.path() + " [" + b.module() + "] "
                + b.location().file() + ":" + b.location().line() + ":" + b.location().column()).toList();
    }

    @Test
    void propertiesAndYamlWithProfilesAndRelaxedBinding() throws IOException {
        write("src/main/resources/application.properties", """
                # comment
                spring.application.name=shop
                server.servlet.contextPath = /shop/
                spring.mvc.servlet.path: api
                """);
        write("src/main/resources/application-edge.yml", """
                server:
                  port: 8081
                  servlet:
                    context-path: /edge
                ---
                spring:
                  webflux:
                    base_path: /flux
                openapi:
                  petstore:
                    base-path: /v2
                list:
                  - a
                  - b
                """);
        write("src/main/java/A.java", "class A {}");
        ServiceConfig.Result r = ServiceConfig.read(dir, List.of(dir.resolve("src/main/java")));
        assertThat(described(r)).containsExactly(
                "server.servlet.context-path=/shop [] src/main/resources/application.properties:3:1",
                "spring.mvc.servlet.path=/api [] src/main/resources/application.properties:4:1",
                "server.servlet.context-path=/edge [] src/main/resources/application-edge.yml:4:5",
                "spring.webflux.base-path=/flux [] src/main/resources/application-edge.yml:8:5");
        assertThat(r.properties()).containsEntry("openapi.petstore.base-path", "/v2")
                .containsEntry("spring.application.name", "shop").doesNotContainKey("list");
    }

    @Test
    void modulesFoundUnderAProjectRoot() throws IOException {
        write("orders/src/main/resources/application.yml", "server.servlet.context-path: /orders-service\n");
        write("billing/src/main/resources/application.yml", "server:\n  servlet:\n    context-path: /billing\n");
        write("billing/target/classes/application.yml", "server.servlet.context-path: /copied\n");
        ServiceConfig.Result r = ServiceConfig.read(dir, List.of(dir));
        assertThat(described(r)).containsExactly(
                "server.servlet.context-path=/billing [billing] billing/src/main/resources/application.yml:3:5",
                "server.servlet.context-path=/orders-service [orders] orders/src/main/resources/application.yml:1:1");
        ServiceInfo.BasePath billing = r.basePaths().get(0);
        assertThat(billing.covers("billing/src/main/java/B.java")).isTrue();
        assertThat(billing.covers("orders/src/main/java/B.java")).isFalse();
        assertThat(billing.appliesTo("spring-mvc")).isTrue();
        assertThat(billing.appliesTo("spring-webflux")).isFalse();
    }

    @Test
    void unreadableOrPlaceholderValuesAddNothing() throws IOException {
        write("src/main/resources/application.yml", "server: [unclosed\n");
        write("src/main/resources/application.properties", "server.servlet.context-path=${CONTEXT:/x}\n");
        ServiceConfig.Result r = ServiceConfig.read(dir, List.of(dir.resolve("src/main/java")));
        assertThat(r.basePaths()).isEmpty();
    }
}
