package dev.apistatus.core.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options a user set for one rule. Values are as configured (strings, numbers, booleans, lists);
 * the accessors convert and fall back to the rule's default.
 */
public record RuleOptions(Map<String, Object> values) {

    public static final RuleOptions NONE = new RuleOptions(Map.of());

    public RuleOptions {
        values = Map.copyOf(values);
    }

    public boolean getBoolean(String name, boolean fallback) {
        Object v = values.get(name);
        return v == null ? fallback : Boolean.parseBoolean(v.toString().trim());
    }

    public Set<String> getStrings(String name, Set<String> fallback) {
        Object v = values.get(name);
        if (v == null) {
            return fallback;
        }
        Set<String> out = new TreeSet<>();
        if (v instanceof List<?> list) {
            list.forEach(e -> out.add(e.toString().trim()));
        } else {
            for (String part : v.toString().split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }
}
