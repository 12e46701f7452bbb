package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ES module (TS or JS) imports a JSON file without import attributes, as bun allows: default and named exports. */
class JsonImportTest {
    @TempDir
    Path dir;

    @Test
    void esModulesImportJsonWithoutAttributes() throws Exception {
        RunFiles r = new RunFiles(dir).file("data.json", "{ \"a\": 1, \"b-c\": [2] }\n")
                .file("ts.test.ts", """
                        import data, { a } from './data.json';
                        import { test, expect } from 'bun:test';
                        test('ts', () => { expect([data, a]).toEqual([{ a: 1, 'b-c': [2] }, 1]); });
                        """)
                .file("js.test.mjs", """
                        import data from './data.json';
                        test('mjs', async () => {
                          expect(data['b-c']).toEqual([2]);
                          expect((await import('./data.json')).default).toBe(data);
                        });
                        """);
        r.files.removeIf(f -> f.displayPath().equals("data.json"));
        RunSummary summary = r.run(r.request(1));
        assertThat(r.all(RunEvent.TestFinished.class)).extracting(t -> t.result().errors()).allMatch(java.util.List::isEmpty);
        assertThat(summary.pass()).isEqualTo(2);
        assertThat(summary.unhandledErrors()).isZero();
    }
}
