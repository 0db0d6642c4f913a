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
 */
public record SpecDocument(String file, SpecVersion version, List<Operation> operations,
                           Map<String, Suppression> suppressions) {

    public SpecDocument {
        operations = List.copyOf(operations);
        suppressions = Map.copyOf(suppressions);
    }

    /** An {@code x-apistatus-ignore} list and where it is written. */
    public record Suppression(Set<String> ruleIds, SourceLocation location) {
        public Suppression {
            ruleIds = Set.copyOf(ruleIds);
        }
    }
}
