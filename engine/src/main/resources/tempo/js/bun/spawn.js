// Bun.spawnSync and Bun.spawn over the host's process runner. spawnSync runs the child to its end; spawn runs
// it in a later turn of the event loop (what is written to a piped stdin before then is its input) and
// reports through `exited`, `exitCode` and piped stdout/stderr streams, so the file waits while it runs.
'use strict';

const host = require('../internal/host');
const bytes = require('../node/_bytes');
const { Buffer } = require('../node/buffer');
const { envPairs } = require('../node/_env_pairs');

function commandOf(cmdOrOptions, options) {
  const o = Array.isArray(cmdOrOptions) ? Object.assign({}, options, { cmd: cmdOrOptions }) : Object.assign({}, cmdOrOptions);
  if (!Array.isArray(o.cmd) || o.cmd.length === 0) throw new TypeError('cmd must be an array of strings with at least one entry');
  return o;
}

/** The child's input as a latin1 string, or null for none. */
function inputOf(stdin) {
  if (stdin === undefined || stdin === null || stdin === 'ignore' || stdin === 'inherit' || stdin === 'pipe') return null;
  if (typeof stdin === 'string') return bytes.bytesToLatin1(new TextEncoder().encode(stdin));
  const view = bytes.viewOf(stdin);
  if (view !== null) return bytes.bytesToLatin1(view);
  const blob = require('../web/blob');
  if (stdin instanceof blob.Blob) return bytes.bytesToLatin1(blob.bytesOf(stdin));
  throw new TypeError('Bun.spawn: stdin must be a string, bytes, a Blob, "pipe", "inherit", "ignore" or null');
}

/** Runs the child to its end: the host's record, with ENOENT thrown as bun throws it. */
function runNow(o, input) {
  const [file, ...args] = o.cmd.map(String);
  const env = o.env != null ? o.env : globalThis.process.env;
  const r = host.runProcess(file, args, o.cwd != null ? String(o.cwd) : globalThis.process.cwd(), envPairs(env), input,
    typeof o.timeout === 'number' && o.timeout > 0 ? o.timeout : null, o.killSignal == null ? null : String(o.killSignal));
  if (r.error) {
    const e = new Error(r.error === 'ENOENT' ? 'Executable not found in $PATH: "' + file + '"' : r.error + ': ' + r.detail);
    Object.assign(e, { code: r.error, errno: r.error === 'ENOENT' ? -2 : -5, syscall: 'spawn ' + file, path: file });
    throw e;
  }
  return r;
}

/** stdout or stderr after the run: a Buffer when piped, written through when inherited, else undefined. */
function output(latin1, mode, stream) {
  if (mode === 'inherit') {
    if (latin1.length > 0) host.write(stream, new TextDecoder().decode(bytes.latin1ToBytes(latin1)));
    return undefined;
  }
  if (mode === 'pipe') return Buffer.from(bytes.latin1ToBytes(latin1));
  return undefined;
}

function spawnSync(cmdOrOptions, options) {
  const o = commandOf(cmdOrOptions, options);
  const r = runNow(o, inputOf(o.stdin));
  const signalCode = r.signal === null ? undefined : r.signal;
  return {
    pid: r.pid,
    exitCode: r.status,
    signalCode,
    success: r.status === 0,
    stdout: output(r.stdout, o.stdout === undefined ? 'pipe' : o.stdout, 'stdout'),
    stderr: output(r.stderr, o.stderr === undefined ? 'pipe' : o.stderr, 'stderr'),
    exitedDueToTimeout: signalCode !== undefined && typeof o.timeout === 'number' && o.timeout > 0 ? true : undefined,
  };
}

class Subprocess {
  constructor(o) {
    const stdoutMode = o.stdout === undefined ? 'pipe' : o.stdout;
    const stderrMode = o.stderr === undefined ? 'inherit' : o.stderr;
    const written = [];
    this.pid = 0;
    this.exitCode = null;
    this.signalCode = null;
    this.killed = false;
    let resolveExit;
    let rejectExit;
    this.exited = new Promise((res, rej) => { resolveExit = res; rejectExit = rej; });
    let stdout = null;
    let stderr = null;
    const pending = [];
    const piped = (mode, take) => {
      if (mode !== 'pipe') return undefined;
      const { ReadableStream } = require('../web/readable_stream');
      return new ReadableStream({
        start: (c) => {
          pending.push(() => {
            const b = take();
            if (b && b.length > 0) c.enqueue(new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
            c.close();
          });
        },
      });
    };
    this.stdout = piped(stdoutMode, () => stdout);
    this.stderr = piped(stderrMode, () => stderr);
    this.stdin = o.stdin === 'pipe' ? {
      write(chunk) {
        const b = typeof chunk === 'string' ? new TextEncoder().encode(chunk)
          : chunk instanceof ArrayBuffer ? new Uint8Array(chunk) : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        written.push(b.slice());
        return b.length;
      },
      end() {}, flush() {}, ref() {}, unref() {},
    } : undefined;
    host.enqueueTask(() => {
      if (this.killed) {
        this.signalCode = 'SIGTERM';
        resolveExit(null);
        return;
      }
      let r;
      try {
        const input = o.stdin === 'pipe' ? written.map((c) => bytes.bytesToLatin1(c)).join('') : inputOf(o.stdin);
        r = runNow(o, input);
      } catch (e) {
        for (const go of pending.splice(0)) go();
        rejectExit(e);
        return;
      }
      this.pid = r.pid;
      this.exitCode = r.status;
      this.signalCode = r.signal;
      stdout = output(r.stdout, stdoutMode, 'stdout');
      stderr = output(r.stderr, stderrMode, 'stderr');
      for (const go of pending.splice(0)) go();
      if (typeof o.onExit === 'function') o.onExit(this, r.status, r.signal, undefined);
      resolveExit(r.status);
    });
    this.exited.catch(() => {});
  }

  kill() {
    if (this.exitCode === null) this.killed = true;
  }

  ref() {}
  unref() {}
}

function spawn(cmdOrOptions, options) {
  const o = commandOf(cmdOrOptions, options);
  if (o.stdin !== 'pipe') inputOf(o.stdin); // a bad stdin fails here, not in a later turn
  return new Subprocess(o);
}

module.exports = { spawnSync, spawn };
