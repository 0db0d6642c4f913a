package dev.apistatus.core.spec;

/** The text of a spec file is not well-formed JSON or YAML (or is empty). */
public final class SpecSyntaxException extends RuntimeException {

    private final int line;
    private final int column;

    public SpecSyntaxException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
