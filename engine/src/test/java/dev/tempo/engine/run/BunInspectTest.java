package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bun.inspect prints as bun's console does (checked against bun 1.4.5), not as Node's util.inspect. */
class BunInspectTest {
    @TempDir
    Path dir;

    @Test
    void formatsAsBunsConsole() throws Exception {
        RunFiles r = new RunFiles(dir).file("inspect.test.js", """
                test('values', () => {
                  expect(Bun.inspect({ a: 1, b: [1, 2], s: 'x', m: new Map([[1, 2]]) }))
                    .toBe('{\\n  a: 1,\\n  b: [ 1, 2 ],\\n  s: "x",\\n  m: Map(1) {\\n    1: 2,\\n  },\\n}');
                  expect(Bun.inspect('str')).toBe('"str"');
                  expect(Bun.inspect([1, 'a', { x: 1 }])).toBe('[ 1, "a", {\\n    x: 1,\\n  } ]');
                  expect(Bun.inspect(function named() {})).toBe('[Function: named]');
                  expect(Bun.inspect()).toBe('');
                  expect(Bun.inspect.custom).toBe(Symbol.for('nodejs.util.inspect.custom'));
                  expect(Bun.inspect({ [Bun.inspect.custom]() { return 'CUSTOM'; } })).toBe('CUSTOM');
                });
                test('depth: 8 levels unless told', () => {
                  let o = { v: 0 };
                  for (let i = 1; i < 14; i++) o = { v: i, n: o };
                  expect(Bun.inspect(o).split('\\n').length).toBe(28);
                  expect(Bun.inspect({ a: { b: { c: 1 } } }, { depth: 1 })).toBe('{\\n  a: {\\n    b: [Object ...],\\n  },\\n}');
                });
                test('an error as bun prints it, with the line it was made on', () => {
                  const s = Bun.inspect(new Error('e'));
                  expect(s).toContain('error: e\\n');
                  expect(s).toContain("Bun.inspect(new Error('e'))");
                  expect(s).toMatch(/at <anonymous> \\(.*inspect\\.test\\.js:18:/);
                });
                """);
        RunSummary summary = r.run(r.request(1));
        assertThat(r.all(RunEvent.TestFinished.class)).allSatisfy(t -> assertThat(t.result().errors()).isEmpty());
        assertThat(summary.pass()).isEqualTo(3);
    }
}
