package dev.apistatus.core.cache;

import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.report.ToolInfo;
import dev.apistatus.core.rule.RuleMetadata;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What identifies the code that turns inputs into findings, for the lint cache: apistatus's version, the Java
 * feature release, each rule's class and metadata, and every jar (or class directory) that holds the engine, the
 * rules or the parsers they use, by path, size and modification time. A rebuilt SNAPSHOT, an upgraded plugin, an
 * added or removed rule all change it.
 */
public final class EngineVersion {

    /** Classes of the libraries whose behaviour findings depend on: their jars are part of the version. */
    private static final List<String> LIBRARIES = List.of(
            "com.github.javaparser.JavaParser",
            "io.swagger.v3.parser.util.OpenAPIDeserializer",
            "io.swagger.parser.util.SwaggerDeserializer",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.dataformat.yaml.YAMLFactory",
            "org.yaml.snakeyaml.Yaml");

    private EngineVersion() {
    }

    /** The version of this engine and its rules, as one text (hash it before storing). */
    public static String of(Engine engine) {
        StringBuilder out = new StringBuilder();
        out.append("apistatus ").append(ToolInfo.VERSION).append('\n');
        out.append("java ").append(Runtime.version().feature()).append('\n');
        for (RuleMetadata m : engine.metadata()) {
            out.append("rule ").append(m.id()).append(' ').append(m.defaultSeverity()).append(' ')
                    .append(new TreeSet<>(m.options())).append('\n');
        }
        Set<Path> locations = new TreeSet<>();
        List<Class<?>> classes = new ArrayList<>();
        classes.add(Engine.class);
        classes.addAll(engine.ruleClasses());
        for (Class<?> c : classes) {
            out.append("class ").append(c.getName()).append('\n');
            add(c, locations);
        }
        for (String name : LIBRARIES) {
            // found as a resource, not loaded: a hit must not pay for loading the parsers
            java.net.URL url = Engine.class.getClassLoader().getResource(name.replace('.', '/') + ".class");
            Path location = url == null ? null : location(url);
            if (location == null) {
                out.append("library ").append(name).append(' ').append(url).append('\n');
            } else {
                locations.add(location);
            }
        }
        for (Path location : locations) {
            out.append("code ").append(location).append(' ').append(stamp(location)).append('\n');
        }
        return out.toString();
    }

    /** The jar of a {@code jar:file:...!/...} class resource, the folder of a {@code file:} one; null for others. */
    private static Path location(java.net.URL url) {
        try {
            String text = url.toString();
            if (text.startsWith("jar:file:") && text.contains("!/")) {
                return Path.of(new java.net.URI(text.substring(4, text.indexOf("!/")))).toAbsolutePath().normalize();
            }
            if (url.getProtocol().equals("file")) {
                return Path.of(url.toURI()).toAbsolutePath().normalize();
            }
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // not a file we can name
        }
        return null;
    }

    private static void add(Class<?> c, Set<Path> locations) {
        try {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null && "file".equals(source.getLocation().getProtocol())) {
                locations.add(Path.of(source.getLocation().toURI()).toAbsolutePath().normalize());
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // a location we cannot name: its class name still counts
        }
    }

    /** A jar's size and time; for a class directory (a build run from target/classes), those of every file in it. */
    private static String stamp(Path location) {
        try {
            if (Files.isRegularFile(location)) {
                BasicFileAttributes a = Files.readAttributes(location, BasicFileAttributes.class);
                return a.size() + " " + a.lastModifiedTime().toMillis();
            }
            if (Files.isDirectory(location)) {
                long count = 0;
                long sum = 0;
                try (Stream<Path> walk = Files.walk(location)) {
                    for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                        count++;
                        sum = sum * 31 + location.relativize(p).toString().hashCode();
                        sum = sum * 31 + a.size();
                        sum = sum * 31 + a.lastModifiedTime().toMillis();
                    }
                }
                return "dir " + count + " " + sum;
            }
        } catch (IOException | RuntimeException e) {
            // falls through: an unknown stamp never equals a known one
        }
        return "unknown " + System.nanoTime();
    }
}
