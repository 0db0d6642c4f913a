package dev.apistatus.bench;

import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.model.ApiModel;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.Target;
import dev.apistatus.core.spec.SpecReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One rule family (every spec rule of that {@link Family}) over a model read once in setup. A family with no rule
 * yet measures nothing but the loop. {@code -p family=...} takes any {@link Family} name; {@code -p rule=ID} narrows
 * it to one rule (the family is then ignored).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class RuleFamilyBenchmark {

    @Param({"petstore-expanded.yaml", "twilio-messaging-v1.json", "box.json", "digitalocean.yaml",
            "stripe-2022-04.json", "github.json"})
    public String spec;

    @Param({"STATUS", "PROBLEM_DETAILS"})
    public String family;

    @Param({""})
    public String rule;

    private ApiModel model;
    private List<Rule> rules;

    @Setup(Level.Trial)
    public void setUp() {
        Path file = Corpus.spec(spec);
        SpecReader.Result read = new SpecReader(file.getParent(), LintConfig.DEFAULT_MAX_SPEC_BYTES).read(List.of(file));
        model = new ApiModel(read.documents());
        rules = rule.isEmpty()
                ? Rules.matching(r -> r.metadata().family() == Family.valueOf(family)
                        && r.metadata().targets().contains(Target.SPEC))
                : Rules.matching(r -> r.metadata().id().equals(rule));
        if (rules.isEmpty() && !rule.isEmpty()) {
            throw new IllegalArgumentException("no rule " + rule);
        }
    }

    @Benchmark
    public List<Finding> rules() {
        return Rules.run(rules, model);
    }
}
