package dev.apistatus.core.spec;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON pointers: building, splitting, escaping. */
public final class JsonPointers {

    private JsonPointers() {
    }

    public static String escape(String segment) {
        if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
            return segment;
        }
        return segment.replace("~", "~0").replace("/", "~1");
    }

    public static String unescape(String segment) {
        if (segment.indexOf('~') < 0) {
            return segment;
        }
        return segment.replace("~1", "/").replace("~0", "~");
    }

    /** {@code append("/paths", "/pets")} gives {@code /paths/~1pets}. */
    public static String append(String pointer, String segment) {
        return pointer + "/" + escape(segment);
    }

    /** The unescaped segments of a pointer; {@code ""} has none. */
    public static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return out;
        }
        int start = pointer.charAt(0) == '/' ? 1 : 0;
        while (start <= pointer.length()) {
            int slash = pointer.indexOf('/', start);
            int end = slash < 0 ? pointer.length() : slash;
            out.add(unescape(pointer.substring(start, end)));
            if (slash < 0) {
                break;
            }
            start = slash + 1;
        }
        return out;
    }

    /** The last segment, unescaped; {@code ""} for the root. */
    public static String last(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return "";
        }
        return unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    static int index(String segment) {
        try {
            return Integer.parseInt(segment);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** True when {@code pointer} is {@code ancestor} or lies under it. */
    public static boolean isAtOrUnder(String pointer, String ancestor) {
        return ancestor.isEmpty() || pointer.equals(ancestor)
                || pointer.startsWith(ancestor) && pointer.charAt(ancestor.length()) == '/';
    }
}
