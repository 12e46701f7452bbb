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
 */
public record TestResult(
        TestId id,
        TestStatus status,
        double durationMillis,
        List<ErrorInfo> errors,
        int expectCalls,
        boolean timedOut,
        int line) {
    public TestResult {
        errors = List.copyOf(errors);
    }
}
