// Fake timers: the functions that schedule on the engine's virtual clock (loop/FakeClock.java) and the
// ones that move it (advanceTimersByTime, runAllTimers, ...). The globals (setTimeout, process.nextTick,
// Bun.sleep, ...) are runtime/timer-globals': installed once, they ask the controller made here, per call,
// whether they are faked.
// The ordering rules are written down in engine/src/main/java/dev/tempo/engine/loop/FAKE_TIMERS.md.
'use strict';

const { Timeout, Immediate, checkCallback, idOf } = require('./timers');
const { epochOf } = require('./clock');
const { FIRST_FAKE_ID } = require('./timer-globals');

/** What useFakeTimers can fake (toFake / doNotFake names). */
const FAKEABLE = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate',
  'queueMicrotask', 'nextTick', 'Date', 'performance', 'hrtime', 'Bun.sleep'];
/** Names Jest and Vitest accept for browser APIs tempo does not have: accepted, nothing to fake. */
const ABSENT = ['requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'Intl', 'Temporal'];
/** Jest's legacy fake timers: timers, immediates and ticks; time itself stays real. */
const LEGACY = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'nextTick'];
const DEFAULT_LOOP_LIMIT = 100000;
const DEFAULT_ADVANCE_STEP = 20;
const MAX_DELAY = 2147483647;
const CLOCK_FUNCTIONS = ['install', 'uninstall', 'now', 'wallNow', 'setWallNow', 'schedule', 'immediate', 'cancel',
  'refresh', 'take', 'takeImmediate', 'nextDue', 'lastDue', 'advanceTo', 'count', 'clear', 'lastOrigin', 'autoAdvance'];
const NOT_ACTIVE = 'Fake timers are not active. Call useFakeTimers() first.';

/**
 * deps: clock (the FakeClock), time (runtime/clock), real (the real timers), yieldTurn() (a promise
 * settled in a later turn of the event loop, after pending promise jobs), reportUncaught(e),
 * warn(message), nativeNanos() (real nanoseconds, for hrtime).
 */
