package dev.apistatus.core.spec;

import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.model.SpecDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads OpenAPI 2.0, 3.0 and 3.1 documents (YAML or JSON) into the ApiModel's {@link SpecDocument}s.
 * Each file is read and parsed once; what cannot be read becomes an {@link InputProblem} and the rest goes on.
 * Reading is bounded by {@link ReadLimits} and the file size limit; remote references are fetched only when
 * allowed.
 */
public final class SpecReader {

    /** Starts the message of a problem that is apistatus's own fault, not the input's (the fuzz tests look for it). */
    public static final String INTERNAL_ERROR = "apistatus could not read this file (an internal error: please report it)";

    private final Path projectDir;
    private final long maxBytes;
    private final ReadLimits limits;
    private final boolean allowRemoteRefs;

    public SpecReader(Path projectDir, long maxBytes) {
        this(projectDir, maxBytes, ReadLimits.DEFAULT, false);
    }

    /**
     * @param allowRemoteRefs fetch {@code http:} and {@code https:} references (bounded by the limits); when false,
     *                        such references are reported and the network is never reached
     */
    public SpecReader(Path projectDir, long maxBytes, ReadLimits limits, boolean allowRemoteRefs) {
        this.projectDir = projectDir;
        this.maxBytes = maxBytes;
        this.limits = limits;
        this.allowRemoteRefs = allowRemoteRefs;
    }

    /**
     * What the reader produced: the documents it could read, the problems it met, and every local file it read or
     * tried to read (the specs and the files their {@code $ref}s reach; normalised absolute paths, sorted).
     */
    public record Result(List<SpecDocument> documents, List<InputProblem> problems, List<Path> files) {
        public Result {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
            files = files == null ? List.of() : files.stream().sorted().toList();
        }

        public Result(List<SpecDocument> documents, List<InputProblem> problems) {
            this(documents, problems, List.of());
        }
    }

    public Result read(List<Path> files) {
        List<InputProblem> problems = new ArrayList<>();
        DocumentStore store = new DocumentStore(projectDir, maxBytes, limits, allowRemoteRefs, problems);
        ModelBuilder builder = new ModelBuilder(store, problems);
        List<SpecDocument> documents = new ArrayList<>();
        for (Path file : files) {
            // A last line of defence: whatever a document does to the reader, the others are still read.
            int before = problems.size();
            try {
                LoadedDocument doc = store.loadSpec(file);
                if (doc != null) {
                    documents.add(builder.build(doc));
                }
            } catch (RuntimeException | StackOverflowError e) {
                problems.subList(before, problems.size()).clear();
                problems.add(new InputProblem(SourceLocation.ofFile(store.relative(file)), INTERNAL_ERROR + ": "
                        + e.getClass().getSimpleName() + " " + Texts.quote(String.valueOf(e.getMessage()))));
            } catch (OutOfMemoryError e) {
                problems.subList(before, problems.size()).clear();
                problems.add(new InputProblem(SourceLocation.ofFile(store.relative(file)), "not enough memory to read "
                        + "this file: give the build more heap (MAVEN_OPTS=-Xmx...) or lower maxSpecBytes"));
            }
        }
        return new Result(documents, problems, List.copyOf(store.files()));
    }
}
