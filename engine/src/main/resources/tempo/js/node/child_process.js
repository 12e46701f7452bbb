// node:child_process. The synchronous functions (execSync, execFileSync, spawnSync) run the child to its
// end through the host. exec, execFile and spawn run it the same way in a later turn, then report as Node
// does (callbacks, data on stdout/stderr, exit and close): the results are Node's, but the file's event
// loop waits while the child runs, and a child's input is what was written to its stdin before that turn.
// fork (an IPC channel to a node child) is not provided: calling it says so.
'use strict';

const host = require('../internal/host');
const { Buffer } = require('./buffer');
const bytes = require('./_bytes');
const { EventEmitter } = require('./events');
const { envPairs } = require('./_env_pairs');

const customPromisify = Symbol.for('nodejs.util.promisify.custom');

function processEnv() {
  return globalThis.process.env;
}

function pathOf(p) {
  if (p == null) return null;
  if (typeof p === 'object' && typeof p.href === 'string') return require('./url').fileURLToPath(p);
  return String(p);
}

function inputBytes(input, encoding) {
  if (input == null) return null;
  if (typeof input === 'string') return bytes.bytesToLatin1(Buffer.from(input, encoding || 'utf8'));
  if (ArrayBuffer.isView(input)) return bytes.bytesToLatin1(new Uint8Array(input.buffer, input.byteOffset, input.byteLength));
  throw new TypeError('The "options.input" property must be of type string or an instance of Buffer, TypedArray, or DataView. Received ' + typeof input);
}

/** What each of stdin, stdout, stderr does: 'pipe', 'inherit' or 'ignore'. */
function stdioOf(stdio, defaults) {
  const list = typeof stdio === 'string' ? [stdio, stdio, stdio] : Array.isArray(stdio) ? stdio : defaults;
  return [0, 1, 2].map((i) => {
    const s = list[i] === undefined ? defaults[i] : list[i];
    if (s === i || s === 'inherit' || s === process.stdout && i === 1 || s === process.stderr && i === 2) return 'inherit';
    if (s === 'ignore' || s === null) return 'ignore';
    return 'pipe';
  });
}

