package dev.tempo.engine.config;

/** A bunfig.toml that cannot be used. The message is one line, {@code FILE:LINE:COL: what is wrong} when a position is known. */
public final class BunfigException extends Exception {
    public BunfigException(String message) {
        super(message);
    }
}
