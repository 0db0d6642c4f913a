package dev.apistatus.core.config;

import dev.apistatus.core.engine.FailThreshold;
import dev.apistatus.core.engine.RuleSetting;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a configuration file ({@code apistatus.yaml}) sets. Anything it leaves out is null or empty, so the front
 * ends can tell "not set" from a value and apply their precedence: built-in default, then this file, then the
 * build's own configuration (the POM, command-line options).
 *
 * @param file    the file read, or null for {@link #NONE}
 * @param failOn  the least severity that fails the run, or null when not set
 * @param include spec files or globs to lint, relative to the project directory (empty: not set)
 * @param exclude globs of files (relative to the project directory) that are not linted and whose findings are dropped
 * @param rules   per-rule settings by rule id: level and options
 */
public record ProjectConfig(Path file, FailThreshold failOn, List<String> include, List<String> exclude,
                            Map<String, RuleSetting> rules) {

    /** No configuration file. */
    public static final ProjectConfig NONE = new ProjectConfig(null, null, List.of(), List.of(), Map.of());

    public ProjectConfig {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        rules = Map.copyOf(rules);
    }
}
