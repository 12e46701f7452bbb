// The timer globals (setTimeout, setInterval, setImmediate, their clears, queueMicrotask, process.nextTick,
// Bun.sleep): one set of functions for the whole file that ask, per call, whether fake timers take it.
// Their identity never changes (as in bun), so node:timers, node:timers/promises and captured references
// follow. The fake-timer system itself (runtime/fake_timers) is made only when a file first uses it: most
// files never do, and it is the largest part of a context's set-up.
'use strict';

const { idOf } = require('./timers');

/** FakeClock.FIRST_ID: fake timer ids are at least this, real ones below. */
const FIRST_FAKE_ID = 2 ** 40;

/**
 * The fake-timer controller behind a facade that makes it on first use: create() returns
 * runtime/fake_timers' controller. What can be answered without one (not active, the time of Date) is.
 */
function lazyFakeTimers(create, time) {
  let made = null;
  const get = () => made || (made = create());
  return {
    /** The controller, or null while no fake-timer function was ever called. */
    current: () => made,
    active: () => made !== null && made.active(),
    fakes: (name) => made !== null && made.fakes(name),
    install: (options, where) => get().install(options, where),
    uninstall: () => {
      if (made !== null) made.uninstall();
    },
    setSystemTime: (value) => get().setSystemTime(value),
    now: () => (made !== null ? made.now() : time.dateNow()),
    get ops() {
      return get().ops;
    },
  };
}

/** The globals over real (the event loop's timers) and fake (a lazyFakeTimers facade). */
function timerGlobals(real, fake) {
  const pick = (name) => {
    const c = fake.current();
    return c !== null && c.fakes(name) ? c.impl : real;
  };
  // A fake timer's handle always clears on the fake clock, even when only its set* is faked.
  const pickClear = (name, handle) => {
    const c = fake.current();
    return c !== null && c.active() && (c.fakes(name) || idOf(handle) >= FIRST_FAKE_ID) ? c.impl : real;
  };
  return {
    setTimeout(fn, ms) {
      const t = pick('setTimeout');
      return arguments.length > 2 ? t.setTimeout(...arguments) : t.setTimeout(fn, ms);
    },
    setInterval(fn, ms) {
      const t = pick('setInterval');
      return arguments.length > 2 ? t.setInterval(...arguments) : t.setInterval(fn, ms);
    },
    setImmediate(...args) { return pick('setImmediate').setImmediate(...args); },
    clearTimeout(handle) { return pickClear('clearTimeout', handle).clearTimeout(handle); },
    clearInterval(handle) { return pickClear('clearInterval', handle).clearInterval(handle); },
    clearImmediate(handle) { return pickClear('clearImmediate', handle).clearImmediate(handle); },
    queueMicrotask(fn) { return pick('queueMicrotask').queueMicrotask(fn); },
    nextTick: (fn, args) => pick('nextTick').nextTick(fn, args),
    sleep(ms) {
      const t = pick('Bun.sleep');
      const delay = ms instanceof Date ? ms.getTime() - Date.now() : ms;
      return new Promise((resolve) => t.setTimeout(resolve, delay));
    },
  };
}

module.exports = { lazyFakeTimers, timerGlobals, FIRST_FAKE_ID };
