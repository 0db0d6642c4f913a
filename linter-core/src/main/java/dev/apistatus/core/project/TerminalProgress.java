package dev.apistatus.core.project;

import dev.apistatus.core.engine.Progress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows what a long run is doing on an interactive terminal: nothing for the first {@link #DEFAULT_DELAY}, then one
 * line, rewritten in place ({@code \r}), with the current phase and the time so far. The line is erased when the run
 * ends, so the terminal keeps only the findings. Off when the output is not a terminal or {@code CI} is set: CI logs
 * get nothing extra.
 */
public final class TerminalProgress implements Progress, AutoCloseable {

    /** Runs shorter than this show no progress at all. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);

    private static final long TICK_MILLIS = 250;

    private final PrintStream out;
    private final long start = System.nanoTime();
    private final long delayNanos;
    private final ScheduledExecutorService ticker;
    private volatile String phase = "starting";
    private boolean shown;
    private boolean closed;
    private String last;
    private int width;

    /**
     * @param out     where the line goes (a terminal)
     * @param delay   how long a run goes before the line appears
     * @param enabled false makes this a {@link Progress} that shows nothing (and starts no thread)
     */
    public TerminalProgress(PrintStream out, Duration delay, boolean enabled) {
        this.out = out;
        this.delayNanos = delay.toNanos();
        if (enabled) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "apistatus-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** Progress for the current process: on when standard output is a terminal and neither CI nor a dumb terminal. */
    public static TerminalProgress forConsole(PrintStream out) {
        return new TerminalProgress(out, DEFAULT_DELAY, interactive());
    }

    /** True when the console is a terminal, {@code CI} is unset and {@code TERM} is not {@code dumb}. */
    public static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public void phase(String description) {
        phase = description;
    }

    private synchronized void tick() {
        long elapsed = System.nanoTime() - start;
        if (closed || elapsed < delayNanos) {
            return;
        }
        String line = String.format("apistatus: %s (%.0f s)", phase, elapsed / 1e9);
        if (line.equals(last)) {
            return;
        }
        last = line;
        out.print('\r' + line + " ".repeat(Math.max(0, width - line.length())));
        out.flush();
        width = line.length();
        shown = true;
    }

    /** Stops and erases the line, if one was shown. */
    @Override
    public synchronized void close() {
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        closed = true;
        if (shown) {
            out.print('\r' + " ".repeat(width) + '\r');
            out.flush();
            shown = false;
        }
    }
}
