package dev.apistatus.core.model;

import java.util.List;

/**
 * An operation the service's code serves: the handler and what the reader learned of it.
 *
 * @param operation   method, full path template and the statuses the handler can produce, each with its
 *                    evidence (framework defaults included, marked as such)
 * @param framework   {@code spring-mvc}, {@code spring-webflux} or {@code jax-rs}
 * @param handler     {@code OrderController.create}, how messages name the handler
 * @param unknowns    what could not be determined statically (a status computed at run time, a call that
 *                    could not be followed); rules that need completeness stay silent when it is not empty
 * @param consumes    media types from {@code consumes}/{@code @Consumes}; empty when not restricted
 * @param produces    media types from {@code produces}/{@code @Produces}; empty when not restricted
 */
public record CodeOperation(Operation operation, String framework, String handler, List<Unknown> unknowns,
                            List<String> consumes, List<String> produces) {

    public CodeOperation {
        unknowns = List.copyOf(unknowns);
        consumes = List.copyOf(consumes);
        produces = List.copyOf(produces);
    }

    /** Something about the handler's answers that static reading could not settle, and where. */
    public record Unknown(SourceLocation location, String what) {
    }

    public boolean isComplete() {
        return unknowns.isEmpty();
    }
}
