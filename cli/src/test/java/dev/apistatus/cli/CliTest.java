package dev.apistatus.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process in a temporary project directory. */
abstract class CliTest {

    /** Line 5: a PUT without a success response (error); line 10: a 400 as application/json (warning). */
    static final String SPEC = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /things:
                put:
                  responses:
                    "400":
                      description: bad
                      content:
                        application/json:
                          schema: {type: object}
            """;

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length];
        System.arraycopy(args, 0, all, 0, args.length);
        int status = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

}
