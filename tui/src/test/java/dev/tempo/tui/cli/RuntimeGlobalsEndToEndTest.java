package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a test file finds in its context although the runtime makes it on first use: process, console,
 * Bun.env/argv (the same objects as process's), xit/xtest/fit/xdescribe/fdescribe, and the
 * module-mock and stub APIs before any module was mocked. Each works on its first use and can be replaced.
 */
class RuntimeGlobalsEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void globalsAndMockApisMadeOnFirstUseBehaveAsIfInstalledUpFront() throws IOException {
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"g\"}\n");
        Files.writeString(dir.resolve("lib.js"), "module.exports = { real: () => 'real' };\n");
        Files.writeString(dir.resolve("globals.test.js"), """
                test('process, console and Bun are there from the start, each the same object', () => {
                  expect(Bun.env).toBe(process.env);
                  expect(Bun.argv).toBe(process.argv);
                  expect(process.env.TEMPO_SPEC_VAR).toBe('on');
                  expect(process.uptime()).toBeGreaterThanOrEqual(0);
                  expect(globalThis.process).toBe(process);
                  expect(typeof console.log).toBe('function');
                  console.log('from console');
                  process.stdout.write('from stdout\\n');
                  for (const f of [xit, xtest, fit, xdescribe, fdescribe]) expect(typeof f.each).toBe('function');
                  expect(xit).toBe(globalThis.xit);
                });

                xit('left out by xit', () => { throw new Error('ran'); });

                test('the mock APIs are functions before any module is mocked, and work on first use', () => {
                  for (const f of [jest.mock, jest.requireActual, jest.replaceProperty, vi.mock, vi.stubEnv, vi.hoisted]) {
                    expect(typeof f).toBe('function');
                  }
                  expect(jest.requireActual('./lib').real()).toBe('real');
                  vi.stubEnv('TEMPO_SPEC_VAR', 'off');
                  expect(process.env.TEMPO_SPEC_VAR).toBe('off');
                  vi.unstubAllEnvs();
                  expect(Bun.env.TEMPO_SPEC_VAR).toBe('on');
                  jest.doMock('./lib', () => ({ real: () => 'mocked' }));
                  expect(require('./lib').real()).toBe('mocked');
                });

                test('globals can be replaced', () => {
                  const saved = console;
                  globalThis.console = { log: () => 1 };
                  expect(console.log()).toBe(1);
                  globalThis.console = saved;
                  process.stdout = { write: () => 'mine' };
                  expect(process.stdout.write()).toBe('mine');
                });
                """);
        CliRun run = CliRun.in(dir, Map.of("TEMPO_SPEC_VAR", "on"), "test");
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        assertThat(run.out() + run.err()).contains("from console\n").contains("from stdout\n");
        assertThat(run.err()).contains(" 3 pass\n 1 skip\n 0 fail\n 24 expect() calls\n");
    }
}