function decoded(latin1, encoding) {
  const buf = Buffer.from(bytes.latin1ToBytes(latin1));
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

function errnoError(code, syscall, file, args, detail) {
  const errno = { ENOENT: -2, EACCES: -13, ENOTDIR: -20, ETIMEDOUT: -110, EINTR: -4 }[code] || -5;
  const e = new Error(syscall + ' ' + code);
  Object.assign(e, { errno, code, syscall, path: file, spawnargs: args });
  if (detail) Object.defineProperty(e, 'detail', { value: detail, enumerable: false });
  return e;
}

/**
 * Runs file with args to its end: Node's spawnSync result ({ pid, output, stdout, stderr, status, signal,
 * error }). stdioDefaults: what each stream does unless options.stdio says; execSync's stderr is both
 * kept and shown.
 */
function run(file, args, options, syscall, stdioDefaults, showStderr) {
  const o = options || {};
  let command = String(file);
  let argv = args.map(String);
  if (o.shell) {
    const shell = typeof o.shell === 'string' ? o.shell : '/bin/sh';
    argv = ['-c', [command].concat(argv).join(' ')];
    command = shell;
  }
  const stdio = stdioOf(o.stdio, stdioDefaults);
  const timeout = typeof o.timeout === 'number' && o.timeout > 0 ? o.timeout : null;
  const r = host.runProcess(command, argv, o.cwd != null ? pathOf(o.cwd) : globalThis.process.cwd(), envPairs(o.env != null ? o.env : processEnv()),
    stdio[0] === 'pipe' ? inputBytes(o.input, o.encoding) : null, timeout, o.killSignal == null ? null : String(o.killSignal));
  if (r.error) {
    const error = errnoError(r.error, syscall + ' ' + command, command, argv, r.detail);
    return { pid: 0, output: null, stdout: null, stderr: null, status: null, signal: null, error };
  }
  const encoding = o.encoding;
  const out = [null, null, null];
  for (const i of [1, 2]) {
    const text = i === 1 ? r.stdout : r.stderr;
    if (stdio[i] === 'inherit' || (i === 2 && showStderr && o.stdio === undefined)) {
      if (text.length > 0) host.write(i === 1 ? 'stdout' : 'stderr', decoded(text, 'utf8'));
    }
    if (stdio[i] === 'pipe') out[i] = decoded(text, encoding);
  }
  const result = { pid: r.pid, output: out, stdout: out[1], stderr: out[2], status: r.status, signal: r.signal };
  if (r.signal !== null && timeout !== null) result.error = errnoError('ETIMEDOUT', syscall + ' ' + command, command, argv);
  return result;
}

function normalize(args, options) {
  if (!Array.isArray(args)) return { args: [], options: args };
  return { args, options };
}

/** The error execSync and execFileSync throw for a child that failed or could not start. */
function failure(r, commandText) {
  if (r.error) {
    Object.assign(r.error, { status: r.status, signal: r.signal, output: r.output, pid: r.pid, stdout: r.stdout, stderr: r.stderr });
    return r.error;
  }
  const stderr = r.stderr == null ? '' : String(r.stderr);
  const e = new Error('Command failed: ' + commandText + (stderr ? '\n' + stderr : ''));
  Object.assign(e, { status: r.status, signal: r.signal, output: r.output, pid: r.pid, stdout: r.stdout, stderr: r.stderr });
  return e;
}

function spawnSync(file, args, options) {
  const a = normalize(args, options);
  return run(file, a.args, a.options, 'spawnSync', ['pipe', 'pipe', 'pipe'], false);
}

function execFileSync(file, args, options) {
  const a = normalize(args, options);
  const r = run(file, a.args, a.options, 'spawnSync', ['pipe', 'pipe', 'pipe'], true);
  if (r.error || r.status !== 0) throw failure(r, [file].concat(a.args).join(' '));
  return r.stdout;
}

function execSync(command, options) {
  const o = Object.assign({}, options, { shell: options && options.shell ? options.shell : true });
  const r = run(command, [], o, 'spawnSync', ['pipe', 'pipe', 'pipe'], true);
  if (r.error || r.status !== 0) throw failure(r, command);
  return r.stdout;
}

/** A child's stdout or stderr: its output arrives whole, as one 'data' event, then 'end'. */
class Output extends EventEmitter {
  constructor() {
    super();
    this.encoding = null;
    this.chunks = null; // for async iteration: what arrived, while nobody listened
  }

  setEncoding(encoding) {
    this.encoding = encoding;
    return this;
  }

  deliver(buf) {
    if (buf !== null && buf.length > 0) {
      const chunk = this.encoding ? buf.toString(this.encoding) : buf;
      if (this.chunks !== null) this.chunks.push(chunk);
      this.emit('data', chunk);
    }
    this.ended = true;
    this.emit('end');
    this.emit('close');
  }

  pipe(dest, options) {
    this.on('data', (chunk) => dest.write(chunk));
    if (!options || options.end !== false) this.on('end', () => { if (typeof dest.end === 'function' && dest !== process.stdout && dest !== process.stderr) dest.end(); });
    return dest;
  }

  async *[Symbol.asyncIterator]() {
    if (this.chunks === null) this.chunks = [];
    while (!this.ended) await new Promise((resolve) => this.once('end', resolve));
    yield* this.chunks;
  }
}

/** A child's stdin: what is written before the child runs is its input. */
class Input extends EventEmitter {
  constructor() {
    super();
    this.parts = [];
    this.writable = true;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') callback = encoding;
    this.parts.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk));
    if (typeof callback === 'function') setImmediate(callback);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') callback = chunk;
    else if (chunk != null) this.write(chunk, encoding);
    this.writable = false;
    if (typeof callback === 'function') setImmediate(callback);
    setImmediate(() => this.emit('finish'));
    return this;
  }

  bytes() {
    return this.parts.length === 0 ? null : Buffer.concat(this.parts);
  }
}

