package dev.tempo.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.watch.graph.CanonicalPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch loop on a real 20-file project: real file system events, the real engine. Every wait is on
 * an event with a generous timeout; nothing asserts on time.
 */
class WatchSessionTest {
    private static final Duration DEBOUNCE = Duration.ofMillis(200);

    @TempDir
    Path dir;

    @Test
    void editingAHelperRerunsExactlyTheTwoTestFilesThatImportIt() throws Exception {
        try (ProjectFixture p = new ProjectFixture(dir).start(DEBOUNCE)) {
            p.write("lib/shared.ts", "export const shared = (n: number): number => n + 2;\n");

            ProjectFixture.Run run = p.nextRun();
            assertThat(run.files()).containsExactly("t03.test.ts", "t07.test.js");
            assertThat(run.reason()).isEqualTo("lib/shared.ts changed");
            RunSummary s = p.nextFinished();
            assertThat(s.files()).isEqualTo(2);
            assertThat(s.pass()).isEqualTo(2);
        }
    }

    @Test
    void anEditorsRenameSaveCountsAsAChange() throws Exception {
        try (ProjectFixture p = new ProjectFixture(dir).start(DEBOUNCE)) {
            p.renameSave("lib/shared.ts", "export const shared = (n: number): number => n * 3;\n");

            assertThat(p.nextRun().files()).containsExactly("t03.test.ts", "t07.test.js");
            assertThat(p.nextFinished().pass()).isEqualTo(2);
        }
    }

    @Test
    void aHundredWritesWithinOneSecondGiveOneRerun() throws Exception {
        // A wide window, so that a writer stalled by a loaded machine still writes within one burst.
        try (ProjectFixture p = new ProjectFixture(dir).start(Duration.ofMillis(600))) {
            for (int i = 0; i < 100; i++) {
                p.write("lib/shared.ts", "export const shared = (n: number): number => n + " + i + ";\n");
                Thread.sleep(10);
            }

            assertThat(p.nextRun().files()).containsExactly("t03.test.ts", "t07.test.js");
            p.nextFinished();
            assertThat(p.started.poll(3, TimeUnit.SECONDS)).as("a second rerun").isNull();
        }
    }

    @Test
    void aSaveWithinTheWindowAfterAnotherJoinsItsRerun() throws Exception {
        // The first save's rerun may already be under way when the second arrives: it is dropped unseen.
        try (ProjectFixture p = new ProjectFixture(dir).start(Duration.ofMillis(600))) {
            p.write("lib/shared.ts", "export const shared = (n: number): number => n + 5;\n");
            Thread.sleep(50);
            p.write("t03.test.ts", "import { test, expect } from 'bun:test';\nimport { shared } from './lib/shared';\n"
                    + "test('shared', () => expect(shared(1)).toBe(6));\ntest('second', () => expect(shared(2)).toBe(7));\n");

            ProjectFixture.Run run = p.nextRun();
            assertThat(run.files()).containsExactly("t03.test.ts", "t07.test.js");
            assertThat(p.nextFinished().pass()).isEqualTo(3);
            assertThat(p.started.poll(2, TimeUnit.SECONDS)).as("a second rerun").isNull();
        }
    }

    @Test
    void aFileATestWritesWhileItRunsDoesNotHoldTheRerunBack() throws Exception {
        try (ProjectFixture p = new ProjectFixture(dir).start(DEBOUNCE)) {
            p.write("t05.test.js", "import { test, expect } from 'bun:test';\nimport { writeFileSync } from 'node:fs';\n"
                    + "test('writes', () => { writeFileSync(__dirname + '/out.txt', 'x'); expect(1).toBe(1); });\n");

            assertThat(p.nextRun().files()).containsExactly("t05.test.js");
            assertThat(p.nextFinished().pass()).isEqualTo(1);
            assertThat(p.next(p.unaffected, "unaffected notice")).contains(CanonicalPath.of(p.root.resolve("out.txt")));
            assertThat(p.started.poll(1, TimeUnit.SECONDS)).as("another rerun").isNull();
        }
    }

