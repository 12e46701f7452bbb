package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A test file's console output, compared whole with what bun 1.4.5 prints for the same file: objects one
 * property per line with trailing commas and double-quoted strings, depth 2, class instances with their
 * methods, wrapped long arrays, %-templates, groups, count, assert, table, dir and a logged error with its
 * source excerpt; log/info/debug on stdout, error/warn/assert on stderr.
 */
class ConsoleOutputEndToEndTest {

    @Test
    void consoleOutputMatchesBun() {
        CliRun run = CliRun.in("console", "test", "--parallel=1");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("tempo test v");
        assertThat(run.out().substring(run.out().indexOf('\n') + 1)).isEqualTo("""
                {
                  name: "tempo",
                  tags: [ "a", "b" ],
                  nested: {
                    deep: {
                      deeper: [Object ...],
                    },
                  },
                }
                Point {
                  x: 1,
                  y: 2,
                  norm: [Function: norm],
                } [
                  Point {
                    x: 3,
                    y: 4,
                    norm: [Function: norm],
                  }
                ]
                Map(1) {
                  "k": {
                    v: 1,
                  },
                } Set(2) {
                  1,
                  "two",
                } Map {}
                [
                  0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119, 126, 133,
                  140, 147, 154, 161, 168, 175, 182, 189, 196, 203
                ]
                cart has 3 items costing 2.5: {
                  total: 7.5,
                }
                [Function: named] [class Shape] Symbol(s) 10n null undefined
                {
                  id: 1,
                  self: [Circular],
                } 1970-01-01T00:00:00.000Z /re/g Uint8Array(2) [ 1, 2 ]
                group
                  {
                    indented: true,
                  }
                default: 1
                x: 1
                default: 2
                ┌───┬───┬───┬──────┐
                │   │ a │ b │ c    │
                ├───┼───┼───┼──────┤
                │ 0 │ 1 │ x │      │
                │ 1 │ 2 │   │ true │
                └───┴───┴───┴──────┘
                {
                  a: [Object ...],
                }
                32 |   console.count("x");
                33 |   console.count();
                34 |   console.assert(false, "assertion %s", "failed");
                35 |   console.table([{ a: 1, b: "x" }, { a: 2, c: true }]);
                36 |   console.dir({ a: { b: 1 } }, { depth: 0 });
                37 |   console.log(new TypeError("printed, not thrown"));
                                       ^
                TypeError: printed, not thrown
                      at <anonymous> ({fixtures}/console/console.test.js:37:19)

                """.replace("{fixtures}", CliRun.FIXTURES.toString()));
        assertThat(run.stableErr()).startsWith("""

                console.test.js:
                {
                  level: "error",
                } on stderr
                [ "warn", {
                    on: "stderr",
                  } ]
                (pass) values print as bun prints them [Xms]
                assertion failed
                (pass) console methods print as bun prints them [Xms]

                """);
    }
}
