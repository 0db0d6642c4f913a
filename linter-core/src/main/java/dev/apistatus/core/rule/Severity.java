package dev.apistatus.core.rule;

import java.util.Locale;

/** How serious a finding is. The names map one to one onto SARIF levels. */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** The lower-case name used in configuration, reports and SARIF ({@code error}, {@code warning}, {@code note}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses {@code error}, {@code warning} or {@code note} (any case); throws with the accepted values otherwise. */
    public static Severity parse(String text) {
        if (text != null) {
            for (Severity s : values()) {
                if (s.label().equalsIgnoreCase(text.trim())) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "': use error, warning or note");
    }
}
