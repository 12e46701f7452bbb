package dev.tempo.engine.run;

import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.RunSummary;

/** Adds up a run's totals from its own event stream. */
final class SummaryCounter implements RunListener {
    private int files, pass, fail, skip, todo, loadErrors, unhandled, filteredOut, flaky;
    private long expectCalls;
    private dev.tempo.engine.events.SnapshotCounts snapshots = dev.tempo.engine.events.SnapshotCounts.NONE;
    private final java.util.Set<java.nio.file.Path> paths = new java.util.HashSet<>();
    private dev.tempo.engine.events.FileCounts fileStates = dev.tempo.engine.events.FileCounts.NONE;

    @Override
    public void onEvent(RunEvent event) {
        switch (event) {
            case RunEvent.TestFinished t -> {
                expectCalls += t.result().expectCalls();
                switch (t.result().status()) {
                    case PASS -> {
                        if (t.result().flaky()) flaky++;
                        else pass++;
                    }
                    case FAIL -> fail++;
                    case SKIP -> skip++;
                    case TODO -> todo++;
                }
            }
            case RunEvent.UnhandledError u -> unhandled++;
            case RunEvent.FileFinished f -> {
                if (paths.add(f.file().path())) files++;
                filteredOut += f.result().filteredOut();
                expectCalls += f.result().expectCallsOutsideTests();
                snapshots = snapshots.plus(f.result().snapshots());
                if (f.result().status() == FileResult.FileStatus.LOAD_ERROR) loadErrors++;
                fileStates = fileStates.plus(f.result().status());
            }
            default -> { }
        }
    }

    synchronized int failures() {
        return fail + loadErrors + unhandled;
    }

    RunSummary summary(double durationMillis, boolean bailed, Long seed) {
        return new RunSummary(files, pass, fail, skip, todo, expectCalls, loadErrors, unhandled, durationMillis, bailed,
                filteredOut, seed, snapshots, fileStates, flaky);
    }
}
