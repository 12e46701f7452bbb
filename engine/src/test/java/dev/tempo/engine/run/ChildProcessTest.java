package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * node:child_process's synchronous functions, and exec/execFile/spawn run the same way in a later turn,
 * with Node's results, errors and events (checked against Node's documentation and bun). fork says it is
 * not provided.
 */
class ChildProcessTest {
    @TempDir
    Path dir;

    @Test
    void runsChildrenAsNodeDoes() throws Exception {
        RunFiles r = new RunFiles(dir).file("cp.test.js", """
                const cp = require('node:child_process');
                const { promisify } = require('node:util');
                test('execSync: stdout as a Buffer, or a string with an encoding; input, cwd and env', () => {
                  expect(Buffer.isBuffer(cp.execSync('echo hi'))).toBe(true);
                  expect(cp.execSync('echo hi').toString()).toBe('hi\\n');
                  expect(cp.execSync('cat', { input: 'fed', encoding: 'utf8' })).toBe('fed');
                  expect(cp.execSync('pwd', { cwd: '/tmp', encoding: 'utf8' }).trim()).toBe('/tmp');
                  // without a cwd the child starts where process.cwd() is, as in Node, even after a chdir
                  const here = process.cwd();
                  try {
                    process.chdir('/tmp');
                    expect(cp.execSync('pwd', { encoding: 'utf8' }).trim()).toBe('/tmp');
                  } finally {
                    process.chdir(here);
                  }
                  expect(cp.execSync('pwd', { encoding: 'utf8' }).trim()).toBe(here);
                  expect(cp.execSync('echo $TEMPO_CP', { env: { TEMPO_CP: 'x1', PATH: process.env.PATH }, encoding: 'utf8' })).toBe('x1\\n');
                  process.env.TEMPO_CP2 = 'from the test';
                  expect(cp.execSync('echo $TEMPO_CP2', { encoding: 'utf8' })).toBe('from the test\\n');
                });
                test('execSync: a failing command throws with its status and output', () => {
                  let e;
                  try { cp.execSync('echo out; echo err >&2; exit 3', { stdio: 'pipe' }); } catch (x) { e = x; }
                  expect(e.message).toBe('Command failed: echo out; echo err >&2; exit 3\\nerr\\n');
                  expect(e.status).toBe(3);
                  expect(e.signal).toBe(null);
                  expect(e.stdout.toString()).toBe('out\\n');
                  expect(e.stderr.toString()).toBe('err\\n');
                });
                test('spawnSync: no throw; status, output, and ENOENT as error', () => {
                  const r = cp.spawnSync('sh', ['-c', 'printf abc; exit 2'], { encoding: 'utf8' });
                  expect([r.status, r.signal, r.stdout, r.stderr, r.output]).toEqual([2, null, 'abc', '', [null, 'abc', '']]);
                  expect(r.pid).toBeGreaterThan(0);
                  const missing = cp.spawnSync('tempo-no-such-command');
                  expect(missing.error.code).toBe('ENOENT');
                  expect(missing.error.message).toBe('spawnSync tempo-no-such-command ENOENT');
                  expect(missing.status).toBe(null);
                  const timedOut = cp.spawnSync('sleep', ['5'], { timeout: 100 });
                  expect([timedOut.signal, timedOut.error.code]).toEqual(['SIGTERM', 'ETIMEDOUT']);
                });
                test('execFileSync: arguments without a shell', () => {
                  expect(cp.execFileSync('printf', ['%s-%s', 'a b', '$HOME'], { encoding: 'utf8' })).toBe('a b-$HOME');
                  expect(() => cp.execFileSync('false')).toThrow('Command failed: false');
                });
                test('exec and execFile call back later; promisified, they resolve to { stdout, stderr }', async () => {
                  const order = [];
                  const child = cp.exec('echo later', (error, stdout, stderr) => order.push(['cb', error, stdout, stderr]));
                  order.push('returned');
                  await new Promise((resolve) => child.on('close', (code) => { order.push(['close', code]); resolve(); }));
                  expect(order).toEqual(['returned', ['cb', null, 'later\\n', ''], ['close', 0]]);
                  expect(await promisify(cp.exec)('echo p')).toEqual({ stdout: 'p\\n', stderr: '' });
                  expect(await promisify(cp.execFile)('printf', ['q'])).toEqual({ stdout: 'q', stderr: '' });
                  const failed = await promisify(cp.exec)('echo o; exit 1').catch((e) => e);
                  expect([failed.code, failed.stdout]).toEqual([1, 'o\\n']);
                });
                test('spawn: stdin written before it runs is its input; data, exit and close follow', async () => {
                  const p = cp.spawn('sh', ['-c', 'cat; echo done >&2; exit 4']);
                  expect([p.unref(), p.ref()]).toEqual([p, p]);
                  p.stdin.write('in-');
                  p.stdin.end('put');
                  let out = '';
                  let err = '';
                  p.stdout.setEncoding('utf8');
                  p.stdout.on('data', (d) => { out += d; });
                  p.stderr.on('data', (d) => { err += d.toString(); });
                  const events = [];
                  p.on('exit', (code, signal) => events.push(['exit', code, signal]));
                  const code = await new Promise((resolve) => p.on('close', resolve));
                  expect([out, err, code, events]).toEqual(['in-put', 'done\\n', 4, [['exit', 4, null]]]);
                  const chunks = [];
                  for await (const c of cp.spawn('printf', ['xyz']).stdout) chunks.push(String(c));
                  expect(chunks).toEqual(['xyz']);
                  const missing = cp.spawn('tempo-no-such-command');
                  const error = await new Promise((resolve) => missing.on('error', resolve));
                  expect([error.code, error.message]).toEqual(['ENOENT', 'spawn tempo-no-such-command ENOENT']);
                  const killed = cp.spawn('sleep', ['5']);
                  killed.kill();
                  expect(await new Promise((resolve) => killed.on('exit', (c, s) => resolve([c, s])))).toEqual([null, 'SIGTERM']);
                });
                test('fork says it is not provided', () => {
                  expect(() => cp.fork('x.js')).toThrow('child_process.fork() is not supported by tempo');
                });
                """);
        RunSummary summary = r.run(r.request(1));
        assertThat(r.all(RunEvent.UnhandledError.class)).isEmpty();
        assertThat(r.all(RunEvent.FileFinished.class).getFirst().result().loadError()).isNull();
        assertThat(r.all(RunEvent.TestFinished.class)).allSatisfy(t -> assertThat(t.result().errors()).as(t.result().id().fullName()).isEmpty());
        assertThat(summary.pass()).isEqualTo(7);
    }

