package dev.apistatus.core.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/** An immutable set of HTTP status codes (100 to 599), with set algebra and a compact description ("429, 5xx"). */
public final class StatusSet {

    public static final int MIN = 100;
    public static final int MAX = 599;

    public static final StatusSet NONE = new StatusSet(new BitSet());
    public static final StatusSet ALL = range(MIN, MAX);

    private final BitSet bits;

    private StatusSet(BitSet bits) {
        this.bits = bits;
    }

    public static StatusSet of(int... codes) {
        BitSet b = new BitSet();
        for (int c : codes) {
            if (c >= MIN && c <= MAX) {
                b.set(c);
            }
        }
        return new StatusSet(b);
    }

    /** Codes from {@code low} to {@code high}, both included (clamped to 100..599). */
    public static StatusSet range(int low, int high) {
        BitSet b = new BitSet();
        int lo = Math.max(MIN, low);
        int hi = Math.min(MAX, high);
        if (lo <= hi) {
            b.set(lo, hi + 1);
        }
        return new StatusSet(b);
    }

    /** The codes of a class: {@code series(4)} is 400..499. */
    public static StatusSet series(int hundred) {
        return range(hundred * 100, hundred * 100 + 99);
    }

    public StatusSet union(StatusSet other) {
        BitSet b = (BitSet) bits.clone();
        b.or(other.bits);
        return new StatusSet(b);
    }

    public StatusSet intersect(StatusSet other) {
        BitSet b = (BitSet) bits.clone();
        b.and(other.bits);
        return new StatusSet(b);
    }

    public StatusSet minus(StatusSet other) {
        BitSet b = (BitSet) bits.clone();
        b.andNot(other.bits);
        return new StatusSet(b);
    }

    public StatusSet complement() {
        return ALL.minus(this);
    }

    public boolean contains(int code) {
        return code >= MIN && code <= MAX && bits.get(code);
    }

    public boolean isEmpty() {
        return bits.isEmpty();
    }

    public boolean containsAll(StatusSet other) {
        return other.minus(this).isEmpty();
    }

    public IntStream codes() {
        return bits.stream();
    }

    /** Compact: whole classes as {@code 5xx}, runs as {@code 400-407}, single codes as themselves. */
    public String describe() {
        if (isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        int c = bits.nextSetBit(MIN);
        while (c >= 0 && c <= MAX) {
            if (c % 100 == 0 && bits.nextClearBit(c) > c + 99) {
                parts.add((c / 100) + "xx");
                c = bits.nextSetBit(c + 100);
                continue;
            }
            int end = bits.nextClearBit(c) - 1;
            int classEnd = c / 100 * 100 + 99;
            end = Math.min(end, classEnd);
            parts.add(end == c ? Integer.toString(c) : end == c + 1 ? c + ", " + end : c + "-" + end);
            c = bits.nextSetBit(end + 1);
        }
        return String.join(", ", parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusSet s && s.bits.equals(bits);
    }

    @Override
    public int hashCode() {
        return bits.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
