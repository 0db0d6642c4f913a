package dev.apistatus.core.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One OpenAPI document and the operations it declares.
 *
 * @param file         path relative to the project directory
 * @param suppressions {@code x-apistatus-ignore} lists by the JSON pointer of the element that carries them
 *                     ({@code ""} for the document); they cover every finding at or under that pointer
 * @param basePaths    the URL paths the document puts before its paths: each {@code servers} URL's path (3.x,
 *                     server variables replaced by their defaults) or {@code basePath} (2.0); empty when the
 *                     document names none (its paths are then taken as written)
 */
public record SpecDocument(String file, SpecVersion version, List<Operation> operations,
                           Map<String, Suppression> suppressions, List<BasePath> basePaths) {

    public SpecDocument {
        operations = List.copyOf(operations);
        suppressions = Map.copyOf(suppressions);
        basePaths = List.copyOf(basePaths);
    }

    public SpecDocument(String file, SpecVersion version, List<Operation> operations,
                        Map<String, Suppression> suppressions) {
        this(file, version, operations, suppressions, List.of());
    }

    /**
     * A path prefix the document declares for all its operations.
     *
     * @param path     {@code /api/v1}, or {@code ""} for a server at the root
     * @param location the {@code servers[i].url} or {@code basePath} entry
     */
    public record BasePath(String path, SourceLocation location) {
    }

    /** An {@code x-apistatus-ignore} list and where it is written. */
    public record Suppression(Set<String> ruleIds, SourceLocation location) {
        public Suppression {
            ruleIds = Set.copyOf(ruleIds);
        }
    }
}
