package dev.apistatus.core.config;

import dev.apistatus.core.engine.ConfigException;
import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.FailThreshold;
import dev.apistatus.core.engine.RuleSetting;
import dev.apistatus.core.rule.RuleMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads {@code apistatus.yaml}, the project's configuration file:
 *
 * <pre>
 * failOn: warning                  # error | warning | note | none
 * include: [api/**.yaml]           # the specs to lint (default: discovery)
 * exclude: [api/vendor/**]         # files not linted; their findings are dropped
 * rules:
 *   unregistered-status-code: off  # off | note | warning | error
 *   expected-error-missing:
 *     severity: warning
 *     options: { expect: [401, 404] }
 * </pre>
 *
 * Every mistake (unknown key, rule id or option, a bad level, a key set twice, broken YAML) is a
 * {@link ConfigException} whose message starts with {@code file:line:column:}.
 */
public final class ConfigFile {

    /** The file's name, looked for in the project directory and the directories above it. */
    public static final String NAME = "apistatus.yaml";

    /** A configuration file is a few hundred bytes; anything over this is refused, not read. */
    public static final long MAX_BYTES = 1024 * 1024;

    static final Set<String> KEYS = new LinkedHashSet<>(List.of("failOn", "include", "exclude", "rules"));
    static final Set<String> RULE_KEYS = new LinkedHashSet<>(List.of("severity", "options"));

    private ConfigFile() {
    }

    /**
     * The nearest {@value #NAME}: in {@code dir}, else in its parent, and so on up to {@code top} (inclusive). When
     * {@code top} is null or not {@code dir} or one of its ancestors, only {@code dir} is looked into.
     */
    public static Optional<Path> find(Path dir, Path top) {
        Path current = dir.toAbsolutePath().normalize();
        Path stop = top == null ? current : top.toAbsolutePath().normalize();
        if (!current.startsWith(stop)) {
            stop = current;
        }
        while (current != null) {
            Path candidate = current.resolve(NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (current.equals(stop)) {
                break;
            }
            current = current.getParent();
        }
        return Optional.empty();
    }

    /**
     * Reads and checks a configuration file.
     *
     * @param file  the file
     * @param where the file as messages name it (e.g. relative to the project directory)
     * @param rules every rule and diagnostic that can be configured (ids and options are checked against them)
     * @throws ConfigException naming the file (and line) when it is missing, too large, or wrong
     */
    public static ProjectConfig read(Path file, String where, List<RuleMetadata> rules) {
        byte[] content;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(where + ": the configuration file does not exist");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException(where + ": the configuration file is larger than " + MAX_BYTES
                        + " bytes; it holds a few settings, not data");
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(where + ": cannot read the configuration file: " + e.getMessage());
        }
        return parse(content, file, where, rules);
    }

    static ProjectConfig parse(byte[] content, Path file, String where, List<RuleMetadata> rules) {
        YamlNode root = YamlNode.parse(content, where);
        if (root.isNull()) {
            return new ProjectConfig(file, null, List.of(), List.of(), Map.of());
        }
        if (root.kind() != YamlNode.Kind.MAP) {
            throw error(where, root, "the configuration must be a mapping of settings (" + String.join(", ", KEYS)
                    + "), not " + root.describe());
        }
        Map<String, RuleMetadata> known = new TreeMap<>();
        rules.forEach(m -> known.put(m.id(), m));

        FailThreshold failOn = null;
        List<String> include = List.of();
        List<String> exclude = List.of();
        Map<String, RuleSetting> settings = new LinkedHashMap<>();
        for (YamlNode.Entry entry : root.map().values()) {
            switch (entry.key()) {
                case "failOn" -> failOn = failOn(entry, where);
                case "include" -> include = strings(entry, where);
                case "exclude" -> exclude = strings(entry, where);
                case "rules" -> settings = rules(entry, where, known);
                default -> throw error(where, entry, "unknown setting '" + entry.key() + "'"
                        + Engine.suggestion(entry.key(), KEYS) + "; the settings are " + String.join(", ", KEYS));
            }
        }
        return new ProjectConfig(file, failOn, include, exclude, settings);
    }

    private static FailThreshold failOn(YamlNode.Entry entry, String where) {
        YamlNode value = entry.value();
        if (value.kind() != YamlNode.Kind.SCALAR) {
            throw error(where, entry, "failOn must be error, warning, note or none, not " + value.describe());
        }
        try {
            return FailThreshold.parse(value.text());
        } catch (IllegalArgumentException e) {
            throw error(where, value, e.getMessage());
        }
    }

    /** A list of non-blank strings; a single string is a list of one. */
    private static List<String> strings(YamlNode.Entry entry, String where) {
        YamlNode value = entry.value();
        List<YamlNode> items = switch (value.kind()) {
            case SCALAR -> List.of(value);
            case LIST -> value.list();
            default -> throw error(where, entry, entry.key() + " must be a list of file paths or globs, not "
                    + value.describe());
        };
        List<String> out = new ArrayList<>();
        for (YamlNode item : items) {
            if (item.kind() != YamlNode.Kind.SCALAR || item.text().isBlank()) {
                throw error(where, item, entry.key() + " entries must be file paths or globs, not " + item.describe());
            }
            out.add(item.text().trim());
        }
        return out;
    }

    private static Map<String, RuleSetting> rules(YamlNode.Entry entry, String where, Map<String, RuleMetadata> known) {
        YamlNode value = entry.value();
        if (value.isNull()) {
            return Map.of();
        }
        if (value.kind() != YamlNode.Kind.MAP) {
            throw error(where, entry, "rules must map rule ids to a level or to {severity, options}, not "
                    + value.describe());
        }
        Map<String, RuleSetting> settings = new TreeMap<>();
        for (YamlNode.Entry rule : value.map().values()) {
            RuleMetadata meta = known.get(rule.key());
            if (meta == null) {
                throw error(where, rule, "unknown rule '" + rule.key() + "'" + Engine.suggestion(rule.key(),
                        known.keySet()) + "; 'java -jar apistatus-cli.jar rules' or README.md lists them");
            }
            settings.put(rule.key(), setting(rule, meta, where));
        }
        return settings;
    }

    private static RuleSetting setting(YamlNode.Entry rule, RuleMetadata meta, String where) {
        YamlNode value = rule.value();
        if (value.kind() == YamlNode.Kind.SCALAR) {
            return level(value, rule.key(), where);
        }
        if (value.kind() != YamlNode.Kind.MAP) {
            throw error(where, rule, "rule " + rule.key() + " needs a level (off, note, warning, error) or"
                    + " {severity: ..., options: {...}}, not " + value.describe());
        }
        RuleSetting level = null;
        Map<String, Object> options = new TreeMap<>();
        for (YamlNode.Entry key : value.map().values()) {
            switch (key.key()) {
                case "severity" -> {
                    if (key.value().kind() != YamlNode.Kind.SCALAR) {
                        throw error(where, key, "severity of rule " + rule.key()
                                + " must be off, note, warning or error, not " + key.value().describe());
                    }
                    level = level(key.value(), rule.key(), where);
                }
                case "options" -> options = options(key, meta, where);
                default -> throw error(where, key, "unknown key '" + key.key() + "' for rule " + rule.key()
                        + Engine.suggestion(key.key(), RULE_KEYS) + ": use severity and options");
            }
        }
        if (level == null) {
            return new RuleSetting(true, null, options);
        }
        return new RuleSetting(level.enabled(), level.severity(), options);
    }

    private static RuleSetting level(YamlNode value, String rule, String where) {
        String text = value.text().trim().toLowerCase(Locale.ROOT);
        try {
            return RuleSetting.parseLevel(text);
        } catch (IllegalArgumentException e) {
            throw error(where, value, "rule " + rule + ": " + e.getMessage());
        }
    }

    private static Map<String, Object> options(YamlNode.Entry entry, RuleMetadata meta, String where) {
        YamlNode value = entry.value();
        if (value.isNull()) {
            return Map.of();
        }
        if (value.kind() != YamlNode.Kind.MAP) {
            throw error(where, entry, "options of rule " + meta.id() + " must be a mapping of option names to"
                    + " values, not " + value.describe());
        }
        Map<String, Object> options = new TreeMap<>();
        for (YamlNode.Entry option : value.map().values()) {
            if (!meta.options().contains(option.key())) {
                throw error(where, option, "unknown option '" + option.key() + "' for rule " + meta.id()
                        + (meta.options().isEmpty() ? ", which has no options"
                        : Engine.suggestion(option.key(), new TreeSet<>(meta.options())) + "; its options are "
                        + String.join(", ", meta.options())));
            }
            if (option.value().isNull()) {
                throw error(where, option, "option '" + option.key() + "' of rule " + meta.id() + " has no value");
            }
            options.put(option.key(), option.value().plain());
        }
        return options;
    }

    private static ConfigException error(String where, YamlNode.Entry at, String message) {
        return new ConfigException(where + ":" + at.line() + ":" + at.column() + ": " + message);
    }

    private static ConfigException error(String where, YamlNode at, String message) {
        return new ConfigException(where + ":" + at.line() + ":" + at.column() + ": " + message);
    }
}
