package dev.tempo.engine.module;

import java.nio.file.Path;

/** A file could not be transpiled: a syntax error at {@code file:line:column}. */
public final class TranspileException extends Exception {
    private final Path file;
    private final int line;
    private final int column;

    public TranspileException(Path file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
}
