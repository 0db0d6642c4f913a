package dev.apistatus.core.code;

import dev.apistatus.core.model.AnswerTrait;
import dev.apistatus.core.model.Evidence;
import java.util.Set;

/**
 * One way a handler (or an exception handler) answers.
 *
 * @param status         the status, or -1 when it is computed at run time
 * @param evidence       where and how
 * @param body           whether a body is sent
 * @param bodyType       the body's Java type as written ({@code ProblemDetail}, {@code Map<String, Object>}), or null
 * @param headers        headers the code sets, canonical names ({@code Location})
 * @param headersUnknown headers are also set in a way that cannot be read ({@code .headers(h)})
 * @param problem        the body is a Problem Details object ({@code ProblemDetail}, {@code ErrorResponse},
 *                       {@code application/problem+json})
 */
public record Answer(int status, Evidence evidence, boolean body, String bodyType, Set<String> headers,
                     boolean headersUnknown, boolean problem) {

    public Answer {
        headers = Set.copyOf(headers);
    }

    public boolean isKnown() {
        return status > 0;
    }

    public Answer withStatus(int newStatus, Evidence newEvidence) {
        return new Answer(newStatus, newEvidence, body, bodyType, headers, headersUnknown, problem);
    }

    /** The same answer with more traits on its evidence. */
    public Answer with(Set<AnswerTrait> traits) {
        return traits.isEmpty() ? this : new Answer(status, evidence.with(traits), body, bodyType, headers, headersUnknown, problem);
    }

    public boolean has(AnswerTrait trait) {
        return evidence.has(trait);
    }
}
