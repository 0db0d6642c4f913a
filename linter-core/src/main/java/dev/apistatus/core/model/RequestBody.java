package dev.apistatus.core.model;

import java.util.List;

/** The body an operation accepts. */
public record RequestBody(boolean required, List<MediaContent> content, SourceLocation location) {

    public RequestBody {
        content = List.copyOf(content);
    }
}