    @Test
    void aTestThatTimesOutWaitingForAChildStopsItAndTheFileGoesOn() throws Exception {
        Path left = dir.resolve("hang-left.txt");
        RunFiles r = new RunFiles(dir).file("hang.test.js", """
                const { execSync } = require('child_process');
                test('hang', () => { execSync('sleep 30; echo never > %s'); }, 300);
                test('next', () => { expect(1).toBe(1); });
                """.formatted(left));
        RunSummary summary = r.run(r.request(1));
        List<RunEvent.TestFinished> done = r.all(RunEvent.TestFinished.class);
        assertThat(done.get(0).result().timedOut()).isTrue();
        assertThat(summary.pass()).isEqualTo(1);
        Thread.sleep(200);
        assertThat(ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").endsWith("sleep"))).isEmpty();
        // the shell went too, before it could go on to its next command
        assertThat(left).doesNotExist();
    }

    @Test
    void execSyncShowsTheChildsStderrAndInheritedOutputAsTheTestsOutput() throws Exception {
        RunFiles r = new RunFiles(dir).file("out.test.js", """
                const { execSync, spawnSync } = require('child_process');
                test('shown', () => {
                  execSync('echo to-stderr >&2');
                  spawnSync('echo', ['inherited'], { stdio: 'inherit' });
                });
                """);
        r.run(r.request(1));
        String output = String.join("", r.all(RunEvent.ConsoleOutput.class).stream().map(RunEvent.ConsoleOutput::text).toList());
        assertThat(output).contains("to-stderr\n").contains("inherited\n");
    }
}
