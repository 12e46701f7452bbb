// The user-facing `expect`: builds matcher objects (with .not / .resolves / .rejects), runs matchers,
// turns failed results into thrown errors, and keeps Jest-style assertion state.
'use strict';

const utils = require('./utils');
const { format } = require('./printer');
const eqmod = require('./equals');
const asym = require('./asymmetric');
const state = require('./state');

const matchers = Object.create(null);
const customTesters = [];

function registerMatchers(obj, isCustom) {
  for (const name of Object.keys(obj)) {
    const fn = obj[name];
    if (typeof fn !== 'function') throw new TypeError('expect.extend: matcher "' + name + '" must be a function');
    matchers[name] = { fn, isCustom: !!isCustom };
    defineMatcherMethods(name);
    if (isCustom) {
      expect[name] = (...args) => new asym.CustomMatcher(name, fn, args, false, (isNot) => makeContext(isNot, ''));
      expect.not[name] = (...args) => new asym.CustomMatcher(name, fn, args, true, (isNot) => makeContext(isNot, ''));
    }
  }
}

const matcherUtils = Object.assign({}, utils, {
  equals: eqmod.equals,
  iterableEquality: eqmod.iterableEquality,
  subsetEquality: eqmod.subsetEquality,
  format,
});

function makeContext(isNot, promise) {
  const s = state.get();
  return Object.assign({}, s, {
    isNot,
    promise,
    equals: eqmod.equals,
    customTesters: customTesters.slice(),
    utils: matcherUtils,
    expand: s.expand,
    dontThrow: () => {},
  });
}

function printedForReport(v) {
  try {
    return format(v, { indent: 2, printBasicPrototype: false, maxDepth: 10, printFunctionName: true });
  } catch (e) {
    return String(v);
  }
}

// GraalJS has no Error.captureStackTrace (a V8 extension); where it is missing, tempo's own frames
// are cut out of the natural stack so the first frame is the user's expect(...) call.
const OWN_FRAME = /tempo:(expect|mock)\//;

function setStack(err, stack) {
  try {
    Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  } catch (e) { /* frozen: keep it */ }
}

function capture(err, boundary) {
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(err, boundary);
    return;
  }
  const stack = String(err.stack || '');
  const lines = stack.split('\n');
  const firstFrame = lines.findIndex((l) => /^\s+at /.test(l));
  if (firstFrame === -1) return;
  const head = lines.slice(0, firstFrame);
  const frames = lines.slice(firstFrame).filter((l) => !OWN_FRAME.test(l));
  setStack(err, head.concat(frames).join('\n'));
}

// The frames of `site` (an error made at the call) under the header of `err`.
function adoptStack(err, site) {
  const lines = String(site.stack || '').split('\n');
  const firstFrame = lines.findIndex((l) => /^\s+at /.test(l));
  const frames = firstFrame === -1 ? [] : lines.slice(firstFrame);
  setStack(err, (err.name || 'Error') + ': ' + err.message + (frames.length ? '\n' + frames.join('\n') : ''));
}

function callSiteFor(boundary) {
  const site = new Error();
  capture(site, boundary);
  return site;
}

// Turns a matcher result into either nothing (passed) or a thrown Error. bun ends the messages of its
// built-in matchers with a newline (a few mock-matcher messages excepted: bunNoNewline) and puts a plain hint line (no .not) above a custom matcher's own.
function processResult(result, isNot, name, boundary, callSite) {
  const entry = matchers[name];
  const isCustom = !!(entry && entry.isCustom);
  if (!result || typeof result !== 'object' || typeof result.pass !== 'boolean') {
    const e = new Error('Unexpected return from matcher function `' + name + '`.\n'
      + 'Matcher functions should return an object in the following format:\n'
      + '  {message?: string | function, pass: boolean}\n'
      + "'" + utils.stringify(result) + "' was returned");
    e.name = 'InvalidMatcherError';
    capture(e, boundary);
    throw e;
  }
  if (result.pass !== isNot) return;
  let message = result.message;
  if (typeof message === 'function') message = message();
  if (message === undefined || message === null) message = 'No message was specified for this matcher.';
  message = String(message);
  if (isCustom) message = utils.matcherHint(name, undefined, '') + '\n\n' + message;
  else if (!message.endsWith('\n') && result.bunNoNewline !== true) message += '\n';
  const err = new Error(message);
  err.matcherResult = {
    pass: result.pass,
    message,
    expected: 'expected' in result ? printedForReport(result.expected) : undefined,
    actual: 'actual' in result ? printedForReport(result.actual) : undefined,
  };
  if (callSite) adoptStack(err, callSite);
  else capture(err, boundary);
  if (softErrors !== null) {
    softErrors.push(err);
    return;
  }
  throw err;
}

