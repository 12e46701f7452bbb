package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** node:vm on realms: contexts with their own built-ins, sandboxes as their globals (as Node's behave). */
class NodeVmTest {
    @TempDir
    Path dir;

    @Test
    void contextsAreRealmsOfTheirOwn() throws Exception {
        RunFiles r = new RunFiles(dir).file("vm.test.js", """
                const vm = require('node:vm');
                test('runInNewContext: its own built-ins, the sandbox as globals, writes back', () => {
                  const arr = vm.runInNewContext('[1, 2, 3]');
                  expect(Array.isArray(arr)).toBe(true);
                  expect(arr instanceof Array).toBe(false);
                  expect(arr).toEqual([1, 2, 3]);
                  const sandbox = { x: 2 };
                  expect(vm.runInNewContext('y = x * 21; var z = "v"; x + 1', sandbox)).toBe(3);
                  expect(sandbox).toEqual({ x: 2, y: 42, z: 'v' });
                });
                test('a context keeps its state between runs; isContext tells contexts apart', () => {
                  const ctx = vm.createContext({ n: 1 });
                  vm.runInContext('n += 1; var seen = typeof require;', ctx);
                  vm.runInContext('n *= 10', ctx);
                  expect([ctx.n, ctx.seen, vm.isContext(ctx), vm.isContext({})]).toEqual([20, 'undefined', true, false]);
                  ctx.n = 5;
                  expect(vm.runInContext('n', ctx)).toBe(5);
                  expect(() => vm.runInContext('1', {})).toThrow('must be an vm.Context');
                });
                test('Script, runInThisContext, compileFunction', () => {
                  const s = new vm.Script('typeof globalThis.expect');
                  expect(s.runInThisContext()).toBe('function');
                  expect(s.runInNewContext()).toBe('undefined');
                  expect(() => new vm.Script('a b')).toThrow(SyntaxError);
                  expect(vm.runInThisContext('1 + 1')).toBe(2);
                  expect(vm.compileFunction('return a + b', ['a', 'b'])(2, 3)).toBe(5);
                  const err = vm.runInNewContext('new TypeError("t")');
                  expect(err instanceof TypeError).toBe(false);
                  expect(Object.prototype.toString.call(err)).toBe('[object Error]');
                });
                test('no Realm global for user code, as in bun', () => {
                  expect(typeof Realm).toBe('undefined');
                });
                """);
        RunSummary summary = r.run(r.request(1));
        assertThat(r.all(RunEvent.FileFinished.class).getFirst().result().loadError()).isNull();
        assertThat(r.all(RunEvent.TestFinished.class)).allSatisfy(t -> assertThat(t.result().errors()).as(t.result().id().fullName()).isEmpty());
        assertThat(summary.pass()).isEqualTo(4);
    }
}
