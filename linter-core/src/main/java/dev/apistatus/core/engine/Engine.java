package dev.apistatus.core.engine;

import com.github.javaparser.ParserConfiguration;
import dev.apistatus.core.code.CodeReader;
import dev.apistatus.core.model.ApiModel;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.model.SpecDocument;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleMetadata;
import dev.apistatus.core.rule.RuleOptions;
import dev.apistatus.core.rule.Severity;
import dev.apistatus.core.spec.InputProblem;
import dev.apistatus.core.spec.JsonPointers;
import dev.apistatus.core.spec.SpecReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/** Reads the inputs once, runs every enabled rule over the model, applies suppressions, and sorts the findings. */
public final class Engine {

    private final List<Rule> rules;

    public Engine(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.metadata().id()));
        this.rules = List.copyOf(sorted);
        Set<String> ids = new HashSet<>();
        for (RuleMetadata m : metadata()) {
            if (!ids.add(m.id())) {
                throw new IllegalStateException("two rules share the id " + m.id());
            }
        }
    }

    /** The rules on apistatus's class path, found through {@link ServiceLoader}. */
    public static Engine discover() {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, Rule.class.getClassLoader()).forEach(found::add);
        return new Engine(found);
    }

    /** Every rule and diagnostic this engine can report, sorted by id. */
    public List<RuleMetadata> metadata() {
        List<RuleMetadata> all = new ArrayList<>(Diagnostics.ALL);
        rules.forEach(r -> all.add(r.metadata()));
        all.sort(Comparator.comparing(RuleMetadata::id));
        return all;
    }

    /** The classes of the rules, sorted by rule id (the lint cache fingerprints the code that produces findings). */
    public List<Class<?>> ruleClasses() {
        return rules.stream().<Class<?>>map(Object::getClass).toList();
    }

    /** @throws ConfigException when the configuration names an unknown rule */
    public LintResult run(LintConfig config) {
        return run(config, Progress.NONE);
    }

    /**
     * Runs as {@link #run(LintConfig)} does, telling {@code progress} what it is doing (files read, rules run).
     *
     * @throws ConfigException when the configuration names an unknown rule
     */
    public LintResult run(LintConfig config, Progress progress) {
        return run(config, progress, file -> { });
    }

    /**
     * Runs as {@link #run(LintConfig, Progress)} does and tells {@code specFilesRead} every local spec file the run
     * read or tried to read (the specs and the files their {@code $ref}s reach), for the lint cache.
     *
     * @throws ConfigException when the configuration names an unknown rule
     */
    public LintResult run(LintConfig config, Progress progress, java.util.function.Consumer<Path> specFilesRead) {
        Map<String, RuleMetadata> known = new TreeMap<>();
        metadata().forEach(m -> known.put(m.id(), m));
        for (String id : new java.util.TreeSet<>(config.rules().keySet())) {
            if (!known.containsKey(id)) {
                throw new ConfigException("unknown rule '" + id + "'" + suggestion(id, known.keySet())
                        + "; the rules are: " + String.join(", ", known.keySet()));
            }
        }

        progress.phase("reading " + config.specs().size() + " spec file" + (config.specs().size() == 1 ? "" : "s"));
        SpecReader.Result read = new SpecReader(config.projectDir(), config.maxSpecBytes(), config.readLimits(),
                config.allowRemoteRefs()).read(config.specs());
        read.files().forEach(specFilesRead);
        if (!config.sources().isEmpty()) {
            progress.phase("reading Java sources");
        }
        CodeReader.Result code = config.sources().isEmpty() ? null
                : CodeReader.read(config.projectDir(), config.sources(), languageLevel(config.javaRelease()));
        ApiModel model = new ApiModel(read.documents(), code == null ? List.of() : code.operations(),
                code == null ? List.of() : code.errorMappings(), code == null ? null : code.service(),
                code == null ? List.of() : code.retries());

        List<Finding> findings = new ArrayList<>();
        Set<String> ran = new HashSet<>();
        Severity unreadable = severity(Diagnostics.SPEC_UNREADABLE, config);
        if (unreadable != null) {
            ran.add(Diagnostics.SPEC_UNREADABLE.id());
            for (InputProblem p : read.problems()) {
                findings.add(new Finding(Diagnostics.SPEC_UNREADABLE.id(), unreadable, p.message(), p.location(), List.of()));
            }
        }
        Severity unparsable = severity(Diagnostics.SOURCE_UNPARSABLE, config);
        if (code != null && unparsable != null) {
            ran.add(Diagnostics.SOURCE_UNPARSABLE.id());
            for (InputProblem p : code.problems()) {
                findings.add(new Finding(Diagnostics.SOURCE_UNPARSABLE.id(), unparsable, p.message(), p.location(), List.of()));
            }
        }
        int done = 0;
        for (Rule rule : rules) {
            RuleMetadata meta = rule.metadata();
            progress.phase("running rules (" + ++done + "/" + rules.size() + "): " + meta.id());
            Severity severity = severity(meta, config);
            if (severity == null) {
                continue;
            }
            ran.add(meta.id());
            RuleSetting setting = config.rules().get(meta.id());
            RuleOptions options = setting == null ? RuleOptions.NONE : new RuleOptions(setting.options());
            List<Finding> own = new ArrayList<>();
            try {
                rule.check(new Context(model, options, meta.id(), severity, own));
                findings.addAll(own);
            } catch (ConfigException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                // one broken rule must not hide the others' findings; its own are dropped as incomplete
                findings.add(new Finding(meta.id(), Severity.NOTE, "apistatus internal error in this rule ("
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                        + "): its findings are missing from this run. Please report it.", SourceLocation.ofFile("."), List.of()));
            }
        }

        findings = applySuppressions(findings, read.documents(), ran, known.keySet(), config);
        if (code != null) {
            findings = CodeSuppressions.apply(findings, code.project(), ran, known.keySet(), severity(Diagnostics.SUPPRESSION_UNUSED, config));
        }
        List<Finding> sorted = findings.stream().distinct().sorted().toList();
        List<RuleMetadata> reported = known.values().stream().filter(m -> ran.contains(m.id())).toList();
        return new LintResult(sorted, reported, read.documents().size());
    }

    /** JavaParser's level for a release: 17 to 25 are read as themselves, anything else as 25. */
    static ParserConfiguration.LanguageLevel languageLevel(int release) {
        try {
            return release >= 17 && release <= 25 ? ParserConfiguration.LanguageLevel.valueOf("JAVA_" + release)
                    : ParserConfiguration.LanguageLevel.JAVA_25;
        } catch (IllegalArgumentException e) {
            return ParserConfiguration.LanguageLevel.JAVA_25;
        }
    }

    /** The configured severity, or null when the rule is off. */
    static Severity severity(RuleMetadata meta, LintConfig config) {
        RuleSetting setting = config.rules().get(meta.id());
        if (setting == null) {
            return meta.defaultSeverity();
        }
        if (!setting.enabled()) {
            return null;
        }
        return setting.severity() == null ? meta.defaultSeverity() : setting.severity();
    }

    /**
     * Drops findings under an {@code x-apistatus-ignore} that names their rule, and reports each entry that
     * dropped nothing (for rules that ran), so stale suppressions get cleaned up.
     */
    private static List<Finding> applySuppressions(List<Finding> findings, List<SpecDocument> documents,
                                                   Set<String> ran, Set<String> known, LintConfig config) {
        Map<String, SpecDocument.Suppression> all = new LinkedHashMap<>();
        documents.forEach(d -> all.putAll(d.suppressions()));
        if (all.isEmpty()) {
            return findings;
        }
        Set<String> used = new HashSet<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            String hit = null;
            String pointer = f.location().pointer();
            if (pointer != null) {
                for (Map.Entry<String, SpecDocument.Suppression> e : all.entrySet()) {
                    String key = e.getKey();
                    int hash = key.indexOf('#');
                    if (key.substring(0, hash).equals(f.location().file())
                            && JsonPointers.isAtOrUnder(pointer, key.substring(hash + 1))
                            && e.getValue().ruleIds().contains(f.ruleId())) {
                        hit = key + "|" + f.ruleId();
                        break;
                    }
                }
            }
            if (hit == null) {
                kept.add(f);
            } else {
                used.add(hit);
            }
        }
        Severity unused = severity(Diagnostics.SUPPRESSION_UNUSED, config);
        if (unused != null) {
            ran.add(Diagnostics.SUPPRESSION_UNUSED.id());
            for (Map.Entry<String, SpecDocument.Suppression> e : all.entrySet()) {
                SourceLocation at = e.getValue().location();
                for (String id : e.getValue().ruleIds()) {
                    if (!known.contains(id)) {
                        kept.add(new Finding(Diagnostics.SUPPRESSION_UNUSED.id(), unused, "x-apistatus-ignore names '" + id
                                + "', which is not a rule" + suggestion(id, known) + ": fix or remove it", at, List.of()));
                    } else if (ran.contains(id) && !used.contains(e.getKey() + "|" + id)) {
                        kept.add(new Finding(Diagnostics.SUPPRESSION_UNUSED.id(), unused, "x-apistatus-ignore of '" + id
                                + "' suppresses nothing here: remove it", at, List.of()));
                    }
                }
            }
        }
        return kept;
    }

    /** ", did you mean 'x'?" for the closest known id, when one is close. */
    public static String suggestion(String id, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(id, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(2, id.length() / 4) ? " (did you mean '" + best + "'?)" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private record Context(ApiModel model, RuleOptions options, String ruleId, Severity severity,
                           List<Finding> sink) implements RuleContext {

        @Override
        public void report(SourceLocation location, String message) {
            report(location, message, List.of());
        }

        @Override
        public void report(SourceLocation location, String message, List<SourceLocation> related) {
            sink.add(new Finding(ruleId, severity, message, location, related));
        }
    }
}
