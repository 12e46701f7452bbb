package dev.tempo.engine.baseline;

import dev.tempo.engine.events.FileResult.FileStatus;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.TestStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a run with a {@link Baseline} as its events arrive: which tests regressed (passed in the
 * baseline, failed now), which failures were already known (not passing in the baseline), and which files
 * were lost (could not load, so none of their tests has a result). Under --rerun-each a test that failed
 * in any run failed.
 */
public final class BaselineCheck implements RunListener {
    private final Baseline baseline;
    private final Set<String> passed = new TreeSet<>();
    private final Set<String> failed = new TreeSet<>();
    private final Set<String> files = new TreeSet<>();
    private final Set<String> lostFiles = new TreeSet<>();
    private boolean bailed;

    public BaselineCheck(Baseline baseline) {
        this.baseline = baseline;
    }

    @Override
    public synchronized void onEvent(RunEvent event) {
        switch (event) {
            case RunEvent.TestFinished t when !t.result().hookFailure() -> {
                String id = t.result().id().key();
                if (t.result().status() == TestStatus.FAIL) failed.add(id);
                else if (t.result().status() == TestStatus.PASS) passed.add(id);
            }
            case RunEvent.FileFinished f -> {
                files.add(f.file().displayPath());
                if (f.result().status() == FileStatus.LOAD_ERROR || f.result().status() == FileStatus.CRASHED) lostFiles.add(f.file().displayPath());
            }
            case RunEvent.RunFinished r -> bailed = r.summary().bailed();
            default -> { }
        }
    }

    /** Passed in the baseline, failed now. */
    public synchronized List<String> regressions() {
        return failed.stream().filter(baseline.passing()::contains).toList();
    }

    /** Failed now and not passing in the baseline either. */
    public synchronized List<String> knownFailures() {
        return failed.stream().filter(id -> !baseline.passing().contains(id)).toList();
    }

    /** Files that ran but could not be loaded. */
    public synchronized List<String> lostFiles() {
        return new ArrayList<>(lostFiles);
    }

    /** No regression, no lost file, and the run was not cut short by --bail. */
    public synchronized boolean lostNothing() {
        return regressions().isEmpty() && lostFiles.isEmpty() && !bailed;
    }

    /**
     * The baseline to store after this run: the entries of files that did not run are kept, the files that
     * ran contribute the tests that passed now (flaky ones too: they pass alone) and never failed.
     */
    public synchronized Baseline updated() {
        Set<String> out = new TreeSet<>();
        for (String id : baseline.passing()) if (!files.contains(fileOf(id))) out.add(id);
        for (String id : passed) if (!failed.contains(id)) out.add(id);
        return new Baseline(out);
    }

    private static String fileOf(String id) {
        int i = id.indexOf("::");
        return i < 0 ? id : id.substring(0, i);
    }
}
