package dev.apistatus.core.code;

/** Joining and normalising the path templates of handlers. */
public final class PathTemplates {

    private PathTemplates() {
    }

    /** {@code join("/api/", "/orders/")} gives {@code /api/orders}; the root is {@code /}. */
    public static String join(String prefix, String path) {
        String joined = ("/" + prefix + "/" + path).replaceAll("/{2,}", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return joined;
    }
}
