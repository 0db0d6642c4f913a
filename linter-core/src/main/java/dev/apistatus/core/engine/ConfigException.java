package dev.apistatus.core.engine;

/** A configuration the engine cannot run with; the message names the setting (and file) and what is wrong. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
