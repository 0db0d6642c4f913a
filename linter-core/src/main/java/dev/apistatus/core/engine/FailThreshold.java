package dev.apistatus.core.engine;

import dev.apistatus.core.rule.Severity;
import java.util.Locale;

/** The least severity that fails the build: {@code error}, {@code warning}, {@code note}, or {@code none}. */
public enum FailThreshold {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), NOTE(Severity.NOTE), NONE(null);

    private final Severity least;

    FailThreshold(Severity least) {
        this.least = least;
    }

    public boolean fails(Severity severity) {
        return least != null && severity.atLeast(least);
    }

    public static FailThreshold parse(String text) {
        if (text != null) {
            for (FailThreshold t : values()) {
                if (t.name().equalsIgnoreCase(text.trim())) {
                    return t;
                }
            }
        }
        throw new IllegalArgumentException("unknown failOn '" + text + "': use error, warning, note or none");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
