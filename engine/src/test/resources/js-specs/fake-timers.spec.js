// Fake timers on the engine's FakeClock: every function and option of the jest/vi timer API, and the
// ordering rules of loop/FAKE_TIMERS.md. Each check gets a fresh clock; real timers are a recorder.
const { createFakeTimers } = requireInternal('runtime/fake_timers');
const { timerApi } = requireInternal('test/timer-api');
const { lazyFakeTimers, timerGlobals } = requireInternal('runtime/timer-globals');
const time = requireInternal('runtime/clock').createClock(globalThis);
const realNow = time.realNow;

/** A fresh fake-timer system: { jest (the API object), g (the globals), real (calls to real timers), warnings }. */
function make() {
  time.useReal();
  const realCalls = [];
  const record = (name) => (...args) => { realCalls.push(name); return name === 'setTimeout' ? 7 : undefined; };
  const real = {};
  for (const n of ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask']) real[n] = record(n);
  real.nextTick = (fn, args) => { realCalls.push('nextTick'); Promise.resolve().then(() => fn(...args)); };
  const warnings = [];
  const uncaught = [];
  const fake = lazyFakeTimers(() => createFakeTimers({
    clock: requireInternal('internal/host').newFakeClock(),
    time,
    real,
    // No event loop in specs: a few promise hops let short promise chains settle between timers.
    yieldTurn: async () => { for (let i = 0; i < 10; i++) await null; },
    reportUncaught: (e) => uncaught.push(e),
    warn: (m) => warnings.push(m),
    nativeNanos: () => 5e9,
  }), time);
  const jest = {};
  Object.assign(jest, timerApi(fake, time, () => jest));
  return { jest, g: timerGlobals(real, fake), fake, realCalls, warnings, uncaught };
}

// ---- switching on and off ----

spec('useFakeTimers routes the globals to the fake clock; useRealTimers back', () => {
  const { jest, g, realCalls } = make();
  eq(jest.isFakeTimers(), false);
  eq(jest.useFakeTimers(), jest, 'chains');
  eq(jest.isFakeTimers(), true);
  g.setTimeout(() => {}, 10);
  eq(realCalls, []);
  eq(jest.getTimerCount(), 1);
  jest.useRealTimers();
  eq(jest.isFakeTimers(), false);
  g.setTimeout(() => {}, 10);
  eq(realCalls, ['setTimeout']);
});

spec('functions that need fake timers throw bun\'s error when they are off', () => {
  const { jest } = make();
  for (const name of ['advanceTimersByTime', 'runAllTimers', 'runOnlyPendingTimers', 'advanceTimersToNextTimer',
    'runAllTicks', 'runAllImmediates', 'clearAllTimers', 'getTimerCount']) {
    throws(() => jest[name](1), 'Fake timers are not active. Call useFakeTimers() first.');
  }
});

spec('bad options and arguments get one-line errors naming them', () => {
  const { jest } = make();
  throws(() => jest.useFakeTimers('fast'), 'useFakeTimers: expected "modern", "legacy" or an options object, got "fast"');
  throws(() => jest.useFakeTimers({ toFake: ['setTimout'] }), 'unknown API "setTimout" in option "toFake"');
  throws(() => jest.useFakeTimers({ doNotFake: 'Date' }), 'option "doNotFake" must be an array');
  throws(() => jest.useFakeTimers({ loopLimit: 0 }), 'loopLimit/timerLimit must be a positive whole number');
  throws(() => jest.useFakeTimers({ now: 'today' }), 'useFakeTimers option "now": expected a Date or a number');
  throws(() => jest.useFakeTimers({ advanceTimers: 'yes' }), 'option "advanceTimers" must be true, false or a number');
  jest.useFakeTimers();
  throws(() => jest.advanceTimersByTime('100'), 'advanceTimersByTime: expected a number of milliseconds, got string');
  throws(() => jest.advanceTimersByTime(-1), 'cannot move the clock back');
  throws(() => jest.advanceTimersToNextTimer(1.5), 'expected a whole number of steps');
  throws(() => jest.setSystemTime('2020'), 'setSystemTime: expected a Date or a number of milliseconds');
  throws(() => jest.setSystemTime(new Date('nope')), 'not a valid date');
  jest.useRealTimers();
});

spec('useFakeTimers again restarts the clock and drops pending timers (as Jest)', () => {
  const { jest, g } = make();
  jest.useFakeTimers({ now: 1000 });
  g.setTimeout(() => {}, 10);
  jest.useFakeTimers({ now: 5000 });
  eq(jest.getTimerCount(), 0);
  eq(jest.now(), 5000);
  jest.useRealTimers();
});

// ---- ordering ----

spec('timers fire in due-time then creation order', () => {
  const { jest, g } = make();
  jest.useFakeTimers();
  const out = [];
  g.setTimeout(() => out.push('c30'), 30);
  g.setTimeout(() => out.push('a10'), 10);
  g.setTimeout(() => out.push('b10'), 10);
  g.setTimeout(() => out.push('z0'), 0);
  jest.advanceTimersByTime(0);
  eq(out, ['z0'], 'a 0 ms timer is due at once');
  jest.advanceTimersByTime(30);
  eq(out, ['z0', 'a10', 'b10', 'c30']);
  jest.useRealTimers();
});

spec('timers created while advancing fire in the same advance when due; a 0 ms one waits 1 ms there', () => {
  const { jest, g } = make();
  jest.useFakeTimers({ now: 0 });
  const out = [];
  g.setTimeout(() => {
    out.push('a@' + jest.now());
    g.setTimeout(() => out.push('nested@' + jest.now()), 5);
    g.setTimeout(() => out.push('zero@' + jest.now()), 0);
  }, 10);
  jest.advanceTimersByTime(15);
  eq(out, ['a@10', 'zero@11', 'nested@15']);
  eq(jest.now(), 15);
  jest.useRealTimers();
});

spec('intervals reschedule from their due time and interleave with timeouts', () => {
  const { jest, g } = make();
  jest.useFakeTimers({ now: 0 });
  const out = [];
  const iv = g.setInterval(() => out.push('iv@' + jest.now()), 7);
  g.setTimeout(() => out.push('t@' + jest.now()), 14);
  jest.advanceTimersByTime(21);
  eq(out, ['iv@7', 'iv@14', 't@14', 'iv@21']);
  g.clearInterval(iv);
  jest.advanceTimersByTime(100);
  eq(out.length, 4);
  jest.useRealTimers();
});

spec('an interval cleared inside its own callback stops', () => {
  const { jest, g } = make();
  jest.useFakeTimers();
  let n = 0;
  const h = g.setInterval(() => { if (++n === 3) g.clearInterval(h); }, 5);
  jest.advanceTimersByTime(100);
  eq(n, 3);
  eq(jest.getTimerCount(), 0);
  jest.useRealTimers();
});

spec('nextTick runs before queueMicrotask, both before and after each timer', () => {
  const { jest, g } = make();
  jest.useFakeTimers();
  const out = [];
  g.setTimeout(() => {
    out.push('t1');
    g.queueMicrotask(() => out.push('m-in-t1'));
    g.nextTick(() => out.push('tick-in-t1'), []);
  }, 1);
  g.setTimeout(() => out.push('t2'), 1);
  g.queueMicrotask(() => out.push('m0'));
  g.nextTick((x) => out.push('tick0' + x), ['!']);
  jest.advanceTimersByTime(1);
  eq(out, ['tick0!', 'm0', 't1', 'tick-in-t1', 'm-in-t1', 't2']);
  jest.useRealTimers();
});

spec('runAllTicks runs faked ticks and microtasks without moving the clock', () => {
  const { jest, g } = make();
  jest.useFakeTimers({ now: 0 });
  const out = [];
  g.setTimeout(() => out.push('timer'), 0);
  g.queueMicrotask(() => out.push('m'));
  g.nextTick(() => { out.push('tick'); g.nextTick(() => out.push('tick2'), []); }, []);
  eq(jest.getTimerCount(), 3);
  jest.runAllTicks();
  eq(out, ['tick', 'tick2', 'm']);
  eq(jest.getTimerCount(), 1);
  jest.useRealTimers();
});

spec('faked ticks nobody ran still run at the next real microtask checkpoint', async () => {
  const { jest, g } = make();
  jest.useFakeTimers();
  const out = [];
  g.nextTick(() => out.push('tick'), []);
  await null;
  await null;
  eq(out, ['tick']);
  jest.useRealTimers();
});

spec('immediates run after the timers due at the same instant; runAllImmediates runs only immediates', () => {
  const { jest, g } = make();
  jest.useFakeTimers();
  const out = [];
  g.setImmediate(() => { out.push('imm1'); g.setImmediate(() => out.push('imm-nested')); });
  g.setTimeout(() => out.push('t0'), 0);
  g.setTimeout(() => out.push('t5'), 5);
  jest.advanceTimersByTime(0);
  eq(out, ['t0', 'imm1', 'imm-nested']);
  out.length = 0;
  g.setImmediate((a, b) => out.push('imm' + a + b), 'x', 'y');
  g.setTimeout(() => out.push('t1'), 0);
  jest.runAllImmediates();
  eq(out, ['immxy']);
  eq(jest.getTimerCount(), 2);
  g.clearImmediate(g.setImmediate(() => out.push('cleared')));
  jest.runAllTimers();
  eq(out, ['immxy', 't1', 't5']);
  jest.useRealTimers();
});

spec('advanceTimersToNextTimer(n) fires the next timer and every other due then, n times', () => {
  const { jest, g } = make();
  jest.useFakeTimers({ now: 0 });
  const out = [];
  for (const [name, ms] of [['a', 10], ['b', 10], ['c', 20], ['d', 30], ['e', 40]]) g.setTimeout(() => out.push(name), ms);
  jest.advanceTimersToNextTimer();
  eq([out.join(''), jest.now()], ['ab', 10]);
  jest.advanceTimersToNextTimer(2);
  eq([out.join(''), jest.now()], ['abcd', 30]);
  jest.advanceTimersToNextTimer(5);
  eq([out.join(''), jest.now()], ['abcde', 40]);
  jest.useRealTimers();
});

spec('runOnlyPendingTimers runs up to the last timer pending now, not the ones they schedule later', () => {
  const { jest, g } = make();
  jest.useFakeTimers({ now: 0 });
  let runs = 0;
  const again = () => { runs++; g.setTimeout(again, 100); };
  g.setTimeout(again, 100);
  g.setTimeout(() => {}, 150);
  jest.runOnlyPendingTimers();
  eq([runs, jest.now()], [1, 150]);
  jest.runOnlyPendingTimers();
  eq([runs, jest.now()], [2, 200]);
  jest.clearAllTimers();
  eq(jest.getTimerCount(), 0);
  eq(jest.now(), 200, 'clearAllTimers keeps the time (as bun)');
  jest.useRealTimers();
});

spec('runAllTimers runs chains to the end', () => {
  const { jest, g } = make();
  jest.useFakeTimers({ now: 0 });
  let depth = 0;
  const step = () => { if (++depth < 50) g.setTimeout(step, 3); };
  g.setTimeout(step, 3);
  jest.runAllTimers();
  eq([depth, jest.now()], [50, 150]);
  jest.useRealTimers();
});

spec('runAllTimers stops an endless timer with the loop-limit error and where it was created', () => {
  const { jest, g } = make();
  jest.useFakeTimers({ loopLimit: 200 });
  const again = function rescheduleForever() { g.setTimeout(again, 10); };
  again();
  const e = throws(() => jest.runAllTimers(), 'Aborting after running 200 timers, assuming an infinite loop!');
  ok(/at rescheduleForever \(.*fake-timers\.spec\.js:\d+/.test(e.stack), e.stack);
  jest.useFakeTimers({ timerLimit: 30 });
  g.setInterval(() => {}, 1);
  throws(() => jest.runAllTimers(), 'Aborting after running 30 timers');
  jest.useFakeTimers({ legacyFakeTimers: true, timerLimit: 40 });
  g.setInterval(() => {}, 1);
  throws(() => jest.runAllTimers(), 'Ran 40 timers, and there are still more! Assuming we\'ve hit an infinite recursion and bailing out...');
  jest.useRealTimers();
});

spec('errors thrown by callbacks: the others still run, the first is rethrown by the advance', () => {
  const { jest, g } = make();
  jest.useFakeTimers();
  const out = [];
  g.setTimeout(() => { throw new Error('first'); }, 1);
  g.setTimeout(() => { throw new Error('second'); }, 2);
  g.setTimeout(() => out.push('ran'), 3);
  throws(() => jest.advanceTimersByTime(5), 'first');
  eq(out, ['ran']);
  eq(jest.getTimerCount(), 0);
  jest.useRealTimers();
});

// ---- handles ----

spec('fake timer handles: Timeout objects with ref/unref/hasRef/refresh, numeric ids for clear*', () => {
  const { jest, g } = make();
  jest.useFakeTimers({ now: 0 });
  const out = [];
  const h = g.setTimeout(() => out.push('h@' + jest.now()), 10);
  eq(h.constructor.name, 'Timeout');
  eq([h.hasRef(), h.unref().hasRef(), h.ref().hasRef()], [true, false, true]);
  jest.advanceTimersByTime(8);
  h.refresh();
  jest.advanceTimersByTime(9);
  eq(out, []);
  jest.advanceTimersByTime(1);
  eq(out, ['h@18']);
  h.refresh();
  jest.advanceTimersByTime(10);
  eq(out, ['h@18', 'h@28'], 'refresh re-arms a timer that already fired');
  const id = +g.setTimeout(() => out.push('never'), 5);
  ok(typeof id === 'number' && id > 0);
  g.clearTimeout(String(id));
  g.clearTimeout(undefined);
  jest.advanceTimersByTime(10);
  eq(out.length, 2);
  eq(g.setImmediate(() => {}).constructor.name, 'Immediate');
  throws(() => g.setTimeout('code', 1), 'The "callback" argument of setTimeout must be of type function');
  jest.useRealTimers();
});

spec('clearing a native timer warns once, or clears it with shouldClearNativeTimers', () => {
  const { jest, g, realCalls, warnings } = make();
  jest.useFakeTimers();
  g.clearTimeout(7);
  g.clearTimeout(7);
  eq(realCalls, []);
  eq(warnings.length, 1);
  ok(warnings[0].includes('clearTimeout was invoked to clear a native timer'), warnings[0]);
  jest.useFakeTimers({ shouldClearNativeTimers: true });
  g.clearTimeout(7);
  eq(realCalls, ['clearTimeout']);
  jest.useRealTimers();
});

// ---- what is faked ----

spec('toFake fakes only the APIs named; doNotFake / toNotFake leave those real', () => {
  const { jest, g, realCalls } = make();
  jest.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const before = Date.now();
  g.setTimeout(() => {}, 1);
  g.setInterval(() => {}, 1);
  g.queueMicrotask(() => {});
  eq(realCalls, ['setInterval', 'queueMicrotask']);
  jest.advanceTimersByTime(100000);
  ok(Date.now() - before < 100000, 'Date is real');
  jest.useFakeTimers({ toFake: ['setTimeout'] });
  g.clearTimeout(g.setTimeout(() => {}, 1));
  eq(jest.getTimerCount(), 0, 'a fake handle clears on the fake clock even with clearTimeout real');
  realCalls.length = 0;
  jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'], toNotFake: ['Date'] });
  g.setImmediate(() => {});
  g.nextTick(() => {}, []);
  g.setTimeout(() => {}, 1);
  eq(realCalls, ['setImmediate', 'nextTick']);
  ok(realNow() - Date.now() < 1000, 'Date real');
  jest.useFakeTimers({ toFake: ['requestAnimationFrame', 'Bun.sleep'] });
  const p = g.sleep(50);
  eq(jest.getTimerCount(), 1, 'Bun.sleep faked');
  jest.useRealTimers();
  void p;
});

spec('legacy timers (string or legacyFakeTimers) fake timers, immediates and ticks but not Date', () => {
  const { jest, g, realCalls } = make();
  for (const arg of ['legacy', { legacyFakeTimers: true }]) {
    jest.useFakeTimers(arg);
    const t = Date.now();
    g.setTimeout(() => {}, 1);
    g.setImmediate(() => {});
    g.nextTick(() => {}, []);
    g.queueMicrotask(() => {});
    eq(jest.getTimerCount(), 3);
    jest.runTimersToTime(60000);
    ok(Date.now() - t < 60000);
  }
  eq(realCalls, ['queueMicrotask', 'queueMicrotask']);
  jest.useFakeTimers('modern');
  g.queueMicrotask(() => {});
  eq(jest.getTimerCount(), 1);
  jest.useRealTimers();
});

spec('Bun.sleep on the fake clock, with a number or a Date', async () => {
  const { jest, g } = make();
  jest.useFakeTimers({ now: 0 });
  const out = [];
  g.sleep(100).then(() => out.push('100'));
  g.sleep(new Date(50)).then(() => out.push('date50'));
  await jest.advanceTimersByTimeAsync(100);
  eq(out, ['date50', '100']);
  jest.useRealTimers();
});

// ---- time ----

spec('Date keeps its identity and follows the fake clock: Date.now, new Date(), Date()', () => {
  const { jest } = make();
  const D = Date;
  const now = Date.now;
  jest.useFakeTimers({ now: new Date('2020-01-01T00:00:00.000Z') });
  eq([Date === D, Date.now === now], [true, true]);
  eq(Date.now(), 1577836800000);
  eq(new Date().toISOString(), '2020-01-01T00:00:00.000Z');
  ok(Date().includes('2020'), Date());
  eq(new Date(0).toISOString(), '1970-01-01T00:00:00.000Z', 'explicit dates unchanged');
  eq(new Date(2021, 0, 2).getFullYear(), 2021);
  ok(new Date() instanceof Date);
  eq(new Date().constructor, Date);
  class Later extends Date {}
  eq(new Later().getTime(), 1577836800000, 'subclasses read the clock too');
  eq(Date.UTC(2000, 0), 946684800000);
  eq(Date.parse('2000-01-01T00:00:00Z'), 946684800000);
  jest.advanceTimersByTime(1500);
  eq(new Date().toISOString(), '2020-01-01T00:00:01.500Z');
  eq(jest.now(), 1577836801500);
  jest.useRealTimers();
  ok(Date.now() > 1.7e12);
});

spec('setSystemTime under fake timers moves Date, not the timers; no argument means the real time', () => {
  const { jest, g } = make();
  jest.useFakeTimers({ now: 0 });
  const out = [];
  g.setTimeout(() => out.push(Date.now()), 100);
  eq(jest.setSystemTime(new Date('2030-01-01T00:00:00.000Z')), jest);
  jest.advanceTimersByTime(99);
  eq(out, []);
  jest.advanceTimersByTime(1);
  eq(out, [Date.parse('2030-01-01T00:00:00.100Z')]);
  jest.setSystemTime();
  ok(Math.abs(Date.now() - realNow()) < 1000);
  jest.useRealTimers();
});

spec('setSystemTime without fake timers freezes Date until setSystemTime() (bun)', () => {
  const { jest } = make();
  jest.setSystemTime(1577836800000);
  eq([Date.now(), jest.now(), new Date().getUTCFullYear()], [1577836800000, 1577836800000, 2020]);
  ok(jest.getRealSystemTime() > 1.7e12);
  eq(jest.getMockedSystemTime().getTime(), 1577836800000);
  eq(jest.isFakeTimers(), false);
  jest.setSystemTime();
  ok(Date.now() > 1.7e12);
  eq(jest.getMockedSystemTime(), null);
});

spec('performance.now and hrtime advance with the clock when faked', () => {
  const { jest } = make();
  jest.useFakeTimers();
  const p = performance.now();
  const h = time.hrNanos(() => 0);
  jest.advanceTimersByTime(250);
  eq(performance.now() - p, 250);
  eq(time.hrNanos(() => 0) - h, 250e6);
  jest.useFakeTimers({ doNotFake: ['performance', 'hrtime'] });
  eq(time.hrNanos(() => 42), 42);
  jest.useRealTimers();
});

// ---- async forms ----

spec('advanceTimersByTimeAsync lets promise jobs schedule timers that fire in the same advance', async () => {
  const { jest, g } = make();
  jest.useFakeTimers({ now: 0 });
  const seenSync = [];
  const wait = (ms) => new Promise((r) => g.setTimeout(r, ms));
  (async () => {
    for (let i = 0; i < 3; i++) {
      await wait(100);
      seenSync.push(jest.now());
    }
  })();
  jest.advanceTimersByTime(300);
  eq(seenSync, [], 'the sync form cannot see past the first await');
  const seen = [];
  jest.useFakeTimers({ now: 0 });
  (async () => {
    for (let i = 0; i < 3; i++) {
      await wait(100);
      seen.push(jest.now());
    }
  })();
  eq(await jest.advanceTimersByTimeAsync(300), jest);
  eq(seen, [100, 200, 300]);
  jest.useRealTimers();
});

spec('retry with exponential backoff, driven by the async forms', async () => {
  const { jest, g } = make();
  jest.useFakeTimers({ now: 0 });
  const attempts = [];
  async function retry(task, tries, base) {
    for (let i = 0; ; i++) {
      try {
        return await task(i);
      } catch (e) {
        if (i + 1 >= tries) throw e;
        await new Promise((r) => g.setTimeout(r, base * 2 ** i));
      }
    }
  }
  const result = retry(async (i) => {
    attempts.push(jest.now());
    if (i < 3) throw new Error('busy');
    return 'done';
  }, 5, 100);
  await jest.advanceTimersToNextTimerAsync();
  eq(attempts, [0, 100]);
  await jest.runOnlyPendingTimersAsync();
  eq(attempts, [0, 100, 300]);
  await jest.runAllTimersAsync();
  eq(await result, 'done');
  eq(attempts, [0, 100, 300, 700]);
  jest.useRealTimers();
});

spec('runAllTimersAsync also stops an endless chain with the loop-limit error', async () => {
  const { jest, g } = make();
  jest.useFakeTimers({ loopLimit: 20 });
  const loop = async () => { await null; g.setTimeout(loop, 1); };
  loop();
  let error = null;
  try { await jest.runAllTimersAsync(); } catch (e) { error = e; }
  ok(error && error.message === 'Aborting after running 20 timers, assuming an infinite loop!', String(error));
  jest.useRealTimers();
});

// ---- patterns ----

spec('debounce: only the last call in a burst runs, after the quiet time', () => {
  const { jest, g } = make();
  jest.useFakeTimers();
  const calls = [];
  let h;
  const debounced = (v) => { g.clearTimeout(h); h = g.setTimeout(() => calls.push(v), 200); };
  for (let i = 0; i < 20; i++) { debounced(i); jest.advanceTimersByTime(100); }
  eq(calls, []);
  jest.advanceTimersByTime(100);
  eq(calls, [19]);
  jest.useRealTimers();
});

spec('throttle: the first call runs, the rest of the window collapses into one trailing call', () => {
  const { jest, g } = make();
  jest.useFakeTimers({ now: 0 });
  const calls = [];
  let last = -Infinity;
  let trailing = null;
  const throttled = (v) => {
    const now = Date.now();
    if (now - last >= 100) { last = now; calls.push([v, now]); }
    else if (!trailing) trailing = g.setTimeout(() => { trailing = null; last = Date.now(); calls.push([v, last]); }, 100 - (now - last));
  };
  for (let i = 0; i < 10; i++) { throttled(i); jest.advanceTimersByTime(25); }
  jest.runAllTimers();
  eq(calls, [[0, 0], [1, 100], [4, 200], [8, 300]]);
  jest.useRealTimers();
});

// ---- the end of a file ----

spec('uninstalling drops fake timers and hands pending ticks to the real queue', async () => {
  const { jest, g, fake, realCalls } = make();
  jest.useFakeTimers();
  const out = [];
  g.setTimeout(() => out.push('timer'), 1);
  g.nextTick(() => out.push('tick'), []);
  fake.uninstall();
  eq(jest.isFakeTimers(), false);
  eq(realCalls, ['nextTick']);
  await null;
  await null;
  eq(out, ['tick']);
});

// ---- made on first use ----

spec('the fake-timer system is made only when a fake-timer function is first called', () => {
  const { jest, g, fake, realCalls } = make();
  eq(fake.current(), null, 'not made by the globals or the API object');
  eq(jest.isFakeTimers(), false);
  g.setTimeout(() => {}, 10);
  g.clearTimeout(7);
  jest.useRealTimers();
  eq(fake.current(), null, 'not made by real timers, isFakeTimers or useRealTimers');
  eq(realCalls.join(','), 'setTimeout,clearTimeout');
  jest.useFakeTimers();
  eq(fake.current() !== null, true, 'made by useFakeTimers');
  jest.useRealTimers();
});
