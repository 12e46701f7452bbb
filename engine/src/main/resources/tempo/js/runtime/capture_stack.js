// V8's Error.captureStackTrace(target, constructorOpt), which GraalJS lacks and many npm packages call
// (custom error classes, assertion libraries): gives `target` a `stack` string of the current call
// stack, headed by target's "Name: message", leaving out the frames above and including the topmost
// call of constructorOpt.
'use strict';

function install(ErrorCtor) {
  if (typeof ErrorCtor.captureStackTrace === 'function') return;
  function captureStackTrace(target, constructorOpt) {
    if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
      throw new TypeError('Invalid argument: Error.captureStackTrace expects an object');
    }
    const frames = String(new ErrorCtor().stack || '').split('\n').slice(1);
    // frames[0] is this function itself.
    let from = 1;
    const name = typeof constructorOpt === 'function' ? constructorOpt.name : '';
    if (name) {
      const frameOf = new RegExp('^\\s*at (new )?([\\w$.]*\\.)?' + escape(name) + ' ');
      const at = frames.findIndex((f, i) => i >= 1 && frameOf.test(f));
      if (at >= 0) from = at + 1;
    }
    let header;
    try {
      header = ErrorCtor.prototype.toString.call(target);
    } catch (e) {
      header = 'Error';
    }
    const stack = [header].concat(frames.slice(from)).join('\n');
    Object.defineProperty(target, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  }
  Object.defineProperty(ErrorCtor, 'captureStackTrace', { value: captureStackTrace, writable: true, configurable: true, enumerable: false });
}

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

module.exports = { install };
