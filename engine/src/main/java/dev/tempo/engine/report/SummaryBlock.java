package dev.tempo.engine.report;

import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.events.SnapshotCounts;
import java.util.ArrayList;
import java.util.List;

/**
 * bun's closing lines:
 *
 * <pre>
 *
 *  6 pass
 *  1 skip
 *  1 todo
 *  7 fail
 *  2 errors
 *  9 expect() calls
 * Ran 15 tests across 6 files. [174.00ms]
 * </pre>
 *
 * With snapshot assertions, bun adds "N snapshots, M expect() calls" in place of the expect() line when none
 * was added or failed, else a "snapshots: P passed, +A added, F failed" line before it.
 * "pass" and "fail" always show; skip (or, without skips, "N filtered out"), todo, errors and expect()
 * calls only when not zero; "--seed=N" first when the order was randomized. tempo adds "N flaky" (tests that
 * passed alone under --isolate-failures) and, when a file timed out or crashed, a "files:" line of final states. A file that
 * failed to load counts as one failed test and one error, as in bun. The dots reporter drops the
 * one-space indent and adds a blank line. After a bail only the last line shows, followed by
 * "Bailed out after N failures".
 */
final class SummaryBlock {
    private SummaryBlock() {}

    /** Failed tests as bun counts them: files that failed to load are included. */
    static int failed(RunSummary s) {
        return s.fail() + s.loadErrors();
    }

    /** The "N errors" count: errors between tests, files that failed to load and files that crashed. */
    static int errors(RunSummary s) {
        return s.unhandledErrors() + s.loadErrors() + s.fileStates().crashed();
    }

    static String render(RunSummary s, boolean dots, Ansi a) {
        String indent = dots ? "" : " ";
        StringBuilder sb = new StringBuilder("\n");
        if (dots) sb.append('\n');
        if (s.seed() != null) sb.append(indent).append(a.fmt("<r>")).append("--seed=").append(s.seed()).append(a.fmt("<r>")).append('\n');
        if (s.pass() > 0) sb.append(a.fmt("<r><pass>"));
        sb.append(indent).append(s.pass()).append(" pass").append(a.fmt("<r>")).append('\n');
        if (s.skip() > 0) {
            sb.append(indent).append(a.fmt("<r><skip>")).append(s.skip()).append(" skip").append(a.fmt("<r>")).append('\n');
        } else if (s.filteredOut() > 0) {
            sb.append(indent).append(a.fmt("<r><d>")).append(s.filteredOut()).append(" filtered out").append(a.fmt("<r>")).append('\n');
        }
        if (s.todo() > 0) sb.append(indent).append(a.fmt("<r><todo>")).append(s.todo()).append(" todo").append(a.fmt("<r>")).append('\n');
        int fail = failed(s);
        sb.append(a.fmt(fail > 0 ? "<r><fail>" : "<r><d>")).append(indent).append(fail).append(" fail").append(a.fmt("<r>")).append('\n');
        int errors = errors(s);
        if (errors > 0) {
            sb.append(indent).append(a.fmt("<r><red>")).append(errors).append(errors == 1 ? " error" : " errors")
                    .append(a.fmt("<r>")).append('\n');
        }
        if (s.flaky() > 0) sb.append(indent).append(a.fmt("<r><yellow>")).append(s.flaky()).append(" flaky").append(a.fmt("<r>")).append('\n');
        if (s.fileStates().timedOut() > 0 || s.fileStates().crashed() > 0) sb.append(indent).append(fileStates(s, a)).append('\n');
        boolean expectLine = s.expectCalls() > 0;
        SnapshotCounts snap = s.snapshots();
        if (snap != null && snap.total() > 0) {
            if (expectLine && snap.added() == 0 && snap.failed() == 0) {
                expectLine = false;
                sb.append(indent).append(snap.total()).append(" snapshots, ").append(s.expectCalls()).append(" expect() calls");
            } else {
                sb.append(snapshotsLine(snap, a));
            }
            sb.append('\n');
        }
        if (expectLine) sb.append(indent).append(s.expectCalls()).append(" expect() calls\n");
        sb.append(ranLine(s, a)).append('\n');
        return sb.toString();
    }

