// node:assert (legacy mode; assert.strict / node:assert/strict is the strict mode), written from Node's
// documented behaviour. Messages follow Node's wording; diffs are a plain line diff of inspect output.
'use strict';

const { inspect } = require('./util');
const { isDeepStrictEqual, isDeepEqual } = require('./_deep_equal');
const types = require('./util/types');

const diffOptions = { compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity, sorted: true, getters: true };

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      const e = new TypeError('The "options" argument must be of type object. Received ' + inspect(options));
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    const { message, actual, expected, operator } = options;
    super(message !== undefined ? String(message) : defaultMessage(actual, expected, operator));
    this.generatedMessage = message === undefined;
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    Object.defineProperty(this, 'name', { value: 'AssertionError', enumerable: false, writable: true, configurable: true });
    if (Error.captureStackTrace) Error.captureStackTrace(this, options.stackStartFn || options.stackStartFunction);
  }

  toString() {
    return this.name + ' [' + this.code + ']: ' + this.message;
  }
}

function lines(v) {
  return inspect(v, diffOptions).split('\n');
}

function diff(actual, expected) {
  const a = lines(actual), b = lines(expected);
  // LCS table over lines
  const n = a.length, m = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  const out = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { out.push('  ' + a[i]); i++; j++; }
    else if (j >= m || (i < n && dp[i + 1][j] >= dp[i][j + 1])) { out.push('+ ' + a[i]); i++; }
    else { out.push('- ' + b[j]); j++; }
  }
  return out.join('\n');
}

