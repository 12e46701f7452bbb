// AbortController and AbortSignal (abort, timeout, any), built on EventTarget.
'use strict';

const { Event, EventTarget, defineEventHandler } = require('./event_target');
const DOMException = require('./dom_exception');

const kCreate = Symbol('create');

class AbortSignal extends EventTarget {
  constructor(key) {
    if (key !== kCreate) throw new TypeError('Illegal constructor');
    super();
    Object.defineProperty(this, '_aborted', { value: false, writable: true });
    Object.defineProperty(this, '_reason', { value: undefined, writable: true });
  }
  get aborted() { return this._aborted; }
  get reason() { return this._reason; }
  throwIfAborted() { if (this._aborted) throw this._reason; }

  static abort(reason) {
    const s = new AbortSignal(kCreate);
    s._aborted = true;
    s._reason = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
    return s;
  }

  static timeout(ms) {
    const s = new AbortSignal(kCreate);
    const st = globalThis.setTimeout;
    if (typeof st !== 'function') throw new Error('AbortSignal.timeout needs setTimeout, which is not available here');
    const id = st(() => abortSignal(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms);
    if (id && typeof id.unref === 'function') id.unref();
    return s;
  }

  static any(signals) {
    const s = new AbortSignal(kCreate);
    for (const sig of signals) {
      if (sig.aborted) { s._aborted = true; s._reason = sig.reason; return s; }
    }
    for (const sig of signals) sig.addEventListener('abort', () => abortSignal(s, sig.reason), { once: true });
    return s;
  }

  get [Symbol.toStringTag]() { return 'AbortSignal'; }

  [Symbol.for('nodejs.util.inspect.custom')]() {
    return 'AbortSignal { aborted: ' + this._aborted + ' }';
  }
}
defineEventHandler(AbortSignal.prototype, 'abort');

function abortSignal(signal, reason) {
  if (signal._aborted) return;
  signal._aborted = true;
  signal._reason = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
  signal.dispatchEvent(new Event('abort'));
}

class AbortController {
  constructor() {
    Object.defineProperty(this, '_signal', { value: new AbortSignal(kCreate) });
  }
  get signal() { return this._signal; }
  abort(reason) { abortSignal(this._signal, reason); }
  get [Symbol.toStringTag]() { return 'AbortController'; }
  [Symbol.for('nodejs.util.inspect.custom')]() {
    return 'AbortController { signal: AbortSignal { aborted: ' + this._signal.aborted + ' } }';
  }
}

module.exports = { AbortController, AbortSignal };
