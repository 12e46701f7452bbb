package dev.tempo.engine.events;

/** How a test ended. */
public enum TestStatus {
    PASS, FAIL, SKIP, TODO;
}
