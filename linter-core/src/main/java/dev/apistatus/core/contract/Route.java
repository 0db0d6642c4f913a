package dev.apistatus.core.contract;

import dev.apistatus.core.model.SourceLocation;

/**
 * How a handler was matched to a spec operation: the prefix put before the handler's path and the one put before
 * the spec's path, or the {@code operationId} for a handler whose path is in an interface the sources do not hold.
 *
 * @param codePrefix    what was put before the handler's path ({@code ""} for nothing)
 * @param codeSource    where it comes from: {@code server.servlet.context-path /api (src/main/resources/application.yml:3)};
 *                      null for nothing
 * @param codeDropped   the configured prefix left out of the handler's path, described the same way; null when none was
 * @param specPrefix    what was put before the spec's path ({@code ""} for nothing)
 * @param specSource    where it comes from: {@code server URL /api (openapi.yaml:4)}; null for nothing
 * @param specDropped   the declared server path left out of the spec's path; null when none was
 * @param agreed        true when the handler's full path and the spec's full URL path matched (every configured
 *                      prefix on both sides); false when a prefix had to be left out, which messages then say
 * @param byOperationId true when matched by the handler's method name and the spec's {@code operationId}
 */
public record Route(String codePrefix, String codeSource, String codeDropped, String specPrefix, String specSource,
                    String specDropped, boolean agreed, boolean byOperationId) {

    static final Route OPERATION_ID = new Route("", null, null, "", null, null, true, true);

    /** A prefix with its origin. */
    record Prefix(String path, String source, SourceLocation location, boolean full) {
        static final Prefix NONE = new Prefix("", null, null, true);

        String describe() {
            return source == null ? null : source + " " + path + " (" + SpecOperation.where(location) + ")";
        }
    }

    /**
     * @param codeFull the handler's full prefix (when {@code code} is not it, it was left out)
     * @param specFull the spec's full prefix
     */
    static Route of(Prefix code, Prefix codeFull, Prefix spec, Prefix specFull, boolean agreed) {
        return new Route(code.path(), code.describe(), code.full() || codeFull == null ? null : codeFull.describe(),
                spec.path(), spec.describe(), spec.full() || specFull == null ? null : specFull.describe(), agreed, false);
    }

    /**
     * For messages, when the sides disagree: {@code matched without server.servlet.context-path /svc
     * (application.properties:2) and without server URL /api (openapi.yaml:4)}. Empty when they agree.
     */
    public String describe() {
        if (agreed || byOperationId) {
            return "";
        }
        String code = codeDropped != null ? "without " + codeDropped : codeSource != null ? "with " + codeSource : null;
        String spec = specDropped != null ? "without " + specDropped : specSource != null ? "with " + specSource : null;
        return "matched " + (code == null ? spec : spec == null ? code : code + " and " + spec);
    }
}
