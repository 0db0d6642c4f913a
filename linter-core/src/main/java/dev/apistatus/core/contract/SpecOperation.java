package dev.apistatus.core.contract;

import dev.apistatus.core.model.Operation;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.model.SpecDocument;

/** A spec operation with the document that declares it. */
public record SpecOperation(SpecDocument document, Operation operation) {

    /** {@code GET /orders/{id}}. */
    public String describe() {
        return operation.describe();
    }

    /** The operation's method key in the document. */
    public SourceLocation location() {
        return operation.location();
    }

    /** {@code GET /orders/{id} (openapi.yaml:12)}: how messages name it, with where it is written. */
    public String describeAt() {
        return describe() + " (" + where(location()) + ")";
    }

    /** {@code openapi.yaml:12}. */
    static String where(SourceLocation l) {
        return l.file() + ":" + l.line();
    }
}
