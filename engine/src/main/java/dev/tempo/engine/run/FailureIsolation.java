package dev.tempo.engine.run;

import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.events.FileResult.FileStatus;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.TestId;
import dev.tempo.engine.events.TestResult;
import dev.tempo.engine.events.TestStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * {@code --isolate-failures}: runs a file, then each of its failed tests again alone in a fresh context
 * (with its hooks, without the other tests). A test that passes alone failed only because of what ran
 * before it: it is reported as flaky, not failed. The file's events are held until then and passed on
 * with those tests changed, so listeners see one file with its final results.
 */
final class FailureIsolation {
    private FailureIsolation() {}

    /** @param onAbandoned called when the file was given up because its thread would not stop (see FileRunner) */
    static void run(TestFile file, FileSettings settings, RunListener bus, BooleanSupplier bailed, Runnable onAbandoned) {
        List<RunEvent> held = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicBoolean givenUp = new java.util.concurrent.atomic.AtomicBoolean();
        FileResult full = new FileRunner(file, settings, held::add, bailed).onAbandoned(() -> {
            givenUp.set(true);
            List.copyOf(held).forEach(bus::onEvent);
            onAbandoned.run();
        }).run();
        if (givenUp.get()) return;
        Set<TestId> flaky = new HashSet<>();
        if (full.status() != FileStatus.LOAD_ERROR && full.fail() > 0) {
            for (TestResult failed : failedTests(held)) {
                if (!bailed.getAsBoolean() && passesAlone(file, settings, failed.id(), bailed)) flaky.add(failed.id());
            }
        }
        List<TestResult> finals = new ArrayList<>();
        for (RunEvent e : held) {
            switch (e) {
                case RunEvent.TestFinished t when flaky.contains(t.result().id()) && t.result().status() == TestStatus.FAIL -> {
                    TestResult r = t.result().asFlaky();
                    finals.add(r);
                    bus.onEvent(new RunEvent.TestFinished(t.file(), r));
                }
                case RunEvent.TestFinished t -> {
                    finals.add(t.result());
                    bus.onEvent(t);
                }
                case RunEvent.FileFinished f -> bus.onEvent(new RunEvent.FileFinished(f.file(), recount(f.result(), finals)));
                default -> bus.onEvent(e);
            }
        }
    }

    /** Failed tests that can be picked out again: a failed beforeAll/afterAll (a hook-failure result) cannot. */
    private static List<TestResult> failedTests(List<RunEvent> events) {
        List<TestResult> out = new ArrayList<>();
        for (RunEvent e : events) {
            if (e instanceof RunEvent.TestFinished t && t.result().status() == TestStatus.FAIL && !t.result().hookFailure()) {
                out.add(t.result());
            }
        }
        return out;
    }

    private static boolean passesAlone(TestFile file, FileSettings settings, TestId id, BooleanSupplier bailed) {
        boolean[] passed = {false};
        RunListener watch = e -> {
            if (e instanceof RunEvent.TestFinished t && t.result().id().equals(id)) passed[0] = t.result().status() == TestStatus.PASS;
        };
        FileResult alone = new FileRunner(file, settings, watch, bailed).onlyTest(id.path()).run();
        return passed[0] && alone.status() == FileStatus.PASSED;
    }

    /** The file's result with its flaky tests no longer failed. */
    private static FileResult recount(FileResult r, List<TestResult> finals) {
        if (r.status() == FileStatus.LOAD_ERROR || r.status() == FileStatus.CRASHED) return r;
        int fail = (int) finals.stream().filter(t -> t.status() == TestStatus.FAIL).count();
        boolean timedOut = finals.stream().anyMatch(t -> t.status() == TestStatus.FAIL
                && (t.timedOut() || t.errors().stream().anyMatch(x -> "TimeoutError".equals(x.name()))));
        FileStatus status = timedOut ? FileStatus.TIMED_OUT : fail > 0 || r.unhandledErrors() > 0 ? FileStatus.FAILED : FileStatus.PASSED;
        int pass = (int) finals.stream().filter(t -> t.status() == TestStatus.PASS && !t.flaky()).count();
        return new FileResult(status, r.durationMillis(), r.loadError(), pass, fail, r.skip(), r.todo(), r.unhandledErrors(),
                r.filteredOut(), r.snapshots(), r.modules(), r.expectCallsOutsideTests());
    }
}
