package dev.apistatus.core.engine;

/**
 * Hears what a run is doing, for front ends that show progress on long runs. Called on the thread that runs the
 * engine; implementations must be quick and must not throw.
 */
public interface Progress {

    /** Hears nothing. */
    Progress NONE = phase -> { };

    /** The run moved on: {@code reading 3 spec files}, {@code reading Java sources}, {@code running rules (4/20)}. */
    void phase(String description);
}