function createFakeTimers(deps) {
  const { time, real, yieldTurn, reportUncaught, warn, nativeNanos } = deps;
  // The clock's functions, read once: a plain object's properties are cheaper to reach than the host's.
  const clock = {};
  for (const name of CLOCK_FUNCTIONS) clock[name] = deps.clock[name];
  let config = null; // the parsed options while fake timers are on
  let ticking = false; // inside a run: a 0 ms timer created now waits 1 ms, so an advance always ends
  let capturing = false; // near the loop limit: new timeouts record where they were created
  const ticks = [];
  const micro = [];
  let drainQueued = false;
  const warned = new Set();

  const active = () => config !== null;
  const fakes = (name) => config !== null && config.faked.has(name);
  const requireActive = () => {
    if (config === null) throw new Error(NOT_ACTIVE);
  };

  // ---- scheduling on the virtual clock ----
  const origin = (always) => (always || capturing ? new Error('timer created here') : null);
  const timerBackend = {
    set: (callback, ms, repeat) => clock.schedule(callback, ms, repeat, origin(repeat)),
    clear: (id) => clock.cancel(id),
    ref: () => undefined,
    // Node reactivates a timer that already fired; a pending one keeps its id.
    refresh: (h) => (clock.refresh(h._id) ? h._id : clock.schedule(h._callback, h._ms, h._repeat, origin(h._repeat))),
  };
  const immediateBackend = { set: (callback) => clock.immediate(callback, origin(false)) };
  const bind = (fn, args) => (args.length === 0 ? fn : () => fn(...args));
  const delayOf = (ms) => {
    let n = Number(ms);
    if (!(n >= 0)) n = 0;
    if (n > MAX_DELAY) n = 1;
    n = Math.floor(n);
    return n === 0 && ticking ? 1 : n;
  };

  function clearFake(handle, name) {
    const id = idOf(handle);
    if (!id) return;
    if (id >= FIRST_FAKE_ID) {
      clock.cancel(id);
    } else if (config.clearNative) {
      real[name](handle);
    } else if (!warned.has(name)) {
      warned.add(name);
      warn('FakeTimers: ' + name + ' was invoked to clear a native timer instead of one created by this library.'
        + '\nTo automatically clean-up native timers, use `shouldClearNativeTimers`.');
    }
  }

  const fakeTimers = {
    setTimeout(fn, ms, ...args) {
      checkCallback(fn, 'setTimeout');
      return new Timeout(timerBackend, bind(fn, args), delayOf(ms), false);
    },
    setInterval(fn, ms, ...args) {
      checkCallback(fn, 'setInterval');
      return new Timeout(timerBackend, bind(fn, args), Math.max(1, delayOf(ms)), true);
    },
    setImmediate(fn, ...args) {
      checkCallback(fn, 'setImmediate');
      return new Immediate(immediateBackend, bind(fn, args));
    },
    clearTimeout: (h) => clearFake(h, 'clearTimeout'),
    clearInterval: (h) => clearFake(h, 'clearInterval'),
    clearImmediate: (h) => clearFake(h, 'clearImmediate'),
    queueMicrotask(fn) {
      checkCallback(fn, 'queueMicrotask');
      micro.push(fn);
      queueDrain();
    },
    nextTick(fn, args) {
      ticks.push(bind(fn, args));
      queueDrain();
    },
  };

  // ---- faked ticks and microtasks ----
  // They run before and after every fake callback (ticks first), with runAllTicks, and, so that code
  // awaiting them never hangs, at the next real microtask checkpoint if nothing ran them before.
  function queueDrain() {
    if (drainQueued) return;
    drainQueued = true;
    Promise.resolve().then(() => {
      drainQueued = false;
      if (config === null) return;
      const errors = [];
      try {
        runJobs(errors);
      } catch (e) {
        errors.push(e);
      }
      errors.forEach(reportUncaught);
    });
  }

  function runJobs(errors) {
    let n = 0;
    while (ticks.length > 0 || micro.length > 0) {
      if (++n > config.limit) throw loopError(null);
      const job = ticks.length > 0 ? ticks.shift() : micro.shift();
      try {
        job();
      } catch (e) {
        errors.push(e);
      }
    }
  }

  // ---- running the clock ----
  function fire(callback, errors) {
    try {
      callback();
    } catch (e) {
      errors.push(e);
    }
    runJobs(errors);
  }

  /** Runs body(errors) with ticking on; the first error a callback threw is rethrown at the end. */
  function syncRun(body) {
    requireActive();
    const errors = [];
    ticking = true;
    try {
      body(errors);
    } finally {
      ticking = false;
      capturing = false;
    }
    if (errors.length > 0) throw errors[0];
  }

  function runUntil(target, errors) {
    runJobs(errors);
    for (let cb; (cb = clock.take(target)) !== null;) fire(cb, errors);
    clock.advanceTo(target);
  }

  function runAll(errors) {
    runJobs(errors);
    const limit = config.limit;
    for (let i = 0; ; i++) {
      capturing = i >= limit - 10;
      const cb = clock.take(Infinity);
      if (cb === null) return;
      // The callback taken is the first one over the limit: put nothing back, report where it came from.
      if (i >= limit) throw loopError(clock.lastOrigin());
      fire(cb, errors);
    }
  }

  function loopError(where) {
    const limit = config.limit;
    const e = new Error(config.legacy
      ? 'Ran ' + limit + ' timers, and there are still more! Assuming we\'ve hit an infinite recursion and bailing out...'
      : 'Aborting after running ' + limit + ' timers, assuming an infinite loop!');
    const frames = where ? userFrames(where.stack) : '';
    if (frames) e.stack = 'Error: ' + e.message + '\n' + frames;
    return e;
  }

  function msOf(ms, where) {
    if (typeof ms !== 'number' || Number.isNaN(ms)) {
      throw new TypeError(where + ': expected a number of milliseconds, got ' + (typeof ms === 'number' ? 'NaN' : typeof ms));
    }
    if (ms < 0) throw new RangeError(where + ': cannot move the clock back (' + ms + ' ms)');
    return ms;
  }

  function stepsOf(steps) {
    if (steps === undefined) return 1;
    if (!Number.isInteger(steps) || steps < 0) {
      throw new TypeError('advanceTimersToNextTimer: expected a whole number of steps, got ' + String(steps));
    }
    return steps;
  }

  const ops = {
    advanceBy(ms) {
      const n = msOf(ms, 'advanceTimersByTime');
      syncRun((errors) => runUntil(clock.now() + n, errors));
    },
    toNext(steps) {
      const n = stepsOf(steps);
      syncRun((errors) => {
        for (let i = 0; i < n; i++) {
          const due = clock.nextDue();
          if (due < 0) {
            runJobs(errors);
            return;
          }
          // Jest: the next timer and every other timer due at that same time.
          runUntil(due, errors);
          if (clock.count() === 0) return;
        }
      });
    },
    runAll() {
      syncRun(runAll);
    },
    runOnlyPending() {
      syncRun((errors) => {
        const last = clock.lastDue();
        if (last < 0) runJobs(errors);
        else runUntil(last, errors);
      });
    },
    runAllTicks() {
      syncRun(runJobs);
    },
    runAllImmediates() {
      syncRun((errors) => {
        for (let i = 0; ; i++) {
          capturing = i >= config.limit - 10;
          const cb = clock.takeImmediate();
          if (cb === null) return;
          if (i >= config.limit) throw loopError(clock.lastOrigin());
          fire(cb, errors);
        }
      });
    },
    clearAll() {
      requireActive();
      clock.clear();
      ticks.length = 0;
      micro.length = 0;
    },
    count() {
      requireActive();
      return clock.count() + ticks.length + micro.length;
    },

    // ---- async forms: promise jobs (and real I/O) run between fake callbacks ----
    advanceByAsync(ms) {
      const n = msOf(ms, 'advanceTimersByTimeAsync');
      return asyncRun((errors) => runUntilAsync(clock.now() + n, errors));
    },
    toNextAsync(steps) {
      const n = stepsOf(steps);
      return asyncRun(async (errors) => {
        for (let i = 0; i < n && config !== null; i++) {
          await yieldTurn();
          if (config === null) return;
          const due = clock.nextDue();
          if (due < 0) {
            runJobs(errors);
            return;
          }
          await runUntilAsync(due, errors);
          if (config === null || clock.count() === 0) return;
        }
      });
    },
    runAllAsync() {
      return asyncRun(async (errors) => {
        for (let i = 0; ; i++) {
          await yieldTurn();
          if (config === null) return;
          runJobs(errors);
          capturing = i >= config.limit - 10;
          const cb = clock.take(Infinity);
          if (cb === null) return;
          if (i >= config.limit) throw loopError(clock.lastOrigin());
          fireTicking(cb, errors);
        }
      });
    },
    runOnlyPendingAsync() {
      return asyncRun(async (errors) => {
        const last = clock.lastDue();
        if (last >= 0) await runUntilAsync(last, errors);
        else runJobs(errors);
      });
    },
  };

  function fireTicking(callback, errors) {
    ticking = true;
    try {
      fire(callback, errors);
    } finally {
      ticking = false;
    }
  }

  async function asyncRun(body) {
    requireActive();
    const errors = [];
    try {
      await body(errors);
    } finally {
      capturing = false;
    }
    if (errors.length > 0) throw errors[0];
  }

  async function runUntilAsync(target, errors) {
    for (;;) {
      await yieldTurn();
      if (config === null) return;
      runJobs(errors);
      const cb = clock.take(target);
      if (cb === null) break;
      fireTicking(cb, errors);
    }
    clock.advanceTo(target);
    await yieldTurn();
  }

  // ---- switching on and off ----
  /** One auto-advance step, called by the event loop while the file waits (advanceTimers option). */
  function autoStep() {
    if (config === null) return;
    const errors = [];
    ticking = true;
    try {
      runUntil(clock.now() + config.advanceStep, errors);
    } catch (e) {
      errors.push(e);
    } finally {
      ticking = false;
    }
    errors.forEach(reportUncaught);
  }

  function install(arg, where) {
    const opts = parseOptions(arg, where || 'useFakeTimers');
    if (config !== null) uninstall();
    clock.install(opts.now !== undefined ? opts.now : time.dateNow());
    config = opts;
    time.useFake(clock, opts.faked, nativeNanos);
    if (opts.advanceStep > 0) clock.autoAdvance(autoStep, opts.advanceStep);
  }

  /** Back to real timers: pending fake timers are dropped; pending ticks and microtasks run for real. */
  function uninstall() {
    if (config === null) return;
    const pendingTicks = ticks.splice(0);
    const pendingMicro = micro.splice(0);
    config = null;
    clock.uninstall();
    time.useReal();
    for (const job of pendingTicks) real.nextTick(job, []);
    for (const job of pendingMicro) real.queueMicrotask(job);
  }

  function setSystemTime(value) {
    const epoch = value === undefined ? undefined : epochOf(value, 'setSystemTime');
    if (config !== null) clock.setWallNow(epoch === undefined ? time.realNow() : epoch);
    else time.freeze(epoch === undefined ? null : epoch);
  }

  /** The fake clock's system time, or the (possibly frozen) Date time when timers are real. */
  const now = () => (config !== null ? Math.floor(clock.wallNow()) : time.dateNow());

  // impl: the fake setTimeout, clearTimeout, ... that runtime/timer-globals calls while they are faked.
  return { active, fakes, install, uninstall, setSystemTime, now, ops, impl: fakeTimers };
}

