package dev.apistatus.core.contract;

import dev.apistatus.core.model.CodeOperation;
import dev.apistatus.core.model.SpecDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The code held against the spec: which handlers serve which operations, which handlers no spec documents and
 * which operations no handler serves (both already filtered by {@link OperationMatcher}'s precision guards).
 *
 * @param matches        every spec operation served by at least one handler, in document order
 * @param undocumented   handlers no spec operation describes (only when some spec is in scope)
 * @param unimplemented  operations of in-scope specs that no handler, pattern or unread route may serve
 * @param inScope        the specs held against the code: those with at least one operation matched
 * @param specOperations every spec operation, in document order
 * @param servedAt       each handler's full path: its path after the configured base paths (context path, servlet
 *                       path, WebFlux base path), normalised ({@code /shop/orders/{}})
 * @param inScopeByPath  the in-scope spec operations by their path as written, normalised ({@code /orders/{}})
 */
public record ContractMatch(List<Match> matches, List<CodeOperation> undocumented, List<SpecOperation> unimplemented,
                            List<SpecDocument> inScope, List<SpecOperation> specOperations,
                            Map<CodeOperation, String> servedAt, Map<String, List<SpecOperation>> inScopeByPath) {

    public ContractMatch {
        matches = List.copyOf(matches);
        undocumented = List.copyOf(undocumented);
        unimplemented = List.copyOf(unimplemented);
        specOperations = List.copyOf(specOperations);
        inScope = List.copyOf(inScope);
        servedAt = java.util.Collections.unmodifiableMap(new java.util.IdentityHashMap<>(servedAt));
        inScopeByPath = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inScopeByPath));
    }

    /** The handler's full path ({@code /shop/orders/{}}), after the configured base paths. */
    public String servedAt(CodeOperation code) {
        return servedAt.getOrDefault(code, PathKey.normalize(code.operation().path()));
    }

    /** The in-scope spec operations on the same path as a handler (other methods), for messages. */
    public List<SpecOperation> samePath(CodeOperation code) {
        List<SpecOperation> out = new ArrayList<>();
        String path = PathKey.normalize(code.operation().path());
        for (Map.Entry<String, List<SpecOperation>> e : inScopeByPath.entrySet()) {
            String sp = e.getKey();
            if (sp.equals(path) || path.endsWith(sp) && sp.length() > 1 || sp.endsWith(path) && path.length() > 1) {
                out.addAll(e.getValue());
            }
        }
        return out;
    }

    /** True when the document is held against the code (compared by identity: documents are large). */
    public boolean isInScope(SpecDocument doc) {
        return inScope.stream().anyMatch(d -> d == doc);
    }

    /** The in-scope documents' files, for messages. */
    public String inScopeFiles() {
        return OperationMatcher.files(inScope);
    }
}
