package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Errors outside the happy path, compared with what bun 1.4.5 prints for the same files: unhandled
 * rejections and throws in timers (in a test: it fails; between tests: an error block), a failing
 * afterAll (an "(unnamed)" failing test), thrown values that are not Errors, module top-level frames,
 * a syntax error (file, line and column with the line), and process.exit (ends only its file).
 */
class ErrorsEndToEndTest {

    @Test
    void errorsAreReportedWhereBunReportsThemAndEveryFileRuns() throws Exception {
        CliRun run = CliRun.in("errors", "test", "--parallel=1");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stableErr()).isEqualTo("""

                exit.test.js:
                (pass) before exit [Xms]

                # Unhandled error between tests
                -------------------------------
                1 | import { test } from "bun:test";
                2 | test("before exit", () => {});
                3 | test("exits", () => {
                4 |   process.exit(3);
                              ^
                error: process.exit(3) was called: the rest of this file did not run
                      at <anonymous> (%s/errors/exit.test.js:4:11)
                -------------------------------


                hooks.test.js:
                (pass) suite > passes [Xms]
                1 | import { test, describe, beforeAll, afterAll } from "bun:test";
                2 |\s
                3 | describe("suite", () => {
                4 |   test("passes", () => {});
                5 |   afterAll(() => { throw new Error("afterAll failed"); });
                                                 ^
                error: afterAll failed
                      at <anonymous> (%s/errors/hooks.test.js:5:30)
                (fail) suite > (unnamed) [Xms]
                4 |   test("passes", () => {});
                5 |   afterAll(() => { throw new Error("afterAll failed"); });
                6 | });
                7 |\s
                8 | describe("setup", () => {
                9 |   beforeAll(() => { throw new Error("beforeAll failed"); });
                                                  ^
                error: beforeAll failed
                      at <anonymous> (%s/errors/hooks.test.js:9:31)
                (fail) setup > (unnamed) [Xms]

                rejections.test.js:
                1 | import { test, describe, afterAll } from "bun:test";
                2 |\s
                3 | test("a rejection nobody handles fails the test", async () => {
                4 |   Promise.reject(new Error("not handled"));
                                         ^
                error: not handled
                      at <anonymous> (%s/errors/rejections.test.js:4:22)
                (fail) a rejection nobody handles fails the test [Xms]
                3 | test("a rejection nobody handles fails the test", async () => {
                4 |   Promise.reject(new Error("not handled"));
                5 |   await new Promise((r) => setTimeout(r, 10));
                6 | });
                7 | test("a throw in a timer fails the test", async () => {
                8 |   setTimeout(() => { throw new Error("thrown in a timer"); }, 1);
                                                   ^
                error: thrown in a timer
                      at <anonymous> (%s/errors/rejections.test.js:8:32)
                (fail) a throw in a timer fails the test [Xms]
                (pass) a rejection handled in the same turn does not count [Xms]
                (pass) group > schedules a late rejection [Xms]

                # Unhandled error between tests
                -------------------------------
                13 |   await Promise.resolve();
                14 |   p.catch(() => {});
                15 | });
                16 | describe("group", () => {
                17 |   test("schedules a late rejection", () => {
                18 |     setTimeout(() => { Promise.reject(new Error("between tests")); }, 5);
                                                               ^
                error: between tests
                      at <anonymous> (%s/errors/rejections.test.js:18:43)
                -------------------------------

                (pass) still runs [Xms]

                syntax.test.js:

                # Unhandled error between tests
                -------------------------------
                4 |   const x = ;
                                ^
                error: Unexpected ;
                    at %s/errors/syntax.test.js:4:13
                -------------------------------


                thrown.test.js:
                1 | import { test } from "bun:test";
                2 |\s
                3 | test("a string", () => { throw "str"; });
                                                   ^
                error: str
                      at <anonymous> (%s/errors/thrown.test.js:3:32)
                (fail) a string [Xms]
                1 | import { test } from "bun:test";
                2 |\s
                3 | test("a string", () => { throw "str"; });
                4 | test("an object", () => { throw { a: 1 }; });
                                                    ^
                error
                      at <anonymous> (%s/errors/thrown.test.js:4:33)
                (fail) an object [Xms]
                1 | import { test } from "bun:test";
                2 |\s
                3 | test("a string", () => { throw "str"; });
                4 | test("an object", () => { throw { a: 1 }; });
                5 | test("undefined", () => { throw undefined; });
                                                    ^
                error: undefined
                      at <anonymous> (%s/errors/thrown.test.js:5:33)
                (fail) undefined [Xms]
                error: null
                null
                (fail) null, rejected [Xms]
                Custom: msg
                { name: 'Custom', message: 'msg' }
                (fail) an error-like object, rejected [Xms]

                toplevel.test.js:

                # Unhandled error between tests
                -------------------------------
                1 | import { test } from "bun:test";
                2 | test("never runs", () => {});
                3 | function helper() { throw new Error("from helper"); }
                                                  ^
                error: from helper
                      at helper (%s/errors/toplevel.test.js:3:31)
                      at %s/errors/toplevel.test.js:4:1
                -------------------------------


                zz-last.test.js:
                (pass) other files still run [Xms]

                 6 pass
                 11 fail
                 4 errors
                Ran 17 tests across 7 files. [Xms]
                """.replace("%s", CliRun.FIXTURES.toString()));
    }
}
