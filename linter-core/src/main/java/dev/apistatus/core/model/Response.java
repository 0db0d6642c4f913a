package dev.apistatus.core.model;

/**
 * One entry of an operation's responses: the status key and what it answers with. In a spec it is a declared
 * response; in code, one way the handler can answer, with its evidence.
 *
 * @param location    where the status key is written in the operation, or the evidence's line in code
 * @param declaration the body and headers, possibly a shared component
 * @param evidence    how the code produces this status; null for a spec response
 */
public record Response(ResponseCode code, SourceLocation location, ResponseDeclaration declaration, Evidence evidence) {

    /** A response declared in a spec. */
    public Response(ResponseCode code, SourceLocation location, ResponseDeclaration declaration) {
        this(code, location, declaration, null);
    }
}
