// WritableStream and TransformStream (the Streams standard), the piping ReadableStream's pipeTo and pipeThrough
// use, and the text streams built on them (TextEncoderStream, TextDecoderStream). Writes reach the sink one at a time,
// in order; backpressure is not modelled (desiredSize counts the writes not yet done against highWaterMark).
'use strict';

const { ReadableStream } = require('./readable_stream');

const kSink = Symbol('sink');

class WritableStreamDefaultController {
  constructor(s) { this[kSink] = s; }
  error(e) { fail(this[kSink], e); }
  get signal() { return this[kSink].abortController.signal; }
  get [Symbol.toStringTag]() { return 'WritableStreamDefaultController'; }
}

function fail(s, error) {
  if (s.state === 'errored' || s.state === 'closed') return;
  s.state = 'errored';
  s.storedError = error;
  s.rejectClosed(error);
}

/** Runs step after every write queued before it; the sink's failures error the stream. */
function enqueue(s, step) {
  const run = s.chain.then(() => {
    if (s.state === 'errored') throw s.storedError;
    return step();
  });
  s.chain = run.catch((e) => fail(s, e));
  return run;
}

class WritableStream {
  constructor(sink, strategy) {
    const snk = sink == null ? {} : sink;
    let resolveClosed;
    let rejectClosed;
    const closed = new Promise((res, rej) => { resolveClosed = res; rejectClosed = rej; });
    closed.catch(() => {});
    const s = { sink: snk, state: 'writable', storedError: undefined, writer: null, pending: 0, closed, resolveClosed,
      rejectClosed, abortController: new (require('./abort').AbortController)(),
      highWaterMark: strategy && strategy.highWaterMark !== undefined ? Number(strategy.highWaterMark) : 1 };
    this[kSink] = s;
    s.controller = new WritableStreamDefaultController(s);
    s.chain = Promise.resolve().then(() => (snk.start ? snk.start.call(snk, s.controller) : undefined));
    s.chain = s.chain.catch((e) => fail(s, e));
  }
  get locked() { return this[kSink].writer !== null; }
  getWriter() { return new WritableStreamDefaultWriter(this); }
  abort(reason) {
    if (this.locked) return Promise.reject(new TypeError('WritableStream is locked'));
    return abort(this[kSink], reason);
  }
  close() {
    if (this.locked) return Promise.reject(new TypeError('WritableStream is locked'));
    return close(this[kSink]);
  }
  get [Symbol.toStringTag]() { return 'WritableStream'; }
}

function write(s, chunk) {
  if (s.state !== 'writable') return Promise.reject(s.storedError || new TypeError('Cannot write to a closing or closed WritableStream'));
  s.pending++;
  return enqueue(s, () => (s.sink.write ? s.sink.write.call(s.sink, chunk, s.controller) : undefined))
    .finally(() => { s.pending--; })
    .then(() => undefined);
}

function close(s) {
  if (s.state !== 'writable') return Promise.reject(s.storedError || new TypeError('Cannot close a closing or closed WritableStream'));
  s.state = 'closing';
  return enqueue(s, () => (s.sink.close ? s.sink.close.call(s.sink) : undefined)).then(() => {
    s.state = 'closed';
    s.resolveClosed();
  });
}

function abort(s, reason) {
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  s.abortController.abort(reason);
  fail(s, reason);
  return Promise.resolve(s.sink.abort ? s.sink.abort.call(s.sink, reason) : undefined).then(() => undefined);
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    const s = stream[kSink];
    if (!s) throw new TypeError('WritableStreamDefaultWriter needs a WritableStream');
    if (s.writer) throw new TypeError('WritableStream is locked');
    s.writer = this;
    this[kSink] = s;
  }
  get closed() { return this[kSink].closed; }
  get ready() { return Promise.resolve(); }
  get desiredSize() {
    const s = this[kSink];
    return s.state === 'errored' ? null : s.state === 'closed' ? 0 : s.highWaterMark - s.pending;
  }
  write(chunk) { return write(this[kSink], chunk); }
  close() { return close(this[kSink]); }
  abort(reason) { return abort(this[kSink], reason); }
  releaseLock() { this[kSink].writer = null; }
  get [Symbol.toStringTag]() { return 'WritableStreamDefaultWriter'; }
}

class TransformStream {
  constructor(transformer, writableStrategy, readableStrategy) {
    const t = transformer == null ? {} : transformer;
    let readableController;
    this.readable = new ReadableStream({ start(c) { readableController = c; } }, readableStrategy);
    const controller = {
      enqueue: (chunk) => readableController.enqueue(chunk),
      error: (e) => readableController.error(e),
      terminate: () => readableController.close(),
      get desiredSize() { return readableController.desiredSize; },
    };
    this.writable = new WritableStream({
      start: () => (t.start ? t.start.call(t, controller) : undefined),
      write: (chunk) => (t.transform ? t.transform.call(t, chunk, controller) : controller.enqueue(chunk)),
      close: async () => {
        if (t.flush) await t.flush.call(t, controller);
        readableController.close();
      },
      abort: (reason) => readableController.error(reason),
    }, writableStrategy);
  }
  get [Symbol.toStringTag]() { return 'TransformStream'; }
}

/** ReadableStream.prototype.pipeTo: every chunk written to dest, in order; then dest closes (unless told not to). */
async function pipeTo(source, dest, options) {
  const o = options || {};
  const reader = source.getReader();
  const writer = dest.getWriter();
  const signal = o.signal;
  try {
    for (;;) {
      if (signal && signal.aborted) throw signal.reason;
      const { value, done } = await reader.read();
      if (done) break;
      await writer.write(value);
    }
    if (!o.preventClose) await writer.close();
  } catch (e) {
    if (!o.preventAbort) await writer.abort(e).catch(() => {});
    if (!o.preventCancel) await reader.cancel(e).catch(() => {});
    throw e;
  } finally {
    reader.releaseLock();
    writer.releaseLock();
  }
}


class TextEncoderStream extends TransformStream {
  constructor() {
    const encoder = new TextEncoder();
    super({ transform: (chunk, c) => { const b = encoder.encode(String(chunk)); if (b.length > 0) c.enqueue(b); } });
  }
  get encoding() { return 'utf-8'; }
  get [Symbol.toStringTag]() { return 'TextEncoderStream'; }
}

class TextDecoderStream extends TransformStream {
  constructor(label, options) {
    const decoder = new TextDecoder(label, options);
    super({
      transform: (chunk, c) => { const s = decoder.decode(chunk, { stream: true }); if (s) c.enqueue(s); },
      flush: (c) => { const s = decoder.decode(); if (s) c.enqueue(s); },
    });
    this._encoding = decoder.encoding;
  }
  get encoding() { return this._encoding; }
  get [Symbol.toStringTag]() { return 'TextDecoderStream'; }
}

module.exports = { WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, TransformStream,
  TextEncoderStream, TextDecoderStream, pipeTo };
