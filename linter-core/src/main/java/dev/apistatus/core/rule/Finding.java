package dev.apistatus.core.rule;

import dev.apistatus.core.model.SourceLocation;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found: a value, compared and sorted by location then rule so every run prints the same bytes.
 *
 * @param ruleId   the rule that found it
 * @param severity the effective severity (after configuration)
 * @param message  what is wrong, naming the element, and what to change
 * @param location the line the user must edit
 * @param related  other places that explain the finding (e.g. the operations that use a shared response); may be empty
 */
public record Finding(String ruleId, Severity severity, String message, SourceLocation location,
                      List<SourceLocation> related) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        related = related == null ? List.of() : List.copyOf(related);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
