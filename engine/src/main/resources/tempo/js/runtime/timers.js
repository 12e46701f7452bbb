// setTimeout, setInterval, setImmediate, queueMicrotask and their clear* functions on the host's event
// loop. Timer handles are objects as in Node and bun (ref/unref/hasRef/refresh, usable as numbers).
'use strict';

function createTimers(host, reportUncaught) {
  const guard = (fn, args) => () => {
    try {
      fn(...args);
    } catch (e) {
      reportUncaught(e);
    }
  };

  class Timeout {
    constructor(fn, args, ms, repeat) {
      this._fn = guard(fn, args);
      this._ms = ms;
      this._repeat = repeat;
      this._ref = true;
      this._id = host.setTimer(this._fn, ms, repeat);
    }
    ref() { this._ref = true; host.refTimer(this._id, true); return this; }
    unref() { this._ref = false; host.refTimer(this._id, false); return this; }
    hasRef() { return this._ref; }
    refresh() {
      host.clearTimer(this._id);
      this._id = host.setTimer(this._fn, this._ms, this._repeat);
      if (!this._ref) host.refTimer(this._id, false);
      return this;
    }
    close() { host.clearTimer(this._id); return this; }
    [Symbol.toPrimitive]() { return this._id; }
  }

  class Immediate {
    constructor(fn, args) {
      this._id = host.setImmediate(guard(fn, args));
    }
    ref() { return this; }
    unref() { return this; }
    hasRef() { return true; }
    [Symbol.toPrimitive]() { return this._id; }
  }

  const delay = (ms) => {
    const n = Number(ms);
    return n >= 1 && n <= 2147483647 ? n : 1;
  };
  const check = (fn, name) => {
    if (typeof fn !== 'function') {
      throw new TypeError('The "callback" argument of ' + name + ' must be of type function. Received ' + typeof fn);
    }
  };
  const idOf = (t) => (t == null ? 0 : typeof t === 'object' ? t._id : Number(t));

  return {
    setTimeout(fn, ms, ...args) { check(fn, 'setTimeout'); return new Timeout(fn, args, delay(ms), false); },
    setInterval(fn, ms, ...args) { check(fn, 'setInterval'); return new Timeout(fn, args, delay(ms), true); },
    setImmediate(fn, ...args) { check(fn, 'setImmediate'); return new Immediate(fn, args); },
    clearTimeout(t) { const id = idOf(t); if (id) host.clearTimer(id); },
    clearInterval(t) { const id = idOf(t); if (id) host.clearTimer(id); },
    clearImmediate(t) { const id = idOf(t); if (id) host.clearImmediate(id); },
    queueMicrotask(fn) {
      check(fn, 'queueMicrotask');
      Promise.resolve().then(() => {
        try { fn(); } catch (e) { reportUncaught(e); }
      });
    },
    nextTick(fn, args) {
      Promise.resolve().then(() => {
        try { fn(...args); } catch (e) { reportUncaught(e); }
      });
    },
  };
}

module.exports = { createTimers };
