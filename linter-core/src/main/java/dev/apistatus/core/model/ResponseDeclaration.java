package dev.apistatus.core.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The body and headers of a response. A response reached through {@code $ref} is one shared instance, so a
 * rule can report a problem on a shared component once, at the component.
 *
 * @see Response
 */
public final class ResponseDeclaration {

    private final String description;
    private final List<MediaContent> content;
    private final Map<String, Header> headers;
    private final SourceLocation location;
    private final String componentName;
    private final boolean resolved;
    private final boolean headersKnown;

    /**
     * @param componentName the component's name when the response was reached through {@code $ref}, else null
     */
    public ResponseDeclaration(String description, List<MediaContent> content, List<Header> headers,
                               SourceLocation location, String componentName) {
        this(description, content, headers, location, componentName, true, true);
    }

    /**
     * A response the code builds; {@code headersKnown} is false when it also sets headers in a way that cannot be
     * read (a {@code HttpHeaders} object, the Servlet response): rules must not say a header is missing then.
     */
    public static ResponseDeclaration built(String description, List<MediaContent> content, List<Header> headers,
                                            SourceLocation location, boolean headersKnown) {
        return new ResponseDeclaration(description, content, headers, location, null, true, headersKnown);
    }

    private ResponseDeclaration(String description, List<MediaContent> content, List<Header> headers,
                                SourceLocation location, String componentName, boolean resolved, boolean headersKnown) {
        this.resolved = resolved;
        this.headersKnown = headersKnown;
        this.description = description;
        this.content = List.copyOf(content);
        Map<String, Header> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header h : headers) {
            byName.putIfAbsent(h.name(), h);
        }
        this.headers = Collections.unmodifiableMap(byName);
        this.location = location;
        this.componentName = componentName;
    }

    /**
     * A response whose {@code $ref} could not be followed (the reader reported why). Rules must not judge its
     * body or headers: they are unknown, not absent.
     */
    public static ResponseDeclaration unresolved(SourceLocation location) {
        return new ResponseDeclaration(null, List.of(), List.of(), location, null, false, false);
    }

    /** False when the response's {@code $ref} could not be followed: its body and headers are unknown. */
    public boolean isResolved() {
        return resolved;
    }

    /** False when headers are also set in a way the reader cannot see: a missing header is then unknown. */
    public boolean headersKnown() {
        return headersKnown;
    }

    public String description() {
        return description;
    }

    /** The body in each media type, in declaration order; empty when the response has no body. */
    public List<MediaContent> content() {
        return content;
    }

    public boolean hasBody() {
        return !content.isEmpty();
    }

    /** Headers by name, case-insensitive. */
    public Map<String, Header> headers() {
        return headers;
    }

    public Optional<Header> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** Where the response is defined: inline in the operation, or at the shared component. */
    public SourceLocation location() {
        return location;
    }

    public String componentName() {
        return componentName;
    }

    public boolean isShared() {
        return componentName != null;
    }
}
