package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web globals load on first use, and some load others (AbortSignal makes DOMExceptions): whichever a test
 * file touches first, each global is what it is in bun afterwards.
 */
class LazyGlobalsOrderTest {
    @TempDir
    Path dir;

    @Test
    void domExceptionStaysAClassWhateverLoadedItFirst() throws Exception {
        RunFiles r = new RunFiles(dir)
                .file("abort-first.test.js", """
                        test('after AbortController', () => {
                          const c = new AbortController();
                          c.abort();
                          expect(typeof DOMException).toBe('function');
                          expect(c.signal.reason).toBeInstanceOf(DOMException);
                          expect(new DOMException('m', 'AbortError').code).toBe(20);
                        });
                        """)
                .file("clone-first.test.js", """
                        test('after a structuredClone failure', () => {
                          expect(() => structuredClone(() => 1)).toThrow('could not be cloned');
                          expect(typeof globalThis.DOMException).toBe('function');
                          expect(new DOMException('x', 'DataCloneError').name).toBe('DataCloneError');
                        });
                        """)
                .file("global-first.test.js", """
                        test('read through globalThis first', () => {
                          expect(typeof globalThis.DOMException).toBe('function');
                          expect(typeof globalThis.AbortSignal.abort().reason).toBe('object');
                          expect(globalThis.AbortSignal.abort().reason).toBeInstanceOf(DOMException);
                        });
                        """);
        RunSummary summary = r.run(r.request(1));
        assertThat(r.all(RunEvent.TestFinished.class)).extracting(t -> t.result().errors()).allMatch(List::isEmpty);
        assertThat(summary.pass()).isEqualTo(3);
    }
}
