// Helpers for building matcher messages; also the `this.utils` given to custom matchers.
'use strict';

const c = require('./colors');
// The printers and the differ load when a message is first built (most assertions pass).
const format = (...args) => require('./printer').format(...args);
const diffStrings = (...args) => require('./diff').diffStrings(...args);
const inspect = (...args) => require('./inspect').inspect(...args);

const EXPECTED_COLOR = c.expected;
const RECEIVED_COLOR = c.received;
const INVERTED_COLOR = c.inverse;
const DIM_COLOR = c.dim;
const BOLD_WEIGHT = c.bold;

const SUGGEST_TO_CONTAIN_EQUAL = 'Looks like you wanted to test for object/array equality with the stricter `toContain` matcher. You probably need to use `toContainEqual` instead.';

// The print of a value in messages: bun's console format with quoted strings (see inspect.js). The
// depth and width arguments of Jest's stringify are accepted and ignored.
function stringify(value) {
  return inspect(value);
}

// Trailing spaces inside printed values are made visible.
function highlightTrailingWhitespace(text) {
  return text.replace(/\s+$/gm, (m) => INVERTED_COLOR(m));
}

function printReceived(value) {
  return RECEIVED_COLOR(highlightTrailingWhitespace(stringify(value)));
}

function printExpected(value) {
  return EXPECTED_COLOR(highlightTrailingWhitespace(stringify(value)));
}

function printWithType(name, value, print) {
  const type = getType(value);
  const hasType = type !== 'null' && type !== 'undefined' ? name + ' has type:  ' + type + '\n' : '';
  return hasType + name + ' has value: ' + print(value);
}

function getType(value) {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  if (t === 'boolean' || t === 'function' || t === 'number' || t === 'string' || t === 'bigint' || t === 'symbol') return t;
  if (value instanceof Map) return 'map';
  if (value instanceof Set) return 'set';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regexp';
  if (value instanceof Error) return 'error';
  return 'object';
}

// expect(received).not.toBe(expected) — the first line of every message.
function matcherHint(matcherName, received, expected, options) {
  if (received === undefined) received = 'received';
  if (expected === undefined) expected = 'expected';
  const o = options || {};
  const comment = o.comment || '';
  const expectedColor = o.expectedColor || EXPECTED_COLOR;
  const isDirectExpectCall = !!o.isDirectExpectCall;
  const isNot = !!o.isNot;
  const promise = o.promise || '';
  const receivedColor = o.receivedColor || RECEIVED_COLOR;
  const secondArgument = o.secondArgument || '';
  const secondArgumentColor = o.secondArgumentColor || EXPECTED_COLOR;
  let hint = '';
  let dimString = 'expect';
  if (!isDirectExpectCall && received !== '') {
    hint += DIM_COLOR(dimString + '(') + receivedColor(received);
    dimString = ')';
  }
  if (promise !== '') {
    hint += DIM_COLOR(dimString + '.') + promise;
    dimString = '';
  }
  if (isNot) {
    hint += DIM_COLOR(dimString + '.') + 'not';
    dimString = '';
  }
  if (matcherName.includes('.')) {
    dimString += matcherName;
  } else {
    hint += DIM_COLOR(dimString + '.') + matcherName;
    dimString = '';
  }
  if (expected === '') {
    dimString += '()';
  } else {
    hint += DIM_COLOR(dimString + '(') + expectedColor(expected);
    if (secondArgument) hint += (o.plainComma ? ', ' : DIM_COLOR(', ')) + secondArgumentColor(secondArgument);
    dimString = ')';
  }
  if (comment !== '') dimString += ' // ' + comment;
  if (dimString !== '') hint += DIM_COLOR(dimString);
  return hint;
}

const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen'];

function pluralize(word, count) {
  return (NUMBERS[count] || count) + ' ' + word + (count === 1 ? '' : 's');
}

// Whether bun shows a line diff rather than Expected/Received lines: multi-line strings, and for the
// deep-equality matchers any pair where one side is an object (other than a Date, RegExp or Error).
function isDiffable(expected, received, stringsOnly) {
  if (typeof expected === 'string' && typeof received === 'string') {
    return expected.includes('\n') || received.includes('\n');
  }
  if (stringsOnly) return false;
  const objectLike = (v) => v !== null && typeof v === 'object' && !(v instanceof Date) && !(v instanceof RegExp)
    && !(v instanceof Error) && v.$$typeof !== Symbol.for('jest.asymmetricMatcher');
  return objectLike(expected) || objectLike(received);
}

