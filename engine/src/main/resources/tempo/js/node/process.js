// A Node-like process object. createProcess({ write, env, argv, cwd, execPath, nextTick, exit }):
//   write(stream, text)  output for process.stdout/stderr ('stdout' | 'stderr')
//   env                  plain object used as process.env
//   argv                 array (default ['tempo'])
//   cwd                  string or function returning the working directory
//   execPath             string
//   nextTick(fn, args)   the event loop's next-tick queue (default: a microtask)
//   nanoTime()           nanoseconds for hrtime (default: the host's clock)
//   startNanos           when the process started, for uptime() and cpuUsage() (default: now)
//   bunVersion           process.versions.bun (default: the bun version tempo follows)
//   exit(code)           called by process.exit(code); expected to throw to stop the file
'use strict';

const EventEmitter = require('./events');
const host = require('../internal/host');

// What bun reports for the Node it is compatible with (bun 1.4.5: Node 26.3.0); libraries branch on it.
const NODE_VERSION = 'v26.3.0';
const DEFAULT_BUN_VERSION = '1.4.5';

function createProcess(opts) {
  const o = opts || {};
  const write = o.write || (() => {});
  const process = new EventEmitter();
  let cwd = typeof o.cwd === 'function' ? o.cwd() : o.cwd || (typeof host.cwd === 'function' ? host.cwd() : '/');
  const start = o.startNanos !== undefined ? BigInt(Math.round(o.startNanos)) : now();

  function now() {
    if (typeof o.nanoTime === 'function') return BigInt(Math.round(o.nanoTime()));
    if (typeof host.nanoTime === 'function') return BigInt(Math.round(host.nanoTime()));
    return BigInt(Math.round((typeof performance !== 'undefined' ? performance.now() : Date.now()) * 1e6));
  }

  function stream(name, fd) {
    const s = new EventEmitter();
    Object.assign(s, {
      fd,
      isTTY: false,
      columns: 80,
      rows: 24,
      writable: true,
      write(chunk, encoding, cb) {
        if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
        let text;
        if (typeof chunk === 'string') text = chunk;
        else if (chunk instanceof Uint8Array) text = new TextDecoder().decode(chunk);
        else {
          const e = new TypeError('The "chunk" argument must be of type string or an instance of Buffer or Uint8Array.');
          e.code = 'ERR_INVALID_ARG_TYPE';
          throw e;
        }
        write(name, text);
        if (typeof cb === 'function') Promise.resolve().then(() => cb());
        return true;
      },
      end(chunk, encoding, cb) {
        if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
        if (chunk !== undefined && chunk !== null) s.write(chunk, encoding);
        if (typeof cb === 'function') Promise.resolve().then(() => cb());
      },
      cork() {}, uncork() {},
      getColorDepth() { return 1; },
      hasColors() { return false; },
      getWindowSize() { return [80, 24]; },
    });
    return s;
  }

  const platform = host.os ? host.os.platform() : 'linux';
  const arch = host.os ? host.os.arch() : 'x64';

  function hrtime(prev) {
    const t = now();
    const sec = Number(t / 1000000000n);
    const ns = Number(t % 1000000000n);
    if (Array.isArray(prev)) {
      let s = sec - prev[0], n = ns - prev[1];
      if (n < 0) { s--; n += 1e9; }
      return [s, n];
    }
    return [sec, ns];
  }
  hrtime.bigint = now;

  let exitCode;
  const pid = typeof host.pid === 'function' ? Number(host.pid()) : 1;
  const props = {
    title: 'tempo',
    version: NODE_VERSION,
    versions: { node: NODE_VERSION.slice(1), bun: o.bunVersion || DEFAULT_BUN_VERSION, v8: '14.6.202.34-node.20', uv: '1.48.0',
      napi: '10', modules: '147', tempo: '0.1.0' },
    release: { name: 'node' },
    platform,
    arch,
    argv: o.argv ? o.argv.slice() : ['tempo'],
    argv0: o.argv && o.argv[0] ? o.argv[0] : 'tempo',
    execArgv: [],
    execPath: o.execPath || '/usr/local/bin/tempo',
    env: o.env || {},
    pid,
    ppid: 0,
    features: { inspector: false, ipv6: true, tls: false, typescript: 'strip' },
    config: { variables: {} },
  };
  // The standard streams are made on first access (most files never touch them); like Node's they are
  // plain properties one can assign or redefine, which the first read or write turns them into.
  const streams = {
    stdout: () => stream('stdout', 1),
    stderr: () => stream('stderr', 2),
    stdin: () => Object.assign(new EventEmitter(), { fd: 0, isTTY: false, readable: false, setEncoding() {}, resume() {}, pause() {}, setRawMode() {} }),
  };
  const rest = {
    hrtime,
    cwd() { return cwd; },
    chdir(dir) {
      const path = require('./path');
      const target = path.resolve(cwd, String(dir));
      const fs = require('./fs');
      let st;
      try { st = fs.statSync(target); } catch (e) {
        const err = new Error("ENOENT: no such file or directory, chdir " + cwd + " -> '" + dir + "'");
        err.code = 'ENOENT'; err.errno = -2; err.syscall = 'chdir'; err.path = cwd; err.dest = String(dir);
        throw err;
      }
      if (!st.isDirectory()) {
        const err = new Error("ENOTDIR: not a directory, chdir " + cwd + " -> '" + dir + "'");
        err.code = 'ENOTDIR'; err.errno = -20; err.syscall = 'chdir';
        throw err;
      }
      cwd = target;
    },
    exit(code) {
      if (code !== undefined) process.exitCode = code;
      const c = process.exitCode === undefined ? 0 : process.exitCode;
      if (!process._exiting) {
        process._exiting = true;
        try { process.emit('exit', c); } finally { process._exiting = false; }
      }
      if (typeof o.exit === 'function') return o.exit(c);
      throw new Error('process.exit(' + c + ') called');
    },
    reallyExit(code) { return process.exit(code); },
    abort() { return process.exit(134); },
    kill() { return true; },
    nextTick(fn, ...args) {
      if (typeof fn !== 'function') {
        const e = new TypeError('The "callback" argument must be of type function. Received ' + typeof fn);
        e.code = 'ERR_INVALID_ARG_TYPE';
        throw e;
      }
      if (typeof o.nextTick === 'function') o.nextTick(fn, args);
      else Promise.resolve().then(() => fn(...args));
    },
    memoryUsage: Object.assign(function memoryUsage() {
      const total = host.os ? Number(host.os.totalmem()) : 0;
      const free = host.os ? Number(host.os.freemem()) : 0;
      const rss = Math.max(0, Math.min(total - free, 512 * 1024 * 1024));
      return { rss, heapTotal: rss, heapUsed: Math.floor(rss / 2), external: 0, arrayBuffers: 0 };
    }, { rss: () => 0 }),
    resourceUsage() { return { userCPUTime: 0, systemCPUTime: 0, maxRSS: 0 }; },
    cpuUsage(prev) {
      const us = Number((now() - start) / 1000n);
      return prev ? { user: us - prev.user, system: 0 - prev.system } : { user: us, system: 0 };
    },
    uptime() { return Number(now() - start) / 1e9; },
    emitWarning(warning, type, code) {
      let name = 'Warning';
      let message;
      if (type && typeof type === 'object') { code = type.code; name = type.type || name; }
      else if (typeof type === 'string') name = type;
      if (warning instanceof Error) { message = warning.message; name = warning.name || name; }
      else message = String(warning);
      const w = warning instanceof Error ? warning : Object.assign(new Error(message), { name });
      if (code !== undefined && !(warning instanceof Error)) w.code = code;
      if (name === 'DeprecationWarning' && process.noDeprecation) return;
      if (process.listenerCount('warning') > 0) {
        Promise.resolve().then(() => process.emit('warning', w));
        return;
      }
      write('stderr', '(node:' + pid + ') ' + (code !== undefined ? '[' + code + '] ' : '') + name + ': ' + message + '\n');
    },
    binding() { throw new Error('process.binding is not supported by tempo'); },
    umask() { return 0o22; },
    getuid() { return host.os ? host.os.userInfo().uid : 0; },
    geteuid() { return host.os ? host.os.userInfo().uid : 0; },
    getgid() { return host.os ? host.os.userInfo().gid : 0; },
    getegid() { return host.os ? host.os.userInfo().gid : 0; },
    hasUncaughtExceptionCaptureCallback() { return false; },
    setUncaughtExceptionCaptureCallback() {},
    setSourceMapsEnabled() {},
    noDeprecation: false,
    throwDeprecation: false,
    traceDeprecation: false,
    allowedNodeEnvironmentFlags: new Set(),
    report: {},
    browser: false,
  };
  Object.assign(process, props);
  for (const name of ['stdout', 'stderr', 'stdin']) {
    const settle = (value) => {
      Object.defineProperty(process, name, { value, writable: true, configurable: true, enumerable: true });
      return value;
    };
    Object.defineProperty(process, name, {
      get() { return settle(streams[name]()); },
      set: settle,
      configurable: true,
      enumerable: true,
    });
  }
  Object.assign(process, rest);
  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: true,
    get() { return exitCode; },
    set(v) {
      if (v !== undefined && v !== null && !Number.isInteger(Number(v))) {
        const e = new TypeError('The "code" argument must be of type number. Received ' + typeof v);
        e.code = 'ERR_INVALID_ARG_TYPE';
        throw e;
      }
      exitCode = v === null ? undefined : v;
    },
  });
  Object.defineProperty(process, '_exiting', { value: false, writable: true, enumerable: false });
  Object.defineProperty(process, Symbol.toStringTag, { value: 'process', enumerable: false, configurable: true });
  return process;
}

module.exports = { createProcess };
