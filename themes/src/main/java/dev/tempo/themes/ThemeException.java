package dev.tempo.themes;

/** A theme that cannot be used; the message is one line naming the file (and line) and what is wrong. */
public final class ThemeException extends Exception {
    public ThemeException(String message) {
        super(message);
    }
}