// The multi-line print bun diffs and shows for `.not` of the deep-equality matchers.
function diffFormat(value) {
  return format(value, { indent: 2, printBasicPrototype: false, maxDepth: Infinity, escapeString: true, bun: true });
}

// A diff of two values, or null when a diff would not help.
function diff(expected, received, options) {
  if (Object.is(expected, received)) return 'Compared values have no visual difference.';
  const et = getType(expected);
  if (et === 'string' && typeof received === 'string') {
    return diffStrings(expected, received, options);
  }
  if (et !== getType(received)) return null;
  const a = diffFormat(expected), b = diffFormat(received);
  if (a === b) return 'Compared values have no visual difference.';
  return diffStrings(a, b, options);
}

// Expected/Received lines, or a line diff (see isDiffable). stringsOnly: only multi-line strings are
// diffed (toBe).
function printDiffOrStringify(expected, received, expectedLabel, receivedLabel, stringsOnly) {
  if (isDiffable(expected, received, stringsOnly === true)) {
    if (typeof expected === 'string' && typeof received === 'string') {
      return diffStrings('"' + expected + '"', '"' + received + '"', {});
    }
    return diffStrings(diffFormat(expected), diffFormat(received), {});
  }
  const w = Math.max(expectedLabel.length, receivedLabel.length) + 2;
  const eLine = (expectedLabel + ': ').padEnd(w) + printExpected(expected);
  if (stringify(expected) === stringify(received)) {
    return eLine + '\n' + (receivedLabel + ': ').padEnd(w) + 'serializes to the same string';
  }
  if (typeof expected === 'string' && typeof received === 'string') {
    const [e, r] = highlightChangedSubstrings(stringify(expected), stringify(received));
    if (e !== null) return (expectedLabel + ': ').padEnd(w) + e + '\n' + (receivedLabel + ': ').padEnd(w) + r;
  }
  return eLine + '\n' + (receivedLabel + ': ').padEnd(w) + printReceived(received);
}

/**
 * Two printed one-line strings with the part that differs shown inverted (as Jest does), when they
 * have something in common besides their quotes; [null, null] otherwise. Each part is its own colour
 * span, as bun writes them.
 */
function highlightChangedSubstrings(e, r) {
  let p = 0;
  while (p < e.length && p < r.length && e[p] === r[p]) p++;
  let q = 0;
  while (q < e.length - p && q < r.length - p && e[e.length - 1 - q] === r[r.length - 1 - q]) q++;
  if (p + q <= 2) return [null, null];
  const mark = (color, text) => {
    const mid = text.slice(p, text.length - q);
    return color(text.slice(0, p)) + (mid ? color(INVERTED_COLOR(mid)) : '') + color(text.slice(text.length - q));
  };
  return [mark(EXPECTED_COLOR, e), mark(RECEIVED_COLOR, r)];
}

class MatcherUsageError extends Error {}

function matcherErrorMessage(hint, generic, specific) {
  return hint + '\n\n' + BOLD_WEIGHT('Matcher error') + ': ' + generic + (specific ? '\n\n' + specific : '');
}

function ensureNumbers(actual, expected, matcherName, options) {
  const isNum = (v) => typeof v === 'number' || typeof v === 'bigint';
  if (!isNum(actual)) {
    throw usageError(matcherErrorMessage(matcherHint(matcherName, undefined, undefined, options),
      RECEIVED_COLOR('received') + ' value must be a number or bigint', printWithType('Received', actual, printReceived)));
  }
  if (!isNum(expected)) {
    throw usageError(matcherErrorMessage(matcherHint(matcherName, undefined, undefined, options),
      EXPECTED_COLOR('expected') + ' value must be a number or bigint', printWithType('Expected', expected, printExpected)));
  }
}

function usageError(message) {
  const e = new Error(message);
  e.isMatcherUsageError = true;
  return e;
}

function getLabelPrinter(...labels) {
  const width = labels.reduce((m, s) => Math.max(m, s.length), 0);
  return (label) => label + ': ' + ' '.repeat(width - label.length);
}

module.exports = {
  EXPECTED_COLOR, RECEIVED_COLOR, INVERTED_COLOR, DIM_COLOR, BOLD_WEIGHT, SUGGEST_TO_CONTAIN_EQUAL,
  stringify, printReceived, printExpected, printWithType, getType, matcherHint, pluralize, diff,
  printDiffOrStringify, diffFormat, isDiffable, matcherErrorMessage, ensureNumbers, usageError, getLabelPrinter, highlightTrailingWhitespace,
  MatcherUsageError,
};
