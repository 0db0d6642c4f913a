package dev.apistatus.core.code;

import dev.apistatus.core.model.AnswerTrait;
import dev.apistatus.core.model.Evidence;
import java.util.Set;

/**
 * One way a handler (or an exception handler) answers.
 *
 * @param status         the status, or -1 when it is computed at run time, or {@link #EXCEPTION_STATUS} when an
 *                       exception handler answers with the status the exception it handles carries
 * @param evidence       where and how
 * @param body           whether a body is sent
 * @param bodyType       the body's Java type as written ({@code ProblemDetail}, {@code Map<String, Object>}), or null
 * @param headers        headers the code sets, canonical names ({@code Location})
 * @param headersUnknown headers are also set in a way that cannot be read ({@code .headers(h)})
 * @param problem        the body is a Problem Details object ({@code ProblemDetail}, {@code ErrorResponse},
 *                       {@code application/problem+json})
 * @param problemStatus  the {@code status} the problem body itself carries ({@code ProblemDetail.forStatus(404)}),
 *                       or -1 when there is none or it is unknown
 * @param exposes        internals the body carries (a stack trace, an exception's class), as written, or null
 */
public record Answer(int status, Evidence evidence, boolean body, String bodyType, Set<String> headers,
                     boolean headersUnknown, boolean problem, int problemStatus, String exposes) {

    /**
     * The status of an exception handler's answer that passes on the handled exception's own status
     * ({@code ProblemDetail.forStatus(e.getStatusCode())} for a {@code ResponseStatusException e}): known only
     * where the exception is thrown.
     */
    public static final int EXCEPTION_STATUS = -2;

    public Answer {
        headers = Set.copyOf(headers);
    }

    public Answer(int status, Evidence evidence, boolean body, String bodyType, Set<String> headers,
                  boolean headersUnknown, boolean problem) {
        this(status, evidence, body, bodyType, headers, headersUnknown, problem, -1, null);
    }

    public boolean isKnown() {
        return status > 0;
    }

    /** True when the answer passes on the handled exception's own status ({@link #EXCEPTION_STATUS}). */
    public boolean passesExceptionStatus() {
        return status == EXCEPTION_STATUS;
    }

    public Answer withStatus(int newStatus, Evidence newEvidence) {
        return new Answer(newStatus, newEvidence, body, bodyType, headers, headersUnknown, problem, problemStatus, exposes);
    }

    /** The same answer with more traits on its evidence. */
    public Answer with(Set<AnswerTrait> traits) {
        return traits.isEmpty() ? this : new Answer(status, evidence.with(traits), body, bodyType, headers, headersUnknown,
                problem, problemStatus, exposes);
    }

    public boolean has(AnswerTrait trait) {
        return evidence.has(trait);
    }
}
