// ReadableStream (the Streams standard) with its default controller and reader: a source's start, pull and
// cancel, a queue kept to the strategy's highWaterMark (counted in chunks), read(), releaseLock(), cancel(),
// async iteration, tee, pipeTo and pipeThrough (web/writable_stream.js) and ReadableStream.from. Byte streams
// (BYOB readers) are not provided.
'use strict';

const kState = Symbol('state');

function pullIfNeeded(s) {
  if (!s.started || s.pulling || s.state !== 'readable' || !s.source.pull) {
    return;
  }
  if (s.queue.length >= s.highWaterMark && s.readRequests.length === 0) return;
  s.pulling = true;
  let result;
  try {
    result = s.source.pull.call(s.source, s.controller);
  } catch (e) {
    fail(s, e);
    return;
  }
  Promise.resolve(result).then(() => {
    s.pulling = false;
    if (s.pullAgain) {
      s.pullAgain = false;
      pullIfNeeded(s);
    }
  }, (e) => fail(s, e));
}

function fail(s, error) {
  if (s.state !== 'readable') return;
  s.state = 'errored';
  s.storedError = error;
  s.queue.length = 0;
  for (const r of s.readRequests.splice(0)) r.reject(error);
  if (s.reader) s.reader[kState].rejectClosed(error);
}

function finishIfDrained(s) {
  if (!s.closeRequested || s.queue.length > 0) return;
  s.state = 'closed';
  for (const r of s.readRequests.splice(0)) r.resolve({ value: undefined, done: true });
  if (s.reader) s.reader[kState].resolveClosed();
}

class ReadableStreamDefaultController {
  constructor(s) { this[kState] = s; }
  get desiredSize() {
    const s = this[kState];
    return s.state === 'errored' ? null : s.state === 'closed' ? 0 : s.highWaterMark - s.queue.length;
  }
  enqueue(chunk) {
    const s = this[kState];
    if (s.state !== 'readable' || s.closeRequested) throw new TypeError('Invalid state: Controller is already closed');
    const request = s.readRequests.shift();
    if (request) request.resolve({ value: chunk, done: false });
    else s.queue.push(chunk);
    pullIfNeeded(s);
  }
  close() {
    const s = this[kState];
    if (s.state !== 'readable' || s.closeRequested) throw new TypeError('Invalid state: Controller is already closed');
    s.closeRequested = true;
    finishIfDrained(s);
  }
  error(e) { fail(this[kState], e); }
  get [Symbol.toStringTag]() { return 'ReadableStreamDefaultController'; }
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    const s = stream instanceof ReadableStream ? stream[kState] : null;
    if (!s) throw new TypeError('ReadableStreamDefaultReader needs a ReadableStream');
    if (s.reader) throw new TypeError('ReadableStream is locked');
    let resolveClosed;
    let rejectClosed;
    const closed = new Promise((res, rej) => { resolveClosed = res; rejectClosed = rej; });
    closed.catch(() => {});
    this[kState] = { stream: s, closed, resolveClosed, rejectClosed };
    s.reader = this;
    if (s.state === 'closed') resolveClosed();
    if (s.state === 'errored') rejectClosed(s.storedError);
  }
  get closed() { return this[kState].closed; }
  read() {
    const s = this[kState].stream;
    if (!s) return Promise.reject(new TypeError('This reader has been released'));
    s.disturbed = true;
    if (s.state === 'errored') return Promise.reject(s.storedError);
    if (s.queue.length > 0) {
      const value = s.queue.shift();
      finishIfDrained(s);
      pullIfNeeded(s);
      return Promise.resolve({ value, done: false });
    }
    if (s.state === 'closed') return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      s.readRequests.push({ resolve, reject });
      if (s.pulling) s.pullAgain = true;
      pullIfNeeded(s);
    });
  }
  releaseLock() {
    const st = this[kState];
    if (!st.stream) return;
    const released = new TypeError('This reader has been released');
    for (const r of st.stream.readRequests.splice(0)) r.reject(released);
    st.rejectClosed(released);
    st.stream.reader = null;
    st.stream = null;
  }
  cancel(reason) {
    const s = this[kState].stream;
    return s ? cancel(s, reason) : Promise.reject(new TypeError('This reader has been released'));
  }
  get [Symbol.toStringTag]() { return 'ReadableStreamDefaultReader'; }
}

function cancel(s, reason) {
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  s.queue.length = 0;
  s.closeRequested = true;
  finishIfDrained(s);
  try {
    return Promise.resolve(s.source.cancel ? s.source.cancel.call(s.source, reason) : undefined).then(() => undefined);
  } catch (e) {
    return Promise.reject(e);
  }
}

