package dev.apistatus.core.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Expands the file patterns a front end is given ({@code src/main/resources/openapi/*.yaml},
 * {@code api/**}{@code /*.json}) into files of the project, in a sorted order that does not depend on the file
 * system. A pattern that is not a valid glob is one {@link ConfigException} naming it.
 */
public final class Globs {

    private Globs() {
    }

    /**
     * @param setting the name of the setting the patterns come from, for the error message (e.g. {@code specs})
     * @return the regular files under the project directory that match any pattern, sorted, without duplicates
     * @throws ConfigException when a pattern is not a valid glob
     */
    public static List<Path> expand(Path projectDir, List<String> patterns, String setting) {
        Path root = projectDir.toAbsolutePath().normalize();
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            matchers.add(matcher(pattern, setting));
        }
        TreeSet<Path> found = new TreeSet<>();
        if (!Files.isDirectory(root) || matchers.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                Path relative = root.relativize(file);
                if (matchers.stream().anyMatch(m -> m.matches(relative))) {
                    found.add(file);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigException("cannot list the files of " + root + " for " + setting + ": " + e.getMessage());
        }
        return List.copyOf(found);
    }

    /** A matcher for one pattern, relative to the project directory. */
    static PathMatcher matcher(String pattern, String setting) {
        String trimmed = pattern == null ? "" : pattern.trim();
        if (trimmed.isEmpty()) {
            throw new ConfigException("an empty pattern in " + setting + ": remove it or name the files, e.g. "
                    + "src/main/resources/openapi.yaml");
        }
        if (trimmed.startsWith("/") || trimmed.startsWith("\\") || trimmed.matches("(?s)(.*[/\\\\])?\\.\\.([/\\\\].*)?")
                || trimmed.matches("(?s)[A-Za-z]:.*")) {
            throw new ConfigException("the pattern '" + trimmed + "' in " + setting + " leaves the project directory: "
                    + "patterns are relative to it");
        }
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + trimmed);
        } catch (PatternSyntaxException e) {
            throw new ConfigException("the pattern '" + trimmed + "' in " + setting + " is not a valid glob: "
                    + e.getDescription() + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("the pattern '" + trimmed + "' in " + setting + " is not a valid glob: "
                    + e.getMessage());
        }
    }
}
