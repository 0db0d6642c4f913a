package dev.apistatus.bench;

import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.LintResult;
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
 * {@code Engine.run} on one corpus spec with every rule at its default: what a warm JVM (the Maven plugin in a
 * long-lived Maven, a daemon) pays per lint. The target for a 13 MB spec is under 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class EngineBenchmark {

    @Param({"petstore-expanded.yaml", "twilio-messaging-v1.json", "box.json", "digitalocean.yaml",
            "stripe-2022-04.json", "github.json"})
    public String spec;

    private Engine engine;
    private LintConfig config;

    @Setup(Level.Trial)
    public void setUp() {
        Path file = Corpus.spec(spec);
        engine = Engine.discover();
        config = LintConfig.of(file.getParent(), List.of(file));
    }

    @Benchmark
    public LintResult run() {
        return engine.run(config);
    }
}
