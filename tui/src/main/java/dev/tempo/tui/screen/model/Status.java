package dev.tempo.tui.screen.model;

/** What the UI shows for a file, a describe or a test. */
public enum Status {
    /** Known, not run yet in this session. */
    IDLE,
    /** Part of the current run, not started. */
    QUEUED,
    RUNNING, PASS, FAIL, SKIP, TODO;

    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }

    /** The status of a group: failure wins, then activity, then passes. */
    public static Status combine(Status a, Status b) {
        if (a == FAIL || b == FAIL) return FAIL;
        if (a == RUNNING || b == RUNNING) return RUNNING;
        if (a == QUEUED || b == QUEUED) return QUEUED;
        if (a == PASS || b == PASS) return PASS;
        if (a == TODO || b == TODO) return TODO;
        if (a == SKIP || b == SKIP) return SKIP;
        return IDLE;
    }
}
