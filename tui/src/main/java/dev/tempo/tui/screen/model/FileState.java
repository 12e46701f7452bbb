package dev.tempo.tui.screen.model;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.TestId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One test file as the UI knows it: live status, counts, its tests in the order they ran, and output between tests. */
public final class FileState {
    public final TestFile file;
    Status status = Status.IDLE;
    int pass, fail, skip, todo;
    double durationMillis;
    ErrorInfo loadError;
    final List<ErrorInfo> unhandled = new ArrayList<>();
    final Map<String, TestState> tests = new LinkedHashMap<>();
    final StringBuilder console = new StringBuilder();

    FileState(TestFile file) {
        this.file = file;
    }

    void reset(Status to) {
        status = to;
        pass = fail = skip = todo = 0;
        durationMillis = 0;
        loadError = null;
        unhandled.clear();
        tests.clear();
        console.setLength(0);
    }

    TestState test(TestId id) {
        return tests.computeIfAbsent(id.key(), k -> new TestState(id));
    }

    public String path() { return file.displayPath(); }
    public Status status() { return status; }
    public int pass() { return pass; }
    public int fail() { return fail; }
    public int skip() { return skip; }
    public int todo() { return todo; }
    public double durationMillis() { return durationMillis; }
    public ErrorInfo loadError() { return loadError; }
    public List<ErrorInfo> unhandled() { return List.copyOf(unhandled); }
    public Collection<TestState> tests() { return tests.values(); }
    public String console() { return console.toString(); }
}
