package dev.apistatus.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLongRunShowsItsPhaseOnOneLineAndErasesIt() throws InterruptedException {
        try (TerminalProgress progress = new TerminalProgress(out, Duration.ZERO, true)) {
            progress.phase("reading Java sources");
            Thread.sleep(700);
        }
        String text = printed();
        assertThat(text).startsWith("\rapistatus: reading Java sources (").doesNotContain("\n");
        // the last thing printed blanks the line and returns to its start
        assertThat(text).endsWith("\r").matches("(?s).*\r +\r$");
    }

    @Test
    void aShortRunShowsNothing() throws InterruptedException {
        try (TerminalProgress progress = new TerminalProgress(out, Duration.ofSeconds(2), true)) {
            progress.phase("reading 1 spec file");
            Thread.sleep(300);
        }
        assertThat(printed()).isEmpty();
    }

    @Test
    void offMeansNothingEvenForLongRuns() throws InterruptedException {
        try (TerminalProgress progress = new TerminalProgress(out, Duration.ZERO, false)) {
            progress.phase("running rules (1/20): a");
            Thread.sleep(400);
        }
        assertThat(printed()).isEmpty();
    }
}
