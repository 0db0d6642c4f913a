package dev.apistatus.core.spec;

import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.model.SpecVersion;
import io.swagger.v3.oas.models.OpenAPI;
import java.net.URI;
import java.nio.file.Path;

/**
 * A file read once: its located tree and, when it is a whole OpenAPI document, its version and the
 * model swagger-parser built from the tree (Swagger 2.0 converted to OpenAPI 3).
 *
 * @param path    the file; null for a remote document
 * @param uri     where a remote document was fetched from; null for a file of the project
 * @param openApi null for a fragment file that only holds referenced parts
 * @param version null for a fragment file
 */
record LoadedDocument(Path path, URI uri, String relativePath, LocatedTree tree, SpecVersion version, OpenAPI openApi) {

    LoadedDocument(Path path, String relativePath, LocatedTree tree, SpecVersion version, OpenAPI openApi) {
        this(path, null, relativePath, tree, version, openApi);
    }

    SourceLocation locate(String pointer) {
        long p = tree.position(pointer);
        return new SourceLocation(relativePath, LocatedTree.line(p), LocatedTree.column(p), pointer);
    }

    boolean isSwagger2() {
        return version == SpecVersion.SWAGGER_2_0;
    }

    boolean isRemote() {
        return uri != null;
    }
}