function rethrowMatcherError(e, boundary) {
  if (e && e.isMatcherUsageError) capture(e, boundary);
  throw e;
}

function makeThrowingMatcher(name, isNot, promise, actual, callSite, outer) {
  return function throwingMatcher(...args) {
    const boundary = outer || throwingMatcher;
    const entry = matchers[name];
    const ctx = makeContext(isNot, promise);
    let result;
    try {
      result = entry.fn.call(ctx, actual, ...args);
    } catch (e) {
      rethrowMatcherError(e, boundary);
    }
    if (result && typeof result.then === 'function') {
      return result.then((r) => processResult(r, isNot, name, boundary, callSite));
    }
    processResult(result, isNot, name, boundary, callSite);
    return undefined;
  };
}

function isPromiseLike(x) {
  return x !== null && (typeof x === 'object' || typeof x === 'function') && typeof x.then === 'function';
}

// .resolves/.rejects on something that is not a promise: a usage error, as a rejected promise.
function notAPromise(name, hintOpts, actual, boundary) {
  const e = utils.usageError(utils.matcherHint(name, undefined, undefined, hintOpts) + '\n\n'
    + 'Expected promise\nReceived: ' + utils.printReceived(actual) + '\n');
  capture(e, boundary);
  return Promise.reject(e);
}

function makeResolvesMatcher(name, isNot, actual, outer) {
  return function resolvesMatcher(...args) {
    const boundary = outer || resolvesMatcher;
    const callSite = callSiteFor(boundary);
    const hintOpts = { isNot, promise: 'resolves' };
    const p = typeof actual === 'function' ? actual() : actual;
    if (!isPromiseLike(p)) return notAPromise(name, hintOpts, actual, boundary);
    return Promise.resolve(p).then(
      (value) => makeThrowingMatcher(name, isNot, 'resolves', value, callSite)(...args),
      (reason) => {
        const msg = utils.matcherHint(name, undefined, undefined, hintOpts) + '\n\n'
          + 'Expected promise that resolves\n'
          + 'Received promise that rejected: ' + utils.RECEIVED_COLOR('Promise { <rejected> }') + '\n';
        const e = new Error(msg);
        adoptStack(e, callSite);
        throw e;
      });
  };
}

function makeRejectsMatcher(name, isNot, actual, outer) {
  return function rejectsMatcher(...args) {
    const boundary = outer || rejectsMatcher;
    const callSite = callSiteFor(boundary);
    const hintOpts = { isNot, promise: 'rejects' };
    const p = typeof actual === 'function' ? actual() : actual;
    if (!isPromiseLike(p)) return notAPromise(name, hintOpts, actual, boundary);
    return Promise.resolve(p).then(
      (value) => {
        const msg = utils.matcherHint(name, undefined, undefined, hintOpts) + '\n\n'
          + 'Expected promise that rejects\n'
          + 'Received promise that resolved: ' + utils.RECEIVED_COLOR('Promise { <resolved> }') + '\n';
        const e = new Error(msg);
        adoptStack(e, callSite);
        throw e;
      },
      (reason) => makeThrowingMatcher(name, isNot, 'rejects', reason, callSite)(...args));
  };
}

