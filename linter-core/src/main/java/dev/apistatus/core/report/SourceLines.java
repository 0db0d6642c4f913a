package dev.apistatus.core.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of the lines findings point at, read from the project's files on demand (each file once). Files outside
 * the project directory, missing, unreadable or larger than {@link #MAX_BYTES} give nothing: a report shows the
 * finding without its line rather than fail. Not thread-safe: one per report.
 */
public final class SourceLines {

    /** Above the largest spec apistatus reads by default; larger files are not loaded just to quote a line. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Lines longer than this are cut (minified JSON is one line). */
    public static final int MAX_LINE_CHARS = 400;

    private final Path projectDir;
    private final Map<String, List<String>> files = new HashMap<>();

    /** @param projectDir the directory report paths are relative to; null reads nothing */
    public SourceLines(Path projectDir) {
        this.projectDir = projectDir == null ? null : projectDir.toAbsolutePath().normalize();
    }

    /** Line {@code line} (1-based) of {@code file} (relative to the project directory), as written, without its line end. */
    public Optional<String> line(String file, int line) {
        if (projectDir == null || line < 1) {
            return Optional.empty();
        }
        List<String> lines = files.computeIfAbsent(file, this::load);
        if (line > lines.size()) {
            return Optional.empty();
        }
        String text = lines.get(line - 1);
        return Optional.of(text.length() > MAX_LINE_CHARS ? text.substring(0, MAX_LINE_CHARS) + "…" : text);
    }

    private List<String> load(String file) {
        try {
            Path path = projectDir.resolve(file).normalize();
            if (!path.startsWith(projectDir) || !Files.isRegularFile(path) || Files.size(path) > MAX_BYTES) {
                return List.of();
            }
            return List.of(decode(Files.readAllBytes(path)).split("\r\n|\r|\n", -1));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** UTF-8, falling back to ISO-8859-1 for files in another encoding, so any byte sequence gives text. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
