package dev.apistatus.core.model;

/**
 * One entry of an operation's responses: the status key and what it answers with.
 *
 * @param location    where the status key is written in the operation
 * @param declaration the body and headers, possibly a shared component
 */
public record Response(ResponseCode code, SourceLocation location, ResponseDeclaration declaration) {
}