// Matcher objects share prototypes; each matcher name becomes a method on all three.
function Sync(actual, isNot) { this.actual = actual; this.isNot = isNot; }
function Resolves(actual, isNot) { this.actual = actual; this.isNot = isNot; }
function Rejects(actual, isNot) { this.actual = actual; this.isNot = isNot; }
Object.defineProperty(Sync.prototype, 'not', { get() { return new Sync(this.actual, !this.isNot); } });
Object.defineProperty(Sync.prototype, 'resolves', { get() { return new Resolves(this.actual, this.isNot); } });
Object.defineProperty(Sync.prototype, 'rejects', { get() { return new Rejects(this.actual, this.isNot); } });
Object.defineProperty(Resolves.prototype, 'not', { get() { return new Resolves(this.actual, !this.isNot); } });
Object.defineProperty(Rejects.prototype, 'not', { get() { return new Rejects(this.actual, !this.isNot); } });

function defineMatcherMethods(name) {
  const methods = {
    [name](...args) {
      if (this instanceof Resolves) return makeResolvesMatcher(name, this.isNot, this.actual, methods[name])(...args);
      if (this instanceof Rejects) return makeRejectsMatcher(name, this.isNot, this.actual, methods[name])(...args);
      if (!(this instanceof SoftSync)) return makeThrowingMatcher(name, this.isNot, '', this.actual, null, methods[name])(...args);
      const outer = softErrors;
      softErrors = [];
      try {
        return makeThrowingMatcher(name, this.isNot, '', this.actual, null, methods[name])(...args);
      } catch (e) {
        softErrors.push(e);
        return undefined;
      } finally {
        const recorded = softErrors;
        softErrors = outer;
        state.get().suppressedErrors.push(...recorded);
      }
    },
  };
  for (const P of [Sync, Resolves, Rejects]) {
    Object.defineProperty(P.prototype, name, { value: methods[name], configurable: true, writable: true });
  }
}

// bun ignores arguments after the first.
function expect(actual) {
  state.get().assertionCalls++;
  return new Sync(actual, false);
}

// Vitest's expect.soft: a failed assertion is recorded rather than thrown; the test goes on and fails
// at its end with every recorded error (see state.extractExpectedAssertionsErrors).
let softErrors = null;

function SoftSync(actual, isNot) { Sync.call(this, actual, isNot); }
SoftSync.prototype = Object.create(Sync.prototype);
Object.defineProperty(SoftSync.prototype, 'not', { get() { return new SoftSync(this.actual, !this.isNot); } });

expect.soft = function soft(actual) {
  state.get().assertionCalls++;
  return new SoftSync(actual, false);
};

expect.not = {};
for (const k of Object.keys(asym.positive)) {
  expect[k] = asym.positive[k];
  expect.not[k] = asym.negative[k];
}

expect.extend = function extend(obj) {
  registerMatchers(obj, true);
};

expect.addEqualityTesters = function addEqualityTesters(testers) {
  if (!Array.isArray(testers)) {
    throw new TypeError('expect.customEqualityTesters: Must be set to an array of Testers. Was given "' + utils.getType(testers) + '"');
  }
  customTesters.push(...testers);
};

expect.assertions = function assertions(n) {
  const error = new Error();
  capture(error, assertions);
  state.set({ expectedAssertionsNumber: n, expectedAssertionsNumberError: error });
};

expect.hasAssertions = function hasAssertions(...args) {
  if (args.length !== 0) throw new Error('hasAssertions does not accept any arguments');
  const error = new Error();
  capture(error, hasAssertions);
  state.set({ isExpectingAssertions: true, isExpectingAssertionsError: error });
};

expect.unreachable = function unreachable(message) {
  if (message instanceof Error) throw message;
  const e = new Error(message === undefined ? 'reached unreachable code' : String(message));
  e.name = 'UnreachableError';
  capture(e, unreachable);
  throw e;
};

expect.getState = () => state.get();
expect.setState = (partial) => state.set(partial);
expect.extractExpectedAssertionsErrors = () => state.extractExpectedAssertionsErrors();

// Built-in matchers.
registerMatchers(require('./matchers-core'), false);
registerMatchers(require('./matchers-throw'), false);
registerMatchers(require('./matchers-mock'), false);
registerMatchers(require('./matchers-extra'), false);
registerMatchers(require('./snapshot').matchers, false);

module.exports = {
  expect,
  getState: state.get,
  setState: state.set,
  resetState: state.reset,
  extractExpectedAssertionsErrors: state.extractExpectedAssertionsErrors,
  equals: eqmod.equals,
  utils: matcherUtils,
};
