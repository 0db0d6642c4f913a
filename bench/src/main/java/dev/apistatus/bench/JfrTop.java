package dev.apistatus.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the execution samples of a JFR recording: the methods where samples land (self), the methods on the
 * stack (inclusive, each counted once per sample), and the same inclusive view grouped by package prefix.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.apistatus.bench.JfrTop RECORDING.jfr [TOP] [FILTER]</pre>
 *
 * FILTER keeps only samples with a frame whose method name contains it (e.g. {@code Engine.run}).
 */
public final class JfrTop {

    private JfrTop() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String filter = args.length > 2 ? args[2] : null;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> apistatus = new HashMap<>();
        int samples = 0;
        long gcNanos = 0;
        long compileNanos = 0;
        int gcs = 0;
        int compilations = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gcNanos += e.getDuration().toNanos();
                gcs++;
                continue;
            }
            if (type.equals("jdk.Compilation")) {
                compileNanos += e.getDuration().toNanos();
                compilations++;
                continue;
            }
            if (!type.equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (RecordedFrame f : stack.getFrames()) {
                RecordedMethod m = f.getMethod();
                names.add(m.getType().getName() + "." + m.getName());
            }
            if (filter != null && names.stream().noneMatch(n -> n.contains(filter))) {
                continue;
            }
            samples++;
            self.merge(names.get(0), 1, Integer::sum);
            Set<String> seen = new HashSet<>(names);
            seen.forEach(n -> inclusive.merge(n, 1, Integer::sum));
            // the innermost apistatus frame: which of our methods the time is spent under
            for (String n : names) {
                if (n.startsWith("dev.apistatus.core") || n.startsWith("dev.apistatus.rules")) {
                    apistatus.merge(n, 1, Integer::sum);
                    break;
                }
            }
        }
        System.out.printf("%d samples%s; %d GCs, %d ms of GC pauses; %d JIT compilations (recorded), %d ms%n", samples,
                filter == null ? "" : " under " + filter, gcs, gcNanos / 1_000_000, compilations, compileNanos / 1_000_000);
        print("self (top frame)", self, samples, top);
        print("inclusive (on the stack)", inclusive, samples, top);
        print("innermost apistatus frame", apistatus, samples, top);
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println();
        System.out.println("== " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(en -> System.out.printf("%6.1f%%  %6d  %s%n", 100.0 * en.getValue() / Math.max(1, samples),
                        en.getValue(), en.getKey()));
    }
}
