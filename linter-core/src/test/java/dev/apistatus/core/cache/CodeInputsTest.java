package dev.apistatus.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeInputsTest {

    @TempDir
    Path dir;

    private void touch(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, name);
    }

    private List<String> inputs(String... roots) throws IOException {
        return CodeInputs.of(dir, java.util.Arrays.stream(roots).map(dir::resolve).toList()).stream()
                .map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    }

    @Test
    void javaFilesUnderTheRootsAndTheConfigurationFilesTheReadersLookAt() throws IOException {
        touch("src/main/java/a/A.java");
        touch("src/main/java/a/notes.txt");
        touch("src/main/resources/application.yml");
        touch("src/main/resources/config/application-prod.properties");
        touch("src/main/resources/META-INF/microprofile-config.properties");
        touch("src/main/resources/openapi.yaml"); // a spec: the spec side records it
        touch("config/bootstrap.yml");
        touch("application.properties");
        touch("docs/application.yml"); // no reader looks there
        assertThat(inputs("src/main/java")).containsExactly("application.properties", "config/bootstrap.yml",
                "src/main/java/a/A.java", "src/main/resources/META-INF/microprofile-config.properties",
                "src/main/resources/application.yml", "src/main/resources/config/application-prod.properties");
    }

    @Test
    void aRootAboveTheModulesCoversTheirResources() throws IOException {
        touch("orders/src/main/java/o/O.java");
        touch("orders/src/main/resources/application.yml");
        assertThat(inputs(".")).containsExactly("orders/src/main/java/o/O.java",
                "orders/src/main/resources/application.yml");
    }

    @Test
    void noRootsNoInputs() throws IOException {
        touch("application.properties");
        assertThat(inputs()).isEmpty();
    }
}
