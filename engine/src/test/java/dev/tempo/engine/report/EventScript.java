package dev.tempo.engine.report;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.ErrorInfo.StackFrame;
import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.events.TestId;
import dev.tempo.engine.events.TestResult;
import dev.tempo.engine.events.TestStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds a run's event stream the way the engine would emit it, with the durations a test wants. */
final class EventScript {
    final Path root;
    final List<RunEvent> events = new ArrayList<>();
    private final List<TestFile> files = new ArrayList<>();
    private int pass, fail, skip, todo, loadErrors, unhandled;
    private long expects;

    EventScript(Path root) {
        this.root = root;
    }

    TestFile file(String relative) {
        TestFile f = new TestFile(root.resolve(relative), relative);
        files.add(f);
        return f;
    }

    EventScript start(TestFile f) {
        events.add(new RunEvent.FileStarted(f));
        return this;
    }

    EventScript test(TestFile f, TestStatus status, double ms, int expectCalls, int line, List<ErrorInfo> errors, String... path) {
        return test(f, status, ms, expectCalls, line, false, errors, path);
    }

    EventScript test(TestFile f, TestStatus status, double ms, int expectCalls, int line, boolean timedOut,
                     List<ErrorInfo> errors, String... path) {
        TestId id = new TestId(f.displayPath(), Arrays.asList(path));
        events.add(new RunEvent.TestStarted(f, id));
        events.add(new RunEvent.TestFinished(f, new TestResult(id, status, ms, errors, expectCalls, timedOut, line)));
        expects += expectCalls;
        switch (status) {
            case PASS -> pass++;
            case FAIL -> fail++;
            case SKIP -> skip++;
            case TODO -> todo++;
        }
        return this;
    }

    EventScript pass(TestFile f, double ms, int expectCalls, int line, String... path) {
        return test(f, TestStatus.PASS, ms, expectCalls, line, List.of(), path);
    }

    EventScript fail(TestFile f, double ms, int expectCalls, int line, ErrorInfo error, String... path) {
        return test(f, TestStatus.FAIL, ms, expectCalls, line, List.of(error), path);
    }

    EventScript skip(TestFile f, int line, String... path) {
        return test(f, TestStatus.SKIP, 0, 0, line, List.of(), path);
    }

    EventScript todo(TestFile f, int line, String... path) {
        return test(f, TestStatus.TODO, 0, 0, line, List.of(), path);
    }

    EventScript log(TestFile f, RunEvent.Stream stream, String text) {
        events.add(new RunEvent.ConsoleOutput(f, null, stream, text));
        return this;
    }

    EventScript unhandled(TestFile f, ErrorInfo error) {
        events.add(new RunEvent.UnhandledError(f, error));
        unhandled++;
        return this;
    }

    EventScript finish(TestFile f, double ms) {
        events.add(new RunEvent.FileFinished(f, new FileResult(FileResult.FileStatus.PASSED, ms, null, 0, 0, 0, 0, 0)));
        return this;
    }

    EventScript loadError(TestFile f, ErrorInfo error, double ms) {
        events.add(new RunEvent.FileStarted(f));
        events.add(new RunEvent.FileFinished(f, new FileResult(FileResult.FileStatus.LOAD_ERROR, ms, error, 0, 0, 0, 0, 0)));
        loadErrors++;
        return this;
    }

    RunSummary summary(double runMillis) {
        return summary(runMillis, false);
    }

    RunSummary summary(double runMillis, boolean bailed) {
        return new RunSummary(files.size(), pass, fail, skip, todo, expects, loadErrors, unhandled, runMillis, bailed);
    }

    /** The whole stream: RunStarted, the file events as scripted, RunFinished. */
    List<RunEvent> run(double runMillis) {
        return run(summary(runMillis));
    }

    List<RunEvent> run(RunSummary summary) {
        List<RunEvent> all = new ArrayList<>();
        all.add(new RunEvent.RunStarted(List.copyOf(files), 0));
        all.addAll(events);
        all.add(new RunEvent.RunFinished(summary));
        return all;
    }

    static void feed(RunListener listener, List<RunEvent> events) {
        for (RunEvent e : events) listener.onEvent(e);
    }

    static ErrorInfo error(String name, String message, StackFrame... frames) {
        return new ErrorInfo(name, message, List.of(frames), null, null);
    }

    StackFrame at(String function, String relative, int line, int column) {
        return new StackFrame(function, root.resolve(relative).toString(), line, column);
    }

    /** The message bun's toBe gives, with its colour codes. */
    static String toBe(Object expected, Object received) {
        return "\u001b[2mexpect(\u001b[0m\u001b[31mreceived\u001b[0m\u001b[2m).\u001b[0mtoBe\u001b[2m(\u001b[0m\u001b[32mexpected"
                + "\u001b[0m\u001b[2m)\u001b[0m\n\nExpected: \u001b[32m" + expected + "\u001b[0m\nReceived: \u001b[31m" + received
                + "\u001b[0m\n";
    }
}
