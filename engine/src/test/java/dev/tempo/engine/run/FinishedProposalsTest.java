package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Built-ins and syntax that bun 1.4.5 has and GraalJS keeps behind its "staging" ECMAScript version: a test file
 * that uses them must run as it does under bun (each expectation here was checked there).
 */
class FinishedProposalsTest {
    @TempDir
    Path dir;

    @Test
    void testFilesGetTheBuiltInsBunHas() throws Exception {
        RunFiles r = new RunFiles(dir).file("newer.test.js", """
                test('Array.fromAsync', async () => {
                  expect(await Array.fromAsync((async function* () { yield 1; yield 2; })())).toEqual([1, 2]);
                  expect(await Array.fromAsync([Promise.resolve(3), 4], (x) => x * 2)).toEqual([6, 8]);
                });
                test('Error.isError and Math.sumPrecise', () => {
                  expect([Error.isError(new TypeError('t')), Error.isError({ name: 'Error', message: 'm' })]).toEqual([true, false]);
                  expect([Math.sumPrecise([1e20, 0.1, -1e20]), 1e20 + 0.1 - 1e20]).toEqual([0.1, 0]);
                });
                test('base64 and hex on Uint8Array', () => {
                  expect(Array.from(Uint8Array.fromBase64('aGk='))).toEqual([104, 105]);
                  expect([new Uint8Array([104, 105]).toBase64(), new Uint8Array([104, 105]).toHex()]).toEqual(['aGk=', '6869']);
                  expect(Array.from(Uint8Array.fromHex('ff00'))).toEqual([255, 0]);
                });
                test('JSON.rawJSON, Map getOrInsert, Iterator.concat', () => {
                  expect(JSON.stringify({ big: JSON.rawJSON('123456789012345678901234567890') })).toBe('{"big":123456789012345678901234567890}');
                  const m = new Map([['a', 1]]);
                  expect([m.getOrInsert('a', 9), m.getOrInsert('b', 2), m.getOrInsertComputed('c', (k) => k + '!')]).toEqual([1, 2, 'c!']);
                  expect([...m]).toEqual([['a', 1], ['b', 2], ['c', 'c!']]);
                  expect(Iterator.concat([1], new Set([2, 3])).toArray()).toEqual([1, 2, 3]);
                });
                """)
                .file("decorators.test.js", """
                const calls = [];
                function logged(value, context) {
                  return function (...args) { calls.push(context.name); return value.apply(this, args); };
                }
                class A { @logged m() { return 1; } }
                test('a standard method decorator in a .js file', () => {
                  expect(new A().m()).toBe(1);
                  expect(calls).toEqual(['m']);
                });
                """);
        RunSummary summary = r.run(r.request(1));
        assertThat(r.all(RunEvent.TestFinished.class)).extracting(t -> t.result().errors()).allMatch(List::isEmpty);
        assertThat(summary.pass()).isEqualTo(5);
        assertThat(summary.fail()).isZero();
        assertThat(summary.unhandledErrors()).isZero();
    }
}