function isObjectish(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

function defaultMessage(actual, expected, operator) {
  switch (operator) {
    case 'strictEqual':
      if (isObjectish(actual) && isObjectish(expected) && isDeepStrictEqual(actual, expected)) {
        return 'Values have same structure but are not reference-equal:\n\n' + inspect(actual, diffOptions) + '\n';
      }
      if (!isObjectish(actual) && !isObjectish(expected)) {
        const a = inspect(actual), b = inspect(expected);
        if (!a.includes('\n') && !b.includes('\n')) return 'Expected values to be strictly equal:\n\n' + a + ' !== ' + b + '\n';
      }
      return 'Expected values to be strictly equal:\n+ actual - expected\n\n' + diff(actual, expected);
    case 'deepStrictEqual':
      return 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' + diff(actual, expected);
    case 'deepEqual':
      return 'Expected values to be loosely deep-equal:\n\n' + inspect(actual, diffOptions) +
        '\n\nshould loosely deep-equal\n\n' + inspect(expected, diffOptions);
    case 'notStrictEqual':
      return 'Expected "actual" to be strictly unequal to: ' + inspect(expected);
    case 'notDeepStrictEqual':
      return 'Expected "actual" not to be strictly deep-equal to:\n\n' + inspect(expected, diffOptions) + '\n';
    case 'notDeepEqual':
      return 'Expected "actual" not to be loosely deep-equal to:\n\n' + inspect(expected, diffOptions) + '\n';
    case 'fail':
      return 'Failed';
    default:
      return inspect(actual) + ' ' + operator + ' ' + inspect(expected);
  }
}

function raise(message, actual, expected, operator, stackStartFn) {
  if (message instanceof Error) throw message;
  throw new AssertionError({ message, actual, expected, operator, stackStartFn });
}

function makeAssert(strict) {
  function assert(...args) {
    innerOk(assert, args);
  }

  function innerOk(fn, args) {
    if (args.length === 0) {
      throw new AssertionError({ message: 'No value argument passed to `assert.ok()`', actual: undefined, expected: true, operator: '==', stackStartFn: fn });
    }
    const [value, message] = args;
    if (!value) {
      if (message instanceof Error) throw message;
      const err = new AssertionError({ message, actual: value, expected: true, operator: '==', stackStartFn: fn });
      if (message === undefined) err.generatedMessage = true;
      throw err;
    }
  }

  assert.ok = function ok(...args) { innerOk(ok, args); };

  assert.equal = function equal(actual, expected, message) {
    if (strict) return assert.strictEqual(actual, expected, message);
    // eslint-disable-next-line eqeqeq
    if (!(actual == expected || (actual !== actual && expected !== expected))) raise(message, actual, expected, '==', equal);
  };
  assert.notEqual = function notEqual(actual, expected, message) {
    if (strict) return assert.notStrictEqual(actual, expected, message);
    // eslint-disable-next-line eqeqeq
    if (actual == expected || (actual !== actual && expected !== expected)) raise(message, actual, expected, '!=', notEqual);
  };
  assert.strictEqual = function strictEqual(actual, expected, message) {
    if (!Object.is(actual, expected)) raise(message, actual, expected, 'strictEqual', strictEqual);
  };
  assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
    if (Object.is(actual, expected)) raise(message, actual, expected, 'notStrictEqual', notStrictEqual);
  };
  assert.deepEqual = function deepEqual(actual, expected, message) {
    if (strict) return assert.deepStrictEqual(actual, expected, message);
    if (!isDeepEqual(actual, expected)) raise(message, actual, expected, 'deepEqual', deepEqual);
  };
  assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
    if (strict) return assert.notDeepStrictEqual(actual, expected, message);
    if (isDeepEqual(actual, expected)) raise(message, actual, expected, 'notDeepEqual', notDeepEqual);
  };
  assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
    if (!isDeepStrictEqual(actual, expected)) raise(message, actual, expected, 'deepStrictEqual', deepStrictEqual);
  };
  assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
    if (isDeepStrictEqual(actual, expected)) raise(message, actual, expected, 'notDeepStrictEqual', notDeepStrictEqual);
  };
  assert.fail = function fail(message) {
    if (arguments.length >= 2) {
      // legacy fail(actual, expected, message, operator)
      const [actual, expected, msg, operator] = arguments;
      raise(msg !== undefined ? msg : inspect(actual) + ' ' + (operator || '!=') + ' ' + inspect(expected), actual, expected, operator || 'fail', fail);
    }
    if (message instanceof Error) throw message;
    const err = new AssertionError({ message: message === undefined ? 'Failed' : message, actual: undefined, expected: undefined, operator: 'fail', stackStartFn: fail });
    err.generatedMessage = message === undefined;
    throw err;
  };

  function checkError(actual, expected, message, fn, operator) {
    if (expected === undefined) return;
    if (typeof expected === 'function') {
      if (expected.prototype !== undefined && actual instanceof expected) return;
      if (Error.isPrototypeOf(expected) || expected === Error) {
        const err = new AssertionError({
          message: message || 'The error is expected to be an instance of "' + expected.name + '". Received "' +
            (actual && actual.constructor ? actual.constructor.name : inspect(actual)) + '"\n\nError message:\n\n' + (actual && actual.message),
          actual, expected, operator, stackStartFn: fn,
        });
        err.generatedMessage = !message;
        throw err;
      }
      const r = expected.call({}, actual);
      if (r !== true) {
        const err = new AssertionError({
          message: message || 'The ' + (expected.name ? '"' + expected.name + '" validation function' : 'validation function') +
            ' is expected to return "true". Received ' + inspect(r) + '\n\nCaught error:\n\n' + actual,
          actual, expected, operator, stackStartFn: fn,
        });
        err.generatedMessage = !message;
        throw err;
      }
      return;
    }
    if (types.isRegExp(expected)) {
      const str = String(actual);
      if (expected.test(str)) return;
      const err = new AssertionError({
        message: message || 'The input did not match the regular expression ' + inspect(expected) + '. Input:\n\n' + inspect(str) + '\n',
        actual, expected, operator, stackStartFn: fn,
      });
      err.generatedMessage = !message;
      throw err;
    }
    if (typeof expected === 'object' && expected !== null) {
      const keys = Object.keys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      for (const k of keys) {
        const ev = expected[k];
        const av = actual === null || actual === undefined ? undefined : actual[k];
        const ok = types.isRegExp(ev) && typeof av === 'string' ? ev.test(av) : isDeepStrictEqual(av, ev);
        if (!ok) {
          const a = {}, e = {};
          for (const key of keys) {
            a[key] = actual === null || actual === undefined ? undefined : actual[key];
            e[key] = expected[key];
          }
          class Comparison {}
          const ca = Object.assign(new Comparison(), a), ce = Object.assign(new Comparison(), e);
          const err = new AssertionError({
            message: message || 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' + diff(ca, ce),
            actual, expected, operator, stackStartFn: fn,
          });
          err.generatedMessage = !message;
          throw err;
        }
      }
      return;
    }
    const e = new TypeError('The "expected" argument must be of type function or an instance of Error, RegExp, or Object. Received ' + inspect(expected));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }

  function missing(kind, expected, message, fn, operator) {
    let m = 'Missing expected ' + kind;
    if (typeof expected === 'function' && expected.name) m += ' (' + expected.name + ')';
    m += message ? ': ' + message : '.';
    const err = new AssertionError({ message: m, actual: undefined, expected, operator, stackStartFn: fn });
    err.generatedMessage = !message;
    throw err;
  }

  assert.throws = function throws(fn, expected, message) {
    if (typeof fn !== 'function') {
      const e = new TypeError('The "fn" argument must be of type function. Received ' + inspect(fn));
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    if (typeof expected === 'string') { message = expected; expected = undefined; }
    let threw = false, error;
    try { fn(); } catch (e) { threw = true; error = e; }
    if (!threw) missing('exception', expected, message, throws, 'throws');
    checkError(error, expected, message, throws, 'throws');
  };

  assert.doesNotThrow = function doesNotThrow(fn, expected, message) {
    if (typeof expected === 'string') { message = expected; expected = undefined; }
    try { fn(); } catch (e) {
      if (expected === undefined || (typeof expected === 'function' && e instanceof expected) || (types.isRegExp(expected) && expected.test(String(e)))) {
        const err = new AssertionError({
          message: 'Got unwanted exception' + (message ? ': ' + message : '.') + '\nActual message: "' + (e && e.message) + '"',
          actual: e, expected, operator: 'doesNotThrow', stackStartFn: doesNotThrow,
        });
        err.generatedMessage = !message;
        throw err;
      }
      throw e;
    }
  };

  assert.rejects = async function rejects(promiseFn, expected, message) {
    if (typeof expected === 'string') { message = expected; expected = undefined; }
    let threw = false, error;
    try {
      await (typeof promiseFn === 'function' ? promiseFn() : promiseFn);
    } catch (e) { threw = true; error = e; }
    if (!threw) missing('rejection', expected, message, rejects, 'rejects');
    checkError(error, expected, message, rejects, 'rejects');
  };

  assert.doesNotReject = async function doesNotReject(promiseFn, expected, message) {
    if (typeof expected === 'string') { message = expected; expected = undefined; }
    try {
      await (typeof promiseFn === 'function' ? promiseFn() : promiseFn);
    } catch (e) {
      const err = new AssertionError({
        message: 'Got unwanted rejection' + (message ? ': ' + message : '.') + '\nActual message: "' + (e && e.message) + '"',
        actual: e, expected, operator: 'doesNotReject', stackStartFn: doesNotReject,
      });
      err.generatedMessage = !message;
      throw err;
    }
  };

  assert.match = function match(string, regexp, message) {
    if (typeof string !== 'string' || !regexp.test(string)) {
      const err = new AssertionError({
        message: message || (typeof string !== 'string'
          ? 'The "string" argument must be of type string. Received type ' + typeof string + ' (' + inspect(string) + ')'
          : 'The input did not match the regular expression ' + inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n'),
        actual: string, expected: regexp, operator: 'match', stackStartFn: match,
      });
      err.generatedMessage = !message;
      throw err;
    }
  };
  assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
    if (typeof string !== 'string' || regexp.test(string)) {
      const err = new AssertionError({
        message: message || 'The input was expected to not match the regular expression ' + inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n',
        actual: string, expected: regexp, operator: 'doesNotMatch', stackStartFn: doesNotMatch,
      });
      err.generatedMessage = !message;
      throw err;
    }
  };
  assert.ifError = function ifError(err) {
    if (err !== null && err !== undefined) {
      let m = 'ifError got unwanted exception: ';
      m += typeof err === 'object' && typeof err.message === 'string' ? (err.message || err.constructor.name) : inspect(err);
      const e = new AssertionError({ message: m, actual: err, expected: null, operator: 'ifError', stackStartFn: ifError });
      e.generatedMessage = false;
      throw e;
    }
  };

  assert.AssertionError = AssertionError;
  return assert;
}

const assert = makeAssert(false);
const strict = makeAssert(true);
assert.strict = strict;
strict.strict = strict;

module.exports = assert;
