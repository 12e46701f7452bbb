// MessageChannel, MessagePort and MessageEvent inside one context, as Node and bun have them: a
// message is cloned when posted and delivered as a task on the real event loop (fake timers do not
// hold it back) once the receiving port is started (start(), onmessage, or a 'message' listener).
// Ports also have Node's emitter methods (on/once/off...), whose 'message' listeners get the data.
'use strict';

const { Event, EventTarget, defineEventHandler } = require('./event_target');

class MessageEvent extends Event {
  constructor(type, init) {
    super(type, init);
    const i = init || {};
    Object.defineProperties(this, {
      _data: { value: i.data === undefined ? null : i.data },
      _origin: { value: i.origin === undefined ? '' : String(i.origin) },
      _lastEventId: { value: i.lastEventId === undefined ? '' : String(i.lastEventId) },
      _source: { value: i.source === undefined ? null : i.source },
      _ports: { value: Object.freeze(Array.from(i.ports || [])) },
    });
  }
  get data() { return this._data; }
  get origin() { return this._origin; }
  get lastEventId() { return this._lastEventId; }
  get source() { return this._source; }
  get ports() { return this._ports; }
  get [Symbol.toStringTag]() { return 'MessageEvent'; }
}

const kState = Symbol('port');
let constructing = false;

/** Runs fn as a task on the real loop (after the current microtasks), before immediates and timers as in bun. */
function task(fn) {
  const timers = require('../runtime/timers').nativeTimers();
  if (timers) timers.message(fn);
  else Promise.resolve().then(fn);
}

function state(port, method) {
  const s = port && port[kState];
  if (!s) throw new TypeError('MessagePort.prototype.' + method + ' called on an object that is not a MessagePort');
  return s;
}

class MessagePort extends EventTarget {
  constructor() {
    if (!constructing) throw new TypeError('Illegal constructor: MessagePort objects come from new MessageChannel()');
    super();
    Object.defineProperty(this, kState, {
      value: { peer: null, queue: [], started: false, closed: false, scheduled: false, ref: true, wrapped: new Map() },
    });
  }

  postMessage(message, transfer) {
    const s = state(this, 'postMessage');
    const copy = require('./structured_clone').structuredClone(message, Array.isArray(transfer) ? { transfer } : transfer);
    if (s.closed || s.peer === null) return;
    const peer = s.peer[kState];
    peer.queue.push(copy);
    schedule(s.peer);
  }

  start() {
    const s = state(this, 'start');
    if (s.started) return;
    s.started = true;
    schedule(this);
  }

  close() {
    const s = state(this, 'close');
    if (s.closed) return;
    const peer = s.peer;
    for (const port of peer ? [this, peer] : [this]) {
      const ps = port[kState];
      ps.closed = true;
      ps.peer = null;
      task(() => port.dispatchEvent(new Event('close')));
    }
  }

  addEventListener(type, listener, options) {
    super.addEventListener(type, listener, options);
    if (String(type) === 'message' && listener != null) this.start();
  }

  ref() { state(this, 'ref').ref = true; return this; }
  unref() { state(this, 'unref').ref = false; return this; }
  hasRef() { return state(this, 'hasRef').ref; }

  // ---- Node's emitter face: 'message' listeners get the data, other events nothing ----

  on(type, listener) {
    const s = state(this, 'on');
    const wrapper = (event) => (event instanceof MessageEvent ? listener.call(this, event.data) : listener.call(this));
    let list = s.wrapped.get(listener);
    if (!list) s.wrapped.set(listener, (list = []));
    list.push({ type: String(type), wrapper });
    this.addEventListener(type, wrapper);
    return this;
  }

  addListener(type, listener) { return this.on(type, listener); }

  once(type, listener) {
    const self = this;
    function onceWrapper(...args) {
      self.off(type, onceWrapper);
      return listener.apply(this, args);
    }
    return this.on(type, onceWrapper);
  }

  off(type, listener) {
    const s = state(this, 'off');
    const list = s.wrapped.get(listener);
    const i = list ? list.findIndex((w) => w.type === String(type)) : -1;
    if (i < 0) return this;
    const [w] = list.splice(i, 1);
    if (list.length === 0) s.wrapped.delete(listener);
    this.removeEventListener(type, w.wrapper);
    return this;
  }

  removeListener(type, listener) { return this.off(type, listener); }

  removeAllListeners(type) {
    const s = state(this, 'removeAllListeners');
    for (const [listener, list] of Array.from(s.wrapped)) {
      for (const w of list.slice()) if (type === undefined || w.type === String(type)) this.off(w.type, listener);
    }
    return this;
  }

  listenerCount(type) { return this.__listeners(type).length; }

  get [Symbol.toStringTag]() { return 'MessagePort'; }
}
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

/** Delivers the port's queued messages in one task, if it is started and has any. */
function schedule(port) {
  const s = port[kState];
  if (!s.started || s.scheduled || s.queue.length === 0) return;
  s.scheduled = true;
  task(() => {
    s.scheduled = false;
    while (s.started && !s.closed && s.queue.length > 0) {
      port.dispatchEvent(new MessageEvent('message', { data: s.queue.shift() }));
    }
  });
}

class MessageChannel {
  constructor() {
    constructing = true;
    let port1, port2;
    try {
      port1 = new MessagePort();
      port2 = new MessagePort();
    } finally {
      constructing = false;
    }
    port1[kState].peer = port2;
    port2[kState].peer = port1;
    Object.defineProperties(this, {
      port1: { value: port1, enumerable: true },
      port2: { value: port2, enumerable: true },
    });
  }
  get [Symbol.toStringTag]() { return 'MessageChannel'; }
}

/** worker_threads.receiveMessageOnPort: the oldest undelivered message as { message }, else undefined. */
function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    const e = new TypeError('The "port" argument must be a MessagePort instance');
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  const s = port[kState];
  return s.queue.length === 0 ? undefined : { message: s.queue.shift() };
}

module.exports = { MessageChannel, MessagePort, MessageEvent, receiveMessageOnPort, messageTask: task };
