// What time it is for a test file: Date (Date.now, new Date(), Date()), performance.now and
// process.hrtime read the system time, a time frozen by setSystemTime (bun: without fake timers the
// clock stands still until setSystemTime() resets it), or the fake timers' virtual clock.
// As in bun, Date and performance.now keep their identity: they are replaced once, when the context is
// set up, by functions that ask this clock, so code that captured them early sees the mocked time too.
'use strict';

function createClock(global) {
  const NativeDate = global.Date;
  const nativeNow = NativeDate.now;
  const perf = global.performance;
  const nativePerfNow = perf && typeof perf.now === 'function' ? perf.now.bind(perf) : () => nativeNow();

  let frozenAt = null; // epoch ms while setSystemTime froze the time (no fake timers)
  let fake = null; // { clock, date, performance, hrtime, perfBase, hrBase } while fake timers run

  /** Epoch ms for Date. */
  function dateNow() {
    if (fake !== null && fake.date) return Math.floor(fake.clock.wallNow());
    if (frozenAt !== null) return frozenAt;
    return nativeNow();
  }

  function perfNow() {
    if (fake !== null && fake.performance) return fake.perfBase + fake.clock.now();
    return nativePerfNow();
  }

  /** Nanoseconds for process.hrtime. */
  function hrNanos(nativeNanos) {
    if (fake !== null && fake.hrtime) return fake.hrBase + fake.clock.now() * 1e6;
    return nativeNanos();
  }

  // ---- Date: same prototype, statics and name; only "now" is asked of this clock ----
  const Date = function Date(...args) {
    if (new.target === undefined) return NativeDate.prototype.toString.call(new NativeDate(dateNow()));
    return Reflect.construct(NativeDate, args.length === 0 ? [dateNow()] : args, new.target);
  };
  Object.defineProperty(Date, 'length', { value: 7 });
  Object.defineProperty(Date, 'prototype', { value: NativeDate.prototype, writable: false });
  Object.defineProperty(NativeDate.prototype, 'constructor', { value: Date, writable: true, configurable: true, enumerable: false });
  const method = (name, fn) => Object.defineProperty(Date, name, { value: fn, writable: true, configurable: true, enumerable: false });
  method('now', function now() { return dateNow(); });
  method('parse', NativeDate.parse);
  method('UTC', NativeDate.UTC);
  Object.defineProperty(global, 'Date', { value: Date, writable: true, configurable: true, enumerable: false });
  if (perf) {
    Object.defineProperty(perf, 'now', { value: function now() { return perfNow(); }, writable: true, configurable: true, enumerable: true });
  }

  return {
    dateNow,
    perfNow,
    hrNanos,
    /** The system time as if nothing were mocked (jest.getRealSystemTime). */
    realNow: () => nativeNow(),
    /** setSystemTime without fake timers: freeze at epochMillis, or null to follow the system again. */
    freeze(epochMillis) {
      frozenAt = epochMillis;
    },
    /** Fake timers start: what they fake of time (Date, performance, hrtime) now reads the fake clock. */
    useFake(clock, faked, nativeNanos) {
      frozenAt = null;
      fake = {
        clock,
        date: faked.has('Date'),
        performance: faked.has('performance'),
        hrtime: faked.has('hrtime'),
        // whole ms, never behind the real reading: fake time moves in ms, and differences of fake readings
        // come out exact (250, not 250.00000000000006)
        perfBase: Math.ceil(nativePerfNow()),
        hrBase: nativeNanos(),
      };
    },
    useReal() {
      fake = null;
      frozenAt = null;
    },
    /** Whether Date reads a mocked time (fake timers faking Date, or a frozen time). */
    mocked: () => (fake !== null && fake.date) || frozenAt !== null,
  };
}

/** An epoch in ms from what setSystemTime / useFakeTimers({now}) accept: a Date or a number. */
function epochOf(value, where) {
  const isDate = value !== null && typeof value === 'object' && typeof value.getTime === 'function';
  if (!isDate && typeof value !== 'number') {
    throw new TypeError(where + ': expected a Date or a number of milliseconds, got ' + describe(value));
  }
  const ms = isDate ? value.getTime() : value;
  if (!Number.isFinite(ms)) throw new RangeError(where + ': the time is not a valid date (' + String(value) + ')');
  return Math.floor(ms);
}

function describe(v) {
  if (v === null) return 'null';
  if (typeof v === 'string') return 'the string ' + JSON.stringify(v);
  return typeof v === 'object' ? 'an object' : String(v) + ' (' + typeof v + ')';
}

module.exports = { createClock, epochOf };
