// The user-facing `expect`: builds matcher objects (with .not / .resolves / .rejects), runs matchers,
// turns failed results into thrown errors, and keeps Jest-style assertion state.
'use strict';

const utils = require('./utils');
const format = (...args) => require('./printer').format(...args);
const eqmod = require('./equals');
// expect.any and the other asymmetric matchers load on first use.
const asym = () => require('./asymmetric');
const state = require('./state');
const stateHolder = state.holder;

// name -> { fn, isCustom }: expect.extend's matchers and the built-ins used so far.
const matchers = Object.create(null);
const customTesters = eqmod.userTesters;

// Built-in matchers whose module loads on first use; the names are listed so that looking one up
// needs no module (a spec checks each list against its module's exports).
const LAZY_MATCHERS = [
  { load: () => require('./matchers-throw'), names: ['toThrow', 'toThrowError'] },
  {
    load: () => require('./matchers-mock'),
    names: ['toHaveBeenCalled', 'toHaveBeenCalledOnce', 'toHaveBeenCalledTimes', 'toHaveBeenCalledWith',
      'toHaveBeenLastCalledWith', 'toHaveBeenNthCalledWith', 'toHaveReturned', 'toHaveReturnedTimes',
      'toHaveReturnedWith', 'toHaveLastReturnedWith', 'toHaveNthReturnedWith', 'toBeCalled', 'toBeCalledTimes',
      'toBeCalledWith', 'lastCalledWith', 'nthCalledWith', 'toReturn', 'toReturnTimes', 'toReturnWith',
      'lastReturnedWith', 'nthReturnedWith', 'toHaveBeenLastReturnedWith', 'toHaveBeenNthReturnedWith'],
  },
  {
    load: () => require('./matchers-extra'),
    names: ['pass', 'fail', 'toBeArray', 'toBeArrayOfSize', 'toBeBoolean', 'toBeTrue', 'toBeFalse', 'toBeNil',
      'toBeString', 'toBeNumber', 'toBeFunction', 'toBeObject', 'toBeSymbol', 'toBeDate', 'toBeValidDate',
      'toBeInteger', 'toBeFinite', 'toBePositive', 'toBeNegative', 'toBeEven', 'toBeOdd', 'toBeEmptyObject',
      'toBeEmpty', 'toBeWithin', 'toInclude', 'toStartWith', 'toEndWith', 'toIncludeRepeated',
      'toEqualIgnoringWhitespace', 'toContainKey', 'toContainKeys', 'toContainAllKeys', 'toContainAnyKeys',
      'toContainValue', 'toContainValues', 'toContainAllValues', 'toContainAnyValues'],
  },
  {
    load: () => require('./snapshot').matchers,
    names: ['toMatchSnapshot', 'toMatchInlineSnapshot', 'toThrowErrorMatchingSnapshot', 'toThrowErrorMatchingInlineSnapshot'],
  },
];
/** The group of lazily loaded matchers that has `name`; undefined for none (a scan: only on first use of a name). */
function lazyGroupOf(name) {
  for (let i = 0; i < LAZY_MATCHERS.length; i++) {
    if (LAZY_MATCHERS[i].names.indexOf(name) !== -1) return LAZY_MATCHERS[i];
  }
  return undefined;
}
// Modules whose matchers are all there from the start.
const eagerMatchers = [];

// Bumped when expect.extend adds or replaces matchers, so methods know their cached entry is stale.
let registryVersion = 0;

/** The matcher called `name`, or undefined when there is none. */
function matcherEntry(name) {
  const known = matchers[name];
  if (known !== undefined) return known;
  for (const mod of eagerMatchers) {
    if (Object.prototype.hasOwnProperty.call(mod, name)) return (matchers[name] = builtinEntry(mod[name]));
  }
  const group = lazyGroupOf(name);
  if (group === undefined) return undefined;
  const mod = group.load();
  if (typeof mod[name] !== 'function') return undefined;
  return (matchers[name] = builtinEntry(mod[name]));
}

// A built-in matcher's entry, with its passing-path check when it has one (see matchers-core).
function builtinEntry(fn) {
  return { fn, isCustom: false, fast: typeof fn.fast === 'function' ? fn.fast : undefined };
}

function registerMatchers(obj) {
  for (const name of Object.keys(obj)) {
    const fn = obj[name];
    if (typeof fn !== 'function') throw new TypeError('expect.extend: matcher "' + name + '" must be a function');
    matchers[name] = { fn, isCustom: true, fast: undefined };
    registryVersion++;
    expect[name] = (...args) => new (asym().CustomMatcher)(name, fn, args, false, (isNot) => makeContext(isNot, ''));
    expect.not[name] = (...args) => new (asym().CustomMatcher)(name, fn, args, true, (isNot) => makeContext(isNot, ''));
  }
}

// `this.utils` of a custom matcher: made on first use (tempo's own matchers do not read it).
let matcherUtilsObject = null;

function matcherUtils() {
  if (matcherUtilsObject === null) {
    matcherUtilsObject = Object.assign({}, utils, {
      equals: eqmod.equals,
      iterableEquality: eqmod.iterableEquality,
      subsetEquality: eqmod.subsetEquality,
      format,
    });
  }
  return matcherUtilsObject;
}

