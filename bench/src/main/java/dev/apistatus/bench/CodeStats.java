package dev.apistatus.bench;

import com.github.javaparser.ParserConfiguration;
import dev.apistatus.core.code.CodeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * How much of a source tree the code reader parses, and how long it takes, run after run in one JVM.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.apistatus.bench.CodeStats SOURCE_ROOT [RUNS]</pre>
 */
public final class CodeStats {

    private CodeStats() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).count();
        }
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            CodeReader.Result result = CodeReader.read(root, List.of(root), ParserConfiguration.LanguageLevel.JAVA_17);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: %d ms; %d files, %d entry points, %d parsed in all, %d operations, %d problems%n",
                    run, ms, files, result.project().entryPoints().size(), result.project().parsedCount(),
                    result.operations().size(), result.problems().size());
        }
    }
}
