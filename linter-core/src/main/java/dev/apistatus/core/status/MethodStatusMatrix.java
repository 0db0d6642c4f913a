package dev.apistatus.core.status;

import static dev.apistatus.core.model.HttpMethod.DELETE;
import static dev.apistatus.core.model.HttpMethod.GET;
import static dev.apistatus.core.model.HttpMethod.HEAD;
import static dev.apistatus.core.model.HttpMethod.POST;

import dev.apistatus.core.model.HttpMethod;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which status codes make no sense for which request methods: the one table behind the rule
 * {@code status-method-mismatch}, for specs and for code alike.
 *
 * <h2>The table</h2>
 * <ul>
 *   <li><b>201 on GET, HEAD, DELETE.</b> GET and HEAD are safe (RFC 9110 §9.2.1) and only retrieve; DELETE
 *       removes (§9.3.5). None of them creates the "one or more new resources" a 201 announces (§15.3.2).</li>
 *   <li><b>202 on GET, HEAD.</b> 202 says processing was accepted but has not completed (§15.3.3); a GET
 *       transfers the current representation (§9.3.1) and starts no processing a client could wait on.</li>
 *   <li><b>204 on GET, HEAD.</b> A GET asks for a representation of the target (§9.3.1); 204 says there is no
 *       content to send (§15.3.5): an empty list or object is a 200, an absent resource a 404.</li>
 *   <li><b>409 on GET, HEAD.</b> 409 reports a conflict between the request and the current state of the
 *       target, "most likely to occur in response to a PUT request" (§15.5.10); a GET changes nothing, so it
 *       has nothing to conflict with. Zalando's status table lists 409 for POST, PUT, PATCH and DELETE only.</li>
 *   <li><b>412 on GET, HEAD, unless the request is conditional.</b> 412 answers a failed If-Match or
 *       If-Unmodified-Since (§13.1.1, §13.1.4, §15.5.13); both may be sent with a GET, so the code only fits
 *       a GET that takes one of them. A failed If-None-Match or If-Modified-Since on GET is a 304 (§13.1.2,
 *       §13.1.3).</li>
 *   <li><b>415 on GET, HEAD, unless the request has content.</b> 415 rejects the format of the request's
 *       content (§15.5.16); a GET normally has none (content in a GET "has no generally defined semantics",
 *       §9.3.1). A representation the client cannot get in the format it accepts is a 406 (§15.5.7).</li>
 *   <li><b>304 on anything but GET and HEAD.</b> 304 answers a conditional GET or HEAD (§15.4.5); for every
 *       other method a failed If-None-Match is answered 412 (§13.1.2), and If-Modified-Since is ignored
 *       (§13.1.3).</li>
 *   <li><b>207 on anything but POST and DELETE.</b> 207 carries one status per part of a batch or bulk request
 *       (RFC 4918 §11.1, §13), which an HTTP API sends as a POST (Zalando rule 152). DELETE is allowed too:
 *       WebDAV answers a partly failed DELETE of a collection with 207 (RFC 4918 §9.6.1), and Zalando's status
 *       table lists 207 for POST and (DELETE).</li>
 * </ul>
 * Codes and methods not listed are never reported: the table holds only combinations that are wrong on the
 * face of it, not a full allow-list.
 */
public final class MethodStatusMatrix {

    /** When a listed combination is fine after all. */
    public enum Unless {
        /** Never: the code does not fit the method whatever the request. */
        NEVER,
        /**
         * The request is conditional: the operation takes one of {@link #PRECONDITION_HEADERS}, whose failure
         * a GET answers with 412.
         */
        CONDITIONAL_REQUEST,
        /** The request has content, which 415 may reject whatever the method. */
        REQUEST_CONTENT
    }

    /**
     * One wrong combination.
     *
     * @param code      the status code
     * @param methods   the methods it does not fit
     * @param why       why not, with the reference in parentheses, phrased to follow "declares 201 Created, but"
     * @param reference where the duty comes from, e.g. {@code RFC 9110 §15.4.5}
     * @param advice    what to do instead, phrased as an imperative
     * @param unless    when the combination is fine after all
     */
    public record Mismatch(int code, Set<HttpMethod> methods, String why, String reference, String advice,
                           Unless unless) {
        public Mismatch {
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(advice, "advice");
            Objects.requireNonNull(unless, "unless");
            methods = Collections.unmodifiableSet(EnumSet.copyOf(methods));
        }
    }

    /** The request headers whose failed precondition is answered 412 on a GET (RFC 9110 §13.1.1, §13.1.4). */
    public static final List<String> PRECONDITION_HEADERS = List.of("If-Match", "If-Unmodified-Since");

