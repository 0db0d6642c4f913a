package dev.apistatus.core.code;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.apistatus.core.model.ServiceInfo;
import dev.apistatus.core.model.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a Spring Boot service's configuration files ({@code application.properties}, {@code application.yml},
 * {@code application-<profile>.*}, in {@code src/main/resources} and its {@code config/} folder) for the base paths
 * the deployment puts before handler paths. Keys are matched the way Spring's relaxed binding does
 * ({@code contextPath}, {@code context_path} and {@code context-path} are one key). A file that cannot be read is
 * skipped: configuration only ever adds candidates to try.
 */
public final class ServiceConfig {

    /** Larger configuration files are not read. */
    static final long MAX_BYTES = 1024 * 1024;
    private static final int MAX_DEPTH = 6;
    private static final Set<String> SKIPPED_DIRS = Set.of("target", "build", "node_modules", ".git", ".idea", "out", "bin");
    private static final List<String> BASE_PATH_KEYS = List.of(ServiceInfo.BasePath.CONTEXT_PATH,
            ServiceInfo.BasePath.SERVLET_PATH, ServiceInfo.BasePath.WEBFLUX_BASE_PATH);

    /** What the files say. */
    public record Result(List<ServiceInfo.BasePath> basePaths, Map<String, String> properties) {
    }

    private ServiceConfig() {
    }

    /**
     * @param projectDir  locations are relative to it
     * @param sourceRoots the Java source roots: {@code <module>/src/main/java} gives {@code <module>/src/main/resources};
     *                    any other root is searched for {@code src/main/resources} folders (a multi-module checkout)
     */
    public static Result read(Path projectDir, List<Path> sourceRoots) {
        Path base = projectDir.toAbsolutePath().normalize();
        Set<Path> resourceDirs = new LinkedHashSet<>();
        for (Path root : sourceRoots) {
            Path r = root.toAbsolutePath().normalize();
            if (r.getFileName() != null && r.getFileName().toString().equals("java") && r.getParent() != null
                    && r.getParent().getFileName() != null && r.getParent().getFileName().toString().equals("main")) {
                resourceDirs.add(r.getParent().resolve("resources"));
            } else if (Files.isDirectory(r)) {
                find(r, 0, resourceDirs);
            }
        }
        List<ServiceInfo.BasePath> basePaths = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        for (Path dir : resourceDirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            String module = module(base, dir);
            for (Path file : configFiles(dir)) {
                List<Entry> entries = entries(file);
                String rel = relative(base, file);
                for (Entry e : entries) {
                    properties.putIfAbsent(e.key(), e.value());
                    String canonical = canonical(e.key());
                    for (String key : BASE_PATH_KEYS) {
                        if (canonical.equals(canonical(key)) && !e.value().contains("${")) {
                            String path = normalise(e.value());
                            ServiceInfo.BasePath bp = new ServiceInfo.BasePath(path, key, module,
                                    new SourceLocation(rel, e.line(), e.column(), null));
                            if (!path.isEmpty() && basePaths.stream().noneMatch(b -> b.path().equals(path)
                                    && b.property().equals(key) && b.module().equals(module))) {
                                basePaths.add(bp);
                            }
                        }
                    }
                }
            }
        }
        return new Result(basePaths, properties);
    }

