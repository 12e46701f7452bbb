// The timer functions of the jest and vi objects (and bun:test's setSystemTime). Methods that Jest or
// Vitest chain return the object they were called on; the async forms resolve to it.
'use strict';

/**
 * timerApi(fake, time, self): fake is runtime/timer-globals' lazy facade over runtime/fake_timers' controller
 * (read fake.ops when called: reading it makes the controller), time runtime/clock, self() the object the
 * methods are put on (jest or vi).
 */
function timerApi(fake, time, self) {
  const chain = (fn) => function (...args) {
    fn(...args);
    return self();
  };
  const chainAsync = (fn) => async function (...args) {
    await fn(...args);
    return self();
  };
  const advanceTimersByTime = chain((ms) => fake.ops.advanceBy(ms));
  return {
    useFakeTimers: chain((opts) => fake.install(opts, 'useFakeTimers')),
    useRealTimers: chain(() => fake.uninstall()),
    isFakeTimers: () => fake.active(),
    advanceTimersByTime,
    runTimersToTime: advanceTimersByTime,
    advanceTimersToNextTimer: chain((steps) => fake.ops.toNext(steps)),
    runAllTimers: chain(() => fake.ops.runAll()),
    runOnlyPendingTimers: chain(() => fake.ops.runOnlyPending()),
    runAllTicks: chain(() => fake.ops.runAllTicks()),
    runAllImmediates: chain(() => fake.ops.runAllImmediates()),
    clearAllTimers: () => fake.ops.clearAll(),
    getTimerCount: () => fake.ops.count(),
    advanceTimersByTimeAsync: chainAsync((ms) => fake.ops.advanceByAsync(ms)),
    advanceTimersToNextTimerAsync: chainAsync((steps) => fake.ops.toNextAsync(steps)),
    runAllTimersAsync: chainAsync(() => fake.ops.runAllAsync()),
    runOnlyPendingTimersAsync: chainAsync(() => fake.ops.runOnlyPendingAsync()),
    setSystemTime: chain((value) => fake.setSystemTime(value)),
    getRealSystemTime: () => time.realNow(),
    /** Vitest: the mocked time as a Date, or null when time is real. */
    getMockedSystemTime: () => (fake.active() || time.mocked() ? new Date(fake.now()) : null),
    now: () => fake.now(),
  };
}

module.exports = { timerApi };
