package dev.apistatus.core.status;

/**
 * How strongly the specification that defines a status code ties a response header to it, so that rules
 * can grade a missing header: a missing MUST header is a protocol violation, a missing SHOULD or MAY header
 * is a weaker finding.
 */
public enum HeaderRequirement {
    /** The defining specification says the server MUST send the header (401 WWW-Authenticate, 405 Allow). */
    MUST,
    /** The defining specification says SHOULD (301 Location, 416 Content-Range). */
    SHOULD,
    /**
     * The defining specification only permits the header (429 and 503 Retry-After), or the header is a strong
     * convention without normative wording (201 Location).
     */
    MAY
}
