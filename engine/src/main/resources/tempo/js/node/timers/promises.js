// node:timers/promises over the global timers (read when called).
'use strict';

const { abortError } = require('../_abort_error');

function timer(name) {
  const fn = globalThis[name];
  if (typeof fn !== 'function') throw new Error(name + ' is not available in this context');
  return fn;
}

function setTimeoutP(delay, value, options) {
  const signal = options && options.signal;
  return new Promise((resolve, reject) => {
    if (signal && signal.aborted) { reject(abortError(signal)); return; }
    let onAbort;
    const id = timer('setTimeout')(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, delay);
    if (options && options.ref === false && id && typeof id.unref === 'function') id.unref();
    if (signal) {
      onAbort = () => {
        timer('clearTimeout')(id);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setImmediateP(value, options) {
  const signal = options && options.signal;
  return new Promise((resolve, reject) => {
    if (signal && signal.aborted) { reject(abortError(signal)); return; }
    let onAbort;
    const id = timer('setImmediate')(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (signal) {
      onAbort = () => {
        timer('clearImmediate')(id);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setIntervalP(delay, value, options) {
  const signal = options && options.signal;
  let pending = 0;
  let waiter = null;
  let done = false;
  let error = null;
  let id = null;
  const onAbort = () => {
    error = abortError(signal);
    stop();
    if (waiter) { const w = waiter; waiter = null; w.reject(error); }
  };
  function start() {
    if (id !== null || done) return;
    if (signal && signal.aborted) { error = abortError(signal); return; }
    id = timer('setInterval')(() => {
      pending++;
      if (waiter) { const w = waiter; waiter = null; pending--; w.resolve({ value, done: false }); }
    }, delay);
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  }
  function stop() {
    done = true;
    if (id !== null) timer('clearInterval')(id);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
  return {
    next() {
      start();
      if (error) { const e = error; return Promise.reject(e); }
      if (done) return Promise.resolve({ value: undefined, done: true });
      if (pending > 0) { pending--; return Promise.resolve({ value, done: false }); }
      return new Promise((resolve, reject) => { waiter = { resolve, reject }; });
    },
    return() {
      stop();
      if (waiter) { const w = waiter; waiter = null; w.resolve({ value: undefined, done: true }); }
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

const scheduler = {
  wait: (delay, options) => setTimeoutP(delay, undefined, options),
  yield: () => setImmediateP(),
};

module.exports = { setTimeout: setTimeoutP, setImmediate: setImmediateP, setInterval: setIntervalP, scheduler };
