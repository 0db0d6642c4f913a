package dev.apistatus.core.project;

import dev.apistatus.core.baseline.Baseline;
import dev.apistatus.core.baseline.Fingerprinter;
import dev.apistatus.core.cache.EngineVersion;
import dev.apistatus.core.cache.LintCache;
import dev.apistatus.core.config.ConfigFile;
import dev.apistatus.core.config.ProjectConfig;
import dev.apistatus.core.engine.ConfigException;
import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.FailThreshold;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.engine.Progress;
import dev.apistatus.core.engine.RuleSetting;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A lint of one project directory as every front end (Maven plugin, command line) runs it, so they give the same
 * results and the same reports:
 *
 * <ol>
 *   <li>the configuration file ({@code apistatus.yaml}: given, or the nearest one from the project directory up
 *       to a top directory) is read and checked against the rules;</li>
 *   <li>settings are merged, later winning: built-in defaults, the file, the front end's own settings (POM
 *       parameters, user properties, command-line options); a level set by the front end keeps the file's options;</li>
 *   <li>specs are the front end's, else the file's {@code include}, else those found by name; {@code exclude}
 *       removes files from them;</li>
 *   <li>the engine runs, or, with a cache directory, its findings of an earlier run are reused when nothing they
 *       depend on changed ({@link LintCache}); findings in excluded files are dropped;</li>
 *   <li>the baseline ({@code apistatus-baseline.json} in the project directory, or the file given) hides the
 *       findings it lists, and its entries that match nothing are reported as stale.</li>
 * </ol>
 */
public final class ProjectLint {

    /** Hears what a lint wants the user to know besides its findings. */
    public interface Listener {
        void info(String message);

        void warn(String message);

        /** What only someone looking into a run wants to know (why the cache was not used); nothing by default. */
        default void debug(String message) {
        }

        /** Where the engine reports its phases; {@link Progress#NONE} by default. */
        default Progress progress() {
            return Progress.NONE;
        }
    }

    /** What to lint and how: set what the front end knows, leave the rest to the file and the defaults. */
    public static final class Request {
        private final Path projectDir;
        private Path buildDir;
        private Path configFile;
        private Path configTop;
        private List<String> specs = List.of();
        private String specsSetting = "<specs>";
        private String specsSettingLong = "<specs> / apistatus.specs";
        private List<Path> sources = List.of();
        private FailThreshold failOn;
        private Map<String, RuleSetting> rules = Map.of();
        private long maxSpecBytes = LintConfig.DEFAULT_MAX_SPEC_BYTES;
        private int javaRelease = LintConfig.DEFAULT_JAVA_RELEASE;
        private Path baselineFile;
        private Path cacheDir;

        public Request(Path projectDir) {
            this.projectDir = projectDir.toAbsolutePath().normalize();
        }

        public Path projectDir() {
            return projectDir;
        }

        /** The Java release sources are parsed with. */
        public int javaRelease() {
            return javaRelease;
        }

        /** The Java source directories that exist. */
        public List<Path> sources() {
            return sources;
        }

        /** The build directory, which spec discovery never searches (default {@code target}). */
        public Request buildDir(Path dir) {
            this.buildDir = dir;
            return this;
        }

        /** A configuration file to use instead of looking for {@code apistatus.yaml}; it must exist. */
        public Request configFile(Path file) {
            this.configFile = file;
            return this;
        }

        /** Look for {@code apistatus.yaml} from the project directory up to this one (default: the project only). */
        public Request configTop(Path dir) {
            this.configTop = dir;
            return this;
        }

        /**
         * The specs (files or globs) the front end names; empty leaves them to the file's {@code include} or to
         * discovery. {@code setting} and {@code settingLong} name where they come from in messages.
         */
        public Request specs(List<String> entries, String setting, String settingLong) {
            this.specs = entries == null ? List.of() : entries.stream()
                    .filter(e -> e != null && !e.isBlank()).map(String::trim).toList();
            this.specsSetting = setting;
            this.specsSettingLong = settingLong;
            return this;
        }

        /** Directories of Java sources (those that do not exist are ignored). */
        public Request sources(List<Path> dirs) {
            this.sources = dirs == null ? List.of() : dirs.stream().filter(Files::isDirectory).distinct().toList();
            return this;
        }

        /** The front end's failOn, or null to take the file's (else {@code error}). */
        public Request failOn(FailThreshold threshold) {
            this.failOn = threshold;
            return this;
        }