// What `this` is inside a matcher: the assertion state (through the prototype chain, so a state set with
// expect.setState shows too), the shared helpers, and isNot/promise of this call. Built per call from a
// base that is only rebuilt when the state object itself changes: copying the state on every expect()
// was a large part of an assertion's cost in the interpreter.
let contextBase = null;
let contextBaseState = null;

function baseFor(s) {
  if (contextBaseState !== s) {
    const base = Object.create(s);
    base.equals = eqmod.equals;
    Object.defineProperty(base, 'utils', { get: matcherUtils, enumerable: true });
    base.dontThrow = () => {};
    Object.defineProperty(base, 'customTesters', { get: () => customTesters.slice(), enumerable: true });
    contextBase = base;
    contextBaseState = s;
  }
  return contextBase;
}

function makeContext(isNot, promise) {
  const ctx = Object.create(baseFor(state.get()));
  ctx.isNot = isNot;
  ctx.promise = promise;
  return ctx;
}

// tempo's own matchers only read their context, so they share one per (isNot, promise) and state.
let sharedContexts = null;
let sharedContextsState = null;

function builtinContext(isNot, promise) {
  const s = state.get();
  if (sharedContextsState !== s) {
    sharedContexts = new Map();
    sharedContextsState = s;
  }
  const key = (isNot ? '!' : '') + promise;
  let ctx = sharedContexts.get(key);
  if (ctx === undefined) {
    ctx = makeContext(isNot, promise);
    sharedContexts.set(key, ctx);
  }
  return ctx;
}

function printedForReport(v) {
  try {
    return format(v, { indent: 2, printBasicPrototype: false, maxDepth: 10, printFunctionName: true });
  } catch (e) {
    return String(v);
  }
}

// Error.captureStackTrace (V8's stack trace API, on in tempo's contexts) cuts the stack at the matcher;
// where it is missing (a file deleted it), tempo's own frames are cut out of the natural stack so the
// first frame is the user's expect(...) call.
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
  const lines = require('../runtime/errors').stackText(site).split('\n');
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
  const entry = boundary.entry !== undefined ? boundary.entry : matcherEntry(name);
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

/** entry.fn.call(ctx, actual, ...args) without spreading: spread calls are slow in the interpreter. */
function callMatcher(fn, ctx, actual, args) {
  switch (args.length) {
    case 0: return fn.call(ctx, actual);
    case 1: return fn.call(ctx, actual, args[0]);
    case 2: return fn.call(ctx, actual, args[0], args[1]);
    case 3: return fn.call(ctx, actual, args[0], args[1], args[2]);
    default: return fn.apply(ctx, [actual].concat(Array.prototype.slice.call(args)));
  }
}

/** Runs matcher `name` on `actual` with `args` (an array or arguments object); throws when it fails. */
function runMatcher(name, isNot, promise, actual, args, callSite, boundary) {
  const entry = boundary.entry !== undefined && boundary.entryVersion === registryVersion ? boundary.entry : cacheEntry(boundary, name);
  const ctx = entry.isCustom ? makeContext(isNot, promise) : builtinContext(isNot, promise);
  let result;
  try {
    result = callMatcher(entry.fn, ctx, actual, args);
  } catch (e) {
    rethrowMatcherError(e, boundary);
  }
  return settleResult(result, isNot, name, boundary, callSite);
}

/** A matcher's result turned into nothing or a thrown error; an async matcher's, once it settles. */
function settleResult(result, isNot, name, boundary, callSite) {
  if (result && typeof result.then === 'function') {
    return result.then((r) => processResult(r, isNot, name, boundary, callSite));
  }
  processResult(result, isNot, name, boundary, callSite);
  return undefined;
}

/** Keeps a matcher's registry entry on its method (looking it up by name each call was measurable). */
function cacheEntry(method, name) {
  const entry = matcherEntry(name);
  method.entry = entry;
  method.entryVersion = registryVersion;
  return entry;
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
      (value) => runMatcher(name, isNot, 'resolves', value, args, callSite, boundary),
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
      (reason) => runMatcher(name, isNot, 'rejects', reason, args, callSite, boundary));
  };
}

// What expect(x) returns. One class for every form; `mode` says which: 'sync', 'soft' (expect.soft),
// 'resolves' or 'rejects'. Matcher methods are defined on its prototype the first time each name is
// looked up (through a proxy at the end of the prototype chain): defining all of them in every context
// cost more than most test files spend running their tests. Instances are made by assertion() below.
class Assertion {}

/**
 * An Assertion, as an object literal: its properties are defined on it directly (an assignment to a
 * missing property would walk the prototype chain, through the proxy), and a literal costs the
 * interpreter less than a constructor with fields.
 */