    /** {@code api/} gives {@code /api}; {@code /} gives {@code ""}. */
    static String normalise(String path) {
        String p = ("/" + path.trim()).replaceAll("/{2,}", "/");
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** Spring's relaxed binding: case, dashes and underscores do not matter. */
    static String canonical(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    private static void find(Path dir, int depth, Set<Path> out) {
        Path resources = dir.resolve("src").resolve("main").resolve("resources");
        if (Files.isDirectory(resources)) {
            out.add(resources);
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        try (Stream<Path> children = Files.list(dir)) {
            for (Path c : children.sorted().toList()) {
                String name = c.getFileName().toString();
                if (Files.isDirectory(c) && !SKIPPED_DIRS.contains(name) && !name.equals("src")) {
                    find(c, depth + 1, out);
                }
            }
        } catch (IOException e) {
            // an unreadable folder holds no configuration we can use
        }
    }

    /** {@code application.*} first, then profile files, then the same in {@code config/}. */
    private static List<Path> configFiles(Path dir) {
        List<Path> out = new ArrayList<>();
        for (Path d : List.of(dir, dir.resolve("config"))) {
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> files = Files.list(d)) {
                List<Path> all = files.filter(Files::isRegularFile).filter(f -> isConfig(f.getFileName().toString()))
                        .sorted((a, b) -> {
                            boolean pa = a.getFileName().toString().startsWith("application-");
                            boolean pb = b.getFileName().toString().startsWith("application-");
                            return pa != pb ? Boolean.compare(pa, pb) : a.compareTo(b);
                        }).toList();
                out.addAll(all);
            } catch (IOException e) {
                // skipped
            }
        }
        return out;
    }

    private static boolean isConfig(String name) {
        return (name.startsWith("application.") || name.startsWith("application-") || name.startsWith("bootstrap."))
                && (name.endsWith(".properties") || name.endsWith(".yml") || name.endsWith(".yaml"));
    }

    private static String module(Path base, Path resources) {
        Path module = resources.getParent().getParent().getParent(); // <module>/src/main/resources
        if (module == null || !module.startsWith(base)) {
            return "";
        }
        return base.relativize(module).toString().replace('\\', '/');
    }

    private static String relative(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** One property as written. */
    record Entry(String key, String value, int line, int column) {
    }

    static List<Entry> entries(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return List.of();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return file.getFileName().toString().endsWith(".properties") ? properties(text) : yaml(text);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** A properties file, each key located at the line that sets it. */
    static List<Entry> properties(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        List<String> lines = text.lines().toList();
        List<Entry> out = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).stripLeading();
                String rest = l.startsWith(key) ? l.substring(key.length()) : null;
                if (rest != null && (rest.isEmpty() || Character.isWhitespace(rest.charAt(0)) || rest.charAt(0) == '='
                        || rest.charAt(0) == ':')) {
                    line = i + 1;
                    column = lines.get(i).length() - l.length() + 1;
                    break;
                }
            }
            out.add(new Entry(key, p.getProperty(key), line, column));
        }
        out.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return out;
    }

    /** A YAML file (every document of it), flattened to dotted keys, each located at its key. */
    static List<Entry> yaml(String text) throws IOException {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit((int) MAX_BYTES);
        loader.setNestingDepthLimit(64);
        loader.setMaxAliasesForCollections(20);
        loader.setAllowDuplicateKeys(true);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
        List<Entry> out = new ArrayList<>();
        try (JsonParser parser = factory.createParser(text)) {
            Deque<String> path = new ArrayDeque<>();
            Deque<Boolean> inArray = new ArrayDeque<>();
            String field = null;
            int fieldLine = 1;
            int fieldColumn = 1;
            JsonToken t;
            while ((t = parser.nextToken()) != null) {
                switch (t) {
                    case FIELD_NAME -> {
                        field = parser.currentName();
                        fieldLine = parser.currentTokenLocation().getLineNr();
                        fieldColumn = parser.currentTokenLocation().getColumnNr();
                    }
                    case START_OBJECT, START_ARRAY -> {
                        if (!inArray.isEmpty()) {
                            path.push(inArray.peek() ? "[]" : field == null ? "" : field);
                        }
                        inArray.push(t == JsonToken.START_ARRAY);
                        field = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        inArray.pop();
                        if (!path.isEmpty() && !inArray.isEmpty()) {
                            path.pop();
                        }
                    }
                    default -> {
                        if (field != null && !inArray.isEmpty() && !inArray.peek() && t.isScalarValue()) {
                            List<String> parts = new ArrayList<>(path);
                            java.util.Collections.reverse(parts);
                            if (parts.stream().noneMatch(s -> s.equals("[]"))) {
                                parts.add(field);
                                out.add(new Entry(String.join(".", parts), t == JsonToken.VALUE_NULL ? "" : parser.getText(),
                                        fieldLine, fieldColumn));
                            }
                        }
                        field = null;
                    }
                }
            }
        }
        return out;
    }
}
