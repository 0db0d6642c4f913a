package dev.apistatus.core.code.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigPropertiesTest {

    @TempDir
    Path dir;

    @Test
    void yamlIsFlattenedWithRelaxedNamesListsAndLines() throws IOException {
        Path yml = dir.resolve("application.yml");
        Files.writeString(yml, """
                resilience4j:
                  retry:
                    instances:
                      backend:
                        max-attempts: 4
                        retry-exceptions:
                          - java.io.IOException
                          - java.util.concurrent.TimeoutException
                """);
        ConfigProperties c = ConfigProperties.empty();
        c.load(yml, "application.yml");
        assertThat(c.get("resilience4j.retry.instances.backend.maxAttempts")).hasValueSatisfying(e -> {
            assertThat(e.value()).isEqualTo("4");
            assertThat(e.location().line()).isEqualTo(5);
        });
        assertThat(c.list("resilience4j.retry.instances.backend.retryExceptions"))
                .contains(List.of("java.io.IOException", "java.util.concurrent.TimeoutException"));
    }

    @Test
    void aKeySetDifferentlyPerProfileHasNoValue() throws IOException {
        Path yml = dir.resolve("application.yml");
        Files.writeString(yml, """
                retry:
                  max: 3
                ---
                spring.config.activate.on-profile: prod
                retry:
                  max: 10
                """);
        ConfigProperties c = ConfigProperties.empty();
        c.load(yml, "application.yml");
        assertThat(c.get("retry.max")).isEmpty();
        assertThat(c.conflicting("retry.max")).isTrue();
    }

    @Test
    void propertiesAndPlaceholders() throws IOException {
        Path props = dir.resolve("application.properties");
        Files.writeString(props, "# comment\nclient.retry.max-attempts=7\nclient.retry.delay: 250\n");
        ConfigProperties c = ConfigProperties.empty();
        c.load(props, "application.properties");
        assertThat(c.resolve("${client.retry.maxAttempts:3}")).contains("7");
        assertThat(c.resolve("${client.retry.missing:3}")).contains("3");
        assertThat(c.resolve("${client.retry.missing}")).isEmpty();
        assertThat(c.get("client.retry.delay").map(ConfigProperties.Entry::value)).contains("250");
    }

    @Test
    void filesAreFoundNextToTheSourceRoots() throws IOException {
        Path resources = dir.resolve("src/main/resources");
        Files.createDirectories(resources);
        Files.writeString(resources.resolve("application-test.yml"), "a:\n  b: 1\n");
        Files.writeString(resources.resolve("logback.xml"), "<x/>");
        Files.createDirectories(dir.resolve("src/main/java"));
        ConfigProperties c = ConfigProperties.read(dir, List.of(dir.resolve("src/main/java")),
                dev.apistatus.core.code.JavaProject.read(dir, List.of(), com.github.javaparser.ParserConfiguration.LanguageLevel.JAVA_17, List.of()));
        assertThat(c.get("a.b")).hasValueSatisfying(e -> assertThat(e.location().file()).isEqualTo("src/main/resources/application-test.yml"));
    }
}