        /** The front end's rule levels (they win over the file's levels and keep its options). */
        public Request rules(Map<String, RuleSetting> settings) {
            this.rules = settings == null ? Map.of() : Map.copyOf(settings);
            return this;
        }

        public Request maxSpecBytes(long bytes) {
            this.maxSpecBytes = bytes;
            return this;
        }

        public Request javaRelease(int release) {
            this.javaRelease = release;
            return this;
        }

        /** The baseline to apply or write (default {@code apistatus-baseline.json} in the project directory). */
        public Request baselineFile(Path file) {
            this.baselineFile = file;
            return this;
        }

        /**
         * Keep the engine's findings in {@code dir}/{@value LintCache#FILE_NAME} and reuse them while nothing they
         * depend on has changed (docs/cache.md); null, the default, turns the cache off.
         */
        public Request cacheDir(Path dir) {
            this.cacheDir = dir == null ? null : dir.toAbsolutePath().normalize();
            return this;
        }

        /** The baseline file this request uses: the one given, or the default in the project directory. */
        public Path baselinePath() {
            return baselineFile != null ? baselineFile.toAbsolutePath().normalize()
                    : projectDir.resolve(Baseline.FILE_NAME);
        }
    }

    /**
     * What a lint found.
     *
     * @param projectDir the project linted; paths in findings are relative to it
     * @param result     the findings to report: after exclusions and the baseline
     * @param failOn     the least severity that fails the run
     * @param specs      the spec files linted
     * @param configFile the configuration file read, or null
     * @param baseline   the baseline file applied, or null when there was none
     * @param hidden     the findings the baseline hid
     * @param stale      baseline entries that matched no finding
     * @param excluded   findings dropped because their file is excluded
     */
    public record Outcome(Path projectDir, LintResult result, FailThreshold failOn, List<Path> specs, Path configFile,
                          Path baseline, List<Finding> hidden, List<Baseline.Entry> stale, int excluded) {

        public Outcome {
            specs = List.copyOf(specs);
            hidden = List.copyOf(hidden);
            stale = List.copyOf(stale);
        }

        /** The findings that fail the run. */
        public List<Finding> failures() {
            return result.failures(failOn);
        }

        /** The spec files, relative to the project directory, {@code /}-separated. */
        public List<String> specPaths() {
            return specs.stream().map(p -> relative(projectDir, p)).toList();
        }
    }

    private final Engine engine;
    private final Listener listener;
    private final Supplier<String> engineVersion;

    public ProjectLint(Engine engine, Listener listener) {
        this(engine, listener, () -> EngineVersion.of(engine));
    }

    /** With the engine's version given (tests play at upgrading the engine). */
    ProjectLint(Engine engine, Listener listener, Supplier<String> engineVersion) {
        this.engine = Objects.requireNonNull(engine);
        this.listener = Objects.requireNonNull(listener);
        this.engineVersion = Objects.requireNonNull(engineVersion);
    }

    /**
     * Lints the project and applies its baseline.
     *
     * @throws ConfigException when the configuration file, a rule setting or the baseline is wrong (the message
     *                         names the file and line, or the setting)
     * @throws SpecFinder.MissingSpecException when a spec named explicitly does not exist
     */
    public Outcome lint(Request request) throws SpecFinder.MissingSpecException {
        return run(request, true);
    }

    /** Lints the project without applying a baseline (the findings a new baseline accepts). */
    public Outcome lintAll(Request request) throws SpecFinder.MissingSpecException {
        return run(request, false);
    }

    /**
     * Lints the project and writes every finding into the baseline file.
     *
     * @return the outcome, whose findings are those now in the baseline
     */
    public Outcome writeBaseline(Request request) throws SpecFinder.MissingSpecException, IOException {
        Outcome outcome = run(request, false);
        Path file = request.baselinePath();
        Baseline.of(outcome.result().findings(), new Fingerprinter(request.projectDir, request.javaRelease)).write(file);
        return outcome;
    }

