package dev.apistatus.core.code;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses a project's files on background threads, ahead of the code reader, which asks for them one at a time from
 * one thread as its handlers reach them: parsing is most of the reading, and this way it uses every core. Files are
 * taken in the order given (the entry points first); a file asked for before its turn goes to the front.
 * <p>
 * Only the parse happens here: {@link JavaProject} records each outcome itself, in the order it asks, so the results
 * do not depend on which thread parsed what. Every file is parsed on one of these threads (never on the asking one),
 * so a file too deep for the parser's stack fails the same way on every run.
 */
final class ParseAhead {

    private static final class Slot {
        final Path file;
        /** Handed to the thread that claims the slot, then dropped. */
        String text;
        final AtomicBoolean claimed = new AtomicBoolean();
        final CompletableFuture<JavaProject.Outcome> outcome = new CompletableFuture<>();

        Slot(Path file, String text) {
            this.file = file;
            this.text = text;
        }
    }

    private final List<Slot> order = new ArrayList<>();
    private final Map<Path, Slot> slots = new HashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final ConcurrentLinkedQueue<Slot> urgent = new ConcurrentLinkedQueue<>();
    private volatile boolean stopped;

    /** Starts parsing {@code texts} (file → text, in the order wanted) on {@code threads} daemon threads. */
    ParseAhead(Map<Path, String> texts, ParserConfiguration.LanguageLevel level, int threads) {
        texts.forEach((file, text) -> {
            Slot slot = new Slot(file, text);
            order.add(slot);
            slots.put(file, slot);
        });
        int started = 0;
        try {
            for (int i = 0; i < threads; i++) {
                Thread thread = new Thread(() -> work(level), "apistatus-parse-" + i);
                thread.setDaemon(true);
                thread.start();
                started++;
            }
        } catch (OutOfMemoryError | RuntimeException e) {
            // no thread to be had (a limit on threads): with none started, the reader parses every file itself
            stopped = started == 0;
        }
    }

    /** Threads to use: the cores, at most 4 (this runs inside builds that have other work to do). */
    static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    private void work(ParserConfiguration.LanguageLevel level) {
        JavaParser parser = new JavaParser(JavaProject.configuration(level)); // one parser per thread
        while (!stopped) {
            Slot slot = urgent.poll();
            if (slot == null) {
                int i = next.getAndIncrement();
                if (i >= order.size()) {
                    return; // every slot has been claimed
                }
                slot = order.get(i);
            }
            if (slot.claimed.compareAndSet(false, true)) {
                String text = slot.text;
                slot.text = null;
                try {
                    slot.outcome.complete(JavaProject.parseText(parser, text));
                } catch (Throwable e) { // an Error such as OutOfMemoryError: the asking thread rethrows it
                    slot.outcome.completeExceptionally(e);
                }
            }
        }
    }

    /**
     * The outcome of parsing a file, waiting for it if need be; null when the file was not given or parsing ahead has
     * stopped (the caller then parses it itself).
     */
    JavaProject.Outcome take(Path file) {
        Slot slot = stopped ? null : slots.get(file);
        if (slot == null) {
            return null;
        }
        if (!slot.claimed.get()) {
            urgent.add(slot);
        }
        try {
            return slot.outcome.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Stops taking new files; files being parsed are finished and dropped. */
    void stop() {
        stopped = true;
    }
}
