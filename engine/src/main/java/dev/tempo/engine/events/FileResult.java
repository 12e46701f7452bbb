package dev.tempo.engine.events;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A file's final state.
 *
 * @param status         the file's one final state (see {@link FileStatus})
 * @param durationMillis wall time from context creation to the last result
 * @param loadError      why the file could not be loaded or run (syntax error, missing import, a crash); else null
 * @param pass           tests passed
 * @param fail           tests failed
 * @param skip           tests skipped
 * @param todo           tests marked todo
 * @param unhandledErrors errors that belonged to no test
 * @param filteredOut    tests -t/--test-name-pattern left out
 * @param snapshots      the file's snapshot assertions
 * @param modules        every file this test file loaded, transitively, itself and its preloads included
 *                       (ES modules, CommonJS, JSON, TypeScript; files under node_modules too), in load
 *                       order: the import graph's edges from this file, for watch mode
 * @param expectCallsOutsideTests expect() calls made while the file was loaded and its describe bodies ran
 *                       (no test's own): bun adds them to its summary's count, not to any test's
 */
public record FileResult(
        FileStatus status,
        double durationMillis,
        ErrorInfo loadError,
        int pass,
        int fail,
        int skip,
        int todo,
        int unhandledErrors,
        int filteredOut,
        SnapshotCounts snapshots,
        Set<Path> modules,
        int expectCallsOutsideTests) {

    public FileResult {
        modules = modules == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(modules));
    }

    public FileResult(FileStatus status, double durationMillis, ErrorInfo loadError, int pass, int fail, int skip,
                      int todo, int unhandledErrors, int filteredOut, SnapshotCounts snapshots, Set<Path> modules) {
        this(status, durationMillis, loadError, pass, fail, skip, todo, unhandledErrors, filteredOut, snapshots, modules, 0);
    }

    public FileResult(FileStatus status, double durationMillis, ErrorInfo loadError, int pass, int fail, int skip,
                      int todo, int unhandledErrors, int filteredOut, SnapshotCounts snapshots) {
        this(status, durationMillis, loadError, pass, fail, skip, todo, unhandledErrors, filteredOut, snapshots, Set.of());
    }

    public FileResult(FileStatus status, double durationMillis, ErrorInfo loadError, int pass, int fail, int skip,
                      int todo, int unhandledErrors, int filteredOut) {
        this(status, durationMillis, loadError, pass, fail, skip, todo, unhandledErrors, filteredOut, SnapshotCounts.NONE);
    }

    public FileResult(FileStatus status, double durationMillis, ErrorInfo loadError, int pass, int fail, int skip,
                      int todo, int unhandledErrors) {
        this(status, durationMillis, loadError, pass, fail, skip, todo, unhandledErrors, 0, SnapshotCounts.NONE);
    }

    /**
     * How a file ended; every file ends in exactly one of these. {@link FileCounts} counts one field per
     * state.
     */
    public enum FileStatus {
        /** Every test that ran passed and nothing escaped. */
        PASSED,
        /** A test failed or an error escaped, and nothing timed out. */
        FAILED,
        /** A test or hook hit its timeout (the file went on with its next test). */
        TIMED_OUT,
        /** The file (or a preload) could not be loaded: see {@link FileResult#loadError}. */
        LOAD_ERROR,
        /**
         * What ran the file gave out: the heap ran out, a call below JS did not stop after its timeout, or
         * (with --isolate=process) the worker process died. The cause is in {@link FileResult#loadError};
         * results reported before the crash are kept.
         */
        CRASHED
    }
}
