// process for test code: env, argv, cwd, exit code, hrtime, nextTick, stdout/stderr, and the events
// Node emits on it.
'use strict';

const { EventEmitter } = require('./events');

function createProcess(o) {
  const p = new EventEmitter();
  const start = performance.now();
  const hrtime = (prev) => {
    const ns = BigInt(Math.round(performance.now() * 1e6));
    let s = Number(ns / 1000000000n), n = Number(ns % 1000000000n);
    if (prev) {
      s -= prev[0];
      n -= prev[1];
      if (n < 0) { s--; n += 1e9; }
    }
    return [s, n];
  };
  hrtime.bigint = () => BigInt(Math.round(performance.now() * 1e6));
  const stream = (name, fd) => ({ write(chunk, enc, cb) { o.write(name, String(chunk)); if (typeof enc === 'function') enc(); else if (cb) cb(); return true; }, isTTY: false, columns: 80, rows: 24, fd });
  Object.assign(p, {
    env: o.env,
    argv: o.argv,
    argv0: 'tempo',
    execArgv: [],
    execPath: o.execPath,
    title: 'tempo',
    pid: 1,
    ppid: 0,
    platform: 'linux',
    arch: 'x64',
    version: 'v22.12.0',
    versions: { node: '22.12.0', bun: '1.4.5' },
    release: { name: 'node' },
    exitCode: undefined,
    cwd: () => o.cwd,
    chdir: () => { throw new Error('process.chdir() is not supported by tempo: tests share the process'); },
    exit: (code) => o.exit(code),
    hrtime,
    uptime: () => (performance.now() - start) / 1000,
    memoryUsage: Object.assign(() => ({ rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }), { rss: () => 0 }),
    nextTick: (fn, ...args) => o.nextTick(fn, args),
    emitWarning: (w) => o.write('stderr', '(tempo) Warning: ' + (w && w.message ? w.message : String(w)) + '\n'),
    stdout: stream('stdout', 1),
    stderr: stream('stderr', 2),
    stdin: { isTTY: false, fd: 0 },
    umask: () => 0o22,
    getuid: () => 0,
    getgid: () => 0,
  });
  return p;
}

module.exports = { createProcess };
