package dev.apistatus.core.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where an element of the model stands in the user's files.
 *
 * @param file    path relative to the project directory, with {@code /} separators
 * @param line    1-based line
 * @param column  1-based column
 * @param pointer JSON pointer of the element inside a spec document ({@code ""} for the root); null for Java sources
 */
public record SourceLocation(String file, int line, int column, String pointer) implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER = Comparator
            .comparing(SourceLocation::file)
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column)
            .thenComparing(l -> l.pointer() == null ? "" : l.pointer());

    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 1, 1, null);
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
