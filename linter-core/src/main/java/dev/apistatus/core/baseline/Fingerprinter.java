package dev.apistatus.core.baseline;

import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.report.SourceLines;
import dev.apistatus.core.rule.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a finding into its baseline entry: rule, file, the element it belongs to and the normalised text of its
 * line, never the line number.
 *
 * <ul>
 *   <li>In a spec the element is the finding's JSON pointer ({@code /paths/~1pets/get/responses/204}).</li>
 *   <li>In Java it is the member or type whose lines hold the finding ({@code OrderController#create(Order)}).</li>
 *   <li>The snippet is the finding's line with surrounding blanks cut and inner runs of blanks made one space.</li>
 * </ul>
 *
 * Adding or removing lines above a finding changes none of these. Editing the finding's own line, or moving it to
 * another operation or method, makes it a new finding. Not thread-safe: one per run.
 */
public final class Fingerprinter {

    private final Path projectDir;
    private final SourceLines lines;
    private final JavaElements java;

    /**
     * @param projectDir  finding paths are relative to it
     * @param javaRelease the Java release sources are parsed with
     */
    public Fingerprinter(Path projectDir, int javaRelease) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.lines = new SourceLines(this.projectDir);
        this.java = new JavaElements(javaRelease);
    }

    public Baseline.Entry entry(Finding finding) {
        SourceLocation at = finding.location();
        String snippet = normalise(lines.line(at.file(), at.line()).orElse(""));
        return new Baseline.Entry(finding.ruleId(), at.file(), element(at), snippet, finding.message());
    }

    private String element(SourceLocation at) {
        if (at.pointer() != null) {
            return at.pointer();
        }
        if (at.file().toLowerCase(Locale.ROOT).endsWith(".java")) {
            return java.at(at.file(), () -> javaText(at.file()), at.line());
        }
        return "";
    }

    private String javaText(String file) {
        try {
            Path path = projectDir.resolve(file).normalize();
            if (path.startsWith(projectDir) && Files.isRegularFile(path) && Files.size(path) <= SourceLines.MAX_BYTES) {
                return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: no element
        }
        return "";
    }

    /** Blanks at the ends cut, inner runs of blanks (spaces, tabs) made one space. */
    static String normalise(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }
}