    private Outcome run(Request request, boolean applyBaseline) throws SpecFinder.MissingSpecException {
        Path projectDir = request.projectDir;
        ProjectConfig config = config(request);

        FailThreshold failOn = request.failOn != null ? request.failOn
                : config.failOn() != null ? config.failOn() : FailThreshold.ERROR;
        Map<String, RuleSetting> rules = mergeRules(config.rules(), request.rules);
        Globs exclude;
        try {
            exclude = new Globs(config.exclude());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(display(projectDir, config.file()) + ": exclude: " + e.getMessage());
        }

        SpecFinder finder;
        List<String> entries;
        Path buildDir = request.buildDir != null ? request.buildDir : projectDir.resolve("target");
        if (!request.specs.isEmpty() || config.include().isEmpty()) {
            entries = request.specs;
            finder = new SpecFinder(projectDir, buildDir, request.maxSpecBytes, listener::warn, listener::info,
                    request.specsSetting, request.specsSettingLong);
        } else {
            entries = config.include();
            String where = "include in " + display(projectDir, config.file());
            finder = new SpecFinder(projectDir, buildDir, request.maxSpecBytes, listener::warn, listener::info,
                    where, where);
        }
        List<Path> specs = new ArrayList<>();
        for (Path spec : finder.find(entries)) {
            if (exclude.matches(relative(projectDir, spec))) {
                listener.info("apistatus: excluded " + relative(projectDir, spec) + " (exclude in "
                        + display(projectDir, config.file()) + ")");
            } else {
                specs.add(spec);
            }
        }

        LintConfig lintConfig = new LintConfig(projectDir, specs, request.sources, rules, request.maxSpecBytes,
                request.javaRelease);
        Run run = runEngine(request, lintConfig);
        try {
            return outcome(request, applyBaseline, config, failOn, exclude, specs, run);
        } finally {
            if (run.cache() != null) {
                run.cache().write(run.lookup()); // also when the baseline is wrong: the findings still hold
            }
        }
    }

    private Outcome outcome(Request request, boolean applyBaseline, ProjectConfig config, FailThreshold failOn,
                            Globs exclude, List<Path> specs, Run run) {
        Path projectDir = request.projectDir;
        LintResult result = run.result();

        List<Finding> findings = result.findings();
        int excluded = 0;
        if (!exclude.isEmpty()) {
            List<Finding> kept = findings.stream().filter(f -> !exclude.matches(f.location().file())).toList();
            excluded = findings.size() - kept.size();
            findings = kept;
        }

        Path baselineFile = null;
        List<Finding> hidden = List.of();
        List<Baseline.Entry> stale = List.of();
        if (applyBaseline) {
            Path file = request.baselinePath();
            if (Files.isRegularFile(file)) {
                Baseline.Applied applied = applyBaseline(file, findings, request, config.exclude(), run);
                baselineFile = file;
                findings = applied.kept();
                hidden = applied.hidden();
                stale = applied.stale();
            } else if (request.baselineFile != null) {
                listener.warn("apistatus: no baseline at " + display(projectDir, file)
                        + "; write one with the baseline goal (or apistatus-cli baseline)");
            }
        }
        LintResult reported = new LintResult(findings, result.rules(), result.specsRead());
        return new Outcome(projectDir, reported, failOn, specs, config.file(), baselineFile, hidden, stale, excluded);
    }

    /** The engine's findings, and the cache they came from or go to (null without one). */
    private record Run(LintResult result, LintCache cache, LintCache.Lookup lookup) {
    }

    /**
     * The engine's findings for the configuration: from the cache when one is set and nothing they depend on changed,
     * else from a run (recorded for the cache). Exclusions, the baseline and the reports apply after, to either.
     */
    private Run runEngine(Request request, LintConfig lintConfig) {
        if (request.cacheDir == null) {
            return new Run(engine.run(lintConfig, listener.progress()), null, null);
        }
        LintCache cache;
        LintCache.Lookup lookup;
        try {
            cache = new LintCache(request.cacheDir, engineVersion.get(), engine.metadata(), listener::debug);
            lookup = cache.lookup(lintConfig);
        } catch (RuntimeException e) { // the cache never fails a run
            listener.debug("apistatus: cache not used (" + e + ")");
            return new Run(engine.run(lintConfig, listener.progress()), null, null);
        }
        if (lookup.hit() != null) {
            listener.info("apistatus: nothing changed since the last run: findings from "
                    + display(request.projectDir, cache.file()));
            return new Run(lookup.hit(), cache, lookup);
        }
        long started = System.currentTimeMillis();
        Set<Path> read = new TreeSet<>();
        LintResult result = engine.run(lintConfig, listener.progress(), read::add);
        cache.recordRun(lookup, result, read, started);
        return new Run(result, cache, lookup);
    }

