package dev.apistatus.core.testing;

import java.nio.charset.StandardCharsets;

/**
 * Generators of hostile spec files, shared by the hostile-input tests and the measurements of docs/limits.md.
 * Each is built in memory, so the tests need no large files in the repository.
 */
public final class HostileInputs {

    private HostileInputs() {
    }

    public static final String HEAD = "openapi: 3.0.3\ninfo: {title: hostile, version: '1'}\n";

    /** The YAML "billion laughs": {@code levels} levels of anchors, each alias list {@code width} wide. */
    public static String billionLaughs(int levels, int width) {
        StringBuilder out = new StringBuilder(HEAD).append("paths: {}\nx-l0: &l0 [lol]\n");
        for (int i = 1; i <= levels; i++) {
            out.append("x-l").append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < width; j++) {
                out.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            out.append("]\n");
        }
        return out.toString();
    }

    /** A JSON spec whose extension nests {@code depth} arrays. */
    public static String deepJson(int depth) {
        return "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}, \"x-deep\": "
                + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    /** A YAML spec whose extension nests {@code depth} flow sequences. */
    public static String deepYamlFlow(int depth) {
        return HEAD + "paths: {}\nx-deep: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
    }

    /** A YAML spec whose extension nests {@code depth} block mappings, one indentation step each. */
    public static String deepYamlBlock(int depth) {
        StringBuilder out = new StringBuilder(HEAD).append("paths: {}\nx-deep:\n");
        for (int i = 1; i <= depth; i++) {
            out.append(" ".repeat(i)).append("k:\n");
        }
        out.append(" ".repeat(depth + 1)).append("end\n");
        return out.toString();
    }

    /** A response schema of {@code depth} nested {@code items}, written in JSON flow style. */
    public static String deepSchema(int depth) {
        return HEAD + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n"
                + "          content:\n            application/json:\n              schema: "
                + "{type: array, items: ".repeat(depth) + "{type: string}" + "}".repeat(depth) + "\n";
    }

    /** A realistic spec of about {@code bytes} bytes: many paths, each with a few responses and a schema. */
    public static byte[] bigSpec(long bytes) {
        StringBuilder out = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, bytes + 4096)).append(HEAD).append("paths:\n");
        int i = 0;
        while (out.length() < bytes) {
            out.append("  /resource").append(i).append("/{id}:\n")
                    .append("    get:\n      operationId: get").append(i).append('\n')
                    .append("      parameters:\n        - {name: id, in: path, required: true, schema: {type: string}}\n")
                    .append("      responses:\n")
                    .append("        '200':\n          description: the resource\n          content:\n")
                    .append("            application/json:\n              schema:\n                type: object\n")
                    .append("                properties:\n                  id: {type: string}\n")
                    .append("                  name: {type: string, maxLength: 100}\n")
                    .append("        '404': {description: not found}\n");
            i++;
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A spec of about {@code bytes} bytes that is mostly one description string. */
    public static byte[] bigString(long bytes) {
        return (HEAD + "paths: {}\nx-blob: \"" + "a".repeat((int) bytes) + "\"\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON spec with a path key {@code length} characters long. */
    public static String longKeyJson(int length) {
        return "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {\"/"
                + "k".repeat(length) + "\": {}}}";
    }

    /** A YAML spec with an explicit ({@code ? key}) path key {@code length} characters long. */
    public static String longKeyYaml(int length) {
        return HEAD + "paths:\n  ? /" + "k".repeat(length) + "\n  : {}\n";
    }
}
