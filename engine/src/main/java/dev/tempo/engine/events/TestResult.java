package dev.tempo.engine.events;

import java.util.List;

/**
 * One test's outcome.
 *
 * @param durationMillis wall time of the test body and its each-hooks, fractional milliseconds
 * @param errors         why it failed (several when e.g. the test and an afterEach hook both threw); empty otherwise
 * @param expectCalls    how many expect() calls the test made (bun sums these in its summary)
 * @param timedOut       whether the failure is a timeout
 * @param line           the line of the test's declaration in its file (1-based; 0 when unknown)
 * @param attempt        which attempt decided the outcome (1-based; above 1 only with --retry / { retry })
 * @param earlierErrors  errors of the attempts that failed before it (a retried test), or of the full run
 *                       when the test then passed alone (flaky); shown before the result line
 * @param flaky          failed in the full run, passed when run again alone (--isolate-failures); the
 *                       status is then PASS and the summary counts it as flaky, not as passed
 */
public record TestResult(
        TestId id,
        TestStatus status,
        double durationMillis,
        List<ErrorInfo> errors,
        int expectCalls,
        boolean timedOut,
        int line,
        int attempt,
        List<ErrorInfo> earlierErrors,
        boolean flaky) {
    /** The name bun gives the failing pseudo-test that stands for a failed beforeAll/afterAll hook. */
    public static final String HOOK_FAILURE_NAME = "(unnamed)";

    public TestResult {
        errors = List.copyOf(errors);
        earlierErrors = List.copyOf(earlierErrors);
        attempt = Math.max(1, attempt);
    }

    /** Decided by the first attempt, not flaky. */
    public TestResult(TestId id, TestStatus status, double durationMillis, List<ErrorInfo> errors, int expectCalls,
                      boolean timedOut, int line) {
        this(id, status, durationMillis, errors, expectCalls, timedOut, line, 1, List.of(), false);
    }

    /** Whether this stands for a failed beforeAll/afterAll hook (no declaration of its own), not a test. */
    public boolean hookFailure() {
        return line <= 0 && id.name().equals(HOOK_FAILURE_NAME);
    }

    /** This failed test as flaky: it passed when run alone; its full-run errors become earlier errors. */
    public TestResult asFlaky() {
        List<ErrorInfo> all = new java.util.ArrayList<>(earlierErrors);
        all.addAll(errors);
        return new TestResult(id, TestStatus.PASS, durationMillis, List.of(), expectCalls, false, line, attempt, all, true);
    }
}
