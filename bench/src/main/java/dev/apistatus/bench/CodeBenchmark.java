package dev.apistatus.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import dev.apistatus.core.code.CodeReader;
import dev.apistatus.core.engine.Engine;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.model.ApiModel;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.Rule;
import dev.apistatus.core.rule.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The code side over a service made by {@link GenerateService} (cached under {@link Corpus#workDir()}):
 * <ul>
 *   <li>{@code scanTexts}: list the tree, read every file and test the entry-point markers (the pre-filter);</li>
 *   <li>{@code parseAll}: JavaParser over every file, the cost a reader that skipped nothing would pay;</li>
 *   <li>{@code parseAllLean}: the same with no stored tokens, no comment attribution and no validation;</li>
 *   <li>{@code codeReader}: {@link CodeReader#read}, the model's code operations;</li>
 *   <li>{@code codeRules}: every rule that targets code, over the code operations read once in setup;</li>
 *   <li>{@code engine}: {@code Engine.run} with these sources and no spec.</li>
 * </ul>
 * The target is a 5,000-file service in at most 5 s warm, growing linearly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class CodeBenchmark {

    @Param({"1000", "5000"})
    public int files;

    @Param({"42"})
    public long seed;

    private Path projectDir;
    private Path sourceRoot;
    private ApiModel codeModel;
    private List<Rule> codeRules;
    private Engine engine;
    private LintConfig config;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        sourceRoot = GenerateService.cached(Corpus.workDir(), files, seed);
        projectDir = sourceRoot.getParent().getParent().getParent();
        if (params.getBenchmark().endsWith(".codeRules")) { // reading the code is slow: only where it is needed
            CodeReader.Result read = CodeReader.read(projectDir, List.of(sourceRoot), ParserConfiguration.LanguageLevel.JAVA_17);
            codeModel = new ApiModel(List.of(), read.operations());
            codeRules = Rules.matching(r -> r.metadata().targets().contains(Target.CODE));
        }
        engine = Engine.discover();
        config = new LintConfig(projectDir, List.of(), List.of(sourceRoot), java.util.Map.of(),
                LintConfig.DEFAULT_MAX_SPEC_BYTES, 17);
    }

    @Benchmark
    public int scanTexts() throws IOException {
        int entryPoints = 0;
        List<String> markers = CodeReader.markers();
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (markers.stream().anyMatch(text::contains)) {
                    entryPoints++;
                }
            }
        }
        return entryPoints;
    }

    @Benchmark
    public void parseAll(Blackhole bh) throws IOException {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".java"))::iterator) {
                ParseResult<CompilationUnit> unit = parser.parse(Files.readString(p, StandardCharsets.UTF_8));
                bh.consume(unit);
            }
        }
    }

    /**
     * Which of the lean parser options {@code parseAllLean} applies: {@code project} (what {@code JavaProject} uses:
     * the level's validator left out), {@code all}, or one of them alone. {@code noTokens} (and so {@code all}) loses
     * the nodes' ranges: JavaParser derives them from the tokens, so it is not an option for the reader.
     */
    @State(Scope.Benchmark)
    public static class Lean {
        @Param({"project"})
        public String lean;

        ParserConfiguration configuration() {
            if (lean.equals("project")) {
                return dev.apistatus.core.code.JavaProject.configuration(ParserConfiguration.LanguageLevel.JAVA_17);
            }
            boolean all = lean.equals("all");
            ParserConfiguration c = new ParserConfiguration().setLanguageLevel(all || lean.equals("raw")
                    ? ParserConfiguration.LanguageLevel.RAW : ParserConfiguration.LanguageLevel.JAVA_17);
            if (all || lean.equals("noTokens")) {
                c.setStoreTokens(false);
            }
            if (all || lean.equals("noComments")) {
                c.setAttributeComments(false);
            }
            return c;
        }
    }

    /**
     * {@code parseAll} with a leaner parser: the code reader's ({@code -p lean=project}, the default), no token lists
     * kept on nodes ({@code -p lean=noTokens}), no comment
     * attribution ({@code noComments}), no post-parse validation (language level RAW: {@code raw}), or all three
     * ({@code all}, the default). Node ranges (line, column) are kept. What the options save is the difference with
     * {@code parseAll}; whether RAW reads every Java 17–25 construct the readers need is to be checked with the
     * fixtures before adopting it.
     */
    @Benchmark
    public void parseAllLean(Lean options, Blackhole bh) throws IOException {
        JavaParser parser = new JavaParser(options.configuration());
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".java"))::iterator) {
                ParseResult<CompilationUnit> unit = parser.parse(Files.readString(p, StandardCharsets.UTF_8));
                bh.consume(unit);
            }
        }
    }

    @Benchmark
    public CodeReader.Result codeReader() {
        return CodeReader.read(projectDir, List.of(sourceRoot), ParserConfiguration.LanguageLevel.JAVA_17);
    }

    @Benchmark
    public List<Finding> codeRules() {
        return Rules.run(codeRules, codeModel);
    }

    @Benchmark
    public LintResult engine() {
        return engine.run(config);
    }
}
