package dev.tempo.tui.screen.model;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.TestId;
import java.util.List;

/** One test as the UI knows it: live status, and once finished its duration, errors and declaration line. */
public final class TestState {
    public final TestId id;
    Status status = Status.RUNNING;
    double durationMillis;
    List<ErrorInfo> errors = List.of();
    int line;
    final StringBuilder console = new StringBuilder();

    TestState(TestId id) {
        this.id = id;
    }

    public Status status() { return status; }
    public double durationMillis() { return durationMillis; }
    public List<ErrorInfo> errors() { return errors; }
    public int line() { return line; }
    public String console() { return console.toString(); }
}