    /**
     * The files' final states, a tempo line shown when a state bun does not have occurred (a file timed
     * out or crashed): "files: 2 passed, 1 failed, 1 timed out, 1 could not load, 1 crashed", zero counts
     * left out.
     */
    static String fileStates(RunSummary s, Ansi a) {
        dev.tempo.engine.events.FileCounts c = s.fileStates();
        List<String> parts = new ArrayList<>();
        if (c.passed() > 0) parts.add(c.passed() + " passed");
        if (c.failed() > 0) parts.add(c.failed() + " failed");
        if (c.timedOut() > 0) parts.add(a.fmt("<red>") + c.timedOut() + " timed out" + a.fmt("<r>"));
        if (c.loadErrors() > 0) parts.add(c.loadErrors() + " could not load");
        if (c.crashed() > 0) parts.add(a.fmt("<red>") + c.crashed() + " crashed" + a.fmt("<r>"));
        return a.fmt("<r>") + "files: " + String.join(", ", parts) + a.fmt("<r>");
    }

    /** What bun prints instead of the summary when -t left every test out. */
    static String matchedNothing(RunSummary s, String pattern, Ansi a) {
        return "\n" + a.fmt("<r><red>error<r>: ") + "regex \"" + pattern + "\" matched 0 tests. Searched " + s.files()
                + (s.files() == 1 ? " file" : " files") + " (skipping " + s.filteredOut()
                + (s.filteredOut() == 1 ? " test" : " tests") + ") " + Durations.run(s.durationMillis(), a) + "\n";
    }

    /** What bun prints instead of the summary when --bail stopped the run. */
    static String bailed(RunSummary s, Ansi a) {
        int fail = failed(s);
        return ranLine(s, a) + "\nBailed out after " + fail + (fail == 1 ? " failure" : " failures") + a.fmt("<r>") + "\n";
    }

    /** The lists bun repeats before the summary when more than 20 tests passed. */
    static String repeats(RunSummary s, String skips, String todos, String failures, Ansi a) {
        StringBuilder sb = new StringBuilder();
        if (s.skip() > 0) {
            sb.append('\n').append(a.fmt("<r><d>")).append(s.skip()).append(" tests skipped:").append(a.fmt("<r>")).append('\n').append(skips);
        }
        if (s.todo() > 0) {
            if (s.skip() > 0) sb.append('\n');
            sb.append('\n').append(a.fmt("<r><d>")).append(s.todo()).append(" tests todo:").append(a.fmt("<r>")).append('\n').append(todos);
        }
        int fail = failed(s);
        if (fail > 0) {
            if (s.skip() > 0 || s.todo() > 0) sb.append('\n');
            sb.append('\n').append(a.fmt("<r><d>")).append(fail).append(" tests failed:").append(a.fmt("<r>")).append('\n').append(failures);
        }
        return sb.toString();
    }

    /** bun's "snapshots: 3 passed, 2 added, 1 failed" (without the indent of the lines around it, as bun prints it). */
    private static String snapshotsLine(SnapshotCounts snap, Ansi a) {
        StringBuilder sb = new StringBuilder(a.fmt("<d>snapshots:<r> "));
        boolean first = true;
        if (snap.passed() > 0) {
            sb.append(a.fmt("<d>")).append(snap.passed()).append(" passed").append(a.fmt("<r>"));
            first = false;
        }
        if (snap.added() > 0) {
            sb.append(a.fmt("<b>")).append(first ? "+" : ", ").append(snap.added()).append(" added").append(a.fmt("<r>"));
            first = false;
        }
        if (snap.failed() > 0) {
            sb.append(first ? "" : ", ").append(a.fmt("<red>")).append(snap.failed()).append(" failed").append(a.fmt("<r>"));
        }
        return sb.toString();
    }

    private static String ranLine(RunSummary s, Ansi a) {
        int tests = s.tests() + s.loadErrors();
        return "Ran " + tests + (tests == 1 ? " test" : " tests") + " across " + s.files()
                + (s.files() == 1 ? " file" : " files") + ". " + Durations.run(s.durationMillis(), a);
    }
}
