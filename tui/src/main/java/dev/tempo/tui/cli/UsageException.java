package dev.tempo.tui.cli;

/** A flag value that cannot be used. The message is the text after "error: ". */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
