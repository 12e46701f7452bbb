package dev.tempo.engine.config;

/** The user asked for something that cannot work (bad flag value, broken config): one line, exit 1. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
