package dev.apistatus.core.engine;

import dev.apistatus.core.rule.Severity;
import java.util.Locale;
import java.util.Map;

/**
 * A user's setting for one rule.
 *
 * @param enabled  false turns the rule off
 * @param severity the severity override, or null to keep the rule's default
 * @param options  rule options
 */
public record RuleSetting(boolean enabled, Severity severity, Map<String, Object> options) {

    public static final RuleSetting OFF = new RuleSetting(false, null, Map.of());

    public RuleSetting {
        options = Map.copyOf(options);
    }

    /** Parses a level alone: {@code off}, {@code error}, {@code warning} or {@code note}. */
    public static RuleSetting parseLevel(String level) {
        if (level != null && level.trim().toLowerCase(Locale.ROOT).equals("off")) {
            return OFF;
        }
        try {
            return new RuleSetting(true, Severity.parse(level), Map.of());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("unknown rule level '" + level + "': use off, error, warning or note");
        }
    }
}
