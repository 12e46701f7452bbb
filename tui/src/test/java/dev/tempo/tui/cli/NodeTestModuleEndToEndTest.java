package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suites written for Node's own runner (node:test, as nanoid's) and ones timing with node:perf_hooks
 * (as es-toolkit's) run as in bun: node:test's describe/test/before/after are bun:test's, its options pick
 * skip/todo, a test function gets its context and, when it asks, a done callback.
 */
class NodeTestModuleEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void nodeTestSuitesRunOnTheBunTestApi() throws IOException {
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"nt\", \"type\": \"module\"}\n");
        Files.writeString(dir.resolve("esm.test.js"), """
                import { equal } from 'node:assert';
                import { after, before, describe, test } from 'node:test';
                import { performance, PerformanceObserver } from 'node:perf_hooks';

                describe('suite', () => {
                  let ready = false;
                  before(() => { ready = true; });
                  after(() => console.log('after ran'));
                  test('context', (t) => {
                    equal(ready, true);
                    equal(t.fullName, 'suite > context');
                  });
                  test('done callback', (t, done) => { setTimeout(done, 1); });
                  test('skipped', { skip: 'not here' }, () => { throw new Error('ran'); });
                  test('todo', { todo: true }, () => { throw new Error('ran'); });
                  test('timed with perf_hooks', async () => {
                    equal(performance, globalThis.performance);
                    performance.mark('start');
                    await new Promise((r) => setTimeout(r, 20));
                    const m = performance.measure('wait', 'start');
                    equal(m.duration >= 15, true);
                    equal(typeof PerformanceObserver, 'function');
                  });
                  test('failing', () => equal(1, 2));
                });
                """);
        Files.writeString(dir.resolve("cjs.test.cjs"), """
                const test = require('node:test');
                test.it('required as CommonJS, the module is the test function', () => {
                  if (test.default !== test || typeof test.describe !== 'function') throw new Error('shape');
                });
                """);
        CliRun run = CliRun.in(dir, Map.of(), "test");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("after ran\n");
        assertThat(run.err())
                .contains("(pass) suite > context")
                .contains("(pass) suite > done callback")
                .contains("(skip) suite > skipped")
                .contains("(todo) suite > todo")
                .contains("(pass) suite > timed with perf_hooks")
                .contains("(fail) suite > failing")
                .contains("(pass) required as CommonJS, the module is the test function")
                .contains(" 4 pass\n 1 skip\n 1 todo\n 1 fail\n");
    }
}
