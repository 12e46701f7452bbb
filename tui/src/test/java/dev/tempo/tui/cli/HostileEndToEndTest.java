package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hostile files beside ordinary ones: hangs (a synchronous loop, unbounded recursion, a promise that never
 * settles) fail their own tests and the file goes on; a file that fills the heap or blocks below JS
 * crashes alone; exits, throwing hooks, files that do not parse or import nothing there each end their
 * own file; the ordinary files report exactly what they report alone.
 */
class HostileEndToEndTest {

    /** The result lines of one file's block, durations removed. */
    private static List<String> resultLines(CliRun run, String file) {
        String err = run.stableErr();
        int start = err.indexOf("\n" + file + ":\n");
        assertThat(start).as(file + " in the output").isNotNegative();
        int end = err.indexOf("\n\n", start + 1);
        return Stream.of(err.substring(start, end < 0 ? err.length() : end).split("\n"))
                .filter(l -> l.startsWith("(") || l.startsWith("  ^ ")).toList();
    }

    @Test
    void hangsFailTheirOwnTestsAndTheOtherFilesLoseNothing() throws Exception {
        CliRun all = CliRun.in("hostile", "test", "--parallel=2", "./hangs.test.js", "./math.test.js", "./strings.test.ts");
        assertThat(all.exit()).isEqualTo(1);
        assertThat(resultLines(all, "hangs.test.js")).containsExactly(
                "(fail) sync loop [Xms]",
                "  ^ this test timed out after 200ms.",
                "(fail) deep recursion [Xms]",
                "(fail) never settles [Xms]",
                "  ^ this test timed out after 100ms.",
                "(pass) runs after the hangs [Xms]");
        assertThat(all.err())
                .contains("error: still running here when the timeout stopped it")
                .contains("at <anonymous> (" + CliRun.FIXTURES.resolve("hostile/hangs.test.js") + ":3:3)")
                .contains("RangeError: Maximum call stack size exceeded")
                .contains(" 5 pass\n", " 4 fail\n", "files: 1 passed, 1 failed, 1 timed out\n")
                .doesNotContain("Unhandled error");
        assertOrdinaryFilesAsAlone(all);
    }

    /**
     * Every hostile file of the fixture in one run, in a JVM of its own with a small heap (so the file that
     * keeps 4 GB fills it quickly): each file ends in exactly one state, the summary counts them, the
     * ordinary files lose nothing and the run exits 1.
     */
    @Test
    void everyHostileFileEndsInOneStateInProcess() throws Exception {
        assertEveryFileEndsInOneState();
    }

    /**
     * --isolate=process on the files that end a worker (one fills its heap, one blocks below JS, one calls
     * process.exit) beside ordinary ones: the crashed files end CRASHED with the cause, the others lose nothing.
     */
    @Test
    void workerProcessesCrashAloneAndTheOthersLoseNothing() throws Exception {
        Path dir = Files.createTempDirectory("tempo-hostile");
        Path fifo = dir.resolve("nobody-writes");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        try {
            CliRun all = CliRun.process("hostile", List.of("-Xmx512m"), Map.of("TEMPO_HOSTILE_FIFO", fifo.toString()),
                    "test", "--parallel=2", "--isolate=process", "./memory-hog.test.js", "./wedged.test.js",
                    "./exits.test.js", "./math.test.js", "./strings.test.ts");
            assertThat(all.exit()).as(all.err()).isEqualTo(1);
            assertThat(all.err())
                    .containsPattern("files: 1 passed, 2 failed, (2 crashed|1 timed out, 1 crashed)\n") // see above
                    .containsPattern("memory-hog.test.js crashed \\(in test \"keeps 4 GB in 1 MB chunks\"\\): it (ran out of|used too much) memory")
                    .containsPattern("wedged.test.js crashed \\(in test \"reads a pipe nobody writes to\"\\): it did not stop within 5 s after its timeout"
                            + "|\\(fail\\) reads a pipe nobody writes to \\[[0-9.]+ms\\]\n  \\^ this test timed out after 200ms")
                    .contains("process.exit(3) was called: the rest of this file did not run");
            assertThat(resultLines(all, "exits.test.js")).containsExactly("(pass) before the exit [Xms]");
            assertOrdinaryFilesAsAlone(all);
        } finally {
            Files.deleteIfExists(fifo);
            Files.deleteIfExists(dir);
        }
    }

    private static void assertEveryFileEndsInOneState() throws Exception {
        Path dir = Files.createTempDirectory("tempo-hostile");
        Path fifo = dir.resolve("nobody-writes");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        try {
            CliRun all = CliRun.process("hostile", List.of("-Xmx512m"), Map.of("TEMPO_HOSTILE_FIFO", fifo.toString()),
                    "test", "--parallel=2");
            assertThat(all.exit()).as(all.err()).isEqualTo(1);
            assertThat(all.err())
                    // The pipe read is usually blocked in open(2), which no interrupt ends (the file crashes);
                    // now and then the interrupt ends it and the test times out instead. One state either way.
                    .containsPattern("files: 1 passed, 5 failed, (1 timed out, 2 could not load, 2 crashed"
                            + "|2 timed out, 2 could not load, 1 crashed)\n")
                    .contains("across 11 files")
                    .containsPattern("memory-hog.test.js crashed \\(in test \"keeps 4 GB in 1 MB chunks\"\\): it (ran out of|used too much) memory")
                    .containsPattern("wedged.test.js crashed \\(in test \"reads a pipe nobody writes to\"\\): it did not stop within 5 s after its timeout"
                            + "|\\(fail\\) reads a pipe nobody writes to \\[[0-9.]+ms\\]\n  \\^ this test timed out after 200ms")
                    .contains("RangeError: Array buffer allocation failed")
                    .contains("process.exit(3) was called: the rest of this file did not run")
                    .contains("error: the database is not there")
                    .contains("error: rejected after the test ended")
                    .contains("Cannot find module", "does-not-exist.js")
                    .contains("Expected , but found ;");
            assertThat(resultLines(all, "huge-allocation.test.js")).contains("(pass) runs after the huge allocation [Xms]");
            assertThat(resultLines(all, "exits.test.js")).containsExactly("(pass) before the exit [Xms]");
            assertOrdinaryFilesAsAlone(all);
        } finally {
            Files.deleteIfExists(fifo);
            Files.deleteIfExists(dir);
        }
    }

    private static void assertOrdinaryFilesAsAlone(CliRun all) {
        for (String file : List.of("math.test.js", "strings.test.ts")) {
            CliRun alone = CliRun.in("hostile", "test", "./" + file);
            assertThat(resultLines(all, file)).as(file).isEqualTo(resultLines(alone, file)).isNotEmpty();
        }
    }
}
