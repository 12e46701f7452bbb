package dev.tempo.engine.events;

/**
 * Totals of a run, as bun's closing block shows them.
 *
 * @param files           files run
 * @param pass            tests passed
 * @param fail            tests failed
 * @param skip            tests skipped
 * @param todo            tests marked todo
 * @param expectCalls     expect() calls made
 * @param loadErrors      files that could not be loaded
 * @param unhandledErrors errors outside any test
 * @param durationMillis  wall time of the whole run
 * @param bailed          whether --bail stopped the run early
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
        boolean bailed) {

    public int tests() {
        return pass + fail + skip + todo;
    }

    /** Exit status bun would give: 0 only when nothing failed, no file failed to load and no error escaped. */
    public boolean ok() {
        return fail == 0 && loadErrors == 0 && unhandledErrors == 0;
    }
}
