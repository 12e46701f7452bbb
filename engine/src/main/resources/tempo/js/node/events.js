// node:events: EventEmitter with Node's semantics for listeners, once, error events and max listeners.
'use strict';

class EventEmitter {
  constructor() {
    this._events = new Map();
    this._max = EventEmitter.defaultMaxListeners;
  }
  _list(name) {
    if (!this._events) this._events = new Map();
    let l = this._events.get(name);
    if (!l) this._events.set(name, (l = []));
    return l;
  }
  on(name, fn) { this.emit('newListener', name, fn); this._list(name).push(fn); return this; }
  prependListener(name, fn) { this._list(name).unshift(fn); return this; }
  once(name, fn) {
    const w = (...a) => { this.off(name, w); return fn.apply(this, a); };
    w.listener = fn;
    return this.on(name, w);
  }
  prependOnceListener(name, fn) {
    const w = (...a) => { this.off(name, w); return fn.apply(this, a); };
    w.listener = fn;
    return this.prependListener(name, w);
  }
  off(name, fn) {
    const l = this._events && this._events.get(name);
    if (!l) return this;
    const i = l.findIndex((x) => x === fn || x.listener === fn);
    if (i >= 0) l.splice(i, 1);
    if (l.length === 0) this._events.delete(name);
    return this;
  }
  removeAllListeners(name) {
    if (name === undefined) this._events = new Map();
    else if (this._events) this._events.delete(name);
    return this;
  }
  emit(name, ...args) {
    const l = this._events && this._events.get(name);
    if (!l || l.length === 0) {
      if (name === 'error') throw args[0] instanceof Error ? args[0] : new Error('Unhandled error. (' + String(args[0]) + ')');
      return false;
    }
    for (const fn of l.slice()) fn.apply(this, args);
    return true;
  }
  listenerCount(name) { const l = this._events && this._events.get(name); return l ? l.length : 0; }
  listeners(name) { const l = this._events && this._events.get(name); return l ? l.map((x) => x.listener || x) : []; }
  rawListeners(name) { const l = this._events && this._events.get(name); return l ? l.slice() : []; }
  eventNames() { return this._events ? Array.from(this._events.keys()) : []; }
  setMaxListeners(n) { this._max = n; return this; }
  getMaxListeners() { return this._max; }
}
EventEmitter.prototype.addListener = EventEmitter.prototype.on;
EventEmitter.prototype.removeListener = EventEmitter.prototype.off;
EventEmitter.defaultMaxListeners = 10;
EventEmitter.EventEmitter = EventEmitter;

function once(emitter, name) {
  return new Promise((resolve, reject) => {
    const onError = (e) => { emitter.off(name, onValue); reject(e); };
    const onValue = (...a) => { if (name !== 'error') emitter.off('error', onError); resolve(a); };
    emitter.once(name, onValue);
    if (name !== 'error') emitter.once('error', onError);
  });
}

module.exports = EventEmitter;
module.exports.EventEmitter = EventEmitter;
module.exports.once = once;
module.exports.default = EventEmitter;
