package dev.apistatus.core.rule;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A rule's metadata as the engine and the reporters see it.
 *
 * @param options the option names the rule reads ({@link RuleDefinition#options()}); empty when it reads none
 */
public record RuleMetadata(String id, Set<Target> targets, Severity defaultSeverity, Family family,
                           String summary, List<String> references, List<String> options) {

    /** Where each rule's documentation page lives; reports link to it. */
    public static final String DOCS_BASE = "https://github.com/apistatus/apistatus/blob/main/docs/rules/";

    public RuleMetadata {
        Objects.requireNonNull(id, "id");
        targets = Set.copyOf(targets);
        references = List.copyOf(references);
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** Metadata of a rule (or diagnostic) that reads no options. */
    public RuleMetadata(String id, Set<Target> targets, Severity defaultSeverity, Family family,
                        String summary, List<String> references) {
        this(id, targets, defaultSeverity, family, summary, references, List.of());
    }

    /** Reads the {@link RuleDefinition} of a rule class. */
    public static RuleMetadata of(Class<?> ruleClass) {
        RuleDefinition def = ruleClass.getAnnotation(RuleDefinition.class);
        if (def == null) {
            throw new IllegalStateException(ruleClass.getName() + " has no @RuleDefinition");
        }
        return new RuleMetadata(def.id(), Set.of(def.targets()), def.severity(), def.family(),
                def.summary(), List.of(def.references()), List.of(def.options()));
    }

    public String helpUri() {
        return DOCS_BASE + id + ".md";
    }
}
