package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `tempo test` on fixture projects, through the real entry point in its own JVM. */
class TestCommandEndToEndTest {

    @Test
    void reportsLikeBunAndExitsOneOnFailure() throws Exception {
        CliRun run = CliRun.in("basic", "test", "--parallel=1");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("tempo test v");
        assertThat(run.stableErr()).isEqualTo("""

                globals.test.js:
                (pass) globals without imports [Xms]

                math.test.ts:
                (pass) math > adds [Xms]
                3 | describe("math", () => {
                4 |   test("adds", () => {
                5 |     expect(1 + 2).toBe(3);
                6 |   });
                7 |   test("fails", () => {
                8 |     expect(1 + 2).toBe(4);
                                      ^
                error: expect(received).toBe(expected)

                Expected: 4
                Received: 3

                      at <anonymous> (%s/basic/math.test.ts:8:19)
                (fail) math > fails [Xms]
                (skip) math > skipped
                (todo) math > later

                 2 pass
                 1 skip
                 1 todo
                 1 fail
                 3 expect() calls
                Ran 5 tests across 2 files. [Xms]
                """.formatted(CliRun.FIXTURES).replaceAll("\\[\\d+(\\.\\d+)?m?s\\]", "[Xms]"));
    }

    @Test
    void filtersByTestNamePattern() throws Exception {
        CliRun run = CliRun.in("basic", "test", "-t", "adds|imports");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("(pass) math > adds", "(pass) globals without imports").doesNotContain("fails");
    }

    @Test
    void aBrokenFileIsReportedAndTheOthersStillRun() throws Exception {
        CliRun run = CliRun.in("broken", "test");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains("(pass) still runs")
                .contains("# Unhandled error between tests")
                .contains("syntax.test.ts:2:")
                .contains("does-not-exist.js")
                .contains(" 1 pass")
                .contains(" 2 errors");
    }

    @Test
    void timeoutsStopEvenSynchronousLoopsAndTheFileGoesOn() throws Exception {
        CliRun run = CliRun.in("hang", "test");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains("(fail) sync loop is stopped")
                .contains("^ this test timed out after 200ms.")
                .contains("(fail) never settles")
                .contains("^ this test timed out after 100ms.")
                .contains("(pass) runs after the hangs");
    }

    @Test
    void loadsTypeScriptCommonJsAndPackagesByCondition() throws Exception {
        CliRun run = CliRun.in("modules", "test");
        assertThat(run.err()).contains("(pass) node builtins and web globals", "(pass) ts, cjs and esm packages", "(pass) require > loads packages with the require condition");
        assertThat(run.exit()).isZero();
    }

    @Test
    void aBadFlagIsOneLineAndExitOne() throws Exception {
        CliRun run = CliRun.in("basic", "test", "--bogus");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: unknown flag '--bogus' (see tempo test --help)\n");
    }

    @Test
    void anInvalidRegexIsNamed() throws Exception {
        CliRun run = CliRun.in("basic", "test", "-t", "(");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().trim()).isEqualTo("error: --test-name-pattern expects a valid regular expression but received \"(\"");
    }

    @Test
    void aBadTimeoutIsNamed() throws Exception {
        CliRun run = CliRun.in("basic", "test", "--timeout", "abc");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().trim()).isEqualTo("error: Invalid timeout: \"abc\"");
    }

    @Test
    void aBrokenBunfigNamesItsLineAndColumn() throws Exception {
        CliRun run = CliRun.in("badconfig", "test");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().trim()).matches("error: bunfig\\.toml:2:\\d+: .*");
    }

    @Test
    void aMissingPathExitsOne() throws Exception {
        CliRun run = CliRun.in("basic", "test", "./nope");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("./nope").contains("no matches");
    }

    @Test
    void onlyFlagRunsOnlyDotOnlyTestsInEveryFile() throws Exception {
        CliRun run = CliRun.in("only", "test", "--only", "--parallel=1");
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.stableErr()).contains("(pass) a2").doesNotContain("(pass) a1").doesNotContain("b1")
                .contains("Ran 1 test across 2 files.");
    }

    @Test
    void withoutTheFlagDotOnlyNarrowsOnlyItsOwnFile() throws Exception {
        CliRun run = CliRun.in("only", "test", "--parallel=1");
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.stableErr()).contains("(pass) a2", "(pass) b1", "(pass) d > b2").doesNotContain("a1")
                .contains("Ran 3 tests across 2 files.");
    }

    @Test
    void dotOnlyIsAnErrorOnCiButOtherFilesStillRun() throws Exception {
        CliRun run = CliRun.in("only", java.util.Map.of("CI", "true"), "test", "--parallel=1");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("# Unhandled error between tests")
                .contains("error: .only is disabled in CI environments")
                .contains("(pass) b1", "(pass) d > b2");
        CliRun overridden = CliRun.in("only", java.util.Map.of("CI", "false"), "test", "--parallel=1");
        assertThat(overridden.exit()).isEqualTo(0);
    }

    @Test
    void shardsSplitTheSortedFilesRoundRobin() throws Exception {
        CliRun first = CliRun.in("only", "test", "--shard=1/2");
        assertThat(first.err()).contains("a.test.js:").doesNotContain("b.test.js:");
        CliRun second = CliRun.in("only", "test", "--shard=2/2");
        assertThat(second.err()).contains("b.test.js:").doesNotContain("a.test.js:");
    }
}
