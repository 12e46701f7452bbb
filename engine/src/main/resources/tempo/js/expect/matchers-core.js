// Jest's core matchers: identity, equality, containment, numbers, strings, properties, types.
'use strict';

const u = require('./utils');
const {
  equals, plainEqual, plainSubset, userTesters, testerList, iterableEquality, subsetEquality, typeEquality, sparseArrayEquality, arrayBufferEquality,
} = require('./equals');

const { matcherHint, printReceived, printExpected, printDiffOrStringify, stringify, EXPECTED_COLOR, RECEIVED_COLOR } = u;

const { hint, usage } = require('./hint');

// Each matcher's own equality testers (after the user's; see equals.testerList). Never changed.
const ITERABLE = [iterableEquality];
const STRICT = [iterableEquality, typeEquality, sparseArrayEquality, arrayBufferEquality];
const SUBSET = [iterableEquality, subsetEquality];

function toBe(received, expected) {
  const name = 'toBe';
  const pass = Object.is(received, expected);
  const message = pass
    ? () => hint(this, name) + '\n\nExpected: not ' + printExpected(expected)
    : () => hint(this, name) + '\n\n' + printDiffOrStringify(expected, received, 'Expected', 'Received', true);
  return { actual: received, expected, message, name, pass };
}

// bun prints the `.not` expectation of the deep-equality matchers in the diff format, in red.
function notEqualMessage(ctx, name, expected) {
  return hint(ctx, name) + '\n\nExpected: not ' + RECEIVED_COLOR(u.diffFormat(expected));
}

function equalityResult(ctx, name, received, expected, pass) {
  const message = pass
    ? () => notEqualMessage(ctx, name, expected)
    : () => hint(ctx, name) + '\n\n' + printDiffOrStringify(expected, received, 'Expected', 'Received');
  return { actual: received, expected, message, name, pass };
}

function toEqual(received, expected) {
  const plain = userTesters.length === 0 ? plainEqual(received, expected, 0) : undefined;
  const pass = plain !== undefined ? plain : equals(received, expected, testerList(this, ITERABLE));
  return equalityResult(this, 'toEqual', received, expected, pass);
}

function toStrictEqual(received, expected) {
  const testers = testerList(this, STRICT);
  const pass = equals(received, expected, testers, true);
  return equalityResult(this, 'toStrictEqual', received, expected, pass);
}

// The part of `object` that `subset` talks about, for a readable toMatchObject diff.
function getObjectSubset(object, subset, seen) {
  seen = seen || new WeakMap();
  if (Array.isArray(object) && Array.isArray(subset) && object.length === subset.length) {
    return subset.map((s, i) => getObjectSubset(object[i], s, seen));
  }
  if (object instanceof Date || object instanceof RegExp) return object;
  if (object !== null && typeof object === 'object' && subset !== null && typeof subset === 'object'
    && !Array.isArray(object) && !Array.isArray(subset)
    && !equals(object, subset, [iterableEquality, subsetEquality])) {
    if (seen.has(object)) return seen.get(object);
    const trimmed = {};
    seen.set(object, trimmed);
    for (const key of Object.keys(object)) {
      if (Object.prototype.hasOwnProperty.call(subset, key)) trimmed[key] = getObjectSubset(object[key], subset[key], seen);
    }
    if (Object.keys(trimmed).length > 0) return trimmed;
  }
  return object;
}

function toMatchObject(received, expected) {
  const name = 'toMatchObject';
  if (typeof received !== 'object' || received === null) {
    throw usage(this, name, undefined, RECEIVED_COLOR('received') + ' value must be a non-null object\n');
  }
  if (typeof expected !== 'object' || expected === null) {
    throw usage(this, name, undefined, EXPECTED_COLOR('expected') + ' value must be a non-null object\n');
  }
  const pass = equals(received, expected, testerList(this, SUBSET));
  const message = pass
    ? () => notEqualMessage(this, name, expected)
    : () => hint(this, name) + '\n\n' + printDiffOrStringify(expected, received, 'Expected', 'Received');
  return { actual: received, expected, message, name, pass };
}

