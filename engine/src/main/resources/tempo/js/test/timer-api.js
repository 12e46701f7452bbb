// The timer functions of the jest and vi objects (and bun:test's setSystemTime). Methods that Jest or
// Vitest chain return the object they were called on; the async forms resolve to it.
'use strict';

/**
 * timerApi(fake, time, self): fake is runtime/fake_timers' controller, time runtime/clock, self() the
 * object the methods are put on (jest or vi).
 */
function timerApi(fake, time, self) {
  const ops = fake.ops;
  const chain = (fn) => function (...args) {
    fn(...args);
    return self();
  };
  const chainAsync = (fn) => async function (...args) {
    await fn(...args);
    return self();
  };
  const advanceTimersByTime = chain((ms) => ops.advanceBy(ms));
  return {
    useFakeTimers: chain((opts) => fake.install(opts, 'useFakeTimers')),
    useRealTimers: chain(() => fake.uninstall()),
    isFakeTimers: () => fake.active(),
    advanceTimersByTime,
    runTimersToTime: advanceTimersByTime,
    advanceTimersToNextTimer: chain((steps) => ops.toNext(steps)),
    runAllTimers: chain(() => ops.runAll()),
    runOnlyPendingTimers: chain(() => ops.runOnlyPending()),
    runAllTicks: chain(() => ops.runAllTicks()),
    runAllImmediates: chain(() => ops.runAllImmediates()),
    clearAllTimers: () => ops.clearAll(),
    getTimerCount: () => ops.count(),
    advanceTimersByTimeAsync: chainAsync((ms) => ops.advanceByAsync(ms)),
    advanceTimersToNextTimerAsync: chainAsync((steps) => ops.toNextAsync(steps)),
    runAllTimersAsync: chainAsync(() => ops.runAllAsync()),
    runOnlyPendingTimersAsync: chainAsync(() => ops.runOnlyPendingAsync()),
    setSystemTime: chain((value) => fake.setSystemTime(value)),
    getRealSystemTime: () => time.realNow(),
    /** Vitest: the mocked time as a Date, or null when time is real. */
    getMockedSystemTime: () => (fake.active() || time.mocked() ? new Date(fake.now()) : null),
    now: () => fake.now(),
  };
}

module.exports = { timerApi };
