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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads each file once per run and keeps it: the specs given, and the files their {@code $ref}s point into.
 * Files outside the project directory are never read.
 */
final class DocumentStore {

    private final Path projectDir;
    private final long maxBytes;
    private final LocatedTreeReader treeReader;
    private final List<InputProblem> problems;
    /** Loaded documents by normalised absolute path; a null value remembers a file that could not be read. */
    private final Map<Path, LoadedDocument> documents = new HashMap<>();

    DocumentStore(Path projectDir, long maxBytes, List<InputProblem> problems) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        this.treeReader = new LocatedTreeReader(maxBytes);
        this.problems = problems;
    }

    /** Loads a whole OpenAPI document; records a problem and returns null when it cannot. */
    LoadedDocument loadSpec(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (documents.containsKey(path)) {
            return documents.get(path);
        }
        LoadedDocument doc = null;
        LocatedTree tree = readTree(path);
        if (tree != null) {
            doc = toSpec(path, tree);
        }
        documents.put(path, doc);
        return doc;
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
        if (!path.startsWith(projectDir)) {
            problems.add(new InputProblem(from, "$ref points outside the project directory (" + path
                    + "): not read"));
            documents.put(path, null);
            return null;
        }
        LoadedDocument doc = null;
        LocatedTree tree = readTree(path);
        if (tree != null) {
            JsonNode root = tree.root();
            doc = root.has("openapi") || root.has("swagger")
                    ? toSpec(path, tree)
                    : new LoadedDocument(path, relative(path), tree, dialect, null);
        }
        documents.put(path, doc);
        return doc;
    }

    String relative(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path rel = abs.startsWith(projectDir) ? projectDir.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    private LocatedTree readTree(Path path) {
        String rel = relative(path);
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
            return treeReader.read(bytes, looksLikeJson(path, bytes));
        } catch (SpecSyntaxException e) {
            problems.add(new InputProblem(new SourceLocation(rel, e.line(), e.column(), null),
                    "not well-formed " + (path.toString().endsWith(".json") ? "JSON" : "YAML") + ": "
                            + e.getMessage()));
            return null;
        } catch (IOException e) {
            problems.add(new InputProblem(SourceLocation.ofFile(rel), "cannot read the file: " + e.getMessage()));
            return null;
        }
    }

    private static boolean looksLikeJson(Path path, byte[] bytes) {
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
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

    private LoadedDocument toSpec(Path path, LocatedTree tree) {
        String rel = relative(path);
        JsonNode root = tree.root();
        SpecVersion version = version(root);
        if (version == null) {
            JsonNode declared = root.isObject() ? (root.has("openapi") ? root.get("openapi") : root.get("swagger")) : null;
            long p = tree.position(root.has("openapi") ? "/openapi" : "/swagger");
            problems.add(new InputProblem(new SourceLocation(rel, LocatedTree.line(p), LocatedTree.column(p), ""),
                    declared == null
                            ? "not an OpenAPI document: no 'openapi: 3.x' or 'swagger: \"2.0\"' field at the top level"
                            : "unsupported OpenAPI version '" + declared.asText() + "': apistatus reads 2.0, 3.0 and 3.1"));
            return null;
        }
        OpenAPI openApi;
        try {
            openApi = deserialize(root, rel, version);
        } catch (RuntimeException e) {
            problems.add(new InputProblem(SourceLocation.ofFile(rel), "swagger-parser could not read the document: " + e));
            return null;
        }
        if (openApi == null) {
            problems.add(new InputProblem(SourceLocation.ofFile(rel), "swagger-parser could not read the document"));
            return null;
        }
        return new LoadedDocument(path, rel, tree, version, openApi);
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
        if (swagger != null && swagger.asText().trim().equals("2.0")) {
            return SpecVersion.SWAGGER_2_0;
        }
        return null;
    }

    /** swagger-parser over the tree already built: the text is never parsed twice. */
    private static OpenAPI deserialize(JsonNode root, String location, SpecVersion version) {
        if (version == SpecVersion.SWAGGER_2_0) {
            SwaggerDeserializationResult v2 = new SwaggerDeserializer().deserialize(root);
            SwaggerParseResult converted = new SwaggerConverter().convert(v2);
            return converted == null ? null : converted.getOpenAPI();
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return new OpenAPIDeserializer().deserialize(root, location, options).getOpenAPI();
    }
}
