package dev.apistatus.maven;

import dev.apistatus.core.engine.RuleSetting;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the plugin's rule levels into the engine's settings: the {@code <rules>} map of the POM first, then the
 * {@code apistatus.rules} property ({@code id=level,id=level}), which wins for the ids it names.
 */
final class RuleLevels {

    private RuleLevels() {
    }

    /**
     * @throws IllegalArgumentException with a one-line message naming the setting, the rule id and the bad level
     */
    static Map<String, RuleSetting> parse(Map<String, String> fromPom, String fromProperty) {
        Map<String, RuleSetting> settings = new TreeMap<>();
        if (fromPom != null) {
            for (Map.Entry<String, String> e : new TreeMap<>(fromPom).entrySet()) {
                settings.put(e.getKey().trim(), level(e.getKey().trim(), e.getValue(), "<rules>"));
            }
        }
        if (fromProperty != null && !fromProperty.isBlank()) {
            for (String pair : fromProperty.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("apistatus.rules entry '" + pair.trim()
                            + "' is not id=level (e.g. -Dapistatus.rules=error-body-not-problem-details=off)");
                }
                String id = pair.substring(0, eq).trim();
                settings.put(id, level(id, pair.substring(eq + 1), "apistatus.rules"));
            }
        }
        return settings;
    }

    private static RuleSetting level(String id, String level, String where) {
        if (level == null || level.isBlank()) {
            throw new IllegalArgumentException(where + " entry '" + id + "' has no level: use off, error, warning or note");
        }
        try {
            return RuleSetting.parseLevel(level.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " entry '" + id + "': " + e.getMessage());
        }
    }
}
