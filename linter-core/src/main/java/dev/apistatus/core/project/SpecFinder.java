package dev.apistatus.core.project;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Finds the OpenAPI documents to lint in a project directory: the ones configured (files or globs), or, when none
 * are configured, the ones found by name.
 *
 * <p>Discovery by name looks for files named {@code openapi*} or {@code swagger*} with the extension {@code .yaml},
 * {@code .yml} or {@code .json} (any case) under {@code src/main/resources} (recursively) and directly in the project
 * directory (not recursively). A file found that way which declares no {@code openapi} or {@code swagger} key at all
 * (e.g. {@code openapitools.json}, the openapi-generator CLI's configuration) is skipped, so tool configuration files
 * are not reported as broken specs.
 *
 * <p>Configured entries are paths relative to the project directory (absolute paths work too). An entry with a glob
 * character ({@code * ? [ {}) is a {@link java.nio.file.FileSystem#getPathMatcher glob} matched against paths
 * relative to its literal leading directories; {@code **} crosses directories. Walking for a glob skips hidden
 * directories and the build directory unless the glob's literal part is inside them. An explicit file that does not
 * exist is a {@link MissingSpecException}; a glob that matches nothing is reported to {@code warn}.
 *
 * <p>The result has no duplicates and is sorted, so runs are deterministic.
 */
public final class SpecFinder {

    /** Where discovery by name looks recursively, relative to the project directory. */
    public static final String RESOURCES = "src/main/resources";

    private static final Pattern SPEC_NAME = Pattern.compile("(openapi|swagger).*\\.(ya?ml|json)");
    private static final Pattern GLOB_CHARS = Pattern.compile("[*?\\[{]");
    /** A key {@code openapi:} or {@code swagger:} (quoted or not) anywhere in a line: the cheapest sign of a spec. */
    private static final Pattern SPEC_KEY = Pattern.compile("[\"']?\\b(openapi|swagger)[\"']?\\s*:");

    private final Path projectDir;
    private final Path buildDir;
    private final long maxSpecBytes;
    private final Consumer<String> warn;
    private final Consumer<String> info;
    private final String setting;
    private final String settingLong;

    /**
     * @param projectDir the project directory; configured paths are relative to it
     * @param buildDir   the build directory ({@code target}), never searched by discovery or globs; may be null
     * @param maxSpecBytes discovered files larger than this are not looked into (the engine reports them)
     * @param warn       receives one line per glob that matched nothing
     * @param info       receives one line per discovered file that was skipped
     */
    public SpecFinder(Path projectDir, Path buildDir, long maxSpecBytes, Consumer<String> warn, Consumer<String> info) {
        this(projectDir, buildDir, maxSpecBytes, warn, info, "<specs>", "<specs> / apistatus.specs");
    }

    /**
     * As {@link #SpecFinder(Path, Path, long, Consumer, Consumer)}, naming the setting the entries come from in
     * messages: {@code setting} briefly ({@code --spec}), {@code settingLong} where an entry is missing
     * ({@code --spec}, or {@code include in apistatus.yaml}).
     */
    public SpecFinder(Path projectDir, Path buildDir, long maxSpecBytes, Consumer<String> warn, Consumer<String> info,
                      String setting, String settingLong) {
        this.setting = setting;
        this.settingLong = settingLong;
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.buildDir = buildDir == null ? null : buildDir.toAbsolutePath().normalize();
        this.maxSpecBytes = maxSpecBytes;
        this.warn = warn;
        this.info = info;
    }

    /** The configured specs expanded, or the discovered ones when {@code configured} is null or empty. */
    public List<Path> find(List<String> configured) throws MissingSpecException {
        List<String> entries = configured == null ? List.of() : configured.stream()
                .filter(e -> e != null && !e.isBlank())
                .map(String::trim)
                .toList();
        return entries.isEmpty() ? discover() : expand(entries);
    }

    /** Files named like specs under {@code src/main/resources} and directly in the project directory, sorted. */
    List<Path> discover() {
        Set<Path> found = new TreeSet<>();
        Path resources = projectDir.resolve(RESOURCES);
        if (Files.isDirectory(resources)) {
            walk(resources, (file, attrs) -> {
                if (attrs.isRegularFile() && looksLikeSpecName(file)) {
                    found.add(file);
                }
            });
        }
        try (var entries = Files.list(projectDir)) {
            entries.filter(Files::isRegularFile).filter(SpecFinder::looksLikeSpecName).forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + projectDir + ": " + e.getMessage(), e);
        }
        List<Path> specs = new ArrayList<>();
        for (Path file : found) {
            if (declaresSpecKey(file, maxSpecBytes)) {
                specs.add(file);
            } else {
                info.accept("apistatus: skipped " + relative(file) + ": it is named like an OpenAPI document but has no"
                        + " 'openapi' or 'swagger' key; list it in " + setting + " to lint it anyway");
            }
        }
        return specs;
    }

    private List<Path> expand(List<String> entries) throws MissingSpecException {
        Set<Path> found = new LinkedHashSet<>();
        for (String entry : entries) {
            if (isGlob(entry)) {
                List<Path> matches = glob(entry);
                if (matches.isEmpty()) {
                    warn.accept("apistatus: " + setting + " entry '" + entry + "' matches no file under " + projectDir);
                }
                found.addAll(matches);
            } else {
                Path file;
                try {
                    file = projectDir.resolve(entry).normalize();
                } catch (InvalidPathException e) {
                    throw new MissingSpecException("apistatus: " + setting + " entry '" + entry + "' is not a valid path: "
                            + e.getMessage());
                }
                if (!Files.isRegularFile(file)) {
                    throw new MissingSpecException("apistatus: spec file " + entry + " (in " + settingLong + ")"
                            + (Files.isDirectory(file) ? " is a directory: name the files, or use a glob such as "
                            + entry.replaceAll("/+$", "") + "/**.yaml" : " does not exist (looked for " + file + ")"));
                }
                found.add(file);
            }
        }
        return new ArrayList<>(new TreeSet<>(found));
    }

    static boolean isGlob(String entry) {
        return GLOB_CHARS.matcher(entry).find();
    }

    /** Files matching a glob: the literal leading directories are the base, the rest is matched below it. */
    private List<Path> glob(String entry) throws MissingSpecException {
        String pattern = entry.replace('\\', '/');
        String[] segments = pattern.split("/", -1);
        int literal = 0;
        while (literal < segments.length - 1 && !isGlob(segments[literal])) {
            literal++;
        }
        String basePart = String.join("/", java.util.Arrays.copyOfRange(segments, 0, literal));
        String rest = String.join("/", java.util.Arrays.copyOfRange(segments, literal, segments.length));
        Path base;
        PathMatcher matcher;
        try {
            base = (basePart.isEmpty() ? projectDir : projectDir.resolve(basePart)).normalize();
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        } catch (IllegalArgumentException e) {
            throw new MissingSpecException("apistatus: " + setting + " entry '" + entry + "' is not a valid glob: "
                    + e.getMessage());
        }
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        List<Path> matches = new ArrayList<>();
        walk(base, (file, attrs) -> {
            if (attrs.isRegularFile() && matcher.matches(base.relativize(file))) {
                matches.add(file);
            }
        });
        return matches;
    }

    private interface Visitor {
        void visit(Path file, BasicFileAttributes attrs);
    }

    /** Walks {@code root}, skipping hidden directories and the build directory below it. */
    private void walk(Path root, Visitor visitor) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && (dir.getFileName().toString().startsWith(".") || dir.equals(buildDir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    visitor.visit(file, attrs);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search " + root + ": " + e.getMessage(), e);
        }
    }

    static boolean looksLikeSpecName(Path file) {
        return SPEC_NAME.matcher(file.getFileName().toString().toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * True when some line of the file has an {@code openapi:} or {@code swagger:} key, or when the file is over
     * {@code maxBytes} or cannot be read (then the engine reports why). Bytes are read as ISO-8859-1, so no encoding
     * error can stop the scan.
     */
    static boolean declaresSpecKey(Path file, long maxBytes) {
        try {
            if (Files.size(file) > maxBytes) {
                return true;
            }
        } catch (IOException e) {
            return true;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (SPEC_KEY.matcher(line).find()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(projectDir) ? projectDir.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** A configured spec that is not there, or a {@code specs} entry that is no valid path or glob. */
    public static final class MissingSpecException extends Exception {
        public MissingSpecException(String message) {
            super(message);
        }
    }
}
