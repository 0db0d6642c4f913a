package dev.apistatus.core.model;

/**
 * Facts a code reader records about one way the code answers, so that rules can judge the answer without
 * parsing: where in the handler the answer is given, and what it is built around. A reader records a trait
 * only when the code shows it; the absence of a trait means "not seen", never "not so".
 */
public enum AnswerTrait {
    /**
     * No status is written: the framework's default for what the method returns applies (a plain body, a
     * {@code null}, {@code void}: 200 in Spring).
     */
    IMPLICIT_STATUS,
    /** The value returned (or the builder's body) is {@code null}, or may be: {@code opt.orElse(null)}. */
    RETURNS_NULL,
    /**
     * Given where a looked-up value was found missing: under {@code if (x == null)}, {@code opt.isEmpty()},
     * {@code !opt.isPresent()}, {@code !repo.existsById(id)}, or the value of {@code opt.orElse(null)}.
     */
    LOOKUP_MISSING,
    /**
     * Given where a collection that the handler otherwise returns was found empty: {@code if (list.isEmpty())},
     * {@code list.size() == 0}, {@code CollectionUtils.isEmpty(list)}, {@code list.isEmpty() ? ... : ...}.
     */
    EMPTY_COLLECTION,
    /** Given inside a {@code catch} block. */
    FROM_CATCH_BLOCK,
    /** Given inside a {@code catch} of {@code Exception}, {@code Throwable} or {@code RuntimeException}. */
    CATCH_ALL,
    /**
     * The body is built around an error: a map with an {@code "error"} key, an exception or its message, an
     * error type ({@code ErrorResponse}, {@code ApiError}, {@code ProblemDetail}), an error factory
     * ({@code Result.fail(...)}).
     */
    ERROR_BODY,
    /** A view is rendered (a template name, {@code ModelAndView}): a page, not an API body. */
    VIEW,
    /**
     * An exception handler answers with the status the exception it handles carries
     * ({@code ProblemDetail.forStatus(e.getStatusCode())}): the status is chosen where the exception is thrown
     * ({@link Evidence#location()}), the response is built in the handler ({@link Evidence#answeredAt()}).
     */
    STATUS_FROM_EXCEPTION
}
