package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a TypeScript file, the stacks user code reads carry the .ts line:column (as bun's do), and tempo's
 * own failure reports, built from those stacks, still point at the right line.
 */
class TsStackPositionsTest {
    @TempDir
    Path dir;

    @Test
    void stacksReadInTypeScriptPointAtTheTypeScript() throws Exception {
        RunFiles r = new RunFiles(dir).file("s.test.ts", """
                import { test, expect } from 'bun:test';

                interface Shape { a: number }
                type Id = string;

                function make(s: Shape): Error {
                  return new Error('boom ' + s.a);
                }

                test('stack', () => {
                  const e = make({ a: 1 });
                  expect(e.stack).toMatch(/^Error: boom 1\\n    at make \\(.*s\\.test\\.ts:7:10\\)\\n    at .*s\\.test\\.ts:11:/);
                  expect(e.stack).not.toContain('tempo:');
                  const saved = Error.prepareStackTrace;
                  Error.prepareStackTrace = (_err, sites) => sites;
                  const sites: any = make({ a: 2 }).stack;
                  Error.prepareStackTrace = saved;
                  expect([sites[0].getFunctionName(), sites[0].getLineNumber(), sites[1].getLineNumber()]).toEqual(['make', 7, 16]);
                });

                test('report', () => {
                  const id: Id = 'x';
                  expect(id).toBe('y');
                });
                """);
        RunSummary summary = r.run(r.request(1));
        List<RunEvent.TestFinished> done = r.all(RunEvent.TestFinished.class);
        assertThat(done.get(0).result().errors()).isEmpty();
        assertThat(summary.pass()).isEqualTo(1);
        ErrorInfo failure = done.get(1).result().errors().get(0);
        assertThat(failure.frames().get(0).line()).isEqualTo(23);
        assertThat(failure.frames().get(0).column()).isEqualTo(14);
    }
}
