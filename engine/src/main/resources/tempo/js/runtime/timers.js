// setTimeout, setInterval, setImmediate, queueMicrotask and their clear* functions on the host's event
// loop. Timer handles are objects as in Node and bun (ref/unref/hasRef/refresh, usable as numbers).
// The handle classes take a backend (where the timer lives), so fake timers share them.
'use strict';

/**
 * A Node-like timer handle. backend: { set(callback, ms, repeat) -> id, clear(id), ref(id, bool),
 * refresh(handle) -> id }.
 */
class Timeout {
  constructor(backend, callback, ms, repeat) {
    this._backend = backend;
    this._callback = callback;
    this._ms = ms;
    this._repeat = repeat;
    this._ref = true;
    this._id = backend.set(callback, ms, repeat);
  }
  ref() { this._ref = true; this._backend.ref(this._id, true); return this; }
  unref() { this._ref = false; this._backend.ref(this._id, false); return this; }
  hasRef() { return this._ref; }
  refresh() { this._id = this._backend.refresh(this); return this; }
  close() { this._backend.clear(this._id); return this; }
  [Symbol.toPrimitive]() { return this._id; }
}

class Immediate {
  constructor(backend, callback) {
    this._ref = true;
    this._id = backend.set(callback);
  }
  ref() { this._ref = true; return this; }
  unref() { this._ref = false; return this; }
  hasRef() { return this._ref; }
  [Symbol.toPrimitive]() { return this._id; }
}

const checkCallback = (fn, name) => {
  if (typeof fn !== 'function') {
    throw new TypeError('The "callback" argument of ' + name + ' must be of type function. Received ' + typeof fn);
  }
};
/** The numeric id behind a handle, a number or a numeric string; 0 for nothing. */
const idOf = (t) => (t == null ? 0 : typeof t === 'object' ? Number(t._id) || 0 : Number(t) || 0);

let native = null;

function createTimers(host, reportUncaught) {
  // process.nextTick's queue. As in bun, its callbacks run when the callback that queued them returns,
  // before the promise jobs it queued (and those jobs' own ticks once they have drained: the host's loop
  // runs them, told by ticksQueued()).
  let ticks = [];
  function runTicks() {
    while (ticks.length > 0) {
      const batch = ticks;
      ticks = [];
      for (const [fn, args] of batch) {
        try { fn(...args); } catch (e) { reportUncaught(e); }
      }
    }
  }
  const guard = (fn, args) => () => {
    try {
      fn(...args);
    } catch (e) {
      reportUncaught(e);
    }
    if (ticks.length > 0) runTicks();
  };
  const timerBackend = {
    set: (callback, ms, repeat) => host.setTimer(callback, ms, repeat),
    clear: (id) => host.clearTimer(id),
    ref: (id, ref) => host.refTimer(id, ref),
    refresh(handle) {
      host.clearTimer(handle._id);
      const id = host.setTimer(handle._callback, handle._ms, handle._repeat);
      if (!handle._ref) host.refTimer(id, false);
      return id;
    },
  };
  const immediateBackend = { set: (callback) => host.setImmediate(callback) };

  const delay = (ms) => {
    const n = Number(ms);
    return n >= 1 && n <= 2147483647 ? n : 1;
  };

  const timers = {
    setTimeout(fn, ms, ...args) { checkCallback(fn, 'setTimeout'); return new Timeout(timerBackend, guard(fn, args), delay(ms), false); },
    setInterval(fn, ms, ...args) { checkCallback(fn, 'setInterval'); return new Timeout(timerBackend, guard(fn, args), delay(ms), true); },
    setImmediate(fn, ...args) { checkCallback(fn, 'setImmediate'); return new Immediate(immediateBackend, guard(fn, args)); },
    clearTimeout(t) { const id = idOf(t); if (id) host.clearTimer(id); },
    clearInterval(t) { const id = idOf(t); if (id) host.clearTimer(id); },
    clearImmediate(t) { const id = idOf(t); if (id) host.clearImmediate(id); },
    queueMicrotask(fn) {
      checkCallback(fn, 'queueMicrotask');
      Promise.resolve().then(() => {
        try { fn(); } catch (e) { reportUncaught(e); }
      });
    },
    nextTick(fn, args) {
      if (ticks.push([fn, args]) === 1) host.ticksQueued();
    },
    runTicks,
    /** Runs fn as a message delivery of the loop (MessagePort, BroadcastChannel): ahead of immediates and timers. */
    message(fn) {
      host.enqueueMessage(guard(fn, []));
    },
  };
  native = timers;
  return timers;
}

/** The real timers of this context, whatever fake timers do: for tempo's own callbacks (fs). */
function nativeTimers() {
  return native;
}

module.exports = { createTimers, nativeTimers, Timeout, Immediate, checkCallback, idOf };
