// Jest-style per-test assertion state. The runner resets it before each test (reset or setState) and
// reads it after (getState, extractExpectedAssertionsErrors).
'use strict';

function fresh() {
  return {
    assertionCalls: 0,
    expectedAssertionsNumber: null,
    expectedAssertionsNumberError: undefined,
    isExpectingAssertions: false,
    isExpectingAssertionsError: undefined,
    suppressedErrors: [],
    currentTestName: undefined,
    testPath: undefined,
    expand: false,
  };
}

// The current state, as a property: the hottest path (counting a matcher call) reads it without a call.
const holder = { current: fresh() };

function get() {
  return holder.current;
}

function set(partial) {
  Object.assign(holder.current, partial || {});
}

/** A test starts: fresh counts (field by field: cheaper than set() on the hot path). */
function beginTest(name, path) {
  const s = holder.current;
  s.assertionCalls = 0;
  s.expectedAssertionsNumber = null;
  s.isExpectingAssertions = false;
  s.currentTestName = name;
  s.testPath = path;
}

function reset() {
  holder.current = fresh();
}

// Errors for unmet expect.assertions(n) / expect.hasAssertions(), as [{ actual, expected, error }];
// clears the counting state so the next test starts afresh.
function extractExpectedAssertionsErrors() {
  const s = holder.current;
  // expect.soft failures come first, in the order they happened.
  const result = s.suppressedErrors.length === 0 ? []
    : s.suppressedErrors.map((error) => ({ actual: undefined, error, expected: undefined }));
  if (s.suppressedErrors.length > 0) s.suppressedErrors = [];
  const calls = s.assertionCalls;
  const n = s.expectedAssertionsNumber;
  if (typeof n === 'number' && calls !== n) {
    const error = s.expectedAssertionsNumberError || new Error();
    // bun's wording (Jest's is longer): "expected 2 assertions, but test ended with 1 assertion".
    error.name = 'AssertionError';
    error.message = 'expected ' + count(n, 'assertion') + ', but test ended with ' + count(calls, 'assertion');
    fixStack(error);
    result.push({ actual: String(calls), error, expected: String(n) });
  }
  if (s.isExpectingAssertions && calls === 0) {
    const error = s.isExpectingAssertionsError || new Error();
    error.name = 'AssertionError';
    error.message = 'received 0 assertions, but expected at least one assertion to be called';
    fixStack(error);
    result.push({ actual: 'none', error, expected: 'at least one' });
  }
  s.assertionCalls = 0;
  s.expectedAssertionsNumber = null;
  s.expectedAssertionsNumberError = undefined;
  s.isExpectingAssertions = false;
  s.isExpectingAssertionsError = undefined;
  return result;
}

const count = (n, word) => n + ' ' + word + (n === 1 ? '' : 's');

// The error was created empty where expect.assertions() was called; give its stack the message.
function fixStack(error) {
  try {
    const stack = String(error.stack || '');
    const nl = stack.indexOf('\n');
    const frames = nl === -1 ? '' : stack.slice(nl);
    Object.defineProperty(error, 'stack', { value: 'Error: ' + error.message + frames, writable: true, configurable: true });
  } catch (e) { /* leave it */ }
}

module.exports = { holder, get, set, reset, beginTest, extractExpectedAssertionsErrors };
