package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Bun global's runtime helpers that test files use: Bun.file and Bun.write, spawnSync and spawn, which,
 * hashing, text helpers, stream readers, paths. Each expected value is what bun 1.4.5 gives for the same call.
 */
class BunApiTest {
    @TempDir
    Path dir;

    @Test
    void filesProcessesAndHelpers() throws Exception {
        RunFiles r = new RunFiles(dir).file("bun.test.js", """
                const path = require('node:path');
                const here = (name) => path.join(import.meta.dir, name);
                test('Bun.write and Bun.file', async () => {
                  expect(await Bun.write(here('out/data.json'), JSON.stringify({ a: 1 }))).toBe(7);
                  const f = Bun.file(here('out/data.json'));
                  expect([f.size, f.type, f.name, await f.exists()]).toEqual([7, 'application/json;charset=utf-8', here('out/data.json'), true]);
                  expect([await f.text(), await f.json(), f instanceof Blob, Object.prototype.toString.call(f)]).toEqual(['{"a":1}', { a: 1 }, true, '[object Blob]']);
                  expect(await f.slice(0, 4).text()).toBe('{"a"');
                  expect(await new Response(f).text()).toBe('{"a":1}');
                  expect(await Bun.write(here('copy.json'), f)).toBe(7);
                  expect(await Bun.write(here('b.bin'), new Uint8Array([1, 2, 3]))).toBe(3);
                  expect(await Bun.write(here('r.txt'), new Response('resp'))).toBe(4);
                  expect(Array.from(await Bun.file(here('b.bin')).bytes())).toEqual([1, 2, 3]);
                  const missing = Bun.file(here('missing.txt'));
                  expect([missing.size, missing.type, await missing.exists()]).toEqual([0, 'text/plain;charset=utf-8', false]);
                  const e = await missing.text().catch((x) => x);
                  expect([e.code, e.message]).toEqual(['ENOENT', "ENOENT: no such file or directory, open '" + here('missing.txt') + "'"]);
                  expect([Bun.file('x.ts').type, Bun.file('x.html').type, Bun.file('x').type])
                    .toEqual(['text/javascript;charset=utf-8', 'text/html;charset=utf-8', 'application/octet-stream']);
                });
                test('Bun.spawnSync and Bun.spawn', async () => {
                  const s = Bun.spawnSync(['sh', '-c', 'echo out; echo err >&2; exit 3']);
                  expect([s.exitCode, s.success, s.stdout.toString(), s.stderr.toString(), s.signalCode, Buffer.isBuffer(s.stdout)])
                    .toEqual([3, false, 'out\\n', 'err\\n', undefined, true]);
                  expect(Bun.spawnSync({ cmd: ['cat'], stdin: Buffer.from('fed') }).stdout.toString()).toBe('fed');
                  expect(Bun.spawnSync(['pwd'], { cwd: '/tmp' }).stdout.toString()).toBe('/tmp\\n');
                  expect(() => Bun.spawnSync(['tempo-no-such-command'])).toThrow('Executable not found in $PATH: "tempo-no-such-command"');
                  const proc = Bun.spawn(['sh', '-c', 'cat; echo hi'], { stdin: 'pipe' });
                  proc.stdin.write('piped ');
                  proc.stdin.end();
                  expect(await proc.exited).toBe(0);
                  expect([proc.exitCode, await new Response(proc.stdout).text()]).toEqual([0, 'piped hi\\n']);
                  const exitedWith = await new Promise((resolve) => Bun.spawn(['sh', '-c', 'exit 4'], { onExit: (p, code) => resolve(code) }));
                  expect(exitedWith).toBe(4);
                });
                test('which, hashing, text, streams, paths', async () => {
                  const shellSays = Bun.spawnSync(['sh', '-c', 'command -v sh']).stdout.toString().trim();
                  expect([Bun.which('sh'), Bun.which('tempo-no-such-command'), Bun.which('sh', { PATH: '/nonexistent' })]).toEqual([shellSays, null, null]);
                  expect(new Bun.CryptoHasher('sha256').update('abc').digest('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
                  expect(Bun.sha('abc', 'hex')).toBe('53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23');
                  expect(Bun.randomUUIDv7()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
                  expect(Bun.escapeHTML(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#x27;&amp;&#x27;&lt;/a&gt;');
                  expect([Bun.stringWidth('abc'), Bun.stringWidth('\\u001b[31mab\\u001b[0m'), Bun.stringWidth('日本'), Bun.stringWidth('👍'), Bun.stringWidth('é')])
                    .toEqual([3, 2, 4, 2, 1]);
                  expect(Bun.stripANSI('\\u001b[31mred\\u001b[0m')).toBe('red');
                  expect([Bun.deepMatch({ a: 1 }, { a: 1, b: 2 }), Bun.deepMatch({ a: 1, b: 2 }, { a: 1 })]).toEqual([true, false]);
                  expect([Bun.indexOfLine(Buffer.from('ab\\ncd\\n'), 0), Bun.indexOfLine(Buffer.from('ab\\ncd\\n'), 3)]).toEqual([2, 5]);
                  expect(Bun.concatArrayBuffers([new Uint8Array([1]).buffer, new Uint8Array([2, 3])]).byteLength).toBe(3);
                  expect(await Bun.readableStreamToText(new Response('t').body)).toBe('t');
                  expect(await Bun.readableStreamToJSON(new Response('{"j":1}').body)).toEqual({ j: 1 });
                  expect([Bun.fileURLToPath('file:///a/b'), Bun.pathToFileURL('/a/b').href, Bun.cwd === process.cwd(), Bun.isMainThread])
                    .toEqual(['/a/b', 'file:///a/b', true, true]);
                  expect(typeof Bun.gc(true)).toBe('number');
                  const text = new TextEncoder().encode('aaa');
                  expect([Buffer.from(Bun.deflateSync(text)).toString('hex'), Buffer.from(Bun.gzipSync(text)).toString('hex')])
                    .toEqual(['4b4c4c0400', '1f8b08000000000000034b4c4c04002d7307f003000000']);
                  expect(new TextDecoder().decode(Bun.inflateSync(Bun.deflateSync(text)))).toBe('aaa');
                  expect(Bun.gunzipSync(Bun.gzipSync(text))).toBeInstanceOf(Uint8Array);
                });
                test('Bun.Glob: match, scanSync and scan', async () => {
                  const m = (p, s) => new Bun.Glob(p).match(s);
                  expect([m('*.ts', 'a.ts'), m('*.ts', 'dir/a.ts'), m('**/*.ts', 'a.ts'), m('**/*.ts', 'x/y/a.ts'), m('{a,b}.js', 'b.js'),
                    m('*', '.env'), m('?.ts', 'ab.ts'), m('[ab].ts', 'b.ts'), m('[!ab].ts', 'c.ts'), m('!*.ts', 'a.js'), m('a\\\\*b', 'a*b'), m('a\\\\*b', 'axb')])
                    .toEqual([true, false, true, true, true, true, false, true, true, true, true, false]);
                  const root = here('g');
                  for (const f of ['src/a.ts', 'src/b.js', 'src/sub/c.ts', '.hid/d.ts', '.env', 'top.ts']) await Bun.write(root + '/' + f, '');
                  expect([...new Bun.Glob('**/*.ts').scanSync(root)].sort()).toEqual(['src/a.ts', 'src/sub/c.ts', 'top.ts']);
                  expect([...new Bun.Glob('**/*.ts').scanSync({ cwd: root, dot: true })].sort()).toEqual(['.hid/d.ts', 'src/a.ts', 'src/sub/c.ts', 'top.ts']);
                  expect([...new Bun.Glob('src/*').scanSync({ cwd: root, onlyFiles: false })].sort()).toEqual(['src/a.ts', 'src/b.js', 'src/sub']);
                  const found = [];
                  for await (const f of new Bun.Glob('*.ts').scan({ cwd: root, absolute: true })) found.push(f);
                  expect(found).toEqual([root + '/top.ts']);
                });
                """);
        RunSummary summary = r.run(r.request(1));
        assertThat(r.all(RunEvent.TestFinished.class)).extracting(t -> t.result().errors()).allMatch(List::isEmpty);
        assertThat(summary.pass()).isEqualTo(4);
        assertThat(Files.readString(dir.resolve("r.txt"))).isEqualTo("resp");
    }
}
