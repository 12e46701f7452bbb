package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bun's summary counts the expect() calls of a file's top level and describe bodies (none belongs to a
 * test, so no test result carries them); those of beforeAll/afterAll it does not count.
 */
class ExpectCallsOutsideTestsTest {
    @TempDir
    Path dir;

    @Test
    void topLevelAndDescribeBodyCallsCountInTheSummaryOnly() throws Exception {
        RunFiles r = new RunFiles(dir).file("count.test.js", """
                expect(1).toBe(1);
                beforeAll(() => { expect(1).toBe(1); });
                afterAll(() => { expect(1).toBe(1); });
                describe('d', () => {
                  expect(2).toBe(2);
                  expect(3).toBe(3);
                  test('t', () => { expect(4).toBe(4); });
                });
                """);
        RunSummary summary = r.run(r.request(1));
        assertThat(r.all(RunEvent.TestFinished.class)).extracting(t -> t.result().expectCalls()).containsExactly(1);
        assertThat(r.all(RunEvent.FileFinished.class)).extracting(f -> f.result().expectCallsOutsideTests()).containsExactly(3);
        assertThat(summary.expectCalls()).isEqualTo(4);
    }
}
