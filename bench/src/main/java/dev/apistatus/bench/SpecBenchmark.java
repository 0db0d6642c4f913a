package dev.apistatus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.apistatus.core.engine.LintConfig;
import dev.apistatus.core.spec.LocatedTree;
import dev.apistatus.core.spec.LocatedTreeReader;
import dev.apistatus.core.spec.SpecReader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.io.IOException;
import java.nio.file.Files;
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
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Spec loading, phase by phase, on each corpus spec (bytes already in memory except for {@code specReader}):
 * <ul>
 *   <li>{@code jacksonTree}: Jackson's own {@code readTree}, the floor for any tree-building parse;</li>
 *   <li>{@code locatedTree}: {@link LocatedTreeReader}, the same parse plus the location index;</li>
 *   <li>{@code deserialize}: swagger-parser's plain {@code OpenAPIDeserializer.deserialize} over the whole tree
 *       (resolve off): the reference for what SpecReader avoids (it hands swagger-parser the tree without examples
 *       and extensions, through {@code parseRoot}, so this is more than SpecReader pays for the same step);</li>
 *   <li>{@code specReader}: the whole {@link SpecReader} (file, tree, deserializer, ModelBuilder): the honest total.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SpecBenchmark {

    @Param({"petstore-expanded.yaml", "twilio-messaging-v1.json", "box.json", "digitalocean.yaml",
            "stripe-2022-04.json", "github.json"})
    public String spec;

    private Path file;
    private byte[] bytes;
    private boolean json;
    private LocatedTreeReader treeReader;
    private ObjectMapper mapper;
    private JsonNode tree;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Corpus.spec(spec);
        bytes = Files.readAllBytes(file);
        json = spec.endsWith(".json");
        treeReader = new LocatedTreeReader(LintConfig.DEFAULT_MAX_SPEC_BYTES);
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(Integer.MAX_VALUE);
        mapper = json ? new ObjectMapper() : new ObjectMapper(YAMLFactory.builder().loaderOptions(loader).build());
        tree = treeReader.read(bytes, json).root();
    }

    @Benchmark
    public JsonNode jacksonTree() throws IOException {
        return mapper.readTree(bytes);
    }

    @Benchmark
    public LocatedTree locatedTree() {
        return treeReader.read(bytes, json);
    }

    @Benchmark
    public OpenAPI deserialize() {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return new OpenAPIDeserializer().deserialize(tree, spec, options).getOpenAPI();
    }

    @Benchmark
    public SpecReader.Result specReader() {
        return new SpecReader(file.getParent(), LintConfig.DEFAULT_MAX_SPEC_BYTES).read(List.of(file));
    }
}