function toContain(received, expected) {
  const name = 'toContain';
  const notIterable = 'Received value must be an array type, or both received and expected values must be strings.';
  if (received == null) throw u.usageError(notIterable);
  let pass;
  if (typeof received === 'string') {
    pass = received.includes(String(expected));
  } else if (Array.isArray(received)) {
    // (an array directly: going through its iterator costs a call per element in the interpreter)
    const nan = typeof expected === 'number' && expected !== expected;
    pass = false;
    for (let i = 0; i < received.length && !pass; i++) {
      const x = received[i];
      pass = x === expected || (nan && typeof x === 'number' && x !== x);
    }
  } else if (typeof received[Symbol.iterator] === 'function') {
    const items = Array.from(received);
    pass = items.some((x) => x === expected || (typeof x === 'number' && typeof expected === 'number' && Number.isNaN(x) && Number.isNaN(expected)));
  } else if (typeof received === 'object' && typeof received.length === 'number') {
    pass = Array.prototype.indexOf.call(received, expected) !== -1;
  } else {
    throw u.usageError(notIterable);
  }
  const message = () => hint(this, name) + '\n\n'
    + 'Expected to ' + (pass ? 'not ' : '') + 'contain: ' + printExpected(expected) + '\n'
    + 'Received: ' + printReceived(received);
  return { actual: received, expected, message, name, pass };
}

function toContainEqual(received, expected) {
  const name = 'toContainEqual';
  if (received == null || (typeof received !== 'string' && typeof received[Symbol.iterator] !== 'function')) {
    throw usage(this, name, undefined, RECEIVED_COLOR('received') + ' value must not be null nor undefined',
      u.printWithType('Received', received, printReceived));
  }
  const testers = testerList(this, ITERABLE);
  const pass = Array.from(received).some((x) => equals(x, expected, testers));
  const message = () => hint(this, name) + '\n\n'
    + 'Expected to ' + (pass ? 'not ' : '') + 'contain: ' + printExpected(expected)
    + (pass ? '' : '\nReceived: ' + printReceived(received));
  return { actual: received, expected, message, name, pass };
}

function toHaveLength(received, expected) {
  const name = 'toHaveLength';
  if (received == null || typeof received.length !== 'number') {
    throw u.usageError('Received value does not have a length property: ' + stringify(received));
  }
  if (typeof expected !== 'number' || !Number.isInteger(expected) || expected < 0) {
    throw usage(this, name, undefined, EXPECTED_COLOR('expected') + ' value must be a non-negative integer',
      u.printWithType('Expected', expected, printExpected));
  }
  const pass = received.length === expected;
  const message = pass
    ? () => hint(this, name) + '\n\nExpected length: not ' + printExpected(expected)
    : () => hint(this, name) + '\n\nExpected length: ' + printExpected(expected) + '\nReceived length: ' + printReceived(received.length);
  return { actual: received.length, expected, message, name, pass };
}

/** A plain dotted path ('a.b.c'): every segment non-empty, no brackets. */
function isDottedPath(path) {
  return path !== '' && path.indexOf('[') === -1 && path.indexOf(']') === -1 && path.indexOf('..') === -1
    && path[0] !== '.' && path[path.length - 1] !== '.';
}

