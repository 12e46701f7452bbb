package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A file of hangs (a synchronous loop, unbounded recursion, a promise that never settles) beside ordinary
 * files: each hang is that test's failure, the file goes on, and the ordinary files report exactly what
 * they report alone.
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
        CliRun all = CliRun.in("hostile", "test", "--parallel=2");
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

        for (String file : List.of("math.test.js", "strings.test.ts")) {
            CliRun alone = CliRun.in("hostile", "test", "./" + file);
            assertThat(resultLines(all, file)).as(file).isEqualTo(resultLines(alone, file)).isNotEmpty();
        }
    }
}
