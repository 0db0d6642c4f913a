package dev.apistatus.bench;

import dev.apistatus.core.model.ApiModel;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.RuleContext;
import dev.apistatus.core.rule.RuleOptions;
import dev.apistatus.core.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Predicate;

/** The rules on the class path, and a way to run some of them over a model as the engine does. */
public final class Rules {

    private Rules() {
    }

    /** Every rule found through ServiceLoader, sorted by id. */
    public static List<Rule> all() {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, Rule.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparing(r -> r.metadata().id()));
        return found;
    }

    public static List<Rule> matching(Predicate<Rule> filter) {
        return all().stream().filter(filter).toList();
    }

    /** Runs the rules with their default severities and no options; returns every finding, unsorted. */
    public static List<Finding> run(List<Rule> rules, ApiModel model) {
        List<Finding> sink = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(new Context(model, rule.metadata().id(), rule.metadata().defaultSeverity(), sink));
        }
        return sink;
    }

    private record Context(ApiModel model, String ruleId, Severity severity, List<Finding> sink) implements RuleContext {

        @Override
        public RuleOptions options() {
            return RuleOptions.NONE;
        }

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