    @Test
    void aNewTestFileRunsAndADeletedOneDisappears() throws Exception {
        try (ProjectFixture p = new ProjectFixture(dir).start(DEBOUNCE)) {
            Path added = p.write("t20.test.js", "import { test, expect } from 'bun:test';\ntest('new', () => expect(1).toBe(1));\n");

            assertThat(p.nextRun().files()).containsExactly("t20.test.js");
            assertThat(p.nextFinished().pass()).isEqualTo(1);
            assertThat(p.session.results()).containsKey(CanonicalPath.of(added));

            Files.delete(added);

            assertThat(p.next(p.removed, "removal")).containsExactly("t20.test.js");
            assertThat(p.session.results()).doesNotContainKey(CanonicalPath.of(added)).hasSize(20);
            assertThat(p.session.testFiles()).hasSize(20);
            assertThat(p.started).isEmpty();
        }
    }

    @Test
    void aBunfigChangeRerunsEverything() throws Exception {
        try (ProjectFixture p = new ProjectFixture(dir).start(DEBOUNCE)) {
            p.write("bunfig.toml", "[test]\ntimeout = 4000\n");

            ProjectFixture.Run run = p.nextRun();
            assertThat(run.files()).hasSize(20);
            assertThat(run.reason()).isEqualTo("bunfig.toml changed");
            assertThat(p.reloads.get()).isEqualTo(1);
            assertThat(p.nextFinished().pass()).isEqualTo(20);
        }
    }

    @Test
    void aFileNoTestLoadedRerunsNothingAndIsReported() throws Exception {
        try (ProjectFixture p = new ProjectFixture(dir).start(DEBOUNCE)) {
            Path notes = p.write("notes.md", "# notes\n");

            assertThat(p.next(p.unaffected, "unaffected notice")).contains(CanonicalPath.of(notes));
            assertThat(p.started).isEmpty();
        }
    }

    @Test
    void aTestFileThatFailedToLoadRerunsWhenTheModuleItMissedAppears() throws Exception {
        try (ProjectFixture p = new ProjectFixture(dir).start(DEBOUNCE)) {
            p.write("t05.test.js", "import { test, expect } from 'bun:test';\nimport { late } from './lib/late.js';\n"
                    + "test('late', () => expect(late).toBe(2));\n");
            assertThat(p.nextRun().files()).containsExactly("t05.test.js");
            p.nextFinished();
            Path t05 = CanonicalPath.of(p.root.resolve("t05.test.js"));
            assertThat(p.session.results().get(t05).status()).isEqualTo(FileResult.FileStatus.LOAD_ERROR);

            p.write("lib/late.js", "export const late = 2;\n");

            assertThat(p.nextRun().files()).containsExactly("t05.test.js");
            assertThat(p.nextFinished().pass()).isEqualTo(1);
            assertThat(p.session.results().get(t05).status()).isEqualTo(FileResult.FileStatus.PASSED);
        }
    }

    @Test
    void commandsRunAllTheFailedFilesAndFilteredFiles() throws Exception {
        try (ProjectFixture p = new ProjectFixture(dir).start(DEBOUNCE)) {
            p.write("t11.test.js", "import { test, expect } from 'bun:test';\ntest('fails', () => expect(1).toBe(2));\n");
            assertThat(p.nextRun().files()).containsExactly("t11.test.js");
            p.nextFinished();

            p.session.runFailed();
            assertThat(p.nextRun().files()).containsExactly("t11.test.js");
            assertThat(p.nextFinished().fail()).isEqualTo(1);

            p.session.filterFiles("t1[01]");
            assertThat(p.nextRun().files()).containsExactly("t10.test.js", "t11.test.js");
            p.nextFinished();

            p.session.filterFiles(null);
            p.session.filterTests("^other$");
            assertThat(p.nextRun().files()).hasSize(20);
            assertThat(p.nextFinished().files()).isEqualTo(20);
            p.nextRun();
            RunSummary filtered = p.nextFinished();
            assertThat(filtered.pass()).isEqualTo(17); // t03 and t07 test "shared", t11 "fails": filtered out
            assertThat(List.of(p.problems.toArray())).isEmpty();
        }
    }
}
