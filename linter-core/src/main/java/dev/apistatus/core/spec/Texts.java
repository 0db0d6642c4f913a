package dev.apistatus.core.spec;

/** Quoting user text in messages: whatever the input, a message stays one short line. */
public final class Texts {

    /** Longest piece of user text quoted in a message. */
    public static final int MAX_QUOTED = 120;

    private Texts() {
    }

    /** The text on one line, cut to {@link #MAX_QUOTED} characters with an ellipsis and the full length. */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_QUOTED) + 32);
        int n = Math.min(text.length(), MAX_QUOTED);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (Character.isHighSurrogate(c) && i == n - 1) {
                break; // do not split a surrogate pair
            } else {
                out.append(c);
            }
        }
        if (text.length() > MAX_QUOTED) {
            out.append("... (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }
}
