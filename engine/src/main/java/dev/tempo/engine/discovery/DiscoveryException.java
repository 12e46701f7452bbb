package dev.tempo.engine.discovery;

/** Discovery could not run at all (for example the test root does not exist). The message is one line. */
public final class DiscoveryException extends Exception {
    public DiscoveryException(String message) {
        super(message);
    }
}
