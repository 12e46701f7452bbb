// bun's extra matchers (the jest-extended family): types, numbers, emptiness, strings, keys, values.
'use strict';

const u = require('./utils');
const { hint, usage } = require('./hint');
const { equals, iterableEquality, testerList } = require('./equals');

const ITERABLE = [iterableEquality]; // toContainValue's own equality testers (never changed)

const { printReceived, printExpected, EXPECTED_COLOR } = u;

const toStr = Object.prototype.toString;

// A matcher whose message is just the hint and the received value.
function predicate(name, test, lead) {
  return function (received) {
    const pass = !!test(received);
    const message = () => hint(this, name, '') + '\n\n' + (lead ? lead + '\n\n' : '') + 'Received: ' + printReceived(received);
    return { actual: received, message, name, pass };
  };
}

const isNumber = (x) => typeof x === 'number';

function isEmpty(x) {
  if (x === undefined || x === null) return false;
  if (typeof x === 'string' || (x instanceof String)) return String(x).length === 0;
  if (Array.isArray(x) || ArrayBuffer.isView(x)) return x.length === 0;
  if (toStr.call(x) === '[object Map]' || toStr.call(x) === '[object Set]') return x.size === 0;
  if (typeof x === 'object' || typeof x === 'function') {
    if (typeof x[Symbol.iterator] === 'function') {
      for (const _ of x) return false; // eslint-disable-line no-unused-vars
      return true;
    }
    return Object.keys(x).length === 0;
  }
  return false;
}

function toBeEmpty(received) {
  const name = 'toBeEmpty';
  const pass = isEmpty(received);
  const message = () => hint(this, name, '') + '\n\n'
    + (pass ? 'Expected value ' + u.BOLD_WEIGHT('not') + ' to be a string, object, or iterable' : 'Expected value to be empty') + '\n\n'
    + 'Received: ' + printReceived(received);
  return { actual: received, message, name, pass };
}

function toBeArrayOfSize(received, size) {
  const name = 'toBeArrayOfSize';
  if (typeof size !== 'number') {
    throw usage(this, name, 'expected', EXPECTED_COLOR('expected') + ' value must be a number',
      u.printWithType('Expected', size, printExpected));
  }
  const pass = Array.isArray(received) && received.length === size;
  const message = () => hint(this, name, '') + '\n\nReceived: ' + printReceived(received);
  return { actual: received, expected: size, message, name, pass };
}

function toBeWithin(received, start, end) {
  const name = 'toBeWithin';
  const h = () => hint(this, name, 'start', { secondArgument: 'end' });
  if (typeof start !== 'number' || typeof end !== 'number') {
    throw u.usageError(u.matcherErrorMessage(h(), EXPECTED_COLOR('start') + ' and ' + EXPECTED_COLOR('end') + ' must be numbers'));
  }
  const pass = typeof received === 'number' && received >= start && received < end;
  const message = () => h() + '\n\n'
    + 'Expected: ' + (this.isNot ? 'not ' : '') + 'between ' + printExpected(start) + ' ' + u.DIM_COLOR('(inclusive)') + ' and '
    + printExpected(end) + ' ' + u.DIM_COLOR('(exclusive)') + '\n'
    + 'Received: ' + printReceived(received);
  return { actual: received, expected: [start, end], message, name, pass };
}

function stringMatcher(name, verb, test) {
  return function (received, expected) {
    if (typeof expected !== 'string') {
      throw usage(this, name, undefined, EXPECTED_COLOR('expected') + ' value must be a string',
        u.printWithType('Expected', expected, printExpected));
    }
    const pass = typeof received === 'string' && test(received, expected);
    const message = () => hint(this, name) + '\n\n'
      + 'Expected to ' + (this.isNot ? 'not ' : '') + verb + ': ' + printExpected(expected) + '\n'
      + 'Received: ' + printReceived(received);
    return { actual: received, expected, message, name, pass };
  };
}

function toIncludeRepeated(received, expected, times) {
  const name = 'toIncludeRepeated';
  let count = 0;
  if (typeof received === 'string' && typeof expected === 'string' && expected.length > 0) {
    let i = received.indexOf(expected);
    while (i !== -1) { count++; i = received.indexOf(expected, i + expected.length); }
  }
  const pass = count === times;
  const message = () => hint(this, name) + '\n\n'
    + 'Expected ' + (this.isNot ? 'not ' : '') + 'to include: ' + printExpected(expected) + ' ' + printExpected(times) + ' times \n'
    + 'Received: ' + printReceived(received);
  return { actual: received, expected, message, name, pass };
}

function toEqualIgnoringWhitespace(received, expected) {
  const name = 'toEqualIgnoringWhitespace';
  const strip = (s) => String(s).replace(/\s+/g, '');
  const pass = typeof received === 'string' && typeof expected === 'string' && strip(received) === strip(expected);
  const message = () => hint(this, name) + '\n\n'
    + 'Expected: ' + (this.isNot ? 'not ' : '') + printExpected(expected) + '\n'
    + 'Received: ' + printReceived(received);
  return { actual: received, expected, message, name, pass };
}

function ownKeys(x) {
  if (x === null || x === undefined) return [];
  return Reflect.ownKeys(Object(x));
}

function valuesOf(x) {
  if (x === null || x === undefined) return [];
  if (toStr.call(x) === '[object Map]' || toStr.call(x) === '[object Set]') return Array.from(x.values());
  return Object.keys(Object(x)).map((k) => x[k]);
}

