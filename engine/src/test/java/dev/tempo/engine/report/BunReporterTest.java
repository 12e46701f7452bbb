package dev.tempo.engine.report;

import static dev.tempo.engine.events.RunEvent.Stream.STDERR;
import static dev.tempo.engine.events.RunEvent.Stream.STDOUT;
import static dev.tempo.engine.report.EventScript.error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.events.SnapshotCounts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BunReporterTest {
    @TempDir
    Path root;

    private final Golden.Capture c = new Golden.Capture();

    private String plain(List<RunEvent> events) {
        EventScript.feed(new BunReporter(c.options(false, false, root)), events);
        return c.err();
    }

    @Test
    void parallelFilesArePrintedWholeInTheOrderTheyFinish() {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        TestFile b = s.file("b.test.js");
        s.start(a).start(b)
                .pass(a, 1, 1, 1, "a1")
                .log(b, STDERR, "b says\n")
                .pass(b, 2, 1, 1, "b1")
                .pass(a, 3, 1, 2, "a2")
                .finish(b, 5)
                .pass(a, 4, 1, 3, "a3")
                .finish(a, 9);

        assertThat(plain(s.run(12))).isEqualTo("""

                b.test.js:
                b says
                (pass) b1 [2.00ms]

                a.test.js:
                (pass) a1 [1.00ms]
                (pass) a2 [3.00ms]
                (pass) a3 [4.00ms]

                 4 pass
                 0 fail
                 4 expect() calls
                Ran 4 tests across 2 files. [12.00ms]
                """);
    }

    @Test
    void stdoutOutputOfAFileComesOutWithItsBlock() {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        TestFile b = s.file("b.test.js");
        s.start(a).start(b)
                .log(a, STDOUT, "from a\n")
                .log(b, STDOUT, "from b\n")
                .finish(b, 1)
                .finish(a, 1);
        List<RunEvent> events = s.run(2);
        EventScript.feed(new BunReporter(c.options(false, false, root)), events.subList(0, events.size() - 2));
        assertThat(c.out()).isEqualTo("tempo test v0.1.0\nfrom b\n");
    }

    @Test
    void anEmptyFileStillGetsItsHeadingAndSingularWordsAreSingular() {
        EventScript s = new EventScript(root);
        TestFile empty = s.file("empty.test.js");
        TestFile one = s.file("one.test.js");
        s.start(empty).finish(empty, 1).start(one).pass(one, 1602.48, 0, 2, "slowish").finish(one, 1603);

        assertThat(plain(s.run(1640))).isEqualTo("""

                empty.test.js:

                one.test.js:
                (pass) slowish [1602.48ms]

                 1 pass
                 0 fail
                Ran 1 test across 2 files. [1.64s]
                """);
    }

    @Test
    void anErrorBetweenTestsCountsAsOneError() {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        s.start(a).unhandled(a, error("Error", "stray")).pass(a, 0.005, 0, 1, "t").finish(a, 1);

        assertThat(plain(s.run(3))).isEqualTo("""

                a.test.js:

                # Unhandled error between tests
                -------------------------------
                error: stray
                -------------------------------

                (pass) t

                 1 pass
                 0 fail
                 1 error
                Ran 1 test across 1 file. [3.00ms]
                """);
    }

    @Test
    void aLoadErrorAlsoSentAsAnUnhandledErrorIsPrintedOnce() {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        ErrorInfo boom = error("Error", "cannot load");
        s.start(a).unhandled(a, boom);
        List<RunEvent> events = new ArrayList<>(s.events);
        events.add(new RunEvent.FileFinished(a, new dev.tempo.engine.events.FileResult(
                dev.tempo.engine.events.FileResult.FileStatus.LOAD_ERROR, 1, boom, 0, 0, 0, 0, 1)));
        List<RunEvent> run = new ArrayList<>();
        run.add(new RunEvent.RunStarted(List.of(a), 0));
        run.addAll(events);
        run.add(new RunEvent.RunFinished(new RunSummary(1, 0, 0, 0, 0, 0, 1, 0, 2, false)));

        String err = plain(run);
        assertThat(err.split("Unhandled error between tests", -1)).hasSize(2);
        assertThat(err).endsWith(" 0 pass\n 1 fail\n 1 error\nRan 1 test across 1 file. [2.00ms]\n");
    }

    @Test
    void aBailEndsWithTheRanLineAndTheReason() {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        s.start(a).pass(a, 0.005, 1, 1, "ok").fail(a, 0.22, 1, 2, error("Error", "no"), "bad");

        assertThat(plain(s.run(s.summary(17, true)))).isEqualTo("""

                a.test.js:
                (pass) ok
                error: no
                (fail) bad [0.22ms]
                Ran 2 tests across 1 file. [17.00ms]
                Bailed out after 1 failure
                """);
    }

    @Test
    void onlyFailuresSkipsPassingFilesAndPassingTests() {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        TestFile b = s.file("b.test.js");
        s.start(a).pass(a, 1, 1, 1, "fine").skip(a, 2, "later").finish(a, 1);
        s.start(b).pass(b, 1, 1, 1, "fine too").fail(b, 1, 1, 2, error("Error", "no"), "broken").finish(b, 1);
        EventScript.feed(new BunReporter(c.options(false, true, root)), s.run(5));

        assertThat(c.err()).isEqualTo("""

                b.test.js:
                error: no
                (fail) broken [1.00ms]

                 2 pass
                 1 skip
                 1 fail
                 3 expect() calls
                Ran 4 tests across 2 files. [5.00ms]
                """);
    }

    @Test
    void dotsEndTheirLineBeforeAnErrorBlockAndCarryOnAfter() {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        s.start(a).pass(a, 1, 0, 1, "x").unhandled(a, error("Error", "stray")).pass(a, 1, 0, 2, "y").skip(a, 3, "z").finish(a, 1);
        EventScript.feed(new DotsReporter(c.options(false, false, root)), s.run(4));

        assertThat(c.err()).isEqualTo("""
                .

                a.test.js:

                # Unhandled error between tests
                -------------------------------
                error: stray
                -------------------------------

                ..

                2 pass
                1 skip
                0 fail
                1 error
                Ran 3 tests across 1 file. [4.00ms]
                """);
    }

    @Test
    void colourSummaryWithNothingPassing() {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        s.start(a).fail(a, 0.27, 0, 1, error("", ""), "obj").finish(a, 1);
        EventScript.feed(new BunReporter(c.options(true, false, root)), s.run(7));

        assertThat(c.err()).endsWith(Golden.esc("""
                \\e[0m\\e[31m✗\\e[0m\\e[0m\\e[1m obj\\e[0m \\e[0m\\e[2m[0.27ms\\e[0m\\e[2m]\\e[0m

                 0 pass\\e[0m
                \\e[0m\\e[31m 1 fail\\e[0m
                Ran 1 test across 1 file. \\e[0m\\e[2m[\\e[1m7.00ms\\e[0m\\e[2m]\\e[0m
                """));
        assertThat(c.out()).isEqualTo(Golden.esc("\\e[0m\\e[1mtempo test \\e[0m\\e[2mv0.1.0\\e[0m\n"));
    }

    @Test
    void outputOutsideAnyFilePassesStraightThrough() {
        new BunReporter(c.options(false, false, root)).onEvent(new RunEvent.ConsoleOutput(null, null, STDOUT, "preload says hi\n"));
        assertThat(c.out()).isEqualTo("preload says hi\n");
    }

    @Test
    void aTimeoutWithoutItsErrorStillSaysItTimedOut() {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        s.start(a).test(a, dev.tempo.engine.events.TestStatus.FAIL, 5000.5, 0, 1, true, List.of(), "hangs").finish(a, 1);

        assertThat(plain(s.run(5001))).contains("(fail) hangs [5000.50ms]\n  ^ this test timed out.\n");
    }

    @Test
    void theSeedAndFilteredOutTestsShowAsBunShowsThem() {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        s.start(a).pass(a, 0.005, 1, 1, "a1").finish(a, 1);
        RunSummary plain = s.summary(6);
        RunSummary filtered = new RunSummary(plain.files(), plain.pass(), plain.fail(), plain.skip(), plain.todo(),
                plain.expectCalls(), plain.loadErrors(), plain.unhandledErrors(), plain.durationMillis(), false, 5, 42L);

        assertThat(plain(s.run(filtered))).endsWith("""

                 --seed=42
                 1 pass
                 5 filtered out
                 0 fail
                 1 expect() calls
                Ran 1 test across 1 file. [6.00ms]
                """);
    }

    @Test
    void snapshotCountsShowAsBunShowsThem() {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        s.start(a).pass(a, 0.005, 3, 1, "a1").finish(a, 1);
        RunSummary plain = s.summary(6);
        java.util.function.Function<SnapshotCounts, String> block = snap -> plain(s.run(new RunSummary(
                plain.files(), plain.pass(), plain.fail(), plain.skip(), plain.todo(), plain.expectCalls(), plain.loadErrors(),
                plain.unhandledErrors(), plain.durationMillis(), false, 0, null, snap)));

        // all passed: one line with the expect() calls
        assertThat(block.apply(new SnapshotCounts(3, 3, 0, 0, List.of()))).endsWith("""
                 0 fail
                 3 snapshots, 3 expect() calls
                Ran 1 test across 1 file. [6.00ms]
                """);
        // some added or failed: bun's "snapshots:" line (without the indent), then the expect() calls
        assertThat(block.apply(new SnapshotCounts(3, 0, 3, 0, List.of()))).endsWith("""
                 0 fail
                snapshots: +3 added
                 3 expect() calls
                Ran 1 test across 1 file. [6.00ms]
                """);
        assertThat(block.apply(new SnapshotCounts(4, 1, 2, 1, List.of()))).contains("\nsnapshots: 1 passed, 2 added, 1 failed\n");
        assertThat(block.apply(new SnapshotCounts(2, 0, 0, 2, List.of()))).contains("\nsnapshots: 2 failed\n");
        // calls that neither passed, were added nor failed (refused on CI): the total alone
        assertThat(block.apply(new SnapshotCounts(2, 0, 0, 0, List.of()))).contains("\n 2 snapshots, 3 expect() calls\n");
    }

    @Test
    void obsoleteSnapshotsAreListedAsJestListsThemBeforeTheTotals() {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        s.start(a).pass(a, 0.005, 1, 1, "a1").finish(a, 1);
        RunSummary plain = s.summary(6);
        java.util.function.Function<SnapshotCounts, String> block = snap -> plain(s.run(new RunSummary(
                plain.files(), plain.pass(), plain.fail(), plain.skip(), plain.todo(), plain.expectCalls(), plain.loadErrors(),
                plain.unhandledErrors(), plain.durationMillis(), false, 0, null, snap)));
        Path test = root.resolve("src/a.test.js");

        assertThat(block.apply(new SnapshotCounts(1, 1, 0, 0, List.of(
                new dev.tempo.engine.events.ObsoleteSnapshots(test, List.of("gone 1", "gone 2"), false))))).endsWith("""
                (pass) a1

                Snapshot Summary
                 › 2 snapshots obsolete from 1 test suite. To remove them all, run `tempo test -u`.
                   ↳ src/a.test.js
                       • gone 1
                       • gone 2

                 1 pass
                 0 fail
                 1 snapshots, 1 expect() calls
                Ran 1 test across 1 file. [6.00ms]
                """);
        assertThat(block.apply(new SnapshotCounts(1, 0, 1, 0, List.of(
                new dev.tempo.engine.events.ObsoleteSnapshots(test, List.of("gone 1"), true))))).contains("""

                Snapshot Summary
                 › 1 snapshot removed from 1 test suite.
                   ↳ src/a.test.js
                       • gone 1

                 1 pass
                """);
        // none obsolete: no block (the capture holds every run so far; the last one ends it)
        assertThat(block.apply(new SnapshotCounts(1, 1, 0, 0, List.of())))
                .endsWith("(pass) a1\n\n 1 pass\n 0 fail\n 1 snapshots, 1 expect() calls\nRan 1 test across 1 file. [6.00ms]\n");
    }

    @Test
    void aPassingFailingOrTodoTestGetsANoteUnderItsLineAndARanTodoShowsItsError() {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        s.start(a)
                .fail(a, 1, 0, 1, error("StatusMarker", "this test is marked as failing but it passed. Remove `.failing` if tested behavior now works"), "f")
                .test(a, dev.tempo.engine.events.TestStatus.TODO, 2, 0, 2, List.of(error("Error", "todo body")), "t")
                .finish(a, 5);

        assertThat(plain(s.run(6))).isEqualTo("""

                a.test.js:
                (fail) f [1.00ms]
                  ^ this test is marked as failing but it passed. Remove `.failing` if tested behavior now works
                error: todo body
                (todo) t [2.00ms]

                 0 pass
                 1 todo
                 1 fail
                Ran 2 tests across 1 file. [6.00ms]
                """);
    }
}
