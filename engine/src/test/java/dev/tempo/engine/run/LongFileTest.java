package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner steps from test to test without holding earlier tests on the file thread's stack: tests
 * that end at once (skips, todos, tests -t leaves out) are looped over, tests that ran continue from loop
 * tasks. Thousands of either in one file run to the end.
 */
class LongFileTest {
    @TempDir
    Path dir;

    @Test
    void thousandsOfSkippedHiddenAndRunTestsInOneFile() throws Exception {
        RunFiles r = new RunFiles(dir).file("long.test.js", """
                describe('skipped', () => { for (let i = 0; i < 20000; i++) test.skip('s' + i, () => {}); });
                describe('todo', () => { for (let i = 0; i < 5000; i++) test.todo('t' + i); });
                describe('ran', () => {
                  let n = 0;
                  beforeEach(() => { n++; });
                  for (let i = 0; i < 3000; i++) test('r' + i, () => { expect(n).toBe(i + 1); });
                });
                """);
        RunSummary summary = r.run(r.request(1));
        assertThat(summary.skip()).isEqualTo(20000);
        assertThat(summary.todo()).isEqualTo(5000);
        assertThat(summary.pass()).isEqualTo(3000);
        assertThat(summary.fail()).isZero();
    }
}
