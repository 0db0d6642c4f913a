package dev.apistatus.core.testing;

import dev.apistatus.core.spec.SpecReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures time and peak heap of reading hostile inputs (not a test: run by hand, numbers go to docs/limits.md).
 * {@code java -cp ... dev.apistatus.core.testing.MeasureHostile [case ...]}
 */
public final class MeasureHostile {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("apistatus-measure");
        List<String> cases = args.length == 0 ? List.of("small", "laughs", "deep-json", "deep-yaml", "deep-block",
                "deep-schema", "long-key-json", "long-key-yaml", "big-spec-13m", "big-spec-30m", "big-spec-50m",
                "big-string-50m") : List.of(args);
        long maxBytes = Long.getLong("maxSpecBytes", dev.apistatus.core.engine.LintConfig.DEFAULT_MAX_SPEC_BYTES);
        for (String c : cases) {
            byte[] content = switch (c) {
                case "small" -> HostileInputs.bigSpec(10_000);
                case "laughs" -> HostileInputs.billionLaughs(9, 9).getBytes(StandardCharsets.UTF_8);
                case "deep-json" -> HostileInputs.deepJson(10_000).getBytes(StandardCharsets.UTF_8);
                case "deep-yaml" -> HostileInputs.deepYamlFlow(10_000).getBytes(StandardCharsets.UTF_8);
                case "deep-block" -> HostileInputs.deepYamlBlock(2_000).getBytes(StandardCharsets.UTF_8);
                case "deep-schema" -> HostileInputs.deepSchema(240).getBytes(StandardCharsets.UTF_8);
                case "long-key-json" -> HostileInputs.longKeyJson(1 << 20).getBytes(StandardCharsets.UTF_8);
                case "long-key-yaml" -> HostileInputs.longKeyYaml(1 << 20).getBytes(StandardCharsets.UTF_8);
                case "big-spec-13m" -> HostileInputs.bigSpec(13L << 20);
                case "big-spec-30m" -> HostileInputs.bigSpec(30L << 20);
                case "big-spec-50m" -> HostileInputs.bigSpec(50L << 20);
                case "big-string-50m" -> HostileInputs.bigString(50L << 20);
                default -> throw new IllegalArgumentException(c);
            };
            Path file = dir.resolve(c + (c.contains("json") ? ".json" : ".yaml"));
            Files.write(file, content);
            content = null;
            for (int round = 0; round < 2; round++) {
                System.gc();
                List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
                pools.forEach(MemoryPoolMXBean::resetPeakUsage);
                long base = pools.stream().filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getUsage().getUsed()).sum();
                long start = System.nanoTime();
                SpecReader.Result r = new SpecReader(dir, maxBytes).read(List.of(file));
                long ms = (System.nanoTime() - start) / 1_000_000;
                long peak = pools.stream().filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                String problem = r.problems().isEmpty() ? "" : r.problems().get(0).location() + " " + r.problems().get(0).message();
                System.out.printf("%-16s %9d bytes  round %d  %6d ms  peak heap +%5d MB  docs=%d ops=%d  %s%n", c, Files.size(file),
                        round, ms, (peak - base) >> 20, r.documents().size(),
                        r.documents().isEmpty() ? 0 : r.documents().get(0).operations().size(),
                        problem.length() > 110 ? problem.substring(0, 110) + "..." : problem);
            }
            Files.delete(file);
        }
    }
}
