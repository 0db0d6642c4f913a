package dev.apistatus.core.status;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which conditional request header fields (RFC 9110 §13.1) can lead to which status code, so a rule can tell
 * whether an operation that declares 304, 412 or 428 takes any header that would make that status possible.
 *
 * <ul>
 *   <li><b>304 Not Modified</b> (RFC 9110 §15.4.5) answers a conditional GET or HEAD whose condition evaluated to
 *       false: {@code If-None-Match} (§13.1.2: "the origin server ... MUST respond with ... 304 (Not Modified)"
 *       for GET and HEAD) or {@code If-Modified-Since} (§13.1.3). No other precondition yields a 304.</li>
 *   <li><b>412 Precondition Failed</b> (RFC 9110 §15.5.13: "one or more conditions given in the request header
 *       fields evaluated to false"): {@code If-Match} (§13.1.1), {@code If-Unmodified-Since} (§13.1.4), and
 *       {@code If-None-Match} on methods other than GET and HEAD (§13.1.2, e.g. {@code If-None-Match: *} to
 *       create only when nothing exists). {@code If-Range} never yields 412 (§13.1.5: the server sends the whole
 *       representation instead); {@code If-Modified-Since} never does either (it only yields 304).</li>
 *   <li><b>428 Precondition Required</b> (RFC 6585 §3: "the origin server requires the request to be
 *       conditional"): the server wants the client to send one of the headers that guard a state change, the
 *       same set as 412.</li>
 * </ul>
 */
public final class ConditionalRequests {

    public static final String IF_MATCH = "If-Match";
    public static final String IF_NONE_MATCH = "If-None-Match";
    public static final String IF_MODIFIED_SINCE = "If-Modified-Since";
    public static final String IF_UNMODIFIED_SINCE = "If-Unmodified-Since";

    /** The status codes that only a conditional request can produce, with the header fields that can produce them. */
    private static final Map<Integer, List<String>> TRIGGERS = Collections.unmodifiableMap(new TreeMap<>(Map.of(
            304, List.of(IF_NONE_MATCH, IF_MODIFIED_SINCE),
            412, List.of(IF_MATCH, IF_UNMODIFIED_SINCE, IF_NONE_MATCH),
            428, List.of(IF_MATCH, IF_UNMODIFIED_SINCE, IF_NONE_MATCH))));

    private static final Map<Integer, String> REFERENCES = Map.of(
            304, "RFC 9110 §15.4.5, §13.1.2, §13.1.3",
            412, "RFC 9110 §15.5.13, §13.1.1, §13.1.2, §13.1.4",
            428, "RFC 6585 §3");

    private ConditionalRequests() {
    }

    /** The codes that answer a conditional request: 304, 412 and 428, in order. */
    public static Set<Integer> statuses() {
        return TRIGGERS.keySet();
    }

    /** True for 304, 412 and 428. */
    public static boolean isConditionalStatus(int code) {
        return TRIGGERS.containsKey(code);
    }

    /**
     * The request header fields, in canonical capitalisation, any of which can lead to {@code code}; empty for
     * a code that does not depend on a conditional request.
     */
    public static List<String> triggers(int code) {
        return TRIGGERS.getOrDefault(code, List.of());
    }

    /** True when {@code header} (case-insensitive) is one of {@link #triggers(int)}. */
    public static boolean canTrigger(String header, int code) {
        String wanted = header == null ? "" : header.toLowerCase(Locale.ROOT);
        return triggers(code).stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).equals(wanted));
    }

    /** Where the link between the code and its header fields is defined. */
    public static Optional<String> reference(int code) {
        return Optional.ofNullable(REFERENCES.get(code));
    }
}
