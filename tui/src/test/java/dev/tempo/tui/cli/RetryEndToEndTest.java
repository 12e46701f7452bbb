package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** --retry, a test's own { retry } and --rerun-each together, shown as bun shows retried tests. */
class RetryEndToEndTest {
    private static List<String> resultLines(CliRun run) {
        return Stream.of(run.stableErr().split("\n")).filter(l -> l.startsWith("(") || l.startsWith("retry.test.js:")).toList();
    }

    @Test
    void aTestsOwnRetryWinsOverTheDefaultAndTheDecidingAttemptIsNamed() {
        CliRun run = CliRun.in("retry", "test", "--parallel=1");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(resultLines(run)).containsExactly(
                "retry.test.js:",
                "(fail) passes on the third try [Xms]",
                "(pass) own retry wins (attempt 2) [Xms]",
                "(pass) steady [Xms]");
        // the failed first attempt of "own retry wins" is shown above its line, as bun does
        assertThat(run.err()).contains("Expected: 2\nReceived: 1");
        // only the deciding attempt's expect() calls count
        assertThat(run.err()).contains(" 3 expect() calls");
    }

    @Test
    void retriesApplyInEveryRunOfRerunEach() {
        CliRun run = CliRun.in("retry", "test", "--retry=2", "--rerun-each=2", "--parallel=1");
        assertThat(run.exit()).isZero();
        assertThat(resultLines(run)).containsExactly(
                "retry.test.js: (run #1)",
                "(pass) passes on the third try (attempt 3) [Xms]",
                "(pass) own retry wins (attempt 2) [Xms]",
                "(pass) steady [Xms]",
                "retry.test.js: (run #2)",
                "(pass) passes on the third try (attempt 3) [Xms]",
                "(pass) own retry wins (attempt 2) [Xms]",
                "(pass) steady [Xms]");
        assertThat(run.err()).contains(" 6 pass\n", " 0 fail\n", " 6 expect() calls");
    }
}
