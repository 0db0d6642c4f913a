package dev.apistatus.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.model.SpecVersion;
import io.swagger.parser.util.SwaggerDeserializationResult;
import io.swagger.parser.util.SwaggerDeserializer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads each file once per run and keeps it: the specs given, and the files their {@code $ref}s point into.
 * A referenced file outside the project directory is never read, whether it is named by {@code ../}, by an
 * absolute path or through a symbolic link. Remote documents are fetched only when allowed.
 */
final class DocumentStore {

    private final Path projectDir;
    /** The project directory with symbolic links resolved, for containment checks; null until needed. */
    private Path realProjectDir;
    private final long maxBytes;
    private final LocatedTreeReader treeReader;
    private final ReadLimits limits;
    private final RemoteFetcher fetcher;
    private final List<InputProblem> problems;
    /** Loaded documents by normalised absolute path; a null value remembers a file that could not be read. */
    private final Map<Path, LoadedDocument> documents = new HashMap<>();
    private final Map<URI, LoadedDocument> remote = new HashMap<>();
    private final java.util.Set<Path> lookedFor = new java.util.HashSet<>();

    DocumentStore(Path projectDir, long maxBytes, List<InputProblem> problems) {
        this(projectDir, maxBytes, ReadLimits.DEFAULT, false, problems);
    }

