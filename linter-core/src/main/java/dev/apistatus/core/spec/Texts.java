package dev.apistatus.core.spec;

/** Quoting user text in messages: whatever the input, a message stays one short line. */
public final class Texts {

    /** Longest piece of user text quoted in a message. */
    public static final int MAX_QUOTED = 120;

    private Texts() {
    }

    /**
     * The text on one line, control characters escaped, cut so that the result (escapes included) stays within
     * {@link #MAX_QUOTED} characters, with an ellipsis and the full length when cut.
     */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_QUOTED) + 32);
        int i = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            String piece;
            if (c == '\n') {
                piece = "\\n";
            } else if (c == '\r') {
                piece = "\\r";
            } else if (c == '\t') {
                piece = "\\t";
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                piece = String.format("\\u%04x", (int) c);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                piece = text.substring(i, i + 2);
            } else {
                piece = String.valueOf(c);
            }
            if (out.length() + piece.length() > MAX_QUOTED) {
                break;
            }
            out.append(piece);
            if (piece.length() == 2 && Character.isHighSurrogate(c)) {
                i++;
            }
        }
        if (i < text.length()) {
            out.append("... (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }
}
