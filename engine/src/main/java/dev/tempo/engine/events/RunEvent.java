package dev.tempo.engine.events;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole vocabulary of a run. The engine emits these in order per file (files interleave when they
 * run in parallel); reporters, the watch loop and the TUI only ever see this stream.
 */
public sealed interface RunEvent {

    /**
     * The run begins with these files, in the order given (discovery order). With more than one worker
     * they may start in another order (slowest first, see the scheduler); reporters print a file when it
     * finishes.
     */
    record RunStarted(List<TestFile> files, long startedAtMillis) implements RunEvent {}

    /** A file's context is being created and its module loaded. */
    record FileStarted(TestFile file) implements RunEvent {}

    /** A test begins (after its beforeEach hooks were scheduled). */
    record TestStarted(TestFile file, TestId test) implements RunEvent {}

    /** A test's final outcome, after retries and its afterEach hooks. */
    record TestFinished(TestFile file, TestResult result) implements RunEvent {}

    /** Output a test file wrote through console or process.stdout/stderr. testId is null between tests. */
    record ConsoleOutput(TestFile file, TestId test, Stream stream, String text) implements RunEvent {}

    /**
     * An error that belongs to no test: thrown by a hook outside any test, by a timer after its test
     * finished, or an unhandled rejection between tests. Counted as a failure of the run.
     */
    record UnhandledError(TestFile file, ErrorInfo error) implements RunEvent {}

    /** Every test of the file has a result, or the file could not be loaded (see FileResult.loadError). */
    record FileFinished(TestFile file, FileResult result) implements RunEvent {}

    /** The run is over. */
    record RunFinished(RunSummary summary) implements RunEvent {}

    enum Stream { STDOUT, STDERR }

    /**
     * A test file: its absolute path and the path to show the user (relative to the project root).
     * With --rerun-each each run of the file is its own TestFile, numbered from 1; run 0 is a file that
     * runs once.
     */
    record TestFile(Path path, String displayPath, int run) {
        public TestFile(Path path, String displayPath) {
            this(path, displayPath, 0);
        }

        /** The same file as the given run of a --rerun-each. */
        public TestFile asRun(int run) {
            return new TestFile(path, displayPath, run);
        }
    }
}
