package dev.apistatus.core.contract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Path templates reduced to what routing compares: parameter names, Spring's and JAX-RS's regular expressions
 * ({@code {id:\d+}}, {@code {id: [0-9]+}}), duplicate and trailing slashes do not matter. Code paths may also hold
 * wildcards ({@code *}, {@code **}, {@code {*rest}}) and Spring placeholders ({@code ${api.base:/v1}}).
 */
public final class PathKey {

    /** What a parameter of any name becomes. */
    public static final String PARAMETER = "{}";
    /** What a catch-all ({@code **}, {@code {*rest}}, an unresolved placeholder) becomes. */
    public static final String REST = "**";

    private PathKey() {
    }

    /**
     * {@code /orders/{orderId:\d+}/} gives {@code /orders/{}}; {@code ""} gives {@code /}. Wildcards are kept
     * ({@code *}, {@code **}; {@code {*rest}} becomes {@code **}).
     */
    public static String normalize(String template) {
        StringBuilder out = new StringBuilder();
        String t = template == null ? "" : template.trim();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '{') {
                int depth = 1;
                int j = i + 1;
                while (j < t.length() && depth > 0) {
                    char c = t.charAt(j);
                    if (c == '\\' && j + 1 < t.length()) {
                        j += 2;
                        continue;
                    }
                    if (c == '{') {
                        depth++;
                    } else if (c == '}') {
                        depth--;
                    }
                    j++;
                }
                String inside = t.substring(i + 1, Math.max(i + 1, j - 1)).trim();
                out.append(inside.startsWith("*") ? REST : PARAMETER);
                i = j - 1;
            } else {
                out.append(ch);
            }
        }
        // one leading slash, no doubled or trailing ones
        StringBuilder p = new StringBuilder(out.length() + 1).append('/');
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c != '/' || p.charAt(p.length() - 1) != '/') {
                p.append(c);
            }
        }
        if (p.length() > 1 && p.charAt(p.length() - 1) == '/') {
            p.setLength(p.length() - 1);
        }
        return p.toString();
    }

    /** {@code join("/api", "/orders")} gives {@code /api/orders}, normalised. */
    public static String join(String prefix, String path) {
        return normalize((prefix == null ? "" : prefix) + "/" + (path == null ? "" : path));
    }

    /** The number of segments of a normalised path ({@code /} has none). */
    static int segments(String normalized) {
        int n = 0;
        for (int i = 0; i < normalized.length(); i++) {
            if (normalized.charAt(i) == '/' && i + 1 < normalized.length()) {
                n++;
            }
        }
        return n;
    }

    /** True when the normalised path holds a wildcard: it names many paths, not one. */
    public static boolean isPattern(String normalized) {
        return normalized.contains("*") || normalized.contains("?");
    }

    /**
     * A regular expression for a normalised path: a parameter or {@code *} matches one segment (or part of one),
     * {@code **} any number of segments.
     */
    public static Pattern regex(String normalized) {
        StringBuilder re = new StringBuilder();
        String[] segments = normalized.split("/", -1);
        for (int s = 1; s < segments.length; s++) {
            String seg = segments[s];
            if (seg.equals(REST)) {
                re.append("(/.*)?");
                continue;
            }
            re.append('/');
            int i = 0;
            while (i < seg.length()) {
                if (seg.startsWith(PARAMETER, i)) {
                    re.append("[^/]+");
                    i += PARAMETER.length();
                } else if (seg.charAt(i) == '*') {
                    re.append("[^/]*");
                    i++;
                } else if (seg.charAt(i) == '?') {
                    re.append("[^/]");
                    i++;
                } else {
                    re.append(Pattern.quote(String.valueOf(seg.charAt(i))));
                    i++;
                }
            }
        }
        if (re.isEmpty()) {
            re.append("/?");
        }
        return Pattern.compile(re.toString());
    }

    /**
     * Resolves Spring placeholders: {@code ${key:default}} gives the configured value of {@code key} (relaxed
     * binding), else {@code default}, else a catch-all ({@code **}): the path is then a pattern.
     */
    public static String resolvePlaceholders(String path, Map<String, String> properties) {
        if (path == null || !path.contains("${")) {
            return path;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            int start = path.indexOf("${", i);
            if (start < 0) {
                out.append(path, i, path.length());
                break;
            }
            out.append(path, i, start);
            int depth = 0;
            int j = start;
            for (; j < path.length(); j++) {
                char c = path.charAt(j);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            if (j >= path.length()) {
                out.append("/" + REST);
                break;
            }
            String body = path.substring(start + 2, j);
            int colon = body.indexOf(':');
            String key = colon < 0 ? body : body.substring(0, colon);
            String value = lookup(key.trim(), properties);
            if (value == null && colon >= 0) {
                value = body.substring(colon + 1);
            }
            out.append(value == null || value.contains("${") ? "/" + REST + "/" : value);
            i = j + 1;
        }
        return out.toString();
    }

    private static String lookup(String key, Map<String, String> properties) {
        String v = properties.get(key);
        if (v != null) {
            return v;
        }
        String canonical = canonical(key);
        for (Map.Entry<String, String> e : properties.entrySet()) {
            if (canonical(e.getKey()).equals(canonical)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String canonical(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