    DocumentStore(Path projectDir, long maxBytes, ReadLimits limits, boolean allowRemoteRefs, List<InputProblem> problems) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        this.limits = limits;
        this.treeReader = new LocatedTreeReader(maxBytes, limits);
        this.fetcher = allowRemoteRefs ? new RemoteFetcher(limits.remoteTimeout(), maxBytes) : null;
        this.problems = problems;
    }

    /**
     * Every local file this store was asked for, read or not (a missing one too: its appearing changes the result),
     * as normalised absolute paths; the lint cache re-hashes them to know whether a run's findings still hold.
     */
    java.util.Set<Path> files() {
        java.util.Set<Path> all = new java.util.HashSet<>(documents.keySet());
        all.addAll(lookedFor);
        return all;
    }

    /** Records a file a {@code $ref} names that the caller found missing (its appearing changes the result). */
    void lookedFor(Path file) {
        lookedFor.add(file.toAbsolutePath().normalize());
    }

    boolean fetchesRemoteRefs() {
        return fetcher != null;
    }

    /** Loads a whole OpenAPI document; records a problem and returns null when it cannot. */
    LoadedDocument loadSpec(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (documents.containsKey(path)) {
            return documents.get(path);
        }
        LoadedDocument doc = null;
        String rel = relative(path);
        LocatedTree tree = readTree(path, rel);
        if (tree != null) {
            doc = toSpec(path, null, rel, tree);
        }
        documents.put(path, doc);
        return doc;
    }

    /**
     * True when the file lies inside the project directory, also once symbolic links are resolved. A file that
     * does not exist is judged by its normalised path.
     */
    boolean isInsideProject(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (!path.startsWith(projectDir)) {
            return false;
        }
        if (!Files.exists(path)) {
            return true;
        }
        try {
            if (realProjectDir == null) {
                realProjectDir = projectDir.toRealPath();
            }
            return path.toRealPath().startsWith(realProjectDir);
        } catch (IOException | SecurityException e) {
            return false; // a link loop, or a link we may not follow: not read
        }
    }

    /**
     * Loads a file a {@code $ref} points into. A whole OpenAPI document is read as one; any other file is a
     * fragment read in the dialect of the document that refers to it.
     *
     * @param from where the reference is written, for the problem message
     */
    LoadedDocument loadReferenced(Path file, SpecVersion dialect, SourceLocation from) {
        Path path = file.toAbsolutePath().normalize();
        if (documents.containsKey(path)) {
            return documents.get(path);
        }
        if (!isInsideProject(path)) {
            problems.add(new InputProblem(from, "$ref points outside the project directory: not read"));
            documents.put(path, null);
            return null;
        }
        LoadedDocument doc = null;
        String rel = relative(path);
        LocatedTree tree = readTree(path, rel);
        if (tree != null) {
            doc = fromTree(path, null, rel, tree, dialect);
        }
        documents.put(path, doc);
        return doc;
    }

    /** Fetches a remote document (only when remote references are allowed); null and a problem when it cannot. */
    LoadedDocument loadRemote(URI uri, SpecVersion dialect, SourceLocation from, String shown) {
        URI key = uri.normalize();
        if (remote.containsKey(key)) {
            return remote.get(key);
        }
        LoadedDocument doc = null;
        if (remote.size() >= limits.maxRemoteDocuments()) {
            problems.add(new InputProblem(from, "remote $ref '" + Texts.quote(shown) + "' not fetched: already "
                    + limits.maxRemoteDocuments() + " remote documents in this run (the limit maxRemoteDocuments)"));
            return null;
        }
        String shownUri = Texts.quote(key.toString());
        try {
            byte[] bytes = fetcher.fetch(key);
            LocatedTree tree = treeReader.read(bytes, looksLikeJson(key.getPath() == null ? "" : key.getPath(), bytes));
            doc = fromTree(null, key, shownUri, tree, dialect);
        } catch (RemoteFetcher.FetchException e) {
            problems.add(new InputProblem(from, "remote $ref '" + Texts.quote(shown) + "' could not be fetched: "
                    + e.getMessage()));
        } catch (SpecSyntaxException e) {
            problems.add(new InputProblem(new SourceLocation(shownUri, e.line(), e.column(), null),
                    "not well-formed JSON or YAML: " + e.getMessage()));
        }
        remote.put(key, doc);
        return doc;
    }

    private LoadedDocument fromTree(Path path, URI uri, String rel, LocatedTree tree, SpecVersion dialect) {
        JsonNode root = tree.root();
        return root.has("openapi") || root.has("swagger")
                ? toSpec(path, uri, rel, tree)
                : new LoadedDocument(path, uri, rel, tree, dialect, null);
    }

    String relative(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path rel = abs.startsWith(projectDir) ? projectDir.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    private LocatedTree readTree(Path path, String rel) {
        try {
            if (!Files.isRegularFile(path)) {
                problems.add(new InputProblem(SourceLocation.ofFile(rel), "file not found"));
                return null;
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                problems.add(new InputProblem(SourceLocation.ofFile(rel), "file is " + size
                        + " bytes, over the limit of " + maxBytes + " bytes (maxSpecBytes): not read"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(path);
            return treeReader.read(bytes, looksLikeJson(path.getFileName().toString(), bytes));
        } catch (SpecSyntaxException e) {
            problems.add(new InputProblem(new SourceLocation(rel, e.line(), e.column(), null),
                    "not well-formed " + (rel.toLowerCase(Locale.ROOT).endsWith(".json") ? "JSON" : "YAML") + ": "
                            + e.getMessage()));
            return null;
        } catch (IOException | InvalidPathException | SecurityException e) {
            problems.add(new InputProblem(SourceLocation.ofFile(rel), "cannot read the file: "
                    + Texts.quote(String.valueOf(e.getMessage()))));
            return null;
        } catch (OutOfMemoryError e) {
            problems.add(new InputProblem(SourceLocation.ofFile(rel), "not enough memory to read the file: "
                    + "lower maxSpecBytes or give the build more heap"));
            return null;
        }
    }

    private static boolean looksLikeJson(String name, byte[] bytes) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return true;
        }
        for (byte b : bytes) {
            if (b == '{' || b == '[') {
                return true;
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return false;
    }

    private LoadedDocument toSpec(Path path, URI uri, String rel, LocatedTree tree) {
        JsonNode root = tree.root();
        SpecVersion version = version(root);
        if (version == null) {
            JsonNode declared = root.isObject() ? (root.has("openapi") ? root.get("openapi") : root.get("swagger")) : null;
            long p = tree.position(root.has("openapi") ? "/openapi" : "/swagger");
            problems.add(new InputProblem(new SourceLocation(rel, LocatedTree.line(p), LocatedTree.column(p), ""),
                    declared != null && declared.isNumber()
                            ? "the '" + (root.has("openapi") ? "openapi" : "swagger") + "' field is the number "
                            + Texts.quote(declared.asText()) + ": write the version as a string, e.g. "
                            + (root.has("openapi") ? "openapi: \"3.0.3\"" : "swagger: \"2.0\"")
                            : declared == null
                            ? "not an OpenAPI document: no 'openapi: 3.x' or 'swagger: \"2.0\"' field at the top level"
                            : "unsupported OpenAPI version '" + Texts.quote(declared.isValueNode() ? declared.asText()
                            : declared.toString()) + "': apistatus reads 2.0, 3.0 and 3.1"));
            return null;
        }
        LoadedDocument located = new LoadedDocument(path, uri, rel, tree, version, null);
        SpecShapes.checkDocument(root, version, located::locate, problems::add, tree.sharesNodes());
        OpenAPI openApi;
        try {
            openApi = deserialize(tree, rel, version);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new InputProblem(SourceLocation.ofFile(rel), "swagger-parser could not read the document ("
                    + e.getClass().getSimpleName() + "): nothing in it was checked"));
            return null;
        }
        if (openApi == null) {
            problems.add(new InputProblem(SourceLocation.ofFile(rel), "swagger-parser could not read the document: "
                    + "nothing in it was checked"));
            return null;
        }
        return new LoadedDocument(path, uri, rel, tree, version, openApi);
    }

    static SpecVersion version(JsonNode root) {
        if (!root.isObject()) {
            return null;
        }
        JsonNode openapi = root.get("openapi");
        if (openapi != null && openapi.isTextual()) {
            String v = openapi.asText().trim();
            if (v.startsWith("3.0")) {
                return SpecVersion.OPENAPI_3_0;
            }
            if (v.startsWith("3.1")) {
                return SpecVersion.OPENAPI_3_1;
            }
            return null;
        }
        JsonNode swagger = root.get("swagger");
        if (openapi == null && swagger != null && swagger.isValueNode() && swagger.asText().trim().equals("2.0")) {
            return SpecVersion.SWAGGER_2_0;
        }
        return null;
    }

    /** swagger-parser over the tree already built: the text is never parsed twice. */
    private static OpenAPI deserialize(LocatedTree tree, String location, SpecVersion version) {
        JsonNode root = tree.root();
        if (version == SpecVersion.SWAGGER_2_0) {
            SwaggerDeserializationResult v2 = new SwaggerDeserializer().deserialize(root);
            SwaggerParseResult converted = new SwaggerConverter().convert(v2);
            return converted == null ? null : converted.getOpenAPI();
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        // Examples and extensions are most of swagger-parser's work and none of what apistatus reads from it.
        LeanView lean = tree.sharesNodes() ? null : LeanView.hide(root);
        // parseRoot is what deserialize() runs, without first copying the whole tree into a Map that only
        // swagger-parser's JSON-schema plug-ins read (none is installed): a tenth of reading github.json.
        OpenAPIDeserializer.ParseResult result = new OpenAPIDeserializer.ParseResult();
        result.setOaiAuthor(options.isOaiAuthor());
        result.setInferSchemaType(options.isInferSchemaType());
        result.setAllowEmptyStrings(options.isAllowEmptyString());
        result.setValidateInternalRefs(options.isValidateInternalRefs());
        result.setExplicitStyleAndExplode(options.isExplicitStyleAndExplode());
        try {
            return new OpenAPIDeserializer().parseRoot(root, result, location);
        } catch (Exception e) {
            return null; // as deserialize(): the failure is in its messages, there is no model
        } finally {
            if (lean != null) {
                lean.restore();
            }
        }
    }
}
