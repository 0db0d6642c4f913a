package dev.apistatus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the public spec corpus is: {@code -Dapistatus.corpus=DIR}, else {@code ../shared/corpus/specs} relative to
 * the repository root (found by walking up from the working directory to the directory holding {@code mvnw}), else
 * the same path relative to the working directory.
 */
public final class Corpus {

    /** The corpus specs, smallest first, as the benchmarks name them. */
    public static final List<String> SPECS = List.of("petstore-expanded.yaml", "twilio-messaging-v1.json", "box.json",
            "digitalocean.yaml", "stripe-2022-04.json", "github.json");

    private Corpus() {
    }

    public static Path dir() {
        String configured = System.getProperty("apistatus.corpus");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p = cwd; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("linter-core"))) {
                return p.resolve("../shared/corpus/specs").normalize();
            }
        }
        return cwd.resolve("../shared/corpus/specs").normalize();
    }

    /** A spec of the corpus; fails with the directory it looked in when the file is not there. */
    public static Path spec(String name) {
        Path file = dir().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("corpus spec not found: " + file + " (set -Dapistatus.corpus=DIR)");
        }
        return file;
    }

    /** Every .json/.yaml/.yml file in the corpus directory, sorted by name. */
    public static List<Path> all() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where generated services are kept between runs: {@code -Dapistatus.bench.work=DIR}, else
     * {@code bench/target/generated} under the repository root, else {@code target/generated}.
     */
    public static Path workDir() {
        String configured = System.getProperty("apistatus.bench.work");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p = cwd; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("bench"))) {
                return p.resolve("bench/target/generated");
            }
        }
        return cwd.resolve("target/generated");
    }
}
