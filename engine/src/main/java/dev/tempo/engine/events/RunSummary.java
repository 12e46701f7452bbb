package dev.tempo.engine.events;

/**
 * Totals of a run, as bun's closing block shows them.
 *
 * @param files           files run
 * @param pass            tests passed
 * @param fail            tests failed (files that could not be loaded are not included; bun's "N fail" line
 *                        adds {@code loadErrors} to this)
 * @param skip            tests skipped
 * @param todo            tests marked todo
 * @param expectCalls     expect() calls made
 * @param loadErrors      files that could not be loaded
 * @param unhandledErrors errors outside any test, not counting load errors (bun's "N errors" line adds
 *                        {@code loadErrors} to this)
 * @param durationMillis  wall time of the whole run
 * @param bailed          whether --bail stopped the run early
 * @param filteredOut     tests left out by -t/--test-name-pattern (bun prints "N filtered out" when no test
 *                        was skipped); 0 when no filter was given
 * @param seed            the --randomize seed, printed as "--seed=N" above the totals; null when the order
 *                        was not randomized
 * @param snapshots       snapshot assertions of all files
 * @param fileStates      how many files ended in each final state
 * @param flaky           tests that failed in the full run and passed when run again alone
 *                        (--isolate-failures); counted here, not in pass or fail
 */
public record RunSummary(
        int files,
        int pass,
        int fail,
        int skip,
        int todo,
        long expectCalls,
        int loadErrors,
        int unhandledErrors,
        double durationMillis,
        boolean bailed,
        int filteredOut,
        Long seed,
        SnapshotCounts snapshots,
        FileCounts fileStates,
        int flaky) {

    public RunSummary(int files, int pass, int fail, int skip, int todo, long expectCalls, int loadErrors,
                      int unhandledErrors, double durationMillis, boolean bailed, int filteredOut, Long seed,
                      SnapshotCounts snapshots) {
        this(files, pass, fail, skip, todo, expectCalls, loadErrors, unhandledErrors, durationMillis, bailed, filteredOut, seed,
                snapshots, FileCounts.NONE, 0);
    }

    public RunSummary(int files, int pass, int fail, int skip, int todo, long expectCalls, int loadErrors,
                      int unhandledErrors, double durationMillis, boolean bailed, int filteredOut, Long seed) {
        this(files, pass, fail, skip, todo, expectCalls, loadErrors, unhandledErrors, durationMillis, bailed, filteredOut, seed,
                SnapshotCounts.NONE);
    }

    /** Without a test-name filter or a random order. */
    public RunSummary(int files, int pass, int fail, int skip, int todo, long expectCalls, int loadErrors,
                      int unhandledErrors, double durationMillis, boolean bailed) {
        this(files, pass, fail, skip, todo, expectCalls, loadErrors, unhandledErrors, durationMillis, bailed, 0, null);
    }

    public int tests() {
        return pass + fail + skip + todo + flaky;
    }

    /**
     * Exit status 0 (as bun): nothing failed, no file failed to load, timed out or crashed, and no error escaped.
     * A flaky test (passes alone) does not fail the run.
     */
    public boolean ok() {
        return fail == 0 && loadErrors == 0 && unhandledErrors == 0 && fileStates.timedOut() == 0 && fileStates.crashed() == 0
                && !matchedNothing();
    }

    /** -t left out every test there was: bun calls that an error. */
    public boolean matchedNothing() {
        return tests() == 0 && filteredOut > 0;
    }
}
