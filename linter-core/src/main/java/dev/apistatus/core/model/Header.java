package dev.apistatus.core.model;

/** A response header a spec declares or code sets. */
public record Header(String name, SourceLocation location) {
}