/** What exec, execFile and spawn return: a child that runs in a later turn and then reports. */
class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this.pid = undefined;
    this.exitCode = null;
    this.signalCode = null;
    this.killed = false;
    this.stdin = new Input();
    this.stdout = new Output();
    this.stderr = new Output();
  }

  /** Before it ran: it never will, and ends as killed by the signal. After: nothing to stop. */
  kill(signal) {
    if (this.exitCode !== null || this.signalCode !== null) return false;
    this.killed = true;
    this.killedBy = signal === undefined ? 'SIGTERM' : String(signal);
    return true;
  }

  // Whether the child keeps the event loop alive: it always does here, until it has run.
  ref() { return this; }
  unref() { return this; }

  /** Runs it (unless killed), then emits as Node does; returns spawnSync's result, or null when killed. */
  runNow(file, args, options, stdioDefaults) {
    if (this.killed) {
      this.result = null;
      this.signalCode = this.killedBy;
      this.stdout.deliver(null);
      this.stderr.deliver(null);
      this.emit('exit', null, this.signalCode);
      this.emit('close', null, this.signalCode);
      return null;
    }
    const o = Object.assign({}, options);
    const input = this.stdin.bytes();
    if (input !== null && o.input === undefined) o.input = input;
    const r = run(file, args, o, 'spawn', stdioDefaults, false);
    this.result = r;
    if (r.error) {
      this.emit('error', r.error);
      this.emit('close', -2, null);
      return r;
    }
    this.pid = r.pid;
    this.exitCode = r.status;
    this.signalCode = r.signal;
    const raw = (x) => (x === null ? null : Buffer.isBuffer(x) ? x : Buffer.from(String(x)));
    this.stdout.deliver(raw(r.stdout));
    this.stderr.deliver(raw(r.stderr));
    this.emit('exit', r.status, r.signal);
    this.emit('close', r.status, r.signal);
    return r;
  }
}

/**
 * exec and execFile: Node's callback (error, stdout, stderr), strings unless encoding is 'buffer', called
 * as the child closes, before the 'close' listeners the caller adds.
 */
function runAsync(file, args, options, callback, commandText) {
  const o = Object.assign({}, options);
  const encoding = o.encoding === undefined ? 'utf8' : o.encoding;
  delete o.encoding; // the child reports Buffers; the callback gets them decoded
  const child = new ChildProcess();
  if (typeof callback === 'function') {
    let called = false;
    const report = () => {
      if (called) return;
      called = true;
      reportTo(callback, child, encoding, commandText);
    };
    child.once('close', report);
    child.once('error', report);
  }
  setImmediate(() => child.runNow(file, args, o, ['pipe', 'pipe', 'pipe']));
  return child;
}

function reportTo(callback, child, encoding, commandText) {
  const r = child.result;
  const text = (x) => (x === null ? (encoding === 'buffer' ? Buffer.alloc(0) : '') : encoding === 'buffer' ? x : x.toString(encoding));
  if (r === null) {
    const e = new Error('Command failed: ' + commandText);
    Object.assign(e, { killed: true, code: null, signal: child.signalCode, cmd: commandText });
    callback(e, text(null), text(null));
    return;
  }
  let error = null;
  if (r.error) error = r.error;
  else if (r.status !== 0) {
    error = failure({ stderr: text(r.stderr), status: r.status, signal: r.signal, output: r.output, pid: r.pid, stdout: r.stdout }, commandText);
    error.code = r.status;
    error.killed = false;
    error.cmd = commandText;
  }
  callback(error, text(r.stdout), text(r.stderr));
}

function exec(command, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const o = Object.assign({}, options, { shell: options && options.shell ? options.shell : true });
  return runAsync(command, [], o, callback, command);
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = [];
    options = undefined;
  } else if (!Array.isArray(args)) {
    callback = options;
    options = args;
    args = [];
  }
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  return runAsync(file, args || [], options, callback, [file].concat(args || []).join(' '));
}

// util.promisify(exec / execFile) resolves to { stdout, stderr }, and its error carries them too.
for (const fn of [exec, execFile]) {
  Object.defineProperty(fn, customPromisify, {
    value: (...args) => new Promise((resolve, reject) => {
      fn(...args, (error, stdout, stderr) => {
        if (error) {
          error.stdout = stdout;
          error.stderr = stderr;
          reject(error);
        } else {
          resolve({ stdout, stderr });
        }
      });
    }),
  });
}

function notProvided(name) {
  return function () {
    throw new Error('child_process.' + name + '() is not supported by tempo (it needs an IPC channel to a running child); '
      + 'use spawn, exec, execFile or their synchronous forms');
  };
}

function spawn(file, args, options) {
  const a = normalize(args, options);
  const child = new ChildProcess();
  setImmediate(() => child.runNow(file, a.args, a.options, ['pipe', 'pipe', 'pipe']));
  return child;
}

module.exports = {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork: notProvided('fork'),
  spawn,
  spawnSync,
};
