package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.events.TestStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What bun 1.4.5 puts on the global object beside the web classes: self, navigator, the global's own
 * addEventListener/removeEventListener/dispatchEvent, and reportError, which fails the running test.
 */
class GlobalObjectTest {
    @TempDir
    Path dir;

    @Test
    void selfNavigatorEventsAndReportError() throws Exception {
        RunFiles r = new RunFiles(dir).file("global.test.js", """
                test('self, navigator, events on the global', () => {
                  expect(self).toBe(globalThis);
                  expect(navigator.userAgent).toBe('Bun/' + Bun.version);
                  expect(navigator.hardwareConcurrency).toBeGreaterThan(0);
                  expect(navigator.platform).toMatch(/^Linux /);
                  const seen = [];
                  const listener = (e) => seen.push(e.type + ':' + e.detail);
                  addEventListener('ping', listener);
                  expect(dispatchEvent(new CustomEvent('ping', { detail: 1 }))).toBe(true);
                  removeEventListener('ping', listener);
                  globalThis.dispatchEvent(new CustomEvent('ping', { detail: 2 }));
                  expect(seen).toEqual(['ping:1']);
                });
                test('reportError fails the running test', () => {
                  reportError(new Error('reported'));
                });
                test('and the next one runs', () => {
                  expect(typeof reportError).toBe('function');
                });
                """);
        RunSummary summary = r.run(r.request(1));
        assertThat(r.all(RunEvent.TestFinished.class)).extracting(t -> t.result().status())
                .containsExactly(TestStatus.PASS, TestStatus.FAIL, TestStatus.PASS);
        assertThat(r.all(RunEvent.TestFinished.class).get(1).result().errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("reported"));
        assertThat(summary.unhandledErrors()).isZero();
    }

    @Test
    void intlDefaultsToBunsLocale() throws Exception {
        RunFiles r = new RunFiles(dir).file("locale.test.js", """
                test('the default locale is en-US, as in bun, whatever the JVM would pick', () => {
                  expect(new Intl.DateTimeFormat().resolvedOptions().locale).toBe('en-US');
                  expect(new Intl.NumberFormat().resolvedOptions().locale).toBe('en-US');
                  expect((1234.5).toLocaleString()).toBe('1,234.5');
                });
                """);
        RunSummary summary = r.run(r.request(1));
        assertThat(r.all(RunEvent.TestFinished.class)).extracting(t -> t.result().errors()).allMatch(java.util.List::isEmpty);
        assertThat(summary.pass()).isEqualTo(1);
    }
}