function pathAsArray(path) {
  if (isDottedPath(path)) return path.split('.'); // no regex needed
  const out = [];
  if (path === '') {
    out.push('');
    return out;
  }
  const re = /(?:\[(-?\d+|['"][^'"]*['"])\])|([^.[\]]+)|(?:^|\.)(?=\.|$)/g;
  let m;
  while ((m = re.exec(path)) !== null) {
    if (m[0] === '' && re.lastIndex === m.index) re.lastIndex++;
    if (m[1] !== undefined) out.push(m[1].replace(/^['"]|['"]$/g, ''));
    else if (m[2] !== undefined) out.push(m[2]);
    else out.push('');
  }
  return out;
}

function getPath(object, path) {
  let current = object;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (current === null || current === undefined) return { hasEndProp: false, traversed: path.slice(0, i), value: undefined };
    const boxed = Object(current);
    const has = key in boxed;
    if (!has) return { hasEndProp: false, traversed: path.slice(0, i), value: undefined, last: current };
    current = boxed[key];
  }
  return { hasEndProp: true, traversed: path.slice(), value: current };
}

function toHaveProperty(received, path, expectedValue) {
  const name = 'toHaveProperty';
  const hasValue = arguments.length >= 3;
  const expectedArg = 'path';
  const hintExtra = hasValue ? { secondArgument: 'value' } : undefined;
  if (received === null || received === undefined) {
    throw usage(this, name, expectedArg, RECEIVED_COLOR('received') + ' value must not be null nor undefined',
      u.printWithType('Received', received, printReceived), hintExtra);
  }
  const pathType = u.getType(path);
  if (pathType !== 'string' && pathType !== 'array') {
    throw usage(this, name, expectedArg, EXPECTED_COLOR('expected') + ' path must be a string or array',
      u.printWithType('Expected', path, printExpected), hintExtra);
  }
  const parts = typeof path === 'string' ? pathAsArray(path) : path;
  const r = getPath(received, parts);
  const plain = r.hasEndProp && hasValue && userTesters.length === 0 ? plainEqual(r.value, expectedValue, 0) : undefined;
  const pass = r.hasEndProp && (!hasValue || (plain !== undefined ? plain : equals(r.value, expectedValue, testerList(this, ITERABLE))));
  const h = () => hint(this, name, expectedArg, hintExtra);
  const message = pass
    ? () => (hasValue
      ? h() + '\n\nExpected path: ' + printExpected(path) + '\n\nExpected value: not ' + printExpected(expectedValue)
      : h() + '\n\nExpected path: not ' + printExpected(path) + '\n\nReceived value: ' + printReceived(r.value))
    : () => {
      if (!r.hasEndProp) {
        return h() + '\n\nExpected path: ' + printExpected(path) + '\n\n'
          + (hasValue ? 'Expected value: ' + printExpected(expectedValue) + '\n\n' : '') + 'Unable to find property';
      }
      return h() + '\n\n' + printDiffOrStringify(expectedValue, r.value, 'Expected', 'Received');
    };
  return { actual: r.value, expected: hasValue ? expectedValue : path, message, name, pass };
}

function simple(name, test, expectedArg) {
  return function (received, ...rest) {
    if (rest.length > 0 && expectedArg === '') {
      throw usage(this, name, '', 'this matcher must not have an expected argument',
        u.printWithType('Expected', rest[0], printExpected));
    }
    const pass = test(received);
    const message = () => hint(this, name, '') + '\n\nReceived: ' + printReceived(received);
    return { actual: received, message, name, pass };
  };
}

const toBeTruthy = simple('toBeTruthy', (x) => !!x, '');
const toBeFalsy = simple('toBeFalsy', (x) => !x, '');
const toBeNull = simple('toBeNull', (x) => x === null, '');
const toBeUndefined = simple('toBeUndefined', (x) => x === undefined, '');
const toBeDefined = simple('toBeDefined', (x) => x !== undefined, '');
const toBeNaN = simple('toBeNaN', (x) => Number.isNaN(x), '');

function compare(name, op, test) {
  return function (received, expected) {
    const isNum = (v) => typeof v === 'number' || typeof v === 'bigint';
    if (!isNum(received) || !isNum(expected)) throw u.usageError('Expected and actual values must be numbers or bigints');
    const pass = test(received, expected);
    const message = () => hint(this, name) + '\n\n'
      + 'Expected: ' + (this.isNot ? 'not ' : '') + op + ' ' + printExpected(expected) + '\n'
      + 'Received: ' + printReceived(received);
    return { actual: received, expected, message, name, pass };
  };
}

const toBeGreaterThan = compare('toBeGreaterThan', '>', (a, b) => a > b);
const toBeGreaterThanOrEqual = compare('toBeGreaterThanOrEqual', '>=', (a, b) => a >= b);
const toBeLessThan = compare('toBeLessThan', '<', (a, b) => a < b);
const toBeLessThanOrEqual = compare('toBeLessThanOrEqual', '<=', (a, b) => a <= b);

function toBeCloseTo(received, expected, precision) {
  const name = 'toBeCloseTo';
  const digits = precision === undefined ? 2 : precision;
  const opts = { isNot: this.isNot, promise: this.promise, secondArgument: arguments.length >= 3 ? 'precision' : undefined };
  if (typeof expected !== 'number') {
    throw u.usageError(u.matcherErrorMessage(matcherHint(name, undefined, undefined, opts),
      EXPECTED_COLOR('expected') + ' value must be a number', u.printWithType('Expected', expected, printExpected)));
  }
  if (typeof received !== 'number') {
    throw u.usageError(u.matcherErrorMessage(matcherHint(name, undefined, undefined, opts),
      RECEIVED_COLOR('received') + ' value must be a number', u.printWithType('Received', received, printReceived)));
  }
  let pass, expectedDiff = 0, receivedDiff = 0;
  if (received === Infinity && expected === Infinity) pass = true;
  else if (received === -Infinity && expected === -Infinity) pass = true;
  else {
    expectedDiff = Math.pow(10, -digits) / 2;
    receivedDiff = Math.abs(expected - received);
    pass = receivedDiff < expectedDiff;
  }
  const message = () => matcherHint(name, undefined, undefined,
    Object.assign(opts, { secondArgument: 'precision', plainComma: true, secondArgumentColor: (s) => s })) + '\n\n'
    + 'Expected: ' + printExpected(expected) + '\n'
    + 'Received: ' + printReceived(received) + '\n\n'
    + 'Expected precision: ' + digits + '\n'
    + 'Expected difference: < ' + printExpected(expectedDiff) + '\n'
    + 'Received difference: ' + printReceived(receivedDiff);
  return { actual: received, expected, message, name, pass };
}

function toMatch(received, expected) {
  const name = 'toMatch';
  if (typeof received !== 'string') {
    throw u.usageError('Received value must be a string: ' + stringify(received));
  }
  if (typeof expected !== 'string' && !(expected instanceof RegExp)) {
    throw usage(this, name, undefined, EXPECTED_COLOR('expected') + ' value must be a string or regular expression',
      u.printWithType('Expected', expected, printExpected));
  }
  let pass;
  if (typeof expected === 'string') pass = received.includes(expected);
  else {
    expected.lastIndex = 0;
    pass = new RegExp(expected.source, expected.flags.replace('g', '').replace('y', '')).test(received);
  }
  const message = () => hint(this, name) + '\n\n'
    + 'Expected substring or pattern: ' + (this.isNot ? 'not ' : '') + printExpected(expected) + '\n'
    + 'Received: ' + printReceived(received);
  return { actual: received, expected, message, name, pass };
}

function constructorName(x) {
  return (typeof x === 'function' && x.name) || 'anonymous';
}

function toBeInstanceOf(received, expected) {
  const name = 'toBeInstanceOf';
  if (typeof expected !== 'function') {
    throw usage(this, name, undefined, EXPECTED_COLOR('expected') + ' value must be a function',
      u.printWithType('Expected', expected, printExpected));
  }
  const pass = received instanceof expected;
  const message = () => hint(this, name) + '\n\n'
    + 'Expected constructor: ' + (this.isNot ? 'not ' : '') + printExpected(expected) + '\n'
    + 'Received value: ' + printReceived(received);
  return { actual: received, expected, message, name, pass };
}

const VALID_TYPES = ['function', 'object', 'bigint', 'boolean', 'number', 'string', 'symbol', 'undefined'];

function toBeTypeOf(received, expected) {
  const name = 'toBeTypeOf';
  if (VALID_TYPES.indexOf(expected) === -1) {
    throw u.usageError("toBeTypeOf() requires a valid type string argument ('" + VALID_TYPES.join("', '") + "')");
  }
  const actualType = typeof received;
  const pass = actualType === expected;
  const message = () => hint(this, name, '') + '\n\nExpected type: ' + (pass ? 'not ' : '') + printExpected(expected)
    + '\nReceived type: ' + printReceived(actualType) + '\nReceived value: ' + printReceived(received);
  return { actual: actualType, expected, message, name, pass };
}

function toSatisfy(received, predicate) {
  const name = 'toSatisfy';
  if (typeof predicate !== 'function') {
    throw usage(this, name, undefined, EXPECTED_COLOR('expected') + ' value must be a function',
      u.printWithType('Expected', predicate, printExpected));
  }
  const pass = !!predicate(received);
  const message = () => hint(this, name) + '\n\n'
    + 'Expected: ' + (this.isNot ? 'not ' : '') + printExpected(predicate)
    + (this.isNot ? '' : '\nReceived: ' + printReceived(received));
  return { actual: received, expected: predicate, message, name, pass };
}

function toBeOneOf(received, list) {
  const name = 'toBeOneOf';
  if (list == null || typeof list[Symbol.iterator] !== 'function') {
    throw usage(this, name, undefined, EXPECTED_COLOR('expected') + ' value must be an array or iterable',
      u.printWithType('Expected', list, printExpected));
  }
  const items = Array.from(list);
  const testers = testerList(this, ITERABLE);
  const pass = items.some((x) => Object.is(x, received) || equals(received, x, testers));
  const message = () => hint(this, name) + '\n\n'
    + 'Expected to ' + (pass ? 'not ' : '') + 'be one of: ' + printExpected(list) + '\n'
    + 'Received: ' + printReceived(received);
  return { actual: received, expected: list, message, name, pass };
}

// ---- passing-path checks ----
// A matcher's `fast(received, argumentCount, arg0, arg1)` answers its `pass` for the plain cases without
// building a result, a message or a context: true or false, or undefined when the case is not one it
// knows (a usage error included), and then the matcher itself decides. When the answer is the one the
// assertion wants, expect is done; otherwise the matcher runs to report the failure. So a fast check
// must give the matcher's own answer and never throw (a spec compares the two on a table of cases).

toBe.fast = (a, n, b) => (a === b ? a !== 0 || 1 / a === 1 / b : a !== a && b !== b);
toEqual.fast = (a, n, b) => (userTesters.length === 0 ? plainEqual(a, b, 0) : undefined);
toMatchObject.fast = (a, n, b) => (userTesters.length === 0 && typeof a === 'object' && a !== null
  && typeof b === 'object' && b !== null ? plainSubset(a, b, 0) : undefined);

toContain.fast = (a, n, b) => {
  if (typeof a === 'string') return typeof b === 'string' ? a.includes(b) : undefined;
  if (!Array.isArray(a)) return undefined;
  const nan = b !== b;
  let found = false;
  let x;
  for (let i = 0; !found && i < a.length; i++) {
    x = a[i];
    found = x === b || (nan && x !== x);
  }
  return found;
};

toHaveLength.fast = (a, n, length) => {
  if (a === null || a === undefined || typeof length !== 'number' || !(length >= 0) || length % 1 !== 0) return undefined;
  const l = a.length;
  return typeof l === 'number' ? l === length : undefined;
};

// A dotted path (no brackets, no empty segment) walked on objects; anything else is toHaveProperty's.
toHaveProperty.fast = (a, n, path, value) => {
  if (typeof a !== 'object' || a === null || typeof path !== 'string' || !isDottedPath(path)
    || (n >= 2 && userTesters.length > 0)) {
    return undefined;
  }
  let current = a;
  let r = true;
  let start = 0;
  let dot, key;
  while (r === true && start !== -1) {
    dot = path.indexOf('.', start);
    key = dot === -1 ? path.slice(start) : path.slice(start, dot);
    start = dot === -1 ? -1 : dot + 1;
    if (typeof current !== 'object' || current === null) r = current === null || current === undefined ? false : undefined;
    else if (!(key in current)) r = false;
    else current = current[key];
  }
  return r === true && n >= 2 ? plainEqual(current, value, 0) : r;
};

const noArgument = (test) => (a, n) => (n === 0 ? test(a) : undefined);
toBeTruthy.fast = noArgument((x) => !!x);
toBeFalsy.fast = noArgument((x) => !x);
toBeNull.fast = noArgument((x) => x === null);
toBeUndefined.fast = noArgument((x) => x === undefined);
toBeDefined.fast = noArgument((x) => x !== undefined);
toBeNaN.fast = noArgument((x) => x !== x);

toBeGreaterThan.fast = (a, n, b) => (typeof a === 'number' && typeof b === 'number' ? a > b : undefined);
toBeGreaterThanOrEqual.fast = (a, n, b) => (typeof a === 'number' && typeof b === 'number' ? a >= b : undefined);
toBeLessThan.fast = (a, n, b) => (typeof a === 'number' && typeof b === 'number' ? a < b : undefined);
toBeLessThanOrEqual.fast = (a, n, b) => (typeof a === 'number' && typeof b === 'number' ? a <= b : undefined);

const DEFAULT_CLOSE = Math.pow(10, -2) / 2;
toBeCloseTo.fast = (a, n, b, precision) => {
  if (typeof a !== 'number' || typeof b !== 'number' || precision !== undefined) return undefined;
  return (a === Infinity && b === Infinity) || (a === -Infinity && b === -Infinity) || Math.abs(b - a) < DEFAULT_CLOSE;
};

toMatch.fast = (a, n, b) => {
  if (typeof a !== 'string') return undefined;
  if (typeof b === 'string') return a.includes(b);
  if (b === null || typeof b !== 'object' || Object.getPrototypeOf(b) !== RegExp.prototype || b.global || b.sticky) return undefined;
  b.lastIndex = 0; // as toMatch does
  return b.test(a);
};

toBeTypeOf.fast = (a, n, b) => (typeof b === 'string' && VALID_TYPES.indexOf(b) !== -1 ? typeof a === b : undefined);
toBeInstanceOf.fast = (a, n, b) => (typeof b === 'function' && typeof b.prototype === 'object' && b.prototype !== null
  && b[Symbol.hasInstance] === Function.prototype[Symbol.hasInstance] ? a instanceof b : undefined);

module.exports = {
  toBe, toEqual, toStrictEqual, toMatchObject, toContain, toContainEqual, toHaveLength, toHaveProperty,
  toBeTruthy, toBeFalsy, toBeNull, toBeUndefined, toBeDefined, toBeNaN,
  toBeGreaterThan, toBeGreaterThanOrEqual, toBeLessThan, toBeLessThanOrEqual, toBeCloseTo,
  toMatch, toBeInstanceOf, toBeTypeOf, toSatisfy, toBeOneOf,
};
