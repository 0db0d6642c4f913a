package dev.apistatus.core.cache;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files the code readers may read for a set of source roots, found the way they find them but more widely, so the
 * lint cache sees any change that could change a code finding: every {@code .java} file under each root (the
 * {@code JavaProject} index), and every Spring or MicroProfile configuration file ({@code application*},
 * {@code bootstrap*}, {@code microprofile-config*} as {@code .properties}, {@code .yml}, {@code .yaml}) under the roots
 * and in the folders {@code ServiceConfig} and {@code ConfigProperties} look into. A code reader that starts reading
 * another kind of file must be added here.
 */
final class CodeInputs {

    private CodeInputs() {
    }

    /** The files, as normalised absolute paths, sorted; empty when there are no source roots. */
    static List<Path> of(Path projectDir, List<Path> roots) throws IOException {
        Set<Path> files = new TreeSet<>();
        if (roots.isEmpty()) {
            return List.of(); // the code readers do not run
        }
        Set<Path> configDirs = new TreeSet<>();
        for (Path root : roots) {
            Path abs = root.toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                // as Files.walk, which JavaProject uses: links to files are followed, links to folders are not
                Files.walkFileTree(abs, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path p, BasicFileAttributes attributes) {
                        String name = p.getFileName().toString();
                        if ((name.endsWith(".java") || isConfig(name))
                                && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(p))) {
                            files.add(p.normalize());
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
            if (abs.getParent() != null) {
                configDirs.add(abs.getParent().resolve("resources")); // <module>/src/main/resources
            }
        }
        Path base = projectDir.toAbsolutePath().normalize();
        configDirs.add(base.resolve("src/main/resources"));
        configDirs.add(base);
        configDirs.add(base.resolve("config"));
        for (Path dir : configDirs) {
            for (Path d : List.of(dir, dir.resolve("config"), dir.resolve("META-INF"))) {
                if (!Files.isDirectory(d)) {
                    continue;
                }
                try (Stream<Path> list = Files.list(d)) {
                    list.filter(p -> isConfig(p.getFileName().toString()) && Files.isRegularFile(p))
                            .forEach(p -> files.add(p.normalize()));
                }
            }
        }
        return List.copyOf(files);
    }

    /** A superset of the names {@code ServiceConfig} and {@code ConfigProperties} read. */
    static boolean isConfig(String name) {
        return (name.startsWith("application") || name.startsWith("bootstrap") || name.startsWith("microprofile-config"))
                && (name.endsWith(".properties") || name.endsWith(".yml") || name.endsWith(".yaml"));
    }
}