function parseOptions(arg, where) {
  let o = arg;
  if (o === undefined || o === null || o === 'modern') o = {};
  else if (o === 'legacy') o = { legacyFakeTimers: true };
  else if (typeof o !== 'object') {
    throw new TypeError(where + ': expected "modern", "legacy" or an options object, got ' + JSON.stringify(o));
  }
  const legacy = o.legacyFakeTimers === true;
  let faked = new Set(legacy ? LEGACY : FAKEABLE);
  if (o.toFake !== undefined) faked = new Set(apiNames(o.toFake, 'toFake', where));
  for (const key of ['doNotFake', 'toNotFake']) {
    if (o[key] !== undefined) for (const name of apiNames(o[key], key, where)) faked.delete(name);
  }
  const limit = o.loopLimit !== undefined ? o.loopLimit : o.timerLimit !== undefined ? o.timerLimit : DEFAULT_LOOP_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new TypeError(where + ': loopLimit/timerLimit must be a positive whole number, got ' + String(limit));
  }
  return {
    legacy,
    faked,
    limit,
    advanceStep: advanceStepOf(o, where),
    now: o.now === undefined ? undefined : epochOf(o.now, where + ' option "now"'),
    clearNative: o.shouldClearNativeTimers === true,
  };
}

function apiNames(list, key, where) {
  if (!Array.isArray(list)) throw new TypeError(where + ': option "' + key + '" must be an array of API names');
  for (const name of list) {
    if (!FAKEABLE.includes(name) && !ABSENT.includes(name)) {
      throw new TypeError(where + ': unknown API "' + name + '" in option "' + key + '"; expected one of ' + FAKEABLE.join(', '));
    }
  }
  return list.filter((name) => FAKEABLE.includes(name));
}

/** advanceTimers (Jest: true or a step in ms) or shouldAdvanceTime + advanceTimeDelta (sinon, Vitest). */
function advanceStepOf(o, where) {
  let step = 0;
  if (o.advanceTimers === true) step = DEFAULT_ADVANCE_STEP;
  else if (typeof o.advanceTimers === 'number') step = o.advanceTimers;
  else if (o.advanceTimers !== undefined && o.advanceTimers !== false) {
    throw new TypeError(where + ': option "advanceTimers" must be true, false or a number of milliseconds');
  } else if (o.shouldAdvanceTime === true) {
    step = o.advanceTimeDelta !== undefined ? o.advanceTimeDelta : DEFAULT_ADVANCE_STEP;
  }
  if (!(step >= 0) || !Number.isFinite(step)) {
    throw new TypeError(where + ': the auto-advance step must be a positive number of milliseconds, got ' + String(step));
  }
  return step;
}

/** The stack lines of an Error that point into user code (tempo's own frames dropped). */
function userFrames(stack) {
  return String(stack || '').split('\n').filter((l) => /^\s+at /.test(l) && !l.includes('tempo:')).join('\n');
}

module.exports = { createFakeTimers, FAKEABLE };
