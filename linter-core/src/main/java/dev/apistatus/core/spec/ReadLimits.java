package dev.apistatus.core.spec;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what reading one run's specs may cost, so that hostile or broken input ends in a finding, never in
 * a hang, a {@code StackOverflowError} or an {@code OutOfMemoryError}. The file size limit is
 * {@code maxSpecBytes} in the engine's configuration; these are the others. docs/limits.md lists them all.
 *
 * @param maxNestingDepth    deepest nesting of objects and arrays in a spec file (after YAML aliases are expanded)
 * @param maxKeyLength       longest object key, in characters
 * @param maxAliasNodes      how many nodes YAML aliases may add to a file in all (a "billion laughs" document
 *                           adds billions)
 * @param maxYamlLineLength  longest line of a YAML file, in characters: the YAML reader's time grows with the
 *                           square of the longest token, and a token never spans lines
 * @param remoteTimeout      with remote references allowed: the longest one fetch may take, connect to last byte
 * @param maxRemoteDocuments with remote references allowed: the most remote documents fetched in one run
 */
public record ReadLimits(int maxNestingDepth, int maxKeyLength, int maxAliasNodes, int maxYamlLineLength,
                         Duration remoteTimeout, int maxRemoteDocuments) {

    public static final int DEFAULT_MAX_NESTING_DEPTH = 500;
    public static final int DEFAULT_MAX_KEY_LENGTH = 50_000;
    public static final int DEFAULT_MAX_ALIAS_NODES = 100_000;
    public static final int DEFAULT_MAX_YAML_LINE_LENGTH = 256 * 1024;
    public static final Duration DEFAULT_REMOTE_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_REMOTE_DOCUMENTS = 50;

    /** The defaults: deeper, longer and larger than any real spec needs, far below what exhausts a build. */
    public static final ReadLimits DEFAULT = new ReadLimits(DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_KEY_LENGTH,
            DEFAULT_MAX_ALIAS_NODES, DEFAULT_MAX_YAML_LINE_LENGTH, DEFAULT_REMOTE_TIMEOUT, DEFAULT_MAX_REMOTE_DOCUMENTS);

    public ReadLimits {
        Objects.requireNonNull(remoteTimeout, "remoteTimeout");
        if (maxNestingDepth < 1 || maxKeyLength < 1 || maxAliasNodes < 0 || maxYamlLineLength < 1 || maxRemoteDocuments < 0
                || remoteTimeout.isNegative() || remoteTimeout.isZero()) {
            throw new IllegalArgumentException("read limits must be positive: " + this);
        }
    }

    public ReadLimits withMaxNestingDepth(int value) {
        return new ReadLimits(value, maxKeyLength, maxAliasNodes, maxYamlLineLength, remoteTimeout, maxRemoteDocuments);
    }

    public ReadLimits withMaxKeyLength(int value) {
        return new ReadLimits(maxNestingDepth, value, maxAliasNodes, maxYamlLineLength, remoteTimeout, maxRemoteDocuments);
    }

    public ReadLimits withMaxAliasNodes(int value) {
        return new ReadLimits(maxNestingDepth, maxKeyLength, value, maxYamlLineLength, remoteTimeout, maxRemoteDocuments);
    }

    public ReadLimits withMaxYamlLineLength(int value) {
        return new ReadLimits(maxNestingDepth, maxKeyLength, maxAliasNodes, value, remoteTimeout, maxRemoteDocuments);
    }

    public ReadLimits withRemoteTimeout(Duration value) {
        return new ReadLimits(maxNestingDepth, maxKeyLength, maxAliasNodes, maxYamlLineLength, value, maxRemoteDocuments);
    }

    public ReadLimits withMaxRemoteDocuments(int value) {
        return new ReadLimits(maxNestingDepth, maxKeyLength, maxAliasNodes, maxYamlLineLength, remoteTimeout, value);
    }
}
