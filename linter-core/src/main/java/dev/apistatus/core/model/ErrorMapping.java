package dev.apistatus.core.model;

import java.util.List;

/**
 * A place where the code decides which status an exception gets, whichever handler raised it: a Spring
 * {@code @ExceptionHandler} method, an override of a framework hook such as
 * {@code ResponseEntityExceptionHandler.handleMethodArgumentNotValid}, a JAX-RS {@code ExceptionMapper}, or an
 * exception class that carries its own status ({@code @ResponseStatus}, {@code super(HttpStatus.X)}).
 *
 * @param kind      what kind of mapping it is
 * @param name      how messages name it: {@code ApiErrors.notFound}, {@code NotFoundMapper.toResponse},
 *                  {@code OrderNotFoundException}
 * @param framework {@code spring-mvc}, {@code spring-webflux} or {@code jax-rs}
 * @param handled   the exception types it answers, each with its superclasses
 * @param responses the statuses it answers with, each with its evidence (the annotation, the builder line)
 *                  and the traits of the answer ({@link AnswerTrait#IMPLICIT_STATUS} for a plain body)
 * @param unknowns  what could not be read (a status computed at run time, a call not followed); rules that
 *                  judge the mapping as a whole stay silent when it is not empty
 * @param location  the mapping itself: the handler method's name, the mapper class, the exception class
 */
public record ErrorMapping(Kind kind, String name, String framework, List<HandledType> handled,
                           List<Response> responses, List<CodeOperation.Unknown> unknowns, SourceLocation location) {

    /** The kinds of mapping. */
    public enum Kind {
        /** A Spring {@code @ExceptionHandler} method, in a controller or an advice. */
        EXCEPTION_HANDLER,
        /** An override of a framework's handler hook: {@code ResponseEntityExceptionHandler.handleX(...)}. */
        HANDLER_HOOK,
        /** A JAX-RS {@code ExceptionMapper<E>.toResponse}. */
        EXCEPTION_MAPPER,
        /** An exception class annotated {@code @ResponseStatus}. */
        RESPONSE_STATUS,
        /**
         * An exception class that passes its status to its superclass: {@code ResponseStatusException},
         * {@code ErrorResponseException}, {@code WebApplicationException}.
         */
        STATUS_EXCEPTION
    }

    /**
     * An exception type a mapping answers.
     *
     * @param name       the simple name, as written: {@code OrderNotFoundException}
     * @param supertypes its superclasses, nearest first, as far as they are known ({@code RuntimeException},
     *                   {@code Exception}, {@code Throwable}); empty when none is known
     */
    public record HandledType(String name, List<String> supertypes) {

        public HandledType {
            supertypes = List.copyOf(supertypes);
        }

        /** True when the type is {@code simpleName} or extends it. */
        public boolean isA(String simpleName) {
            return name.equals(simpleName) || supertypes.contains(simpleName);
        }
    }

    public ErrorMapping {
        handled = List.copyOf(handled);
        responses = List.copyOf(responses);
        unknowns = List.copyOf(unknowns);
    }

    public boolean isComplete() {
        return unknowns.isEmpty();
    }
}