    /**
     * What the baseline does to the findings: remembered in the cache with the baseline's content, the exclusions and
     * the Java release as key, because applying it reads (and for Java parses) the files that hold findings.
     */
    private Baseline.Applied applyBaseline(Path file, List<Finding> findings, Request request, List<String> excludes,
                                           Run run) {
        String key = null;
        if (run.cache() != null) {
            try {
                key = LintCache.baselineKey(file, request.javaRelease, excludes);
                Baseline.Applied cached = run.cache().baseline(run.lookup(), key, findings);
                if (cached != null) {
                    return cached;
                }
            } catch (IOException | RuntimeException e) {
                key = null; // the baseline is read below, and its problem reported there
            }
        }
        listener.progress().phase("applying the baseline");
        Baseline.Applied applied = Baseline.read(file, display(request.projectDir, file))
                .apply(findings, new Fingerprinter(request.projectDir, request.javaRelease));
        try {
            if (key != null && key.equals(LintCache.baselineKey(file, request.javaRelease, excludes))) {
                run.cache().rememberBaseline(run.lookup(), key, findings, applied); // unless it changed meanwhile
            }
        } catch (IOException | RuntimeException e) {
            // not remembered
        }
        return applied;
    }

    private ProjectConfig config(Request request) {
        Path file = request.configFile != null ? request.configFile.toAbsolutePath().normalize()
                : ConfigFile.find(request.projectDir, request.configTop).orElse(null);
        if (file == null) {
            return ProjectConfig.NONE;
        }
        ProjectConfig config = ConfigFile.read(file, display(request.projectDir, file), engine.metadata());
        listener.info("apistatus: configuration from " + display(request.projectDir, file));
        return config;
    }

    /** The file's settings, then the front end's: a front-end level replaces the file's level and keeps its options. */
    static Map<String, RuleSetting> mergeRules(Map<String, RuleSetting> fromFile, Map<String, RuleSetting> fromFrontEnd) {
        Map<String, RuleSetting> merged = new TreeMap<>(fromFile);
        fromFrontEnd.forEach((id, setting) -> {
            RuleSetting base = merged.get(id);
            merged.put(id, base == null || !setting.options().isEmpty() ? setting
                    : new RuleSetting(setting.enabled(), setting.severity(), base.options()));
        });
        return merged;
    }

    /**
     * The outcomes of several projects (modules of one build) as one result, paths relative to {@code root}: findings
     * of {@code services/orders} in {@code src/main/resources/openapi.yaml} become
     * {@code services/orders/src/main/resources/openapi.yaml}. Rules are those of any module, spec counts add up.
     */
    public static LintResult merge(Path root, List<Outcome> outcomes) {
        Path top = root.toAbsolutePath().normalize();
        List<Finding> findings = new ArrayList<>();
        Map<String, dev.apistatus.core.rule.RuleMetadata> rules = new TreeMap<>();
        int specs = 0;
        for (Outcome outcome : outcomes) {
            String prefix = relative(top, outcome.projectDir());
            for (Finding f : outcome.result().findings()) {
                findings.add(new Finding(f.ruleId(), f.severity(), f.message(), move(prefix, f.location()),
                        f.related().stream().map(l -> move(prefix, l)).toList()));
            }
            outcome.result().rules().forEach(r -> rules.putIfAbsent(r.id(), r));
            specs += outcome.result().specsRead();
        }
        return new LintResult(findings.stream().distinct().sorted().toList(), new ArrayList<>(rules.values()), specs);
    }

    private static SourceLocation move(String prefix, SourceLocation location) {
        if (prefix.isEmpty()) {
            return location;
        }
        return new SourceLocation(prefix + "/" + location.file(), location.line(), location.column(), location.pointer());
    }

    /** A path relative to {@code dir} with {@code /} separators ({@code ""} for the directory itself). */
    public static String relative(Path dir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = dir.toAbsolutePath().normalize();
        try {
            return base.relativize(abs).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return abs.toString().replace('\\', '/'); // another drive or file system
        }
    }

    /**
     * A file as messages name it, {@code /}-separated: relative to the project directory when it is inside it or at
     * most two levels above ({@code ../../apistatus.yaml}), else absolute.
     */
    public static String display(Path projectDir, Path file) {
        if (file == null) {
            return "";
        }
        String relative = relative(projectDir, file);
        return relative.startsWith("../../../") || relative.equals("../../..")
                ? file.toAbsolutePath().normalize().toString().replace('\\', '/') : relative;
    }
}
