package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fake timers through the whole CLI: everyday code (debounce, throttle, retry with backoff, an interval
 * cleared in its callback), Date under setSystemTime with and without fake timers, node:timers/promises
 * and Bun.sleep on the fake clock, auto-advance with real time, the infinite-loop error pointing at the
 * timer's creation, the real per-test timeout while fake timers are on, and a file that leaves fake
 * timers on without leaking them into the next file.
 */
class TimersEndToEndTest {

    @Test
    void fakeTimersDriveUserCodeAndEndWithTheirFile() {
        CliRun run = CliRun.in("timers", "test", "--parallel=1");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stableErr()).isEqualTo("""

                clock.test.js:
                (pass) setSystemTime without fake timers freezes Date until reset [Xms]
                (pass) fake timers move Date and performance.now with the clock; Date keeps its identity [Xms]
                (pass) node:timers/promises and Bun.sleep are faked [Xms]
                (pass) runAllTimers on a timer that always reschedules itself [Xms]
                (pass) advanceTimers moves the clock with real time [Xms]
                (fail) the real timeout still ends a test stuck on a fake timer [Xms]
                  ^ this test timed out after 300ms.
                (pass) a file may leave fake timers on [Xms]

                infinite.test.js:
                1 | import { test, jest } from "bun:test";
                2 |\s
                3 | function poll() {
                4 |   setTimeout(poll, 10);
                      ^
                error: Aborting after running 100000 timers, assuming an infinite loop!
                      at poll (%s/timers/infinite.test.js:4:3)
                (fail) runAllTimers names where the endless timer was created [Xms]

                next-file.test.js:
                (pass) timers and Date are real again [Xms]

                patterns.test.js:
                (pass) with fake timers > debounce calls once with the last arguments [Xms]
                (pass) with fake timers > throttle runs at most once per window, then a trailing call [Xms]
                (pass) with fake timers > retry with backoff waits 100, 200, 400 ms between attempts [Xms]
                (pass) with fake timers > retry gives up after the last attempt (runAllTimersAsync) [Xms]
                (pass) with fake timers > an interval cleared inside its own callback stops [Xms]

                 12 pass
                 2 fail
                 files: 2 passed, 1 failed, 1 timed out
                 26 expect() calls
                Ran 14 tests across 4 files. [Xms]
                """.replace("%s", CliRun.FIXTURES.toString()));
    }
}
