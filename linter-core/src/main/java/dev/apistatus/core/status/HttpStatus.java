package dev.apistatus.core.status;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The facts the linter knows about one status code. Instances come from {@link StatusRegistry}.
 *
 * @param code            the three-digit code, 100..599
 * @param reason          the IANA description ("Not Found", "(Unused)") or, for a vendor code, its usual reason phrase
 * @param statusClass     the class, always {@code StatusClass.of(code)}
 * @param standing        {@link Standing#REGISTERED} or {@link Standing#VENDOR} (unassigned codes have no entry)
 * @param bodyAllowed     false where the response can never carry content: 1xx, 204, 205, 304
 * @param requiredHeaders response headers that go with the code, in canonical capitalisation and in a stable order;
 *                        how strongly each is required is in {@link StatusRegistry#headerRequirement(int, String)}
 * @param retrySafe       whether repeating the same request after this status can be expected to help; see
 *                        {@link StatusRegistry} for the reasoning per code
 * @param reference       where the code is defined ("RFC 9110 §15.5.5"); for a vendor code, the vendor's source
 * @param note            extra facts: for a vendor code, whose code it is and what it means; empty when nothing to add
 */
public record HttpStatus(
        int code,
        String reason,
        StatusClass statusClass,
        Standing standing,
        boolean bodyAllowed,
        Set<String> requiredHeaders,
        boolean retrySafe,
        String reference,
        String note) {

    /** The IANA description of the reserved codes 306 and 418. */
    public static final String UNUSED = "(Unused)";

    public HttpStatus {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(statusClass, "statusClass");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(requiredHeaders, "requiredHeaders");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(note, "note");
        if (statusClass != StatusClass.of(code)) {
            throw new IllegalArgumentException(code + " is " + StatusClass.of(code) + ", not " + statusClass);
        }
        requiredHeaders = Collections.unmodifiableSet(new LinkedHashSet<>(requiredHeaders));
    }

    public boolean isRegistered() {
        return standing == Standing.REGISTERED;
    }

    public boolean isVendor() {
        return standing == Standing.VENDOR;
    }

    /**
     * True for the registered but reserved codes (306, 418): IANA lists them as "(Unused)", so an API that
     * declares one is using a code that has no meaning in HTTP.
     */
    public boolean isUnused() {
        return isRegistered() && UNUSED.equals(reason);
    }

    /** Case-insensitive test against {@link #requiredHeaders()}. */
    public boolean requiresHeader(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return requiredHeaders.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
