package dev.apistatus.core.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Why the code can answer a status: the line that produces it and how.
 *
 * @param location   the line to look at: the {@code return}, the {@code throw}, the annotation, the handler
 * @param detail     a short account for messages, e.g. {@code ResponseEntity.ok(...)} or
 *                   {@code throws OrderNotFoundException, answered by GlobalHandler.notFound (404)}
 * @param answeredAt where the response itself is built: the same as {@code location} for a handler's own
 *                   return, the exception handler's or mapper's line for a thrown exception; the line to change
 *                   when the response's body or headers are wrong
 * @param traits     structured facts about the answer (given in a catch block, built around an error, ...)
 */
public record Evidence(Kind kind, SourceLocation location, String detail, SourceLocation answeredAt,
                       Set<AnswerTrait> traits) {

    /** How a status comes about. */
    public enum Kind {
        /** A response builder or constructor: {@code ResponseEntity.status(...)}, {@code Response.ok()}. */
        BUILDER,
        /** {@code @ResponseStatus} on the handler or its class. */
        ANNOTATION,
        /** The handler's return type or value implies it: a plain body (200), {@code void} (200/204). */
        RETURN,
        /** A thrown exception and what answers it (an exception handler, a mapper, {@code @ResponseStatus}). */
        EXCEPTION,
        /** {@code HttpServletResponse.setStatus/sendError}. */
        SERVLET,
        /** What the framework answers on its own: 400 on binding failures, 415, 406, 405, 500. */
        FRAMEWORK
    }

    public Evidence {
        if (answeredAt == null) {
            answeredAt = location;
        }
        traits = traits == null || traits.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(traits));
    }

    /** Evidence without traits, answered where it is raised. */
    public Evidence(Kind kind, SourceLocation location, String detail) {
        this(kind, location, detail, location, Set.of());
    }

    /** Evidence without traits, answered elsewhere (an exception handler). */
    public Evidence(Kind kind, SourceLocation location, String detail, SourceLocation answeredAt) {
        this(kind, location, detail, answeredAt, Set.of());
    }

    /** Evidence with traits, answered where it is raised. */
    public Evidence(Kind kind, SourceLocation location, String detail, Set<AnswerTrait> traits) {
        this(kind, location, detail, location, traits);
    }

    public boolean isFrameworkDefault() {
        return kind == Kind.FRAMEWORK;
    }

    public boolean has(AnswerTrait trait) {
        return traits.contains(trait);
    }

    /** The same evidence with more traits. */
    public Evidence with(Set<AnswerTrait> more) {
        if (more.isEmpty()) {
            return this;
        }
        EnumSet<AnswerTrait> all = traits.isEmpty() ? EnumSet.noneOf(AnswerTrait.class) : EnumSet.copyOf(traits);
        all.addAll(more);
        return new Evidence(kind, location, detail, answeredAt, all);
    }
}
