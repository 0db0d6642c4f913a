package dev.apistatus.core.rule;

/**
 * A rule: one class, annotated with {@link RuleDefinition}, listed in
 * {@code META-INF/services/dev.apistatus.core.rule.Rule} so the engine finds it.
 * A rule reads the model from its context and reports; it never parses and keeps no state between runs.
 */
public interface Rule {

    void check(RuleContext context);

    default RuleMetadata metadata() {
        return RuleMetadata.of(getClass());
    }
}
