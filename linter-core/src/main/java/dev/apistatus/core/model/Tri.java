package dev.apistatus.core.model;

/** A fact static reading may establish, refute, or leave open; rules act on YES or NO and stay silent on UNKNOWN. */
public enum Tri {
    YES, NO, UNKNOWN;

    public static Tri of(boolean value) {
        return value ? YES : NO;
    }
}
