// Event, CustomEvent, ErrorEvent, CloseEvent and EventTarget (the DOM event model without propagation through a
// tree).
'use strict';

const kStop = Symbol('stop');
const kListeners = Symbol('listeners');

class Event {
  constructor(type, init) {
    if (arguments.length === 0) {
      const e = new TypeError('The "type" argument must be specified');
      e.code = 'ERR_MISSING_ARGS';
      throw e;
    }
    const i = init || {};
    Object.defineProperties(this, {
      _type: { value: String(type), writable: true },
      _bubbles: { value: !!i.bubbles },
      _cancelable: { value: !!i.cancelable },
      _composed: { value: !!i.composed },
      _defaultPrevented: { value: false, writable: true },
      _target: { value: null, writable: true },
      _currentTarget: { value: null, writable: true },
      _phase: { value: 0, writable: true },
      _timeStamp: { value: typeof performance !== 'undefined' ? performance.now() : Date.now() },
      _passive: { value: false, writable: true },
      [kStop]: { value: 0, writable: true },
    });
  }
  get type() { return this._type; }
  get bubbles() { return this._bubbles; }
  get cancelable() { return this._cancelable; }
  get composed() { return this._composed; }
  get defaultPrevented() { return this._cancelable && this._defaultPrevented; }
  get returnValue() { return !this.defaultPrevented; }
  get target() { return this._target; }
  get srcElement() { return this._target; }
  get currentTarget() { return this._currentTarget; }
  get eventPhase() { return this._phase; }
  get timeStamp() { return this._timeStamp; }
  get isTrusted() { return false; }
  get cancelBubble() { return this[kStop] > 0; }
  set cancelBubble(v) { if (v) this[kStop] = Math.max(this[kStop], 1); }
  preventDefault() { if (!this._passive) this._defaultPrevented = true; }
  stopPropagation() { this[kStop] = Math.max(this[kStop], 1); }
  stopImmediatePropagation() { this[kStop] = 2; }
  composedPath() { return this._currentTarget ? [this._currentTarget] : []; }
  get [Symbol.toStringTag]() { return 'Event'; }
}
Event.NONE = 0;
Event.CAPTURING_PHASE = 1;
Event.AT_TARGET = 2;
Event.BUBBLING_PHASE = 3;

class CustomEvent extends Event {
  constructor(type, init) {
    super(type, init);
    Object.defineProperty(this, '_detail', { value: init && init.detail !== undefined ? init.detail : null });
  }
  get detail() { return this._detail; }
  get [Symbol.toStringTag]() { return 'CustomEvent'; }
}

class ErrorEvent extends Event {
  constructor(type, init) {
    super(type, init);
    const i = init || {};
    Object.defineProperty(this, '_error', { value: {
      message: i.message !== undefined ? String(i.message) : '', filename: i.filename !== undefined ? String(i.filename) : '',
      lineno: i.lineno >>> 0, colno: i.colno >>> 0, error: i.error !== undefined ? i.error : null,
    } });
  }
  get message() { return this._error.message; }
  get filename() { return this._error.filename; }
  get lineno() { return this._error.lineno; }
  get colno() { return this._error.colno; }
  get error() { return this._error.error; }
  get [Symbol.toStringTag]() { return 'ErrorEvent'; }
}

class CloseEvent extends Event {
  constructor(type, init) {
    super(type, init);
    const i = init || {};
    Object.defineProperty(this, '_close', { value: {
      code: i.code === undefined ? 0 : i.code & 0xffff, reason: i.reason !== undefined ? String(i.reason) : '', wasClean: !!i.wasClean,
    } });
  }
  get code() { return this._close.code; }
  get reason() { return this._close.reason; }
  get wasClean() { return this._close.wasClean; }
  get [Symbol.toStringTag]() { return 'CloseEvent'; }
}

function reportError(err) {
  if (typeof globalThis.reportError === 'function') { globalThis.reportError(err); return; }
  if (typeof globalThis.setTimeout === 'function') globalThis.setTimeout(() => { throw err; }, 0);
  else Promise.reject(err);
}

class EventTarget {
  constructor() {
    Object.defineProperty(this, kListeners, { value: new Map() });
  }

  addEventListener(type, listener, options) {
    if (listener === null || listener === undefined) return;
    const opts = typeof options === 'boolean' ? { capture: options } : options || {};
    const signal = opts.signal;
    if (signal && signal.aborted) return;
    let map = this[kListeners];
    if (!map) { Object.defineProperty(this, kListeners, { value: new Map() }); map = this[kListeners]; }
    type = String(type);
    let list = map.get(type);
    if (!list) { list = []; map.set(type, list); }
    const capture = !!opts.capture;
    if (list.some((l) => l.listener === listener && l.capture === capture)) return;
    const entry = { listener, capture, once: !!opts.once, passive: !!opts.passive, removed: false };
    list.push(entry);
    if (signal) signal.addEventListener('abort', () => this.removeEventListener(type, listener, { capture }), { once: true });
  }

  removeEventListener(type, listener, options) {
    const map = this[kListeners];
    if (!map) return;
    const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
    const list = map.get(String(type));
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i >= 0) {
      list[i].removed = true;
      list.splice(i, 1);
    }
  }

  dispatchEvent(event) {
    if (!(event instanceof Event)) {
      const e = new TypeError('The "event" argument must be an instance of Event. Received ' + typeof event);
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    event._target = this;
    event._currentTarget = this;
    event._phase = 2;
    const map = this[kListeners];
    const list = map && map.get(event.type);
    if (list) {
      for (const entry of list.slice()) {
        if (entry.removed) continue;
        if (entry.once) this.removeEventListener(event.type, entry.listener, { capture: entry.capture });
        event._passive = entry.passive;
        try {
          const l = entry.listener;
          if (typeof l === 'function') l.call(this, event);
          else if (l && typeof l.handleEvent === 'function') l.handleEvent(event);
        } catch (err) {
          reportError(err);
        }
        event._passive = false;
        if (event[kStop] === 2) break;
      }
    }
    event._currentTarget = null;
    event._phase = 0;
    return !event.defaultPrevented;
  }

  // for events.getEventListeners
  __listeners(type) {
    const list = this[kListeners] && this[kListeners].get(String(type));
    return list ? list.map((l) => l.listener) : [];
  }
}
Object.defineProperty(EventTarget.prototype, '__listeners', { enumerable: false });

// Defines an on<type> attribute handler property backed by a listener.
function defineEventHandler(proto, type) {
  const key = Symbol('on' + type);
  Object.defineProperty(proto, 'on' + type, {
    configurable: true,
    enumerable: true,
    get() { return this[key] ? this[key].fn : null; },
    set(fn) {
      if (!this[key]) {
        const holder = { fn: null };
        this[key] = holder;
        this.addEventListener(type, (ev) => { if (typeof holder.fn === 'function') holder.fn.call(this, ev); });
      }
      this[key].fn = typeof fn === 'function' ? fn : null;
    },
  });
}

module.exports = { Event, CustomEvent, ErrorEvent, CloseEvent, EventTarget, defineEventHandler };