// what: the words after "Expected to [not] "; shown: what "Received:" prints of the received value.
function containMatcher(name, test, what, shown) {
  return function (received, expected) {
    const pass = received !== null && received !== undefined && test.call(this, received, expected);
    const message = () => hint(this, name) + '\n\n'
      + 'Expected to ' + (this.isNot ? 'not ' : '') + (what || 'contain') + ': ' + printExpected(expected) + '\n'
      + 'Received: ' + printReceived(shown && received != null ? shown(received) : received);
    return { actual: received, expected, message, name, pass };
  };
}

function hasKeyIn(obj, key) {
  return Object.prototype.hasOwnProperty.call(Object(obj), key);
}

function containsValue(ctx, values, v) {
  const t = testerList(ctx, ITERABLE);
  return values.some((x) => equals(x, v, t));
}

function asList(x) {
  return Array.isArray(x) ? x : [x];
}

// expect().pass(message?) / expect().fail(message?); bun's hint for a failed fail() reads ".not.fail()".
function pass(received, message) {
  return {
    pass: true,
    message: () => hint(this, 'pass', '') + '\n\n' + (message === undefined ? 'passes by .pass() assertion' : String(message)),
  };
}

function fail(received, message) {
  return {
    pass: false,
    message: () => hint({ isNot: true }, 'fail', '') + '\n\n' + (message === undefined ? 'fails by .fail() assertion' : String(message)),
  };
}

module.exports = {
  pass,
  fail,
  toBeArray: predicate('toBeArray', Array.isArray),
  toBeArrayOfSize,
  toBeBoolean: predicate('toBeBoolean', (x) => typeof x === 'boolean' || x instanceof Boolean),
  toBeTrue: predicate('toBeTrue', (x) => x === true),
  toBeFalse: predicate('toBeFalse', (x) => x === false),
  toBeNil: predicate('toBeNil', (x) => x === null || x === undefined),
  toBeString: predicate('toBeString', (x) => typeof x === 'string' || x instanceof String),
  toBeNumber: predicate('toBeNumber', (x) => isNumber(x) || x instanceof Number),
  toBeFunction: predicate('toBeFunction', (x) => typeof x === 'function'),
  toBeObject: predicate('toBeObject', (x) => typeof x === 'object' && x !== null, 'Expected value to be an object'),
  toBeSymbol: predicate('toBeSymbol', (x) => typeof x === 'symbol' || x instanceof Symbol),
  toBeDate: predicate('toBeDate', (x) => toStr.call(x) === '[object Date]'),
  toBeValidDate: predicate('toBeValidDate', (x) => toStr.call(x) === '[object Date]' && !Number.isNaN(x.getTime())),
  toBeInteger: predicate('toBeInteger', (x) => Number.isInteger(x)),
  toBeFinite: predicate('toBeFinite', (x) => isNumber(x) && Number.isFinite(x)),
  toBePositive: predicate('toBePositive', (x) => isNumber(x) && Number.isFinite(x) && x > 0),
  toBeNegative: predicate('toBeNegative', (x) => isNumber(x) && Number.isFinite(x) && x < 0),
  toBeEven: predicate('toBeEven', (x) => (isNumber(x) && Number.isInteger(x) && x % 2 === 0) || (typeof x === 'bigint' && x % 2n === 0n)),
  toBeOdd: predicate('toBeOdd', (x) => (isNumber(x) && Number.isInteger(x) && Math.abs(x % 2) === 1) || (typeof x === 'bigint' && x % 2n !== 0n)),
  toBeEmptyObject: predicate('toBeEmptyObject', (x) => x !== null && typeof x === 'object' && Reflect.ownKeys(x).length === 0),
  toBeEmpty,
  toBeWithin,
  toInclude: stringMatcher('toInclude', 'include', (s, e) => s.includes(e)),
  toStartWith: stringMatcher('toStartWith', 'start with', (s, e) => s.startsWith(e)),
  toEndWith: stringMatcher('toEndWith', 'end with', (s, e) => s.endsWith(e)),
  toIncludeRepeated,
  toEqualIgnoringWhitespace,
  toContainKey: containMatcher('toContainKey', (r, k) => hasKeyIn(r, k)),
  toContainKeys: containMatcher('toContainKeys', (r, ks) => asList(ks).every((k) => hasKeyIn(r, k))),
  toContainAllKeys: containMatcher('toContainAllKeys', (r, ks) => {
    const have = ownKeys(r).filter((k) => Object.prototype.propertyIsEnumerable.call(Object(r), k));
    const want = asList(ks);
    return have.length === want.length && want.every((k) => hasKeyIn(r, k));
  }, 'contain all keys', (r) => Object.keys(Object(r))),
  toContainAnyKeys: containMatcher('toContainAnyKeys', (r, ks) => asList(ks).some((k) => hasKeyIn(r, k))),
  toContainValue: containMatcher('toContainValue', function (r, v) { return containsValue(this, valuesOf(r), v); }),
  toContainValues: containMatcher('toContainValues', function (r, vs) {
    const have = valuesOf(r);
    return asList(vs).every((v) => containsValue(this, have, v));
  }),
  toContainAllValues: containMatcher('toContainAllValues', function (r, vs) {
    const have = valuesOf(r);
    const want = asList(vs);
    return have.length === want.length && want.every((v) => containsValue(this, have, v))
      && have.every((v) => containsValue(this, want, v));
  }, 'contain all values'),
  toContainAnyValues: containMatcher('toContainAnyValues', function (r, vs) {
    const have = valuesOf(r);
    return asList(vs).some((v) => containsValue(this, have, v));
  }, 'contain any of the following values'),
};
