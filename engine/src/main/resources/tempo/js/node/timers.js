// node:timers: the global timer functions, looked up when called (the event loop installs them).
'use strict';

function forward(name) {
  const fn = function (...args) {
    const g = globalThis[name];
    if (typeof g !== 'function') throw new Error(name + ' is not available in this context');
    return g.apply(globalThis, args);
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

module.exports = {
  setTimeout: forward('setTimeout'),
  clearTimeout: forward('clearTimeout'),
  setInterval: forward('setInterval'),
  clearInterval: forward('clearInterval'),
  setImmediate: forward('setImmediate'),
  clearImmediate: forward('clearImmediate'),
};
Object.defineProperty(module.exports, 'promises', { enumerable: true, get: () => require('./timers/promises') });