class ReadableStream {
  constructor(source, strategy) {
    const src = source == null ? {} : source;
    if (src.type === 'bytes') throw new RangeError('ReadableStream: byte streams are not supported by tempo');
    const hwm = strategy && strategy.highWaterMark !== undefined ? Number(strategy.highWaterMark) : 1;
    if (Number.isNaN(hwm) || hwm < 0) throw new RangeError('Invalid highWaterMark');
    const s = { source: src, highWaterMark: hwm, state: 'readable', queue: [], readRequests: [], reader: null,
      started: false, pulling: false, pullAgain: false, closeRequested: false, storedError: undefined,
      disturbed: false };
    this[kState] = s;
    s.controller = new ReadableStreamDefaultController(s);
    let started;
    try {
      started = src.start ? src.start.call(src, s.controller) : undefined;
    } catch (e) {
      fail(s, e);
      throw e;
    }
    Promise.resolve(started).then(() => {
      s.started = true;
      pullIfNeeded(s);
    }, (e) => fail(s, e));
  }
  get locked() { return this[kState].reader !== null; }
  getReader(options) {
    if (options && options.mode !== undefined) {
      throw new TypeError("ReadableStream.getReader: mode '" + options.mode + "' is not supported by tempo");
    }
    return new ReadableStreamDefaultReader(this);
  }
  cancel(reason) {
    if (this.locked) return Promise.reject(new TypeError('ReadableStream is locked'));
    return cancel(this[kState], reason);
  }
  async * values(options) {
    const reader = this.getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      if (!(options && options.preventCancel) && this[kState].state === 'readable') await reader.cancel();
      reader.releaseLock();
    }
  }
  [Symbol.asyncIterator](options) { return this.values(options); }

  pipeTo(destination, options) {
    try {
      return require('./writable_stream').pipeTo(this, destination, options);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  pipeThrough(transform, options) {
    this.pipeTo(transform.writable, options).catch(() => {});
    return transform.readable;
  }

  /** Two streams that each give every chunk of this one (which is locked to them). */
  tee() {
    const reader = this.getReader();
    const branches = [];
    let reading = null;
    const pull = () => reading || (reading = reader.read().then(({ value, done }) => {
      reading = null;
      for (const c of branches) {
        if (c.cancelled) continue;
        if (done) c.controller.close();
        else c.controller.enqueue(value);
      }
    }, (e) => {
      for (const c of branches) c.controller.error(e);
    }));
    const branch = () => {
      const c = { controller: null, cancelled: false };
      branches.push(c);
      return new ReadableStream({
        start(controller) { c.controller = controller; },
        pull,
        cancel(reason) {
          c.cancelled = true;
          if (branches.every((x) => x.cancelled)) return reader.cancel(reason);
          return undefined;
        },
      }, { highWaterMark: 0 });
    };
    return [branch(), branch()];
  }
  get [Symbol.toStringTag]() { return 'ReadableStream'; }

  static from(iterable) {
    const it = iterable[Symbol.asyncIterator] ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
    return new ReadableStream({
      async pull(c) {
        const { value, done } = await it.next();
        if (done) c.close();
        else c.enqueue(value);
      },
      async cancel(reason) {
        if (typeof it.return === 'function') await it.return(reason);
      },
    }, { highWaterMark: 0 });
  }
}

// The two queuing strategies of the Streams standard: every chunk counts 1, or its byteLength.
class CountQueuingStrategy {
  constructor(init) { this.highWaterMark = Number(init.highWaterMark); }
  size() { return 1; }
  get [Symbol.toStringTag]() { return 'CountQueuingStrategy'; }
}

class ByteLengthQueuingStrategy {
  constructor(init) { this.highWaterMark = Number(init.highWaterMark); }
  size(chunk) { return chunk.byteLength; }
  get [Symbol.toStringTag]() { return 'ByteLengthQueuingStrategy'; }
}

/** A stream of one chunk (the bytes), closed: the body of a Request or Response made from bytes. */
function streamOfBytes(bytes) {
  return new ReadableStream({ start(c) { if (bytes.length > 0) c.enqueue(bytes); c.close(); } });
}

/** Every chunk of a stream joined into bytes (strings as UTF-8). */
async function readAllBytes(stream) {
  const { viewOf, joinBytes } = require('../node/_bytes');
  const chunks = [];
  const encoder = new TextEncoder();
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? encoder.encode(chunk) : viewOf(chunk);
    if (b === null) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(b);
  }
  return joinBytes(chunks);
}

/** Whether anything has read from or cancelled the stream. */
function isDisturbed(stream) {
  return stream[kState].disturbed;
}

module.exports = { ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController, CountQueuingStrategy,
  ByteLengthQueuingStrategy, streamOfBytes, readAllBytes, isDisturbed };
