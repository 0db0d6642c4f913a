package dev.apistatus.core.status;

/** The five classes of HTTP status codes, by first digit (RFC 9110 §15). */
public enum StatusClass {
    /** 1xx (RFC 9110 §15.2). */
    INFORMATIONAL,
    /** 2xx (RFC 9110 §15.3). */
    SUCCESSFUL,
    /** 3xx (RFC 9110 §15.4). */
    REDIRECTION,
    /** 4xx (RFC 9110 §15.5). */
    CLIENT_ERROR,
    /** 5xx (RFC 9110 §15.6). */
    SERVER_ERROR;

    /**
     * The class of a three-digit code.
     *
     * @throws IllegalArgumentException when {@code code} is outside 100..599 (RFC 9110 §15 defines no class there)
     */
    public static StatusClass of(int code) {
        if (!inRange(code)) {
            throw new IllegalArgumentException("HTTP status code " + code + " is outside 100-599 and has no class");
        }
        return values()[code / 100 - 1];
    }

    /** True for 100..599, the codes that have a class. */
    public static boolean inRange(int code) {
        return code >= 100 && code <= 599;
    }

    /** The first digit of the codes in this class (1 for INFORMATIONAL ... 5 for SERVER_ERROR). */
    public int digit() {
        return ordinal() + 1;
    }
}
