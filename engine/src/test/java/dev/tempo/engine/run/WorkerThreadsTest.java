package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.events.TestStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * node:worker_threads from a test file's main thread (testdouble's quibble loads it for MessageChannel):
 * message ports deliver cloned messages as tasks on the real event loop, in order, once started.
 */
class WorkerThreadsTest {
    @TempDir
    Path dir;

    private static final String FILE = """
            const wt = require('node:worker_threads');
            // An immediate queued after a message's task runs after it (a timer may run before it).
            const tick = () => new Promise((r) => setImmediate(r));

            test('main-thread facts', () => {
              expect([wt.isMainThread, wt.parentPort, wt.workerData, wt.threadId]).toEqual([true, null, null, 0]);
              expect(wt.MessageChannel).toBe(globalThis.MessageChannel);
              expect(() => new wt.Worker('./w.js')).toThrow('worker_threads.Worker is not supported by tempo (new Worker("./w.js"))');
              expect(() => new MessagePort()).toThrow(TypeError);
            });

            test('messages wait until the port starts, then arrive cloned, in order, after microtasks', async () => {
              const { port1, port2 } = new MessageChannel();
              const seen = [];
              const sent = { a: [1] };
              port1.postMessage(sent);
              port1.postMessage('two');
              await tick();
              expect(seen).toEqual([]);
              port2.addEventListener('message', (e) => seen.push([e.constructor.name, e.data, e.target === port2]));
              Promise.resolve().then(() => seen.push('microtask'));
              await tick();
              expect(seen).toEqual(['microtask', ['MessageEvent', { a: [1] }, true], ['MessageEvent', 'two', true]]);
              expect(seen[1][1]).not.toBe(sent);
            });

            test('node-style listeners get the data; close reaches both ports; a closed port drops messages', async () => {
              const { port1, port2 } = new MessageChannel();
              const seen = [];
              const once = (d) => seen.push('once:' + d);
              port2.on('message', (d) => seen.push('on:' + d));
              port2.once('message', once);
              port1.postMessage(1);
              port1.postMessage(2);
              await tick();
              expect(seen).toEqual(['on:1', 'once:1', 'on:2']);
              port1.on('close', () => seen.push('close1'));
              port2.on('close', () => seen.push('close2'));
              port1.close();
              port1.postMessage(3);
              await tick();
              expect(seen.slice(3)).toEqual(['close1', 'close2']);
            });

            test('onmessage starts a port; receiveMessageOnPort takes a queued message synchronously', async () => {
              const { port1, port2 } = new MessageChannel();
              port1.postMessage('x');
              port1.postMessage('y');
              expect(wt.receiveMessageOnPort(port2)).toEqual({ message: 'x' });
              const got = new Promise((r) => { port2.onmessage = (e) => r(e.data); });
              expect(await got).toBe('y');
              expect(wt.receiveMessageOnPort(port2)).toBeUndefined();
              expect(() => port1.postMessage(() => 1)).toThrow('could not be cloned');
            });
            """;

    @Test
    void messageChannelsWorkWithinTheFile() throws Exception {
        RunFiles r = new RunFiles(dir).file("wt.test.js", FILE);
        RunSummary summary = r.run(r.request(1));
        var failed = r.all(RunEvent.TestFinished.class).stream()
                .filter(t -> t.result().status() != TestStatus.PASS)
                .map(t -> t.result().id() + ": " + t.result().errors())
                .toList();
        assertThat(failed).isEmpty();
        assertThat(summary.pass()).isEqualTo(4);
    }
}
