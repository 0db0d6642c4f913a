package dev.apistatus.core.engine;

/**
 * A configuration the engine cannot run with; the message names the setting (and file) and what is wrong. It is
 * an {@link IllegalArgumentException}, so front ends that catch that get it too.
 */
public class ConfigException extends IllegalArgumentException {
    public ConfigException(String message) {
        super(message);
    }
}
