package dev.apistatus.core.project;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * File globs as {@code exclude} uses them: {@link java.nio.file.FileSystem#getPathMatcher Java globs} matched against
 * paths relative to the project directory with {@code /} separators ({@code *} stays within a directory, {@code **}
 * crosses directories). An entry ending in {@code /} means everything under that directory.
 */
public final class Globs {

    private final List<String> patterns;
    private final List<PathMatcher> matchers;

    /** @throws IllegalArgumentException naming the pattern when it is not a valid glob */
    public Globs(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        this.matchers = new ArrayList<>();
        for (String pattern : patterns) {
            String glob = pattern.trim().replace('\\', '/');
            if (glob.startsWith("./")) {
                glob = glob.substring(2);
            }
            if (glob.endsWith("/")) {
                glob = glob + "**";
            }
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + pattern + "' is not a valid glob: " + e.getMessage(), e);
            }
        }
    }

    public boolean isEmpty() {
        return matchers.isEmpty();
    }

    public List<String> patterns() {
        return patterns;
    }

    /** True when a relative, {@code /}-separated path matches one of the globs. */
    public boolean matches(String relativePath) {
        if (matchers.isEmpty()) {
            return false;
        }
        Path path;
        try {
            path = Path.of(relativePath);
        } catch (RuntimeException e) {
            return false;
        }
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
