package dev.apistatus.core.rule;

/** The groups of RULES.md; reports summarise findings per family. */
public enum Family {
    /** Status codes and the headers they require. */
    STATUS("status codes"),
    /** Error bodies, RFC 9457 Problem Details. */
    PROBLEM_DETAILS("problem details"),
    /** Spring and JAX-RS handlers. */
    HANDLER("handlers"),
    /** Code held against the spec. */
    CONTRACT("contract"),
    /** Retries in HTTP client code. */
    RETRY("retries"),
    /** The linter's own diagnostics about its input (unreadable files, stale suppressions). */
    INPUT("input");

    private final String title;

    Family(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
