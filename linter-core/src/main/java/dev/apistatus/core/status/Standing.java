package dev.apistatus.core.status;

/** Where a status code stands with respect to the IANA HTTP Status Code Registry. */
public enum Standing {
    /**
     * Listed in the IANA HTTP Status Code Registry, including the reserved "(Unused)" entries 306 and 418
     * and the temporary registration 104.
     */
    REGISTERED,
    /** Not registered, but a known non-standard code used by a product or vendor (the note says whose). */
    VENDOR,
    /** Neither registered nor a known vendor code (299, 600, ...). */
    UNASSIGNED
}
