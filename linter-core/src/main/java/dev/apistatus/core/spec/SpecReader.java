package dev.apistatus.core.spec;

import dev.apistatus.core.model.SpecDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads OpenAPI 2.0, 3.0 and 3.1 documents (YAML or JSON) into the ApiModel's {@link SpecDocument}s.
 * Each file is read and parsed once; what cannot be read becomes an {@link InputProblem} and the rest goes on.
 */
public final class SpecReader {

    private final Path projectDir;
    private final long maxBytes;

    public SpecReader(Path projectDir, long maxBytes) {
        this.projectDir = projectDir;
        this.maxBytes = maxBytes;
    }

    /** What the reader produced: the documents it could read and the problems it met. */
    public record Result(List<SpecDocument> documents, List<InputProblem> problems) {
        public Result {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    public Result read(List<Path> files) {
        List<InputProblem> problems = new ArrayList<>();
        DocumentStore store = new DocumentStore(projectDir, maxBytes, problems);
        ModelBuilder builder = new ModelBuilder(store, problems);
        List<SpecDocument> documents = new ArrayList<>();
        for (Path file : files) {
            LoadedDocument doc = store.loadSpec(file);
            if (doc != null) {
                documents.add(builder.build(doc));
            }
        }
        return new Result(documents, problems);
    }
}
