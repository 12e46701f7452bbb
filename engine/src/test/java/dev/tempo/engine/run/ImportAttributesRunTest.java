package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports with a {@code type} attribute, static and dynamic, in TS and JS test files, give what bun gives:
 * json/jsonc/toml values with a named export per key, text as a string, file (and unknown types) as the path.
 */
class ImportAttributesRunTest {
    @TempDir
    Path dir;

    @Test
    void typedImportsGiveBunsModules() throws Exception {
        RunFiles r = new RunFiles(dir).file("d.json", "{ \"a\": 1, \"my-key\": [2], \"default\": \"d\" }\n")
                .file("c.jsonc", "{ \"a\": 1, // note\n }\n")
                .file("t.toml", "name = \"x\"\n[server]\nport = 80\n")
                .file("n.txt", "hello\n")
                .file("ts.test.ts", """
                        import data from './d.json' with { type: 'json' };
                        import * as ns from './d.json' with {
                          type: 'json'
                        };
                        import plain from './d.json';
                        import { test, expect } from 'bun:test';
                        test('ts', async () => {
                          expect(data).toEqual({ a: 1, 'my-key': [2], default: 'd' });
                          expect(ns.default).toBe(data);
                          expect([ns.a, ns['my-key']]).toEqual([1, [2]]);
                          expect(plain).toEqual(data);
                          const m = await import('./d.json', { with: { type: 'json' } });
                          expect(m.default).toBe(data);
                        });
                        """)
                .file("js.test.mjs", """
                        import c from './c.jsonc' with { type: 'jsonc' };
                        import t, { server } from './t.toml' with { type: 'toml' };
                        import n from './n.txt' with { type: 'text' };
                        test('mjs', async () => {
                          expect(c).toEqual({ a: 1 });
                          expect([t.name, server.port]).toEqual(['x', 80]);
                          expect(n).toBe('hello\\n');
                          expect((await import('./n.txt', { with: { type: 'file' } })).default).toBe(import.meta.dir + '/n.txt');
                          expect((await import('./n.txt', { with: { type: 'text' } })).default).toBe('hello\\n');
                          await expect(import('./n.txt', { with: { type: 'json5' } })).rejects.toThrow("import attribute type 'json5' is not supported by tempo");
                          expect((await import('./n.txt', { with: { type: 'yaml' } })).default).toBe('hello');
                          await expect(import('./n.txt', { with: { type: 'json' } })).rejects.toThrow(SyntaxError);
                        });
                        """);
        r.files.removeIf(f -> !f.displayPath().contains(".test."));
        RunSummary summary = r.run(r.request(1));
        assertThat(r.all(RunEvent.TestFinished.class)).extracting(t -> t.result().errors()).allMatch(List::isEmpty);
        assertThat(summary.pass()).isEqualTo(2);
        assertThat(summary.unhandledErrors()).isZero();
    }

    @Test
    void tomlAndTextLoadByTheirExtensionAsInBun() throws Exception {
        RunFiles r = new RunFiles(dir).file("t.toml", "name = \"x\"\n[server]\nport = 80\n")
                .file("n.txt", "hello\n")
                .file("bad.toml", "a = \n")
                .file("c.yaml", "name: app\nport: 8080\nwhen: 2024-01-01\nlist:\n  - a\n  - .inf\n")
                .file("docs.yml", "---\na: 1\n---\nb: 2\n")
                .file("ext.test.ts", """
                        import t, { server } from './t.toml';
                        import n from './n.txt';
                        import { test, expect } from 'bun:test';
                        test('import, require and Bun.TOML.parse', async () => {
                          expect([t.name, server.port, n]).toEqual(['x', 80, 'hello\\n']);
                          expect(require('./t.toml')).toEqual({ name: 'x', server: { port: 80 } });
                          expect(require('./n.txt')).toBe('hello\\n');
                          expect(Bun.TOML.parse('a = 1\\n[b]\\nc = "d"')).toEqual({ a: 1, b: { c: 'd' } });
                          expect(() => Bun.TOML.parse('a = ')).toThrow(/^TOML Parse error: 1:5: /);
                          expect(() => require('./bad.toml')).toThrow('TOML Parse error: ' + import.meta.dir + '/bad.toml:1:5: ');
                          await expect(import('./bad.toml')).rejects.toThrow(SyntaxError);
                        });
                        test('YAML: import, require and Bun.YAML.parse, as bun reads it', async () => {
                          const c = (await import('./c.yaml')).default;
                          expect(c).toEqual({ name: 'app', port: 8080, when: '2024-01-01', list: ['a', Infinity] });
                          expect((await import('./c.yaml')).port).toBe(8080);
                          expect(require('./docs.yml')).toEqual([{ a: 1 }, { b: 2 }]);
                          expect(Bun.YAML.parse('x: &a {p: 1}\\ny: *a\\nz: ~')).toEqual({ x: { p: 1 }, y: { p: 1 }, z: null });
                          expect(Bun.YAML.parse('')).toBe(null);
                          expect(() => Bun.YAML.parse('a: [1, 2')).toThrow(/^YAML Parse error: /);
                        });
                        """);
        r.files.removeIf(f -> !f.displayPath().contains(".test."));
        RunSummary summary = r.run(r.request(1));
        assertThat(r.all(RunEvent.TestFinished.class)).extracting(t -> t.result().errors()).allMatch(List::isEmpty);
        assertThat(summary.pass()).isEqualTo(2);
    }
}
