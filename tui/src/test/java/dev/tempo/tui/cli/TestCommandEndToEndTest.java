package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `tempo test` on fixture projects, through the real entry point in its own JVM. */
class TestCommandEndToEndTest {

    @Test
    void reportsLikeBunAndExitsOneOnFailure() throws Exception {
        CliRun run = CliRun.process("basic", "test", "--parallel=1");
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
    void aTypeScriptSyntaxErrorShowsNoPanicReportFromTheNativeTranspiler() throws Exception {
        // swc4j's native code panics while it raises the syntax error; fd 2 must not get Rust's report
        CliRun run = CliRun.process("broken", List.of(), Map.of("RUST_BACKTRACE", "1"), "test", "./syntax.test.ts", "./good.test.ts");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains("syntax.test.ts:2:", "(pass) still runs", " 1 error")
                .doesNotContain("panicked", "backtrace", "JavaException");
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
        assertThat(run.err()).contains("(pass) node builtins and web globals", "(pass) ts, cjs and esm packages", "(pass) require > loads packages with the require condition",
                "(pass) a type export named like a global leaves the global alone",
                "(pass) require of an ES module that imports a package", "(pass) import() in a CommonJS file resolves against the file",
                "(pass) a bare import() in a CommonJS file loads the package", "(pass) a bare import loads the package even with a sibling file of that name");
        assertThat(run.exit()).isZero();
    }

    @Test
    void conditionsFlagsAddExportConditionsForImportRequireAndSelfReference() throws Exception {
        CliRun run = CliRun.in("conditions", "test", "--conditions", "custom", "--conditions=source");
        assertThat(run.err()).contains(" 2 pass\n 0 fail\n");
        assertThat(run.exit()).isZero();

        CliRun without = CliRun.in("conditions", "test");
        assertThat(without.exit()).isEqualTo(1);
        assertThat(without.err()).contains("Cannot find module", "cond-app/sub");
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

    @Test
    void bailStopsReportingAfterTheFailure() throws Exception {
        CliRun run = CliRun.in("flags", "test", "--bail", "--parallel=1");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stableErr()).contains("(pass) one", "(fail) two fails")
                .doesNotContain("three").doesNotContain("b.test.js")
                .endsWith("Ran 2 tests across 1 file. [Xms]\nBailed out after 1 failure\n");
    }

    @Test
    void rerunEachNumbersTheRunsAndCountsFilesOnce() throws Exception {
        CliRun run = CliRun.in("flags", "test", "--rerun-each=2", "--parallel=1");
        assertThat(run.stableErr()).contains("a.test.js: (run #1)", "a.test.js: (run #2)", "b.test.js: (run #2)")
                .contains(" 6 pass\n", " 4 fail\n", "Ran 12 tests across 2 files.");
        assertThat(run.out()).contains("hello from b\nhello from b");
    }

    @Test
    void todoRunsTodoBodiesAndPreloadRunsFirst() throws Exception {
        CliRun run = CliRun.in("flags", "test", "--todo", "--preload", "./setup.js", "--parallel=1", "a.test");
        assertThat(run.stableErr()).contains("error: todo body", "(todo) later [Xms]")
                .doesNotContain("Received: undefined");
    }

    @Test
    void randomizePrintsItsSeedAboveTheTotals() throws Exception {
        CliRun run = CliRun.in("flags", "test", "--randomize", "--seed=42", "--parallel=1");
        assertThat(run.stableErr()).contains("\n --seed=42\n 3 pass\n");
        CliRun again = CliRun.in("flags", "test", "--randomize", "--seed=42", "--parallel=1");
        assertThat(testLines(again.stableErr())).isEqualTo(testLines(run.stableErr()));
    }

    @Test
    void aNameFilterThatMatchesNothingIsAnError() throws Exception {
        CliRun run = CliRun.in("flags", "test", "-t", "zzz");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stableErr()).endsWith("error: regex \"zzz\" matched 0 tests. Searched 2 files (skipping 6 tests) [Xms]\n");
        CliRun some = CliRun.in("flags", "test", "-t", "one");
        assertThat(some.exit()).isEqualTo(0);
        assertThat(some.stableErr()).contains(" 2 pass\n 4 filtered out\n 0 fail\n");
    }

    @Test
    void junitAndDotsReportersWorkFromTheCommandLine() throws Exception {
        java.nio.file.Path xml = java.nio.file.Files.createTempFile("tempo-junit", ".xml");
        CliRun run = CliRun.in("flags", "test", "--reporter=junit", "--reporter-outfile=" + xml, "--dots");
        assertThat(run.exit()).isEqualTo(1);
        String report = java.nio.file.Files.readString(xml);
        java.nio.file.Files.delete(xml);
        assertThat(report).contains("<testsuite name=\"a.test.js\"", "<testcase name=\"two fails\"", "<failure");
        assertThat(run.stableErr()).doesNotContain("(pass)").contains("(fail) two fails");
    }

    private static java.util.List<String> testLines(String err) {
        return err.lines().filter(l -> l.startsWith("(")).map(l -> l.replace(" [Xms]", "")).toList();
    }
}
