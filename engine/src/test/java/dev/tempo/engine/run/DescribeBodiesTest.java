package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Describe bodies run as bun runs them: after the file's top level, in declaration order, a body's own
 * describes before its next sibling, an async body awaited (tests it declares after an await count).
 */
class DescribeBodiesTest {
    @TempDir
    Path dir;

    @Test
    void bodiesRunAfterTheTopLevelInOrderAndAsyncBodiesAreAwaited() throws Exception {
        RunFiles r = new RunFiles(dir).file("order.test.js", """
                const log = [];
                log.push('top 1');
                describe('a', () => {
                  log.push('a');
                  describe('a.inner', () => { log.push('a.inner'); test('x', () => {}); });
                  log.push('a end');
                  test('y', () => {});
                });
                describe('b', async () => {
                  log.push('b');
                  await new Promise((r) => setTimeout(r, 5));
                  log.push('b after await');
                  test('z', () => {});
                  describe('b.inner', async () => { await null; test('w', () => {}); });
                });
                log.push('top 2');
                test('order', () => {
                  expect(log).toEqual(['top 1', 'top 2', 'a', 'a end', 'a.inner', 'b', 'b after await']);
                });
                """);
        RunSummary summary = r.run(r.request(1));
        List<String> ran = r.all(RunEvent.TestFinished.class).stream()
                .map(t -> String.join(" > ", t.result().id().path()) + " " + t.result().status()).toList();
        assertThat(ran).containsExactly("a > a.inner > x PASS", "a > y PASS", "b > z PASS", "b > b.inner > w PASS", "order PASS");
        assertThat(summary.unhandledErrors()).isZero();
    }

    @Test
    void aBodyThatThrowsOrRejectsLosesItsTestsAndTheRestRuns() throws Exception {
        RunFiles r = new RunFiles(dir).file("boom.test.js", """
                describe('throws', () => { test('lost 1', () => {}); throw new Error('sync boom'); });
                describe('rejects', async () => { test('lost 2', () => {}); await null; throw new Error('async boom'); });
                describe('after', () => { test('kept', () => {}); });
                """);
        RunSummary summary = r.run(r.request(1));
        assertThat(r.all(RunEvent.TestFinished.class)).extracting(t -> t.result().id().path())
                .containsExactly(List.of("after", "kept"));
        assertThat(r.all(RunEvent.UnhandledError.class)).extracting(u -> u.error().message())
                .containsExactly("sync boom", "async boom");
        assertThat(summary.pass()).isEqualTo(1);
    }

    @Test
    void anAsyncModuleMockDeclaredInABodyIsSettledBeforeTheTestsRun() throws Exception {
        RunFiles r = new RunFiles(dir).file("dep.js", "module.exports = { v: 'real' };\n")
                .file("mocked.test.js", """
                const { mock } = require('bun:test');
                describe('d', () => {
                  mock.module('./dep.js', async () => { await new Promise((r) => setTimeout(r, 5)); return { v: 'mocked' }; });
                  test('t', () => { expect(require('./dep.js').v).toBe('mocked'); });
                });
                """);
        r.files.removeIf(f -> f.displayPath().equals("dep.js"));
        RunSummary summary = r.run(r.request(1));
        assertThat(summary.pass()).isEqualTo(1);
    }
}
