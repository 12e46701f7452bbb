package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order callbacks run in, as bun 1.4 runs them (each expectation below is what bun printed): the
 * test's synchronous code, its nextTicks, its promise jobs, then message deliveries, then immediates,
 * then due timers; the tests of a file start one after another before any of that.
 */
class EventLoopOrderTest {
    @TempDir
    Path dir;

    @Test
    void callbacksRunInBunsOrder() throws Exception {
        RunFiles r = new RunFiles(dir).file("order.test.ts", """
                import { test, expect } from 'bun:test';
                const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
// resolves when the last callback of a case has run (time alone is not enough on a cold interpreter)
const signal = () => { let done: () => void = () => {}; const p = new Promise<void>((r) => { done = r; }); return { p, done }; };

                test('one turn', async () => {
                  const log: string[] = [];
                  const last = signal();
                  const { port1, port2 } = new MessageChannel();
                  port2.onmessage = (e) => log.push('message ' + e.data);
                  setTimeout(() => {
                    log.push('timeout0');
                    Promise.resolve().then(() => log.push('timeout0.then'));
                    process.nextTick(() => log.push('timeout0.tick'));
                  }, 0);
                  setTimeout(() => log.push('timeout1'), 1);
                  setImmediate(() => { log.push('immediate'); Promise.resolve().then(() => log.push('immediate.then')); });
                  setImmediate(() => log.push('immediate2'));
                  port1.postMessage('a');
                  queueMicrotask(() => log.push('microtask'));
                  process.nextTick(() => log.push('nextTick'));
                  Promise.resolve().then(() => log.push('then'));
                  setTimeout(() => { log.push('timeoutB'); setTimeout(() => { log.push('nested0'); last.done(); }, 0); setImmediate(() => log.push('nestedImm')); }, 0);
                  port1.postMessage('b');
                  log.push('sync');
                  await last.p;
                  port1.close();
                  expect(log).toEqual(['sync', 'nextTick', 'microtask', 'then', 'message a', 'message b', 'immediate', 'immediate.then',
                    'immediate2', 'timeout0', 'timeout0.tick', 'timeout0.then', 'timeout1', 'timeoutB', 'nestedImm', 'nested0']);
                });

                test('a due timer still waits for the immediates, and messages posted by messages come first', async () => {
                  const log: string[] = [];
                  const last = signal();
                  const { port1, port2 } = new MessageChannel();
                  let n = 0;
                  port2.onmessage = () => { log.push('msg' + n); if (++n < 3) port1.postMessage(n); };
                  setTimeout(() => { log.push('t0'); last.done(); }, 0);
                  setImmediate(() => log.push('imm'));
                  port1.postMessage(0);
                  const start = Date.now();
                  while (Date.now() - start < 5) { /* the timer is due */ }
                  await last.p;
                  port1.close();
                  expect(log).toEqual(['msg0', 'msg1', 'msg2', 'imm', 't0']);
                });

                test('a BroadcastChannel message is a message delivery too', async () => {
                  const log: string[] = [];
                  const last = signal();
                  const a = new BroadcastChannel('ch'), b = new BroadcastChannel('ch');
                  b.onmessage = (e) => log.push('broadcast ' + e.data);
                  setTimeout(() => { log.push('t0'); last.done(); }, 0);
                  setImmediate(() => log.push('imm'));
                  a.postMessage(1);
                  await last.p;
                  a.close();
                  b.close();
                  expect(log).toEqual(['broadcast 1', 'imm', 't0']);
                });

                test('awaits', async () => {
                  const log: string[] = [];
                  setTimeout(() => log.push('t0'), 0);
                  setImmediate(() => log.push('imm'));
                  await null;
                  log.push('after await null');
                  await new Promise((r) => setImmediate(r));
                  log.push('after await immediate');
                  await new Promise((r) => setTimeout(r, 0));
                  log.push('after await timeout');
                  expect(log).toEqual(['after await null', 'imm', 'after await immediate', 't0', 'after await timeout']);
                });

                test('ticks run before promise jobs, ticks they queue too', async () => {
                  const log: string[] = [];
                  const last = signal();
                  setTimeout(() => {
                    setTimeout(last.done, 0);
                    process.nextTick(() => {
                      log.push('nextTick 1');
                      process.nextTick(() => log.push('nextTick 3'));
                      Promise.resolve().then(() => log.push('promise 2'));
                    });
                    process.nextTick(() => log.push('nextTick 2'));
                    Promise.resolve().then(() => log.push('promise 1'));
                    queueMicrotask(() => log.push('qm'));
                  }, 0);
                  await last.p;
                  await null;
                  Promise.resolve().then(() => log.push('p-a'));
                  process.nextTick(() => log.push('t-a'));
                  Promise.resolve().then(() => log.push('p-b'));
                  await new Promise((r) => setImmediate(r));
                  expect(log).toEqual(['nextTick 1', 'nextTick 2', 'nextTick 3', 'promise 1', 'qm', 'promise 2', 'p-a', 'p-b', 't-a']);
                });

                const across: string[] = [];
                const channel = new MessageChannel();
                channel.port2.onmessage = (e) => across.push('message ' + e.data);
                test('sync one', () => {
                  setTimeout(() => across.push('timeout(one)'), 0);
                  setImmediate(() => across.push('immediate(one)'));
                  channel.port1.postMessage('one');
                  process.nextTick(() => across.push('tick(one)'));
                  Promise.resolve().then(() => across.push('then(one)'));
                });
                test('sync two', () => { across.push('start two'); });
                test('three waits', async () => { across.push('start three'); await wait(1); await wait(1); });
                test('across tests', () => {
                  channel.port1.close();
                  expect(across).toEqual(['tick(one)', 'then(one)', 'start two', 'start three', 'message one', 'immediate(one)', 'timeout(one)']);
                });
                """);
        RunSummary summary = r.run(r.request(1));
        List<RunEvent.TestFinished> done = r.all(RunEvent.TestFinished.class);
        assertThat(done).extracting(t -> t.result().errors()).allMatch(List::isEmpty);
        assertThat(summary.pass()).isEqualTo(9);
    }
}
