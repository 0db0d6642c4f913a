package dev.apistatus.core.engine;

import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleMetadata;
import java.util.List;

/** Reads the inputs once, runs every enabled rule over the model, and returns sorted findings. */
public final class Engine {

    private final List<Rule> rules;

    public Engine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules on the class path, found through {@link java.util.ServiceLoader}. */
    public static Engine discover() {
        throw new UnsupportedOperationException("TODO");
    }

    public List<RuleMetadata> rules() {
        return rules.stream().map(Rule::metadata).toList();
    }

    /** @throws ConfigException when the configuration names an unknown rule */
    public LintResult run(LintConfig config) {
        throw new UnsupportedOperationException("TODO");
    }
}