function assertion(actual, isNot, mode) {
  return { __proto__: Assertion.prototype, actual, isNot, mode };
}
const plainPrototype = {};
const defineOnLookup = new Proxy(plainPrototype, {
  get(target, name, receiver) {
    if (typeof name === 'string' && matcherEntry(name) !== undefined) return defineMatcherMethod(name);
    return Reflect.get(target, name, receiver);
  },
  has(target, name) {
    return (typeof name === 'string' && matcherEntry(name) !== undefined) || Reflect.has(target, name);
  },
});
Object.setPrototypeOf(Assertion.prototype, defineOnLookup);
Object.defineProperty(Assertion.prototype, 'not', { get() { return assertion(this.actual, !this.isNot, this.mode); } });
Object.defineProperty(Assertion.prototype, 'resolves', {
  get() { return this.mode === 'sync' || this.mode === 'soft' ? assertion(this.actual, this.isNot, 'resolves') : undefined; },
});
Object.defineProperty(Assertion.prototype, 'rejects', {
  get() { return this.mode === 'sync' || this.mode === 'soft' ? assertion(this.actual, this.isNot, 'rejects') : undefined; },
});

// Vitest's expect is also a chai assertion: expect(x).to.equal(y), expect(x).not.to.be.null (expect/chai.js).
for (const word of ['to', 'be', 'have', 'deep']) {
  Object.defineProperty(Assertion.prototype, word, {
    get() {
      if (this.mode !== 'sync' && this.mode !== 'soft') return undefined;
      const count = () => { stateHolder.current.assertionCalls++; };
      const mode = this.mode;
      return require('./chai').chaiAssertion(this.actual, { negate: this.isNot }, count, (v) => assertion(v, false, mode))[word];
    },
  });
}

function defineMatcherMethod(name) {
  // A computed-key method, so stack frames show the matcher's name (captureStackTrace cuts at it).
  const method = {
    [name]() {
      // As in bun and Jest, an assertion is counted when its matcher is called, not when expect() is.
      stateHolder.current.assertionCalls++;
      const entry = method.entryVersion === registryVersion ? method.entry : cacheEntry(method, name);
      // The hottest path of a test run: a built-in matcher on a plain expect() whose fast check says the
      // assertion holds is done, with no result, message or context made. (One return: in GraalJS's
      // interpreter a return from inside a block unwinds as an exception.)
      const fast = entry !== undefined && this.mode === 'sync' ? entry.fast : undefined;
      return fast !== undefined && fast(this.actual, arguments.length, arguments[0], arguments[1], arguments[2]) === !this.isNot
        ? undefined
        : matcherCall(this, name, method, arguments);
    },
  }[name];
  Object.defineProperty(Assertion.prototype, name, { value: method, configurable: true, writable: true });
  return method;
}

/** A matcher method's work when no fast check settled it: the matcher runs in full for this assertion. */
function matcherCall(assertion, name, method, args) {
  switch (assertion.mode) {
    case 'sync': return runMatcher(name, assertion.isNot, '', assertion.actual, args, null, method);
    case 'soft': return runSoft(name, assertion, args, method);
    case 'resolves': return makeResolvesMatcher(name, assertion.isNot, assertion.actual, method)(...args);
    case 'rejects': return makeRejectsMatcher(name, assertion.isNot, assertion.actual, method)(...args);
    default: throw new TypeError(name + ' must be called on the result of expect()');
  }
}

function runSoft(name, matcher, args, method) {
  const outer = softErrors;
  softErrors = [];
  try {
    return runMatcher(name, matcher.isNot, '', matcher.actual, args, null, method);
  } catch (e) {
    softErrors.push(e);
    return undefined;
  } finally {
    const recorded = softErrors;
    softErrors = outer;
    state.get().suppressedErrors.push(...recorded);
  }
}

// bun ignores arguments after the first.
function expect(actual) {
  return assertion(actual, false, 'sync');
}

// Vitest's expect.soft: a failed assertion is recorded rather than thrown; the test goes on and fails
// at its end with every recorded error (see state.extractExpectedAssertionsErrors).
let softErrors = null;

expect.soft = function soft(actual) {
  return assertion(actual, false, 'soft');
};

expect.not = {};
// The asymmetric matchers' names, listed so their module loads only when one is used (a spec checks the
// list against the module's).
const ASYMMETRIC_MATCHERS = ['any', 'anything', 'arrayContaining', 'objectContaining', 'stringContaining', 'stringMatching',
  'closeTo'];
for (const k of ASYMMETRIC_MATCHERS) {
  expect[k] = function (a, b) { return asym().positive[k](a, b); };
  expect.not[k] = function (a, b) { return asym().negative[k](a, b); };
}

expect.extend = function extend(obj) {
  registerMatchers(obj);
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

// Built-in matchers used by almost every file.
eagerMatchers.push(require('./matchers-core'));

module.exports = {
  expect,
  getState: state.get,
  setState: state.set,
  resetState: state.reset,
  beginTest: state.beginTest,
  extractExpectedAssertionsErrors: state.extractExpectedAssertionsErrors,
  equals: eqmod.equals,
  get utils() { return matcherUtils(); },
  lazyMatcherGroups: LAZY_MATCHERS,
  asymmetricMatchers: ASYMMETRIC_MATCHERS,
};
