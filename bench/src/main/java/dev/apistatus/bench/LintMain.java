package dev.apistatus.bench;

import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.report.Reporter;
import dev.apistatus.core.report.Reporters;
import dev.apistatus.core.rule.Severity;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the command line, for end-to-end timing until the CLI module exists: lints the specs (and Java
 * sources) given with every rule at its default, prints the report, exits 1 when there are errors.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.apistatus.bench.LintMain [options] SPEC...
 *   --sources DIR      Java source root (repeatable)
 *   --project DIR      project directory (default: the first spec's directory, else the current one)
 *   --release N        Java release of the sources (default 17)
 *   --format F         console (default), json, sarif, or none
 *   --repeat N         lint N times in this JVM (warm timings), printing the report of the last run only
 *   --timings          print to stderr: JVM start to main, each run's wall and process CPU time, and the heap used
 * </pre>
 */
public final class LintMain {

    private LintMain() {
    }

    public static void main(String[] args) throws Exception {
        long enteredMain = System.nanoTime();
        List<Path> specs = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        Path project = null;
        int release = 17;
        String format = "console";
        int repeat = 1;
        boolean timings = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sources" -> sources.add(Path.of(args[++i]));
                case "--project" -> project = Path.of(args[++i]);
                case "--release" -> release = Integer.parseInt(args[++i]);
                case "--format" -> format = args[++i];
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--timings" -> timings = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        System.err.println("unknown option " + args[i]);
                        System.exit(2);
                    }
                    specs.add(Path.of(args[i]));
                }
            }
        }
        if (specs.isEmpty() && sources.isEmpty()) {
            System.err.println("usage: LintMain [--sources DIR] [--project DIR] [--format F] [--repeat N] [--timings] SPEC...");
            System.exit(2);
        }
        if (project == null) {
            project = specs.isEmpty() ? Path.of("") : specs.get(0).toAbsolutePath().getParent();
        }
        if (timings) {
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            System.err.printf("jvm start to main: %d ms%n", uptime);
        }
        LintConfig config = new LintConfig(project.toAbsolutePath(), specs, sources, Map.of(),
                LintConfig.DEFAULT_MAX_SPEC_BYTES, release);
        LintResult result = null;
        for (int run = 1; run <= repeat; run++) {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            Engine engine = Engine.discover();
            result = engine.run(config);
            if (timings) {
                Runtime rt = Runtime.getRuntime();
                System.err.printf("run %d: %d ms, cpu %d ms (%d findings, heap used %d MiB)%n", run,
                        (System.nanoTime() - start) / 1_000_000, (processCpuNanos() - cpuStart) / 1_000_000,
                        result.findings().size(), (rt.totalMemory() - rt.freeMemory()) >> 20);
            }
        }
        long reportStart = System.nanoTime();
        if (!format.equals("none")) {
            Reporter reporter = Reporters.forFormat(format)
                    .orElseThrow(() -> new IllegalArgumentException("formats: " + Reporters.formats()));
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            reporter.write(result, out);
            out.flush();
        }
        if (timings) {
            System.err.printf("report: %d ms; main total: %d ms%n", (System.nanoTime() - reportStart) / 1_000_000,
                    (System.nanoTime() - enteredMain) / 1_000_000);
        }
        System.exit(result.count(Severity.ERROR) > 0 ? 1 : 0);
    }

    /** CPU time of the whole process (every thread: parsing threads, JIT, GC), or -1 where the JVM does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