    private static final Set<HttpMethod> READS = EnumSet.of(GET, HEAD);

    private static final List<Mismatch> TABLE = List.of(
            new Mismatch(201, EnumSet.of(GET, HEAD),
                    "GET and HEAD are safe and only retrieve: they create no resource (RFC 9110 §9.2.1, §15.3.2)",
                    "RFC 9110 §9.2.1, §15.3.2",
                    "answer 200; if the call really creates something, make it a POST or PUT",
                    Unless.NEVER),
            new Mismatch(201, EnumSet.of(DELETE),
                    "a DELETE removes the target resource; it creates none (RFC 9110 §9.3.5, §15.3.2)",
                    "RFC 9110 §9.3.5, §15.3.2",
                    "answer 204 No Content (or 200 with a status body, 202 if the deletion is deferred)",
                    Unless.NEVER),
            new Mismatch(202, READS,
                    "202 says processing was accepted and has not completed, while a GET or HEAD only transfers"
                            + " the current representation (RFC 9110 §9.3.1, §9.3.2, §15.3.3)",
                    "RFC 9110 §9.3.1, §15.3.3",
                    "answer 200 with the current state (e.g. a status that says the result is not ready yet), or"
                            + " start the work with a POST that answers 202",
                    Unless.NEVER),
            new Mismatch(204, READS,
                    "a GET or HEAD asks for a representation of its target and 204 says there is none (RFC 9110"
                            + " §9.3.1, §15.3.5)",
                    "RFC 9110 §9.3.1, §15.3.5",
                    "answer 200 with the representation, even when it is empty, or 404 when the resource does"
                            + " not exist",
                    Unless.NEVER),
            new Mismatch(409, READS,
                    "409 reports a conflict between a change the request makes and the target's current state"
                            + " (RFC 9110 §15.5.10), and a GET or HEAD changes nothing",
                    "RFC 9110 §15.5.10",
                    "answer the status of the real condition: 404 or 410 when the resource is absent, 200 with an"
                            + " empty representation when it is empty",
                    Unless.NEVER),
            new Mismatch(412, READS,
                    "412 answers a failed If-Match or If-Unmodified-Since (RFC 9110 §13.1.1, §13.1.4), and the"
                            + " operation takes neither; a failed If-None-Match on a GET or HEAD is a 304 (§13.1.2)",
                    "RFC 9110 §13.1.1, §13.1.4, §15.5.13",
                    "declare the If-Match or If-Unmodified-Since header the operation evaluates, or answer the"
                            + " status of the real condition",
                    Unless.CONDITIONAL_REQUEST),
            new Mismatch(415, READS,
                    "415 rejects the format of the request's content (RFC 9110 §15.5.16), and a GET or HEAD sends"
                            + " none",
                    "RFC 9110 §15.5.16",
                    "remove 415; a representation that is not available in a format the client accepts is a 406"
                            + " Not Acceptable (RFC 9110 §15.5.7)",
                    Unless.REQUEST_CONTENT),
            new Mismatch(304, EnumSet.complementOf(EnumSet.of(GET, HEAD)),
                    "304 only answers a conditional GET or HEAD (RFC 9110 §15.4.5); for other methods a failed"
                            + " If-None-Match is a 412 and If-Modified-Since is ignored (§13.1.2, §13.1.3)",
                    "RFC 9110 §15.4.5, §13.1.2",
                    "remove 304; answer 412 Precondition Failed when the operation's If-None-Match fails",
                    Unless.NEVER),
            new Mismatch(207, EnumSet.complementOf(EnumSet.of(POST, DELETE)),
                    "207 carries one status per part of a batch or bulk request (RFC 4918 §11.1, §13), which an"
                            + " API sends as a POST (Zalando rule 152)",
                    "RFC 4918 §11.1, §13; Zalando RESTful API Guidelines rule 152",
                    "send the batch as a POST, or answer the single operation with one status",
                    Unless.NEVER));

    static {
        for (Mismatch m : TABLE) {
            if (!StatusRegistry.isRegistered(m.code())) {
                throw new IllegalStateException(m.code() + " is not a registered status");
            }
        }
    }

    private MethodStatusMatrix() {
    }

    /** Every wrong combination, in the order of the table. */
    public static List<Mismatch> all() {
        return TABLE;
    }

    /** The entry saying {@code code} does not fit {@code method}; empty when the table has nothing against it. */
    public static Optional<Mismatch> mismatch(HttpMethod method, int code) {
        return TABLE.stream().filter(m -> m.code() == code && m.methods().contains(method)).findFirst();
    }
}
