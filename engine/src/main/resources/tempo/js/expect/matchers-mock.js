// Matchers for mock functions (mock/index fn, spyOn): calls, returns, and their Jest aliases.
'use strict';

const u = require('./utils');
const { hint, usage } = require('./hint');
const { equals, plainEqual, userTesters, iterableEquality, testerList } = require('./equals');

const ITERABLE = [iterableEquality]; // the mock matchers' own equality testers (never changed)

const { printReceived, printExpected, printDiffOrStringify, stringify, RECEIVED_COLOR } = u;

function isMock(x) {
  return typeof x === 'function' && x._isMockFunction === true && !!x.mock;
}

function ensureMock(ctx, name, received, expectedArg) {
  if (!isMock(received)) {
    throw u.usageError('Expected value must be a mock function: ' + stringify(received));
  }
}

function ensureNoArgs(ctx, name, args) {
  if (args.length > 0) {
    throw usage(ctx, name, '', 'this matcher must not have an expected argument',
      u.printWithType('Expected', args[0], printExpected));
  }
}

function ensureCount(ctx, name, n, what) {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw usage(ctx, name, undefined, u.EXPECTED_COLOR('expected') + ' value must be a non-negative integer',
      u.printWithType('Expected', n, printExpected));
  }
}

function printCall(args) {
  return printReceived(args);
}

function listCalls(calls, indices) {
  return indices.map((i) => '  ' + (i + 1) + ': ' + printCall(calls[i])).join('\n');
}

function testers(ctx) {
  return testerList(ctx, ITERABLE);
}

function toHaveBeenCalled(received, ...args) {
  const name = 'toHaveBeenCalled';
  ensureMock(this, name, received, '');
  ensureNoArgs(this, name, args);
  const count = received.mock.calls.length;
  const pass = count > 0;
  const message = () => hint(this, name, '') + '\n\n'
    + 'Expected number of calls: ' + (pass ? printExpected(0) : '>= ' + printExpected(1)) + '\n'
    + 'Received number of calls: ' + printReceived(count);
  return { actual: count, expected: pass ? 0 : '>= 1', message, name, pass };
}

function toHaveBeenCalledOnce(received, ...args) {
  const name = 'toHaveBeenCalledOnce';
  ensureMock(this, name, received, '');
  ensureNoArgs(this, name, args);
  const count = received.mock.calls.length;
  const pass = count === 1;
  const message = () => hint(this, name) + '\n\n'
    + 'Expected number of calls: ' + (this.isNot ? 'not ' : '') + printExpected(1) + '\n'
    + 'Received number of calls: ' + printReceived(count);
  return { actual: count, expected: 1, message, name, pass };
}

function toHaveBeenCalledTimes(received, expected) {
  const name = 'toHaveBeenCalledTimes';
  ensureMock(this, name, received);
  ensureCount(this, name, expected);
  const count = received.mock.calls.length;
  const pass = count === expected;
  const message = () => hint(this, name) + '\n\n'
    + 'Expected number of calls: ' + (this.isNot ? 'not ' : '') + printExpected(expected) + '\n'
    + 'Received number of calls: ' + printReceived(count);
  return { actual: count, expected, message, name, pass };
}

function toHaveBeenCalledWith(received, ...expected) {
  const name = 'toHaveBeenCalledWith';
  ensureMock(this, name, received, '...expected');
  const calls = received.mock.calls;
  const t = testers(this);
  const matching = [];
  calls.forEach((c, i) => { if (equals(c, expected, t)) matching.push(i); });
  const pass = matching.length > 0;
  const h = () => hint(this, name, '...expected');
  const message = () => {
    if (pass) return h() + '\n\nExpected mock function not to have been called with: ' + printExpected(expected) + '\nBut it was.';
    if (calls.length === 0) return h() + '\n\nExpected: ' + printExpected(expected) + '\nBut it was not called.';
    if (calls.length === 1) return h() + '\n\n' + printDiffOrStringify(expected, calls[0], 'Expected', 'Received');
    // bun's layout, indentation included: the calls are printed at column 0, then indented as a block.
    return h() + '\n\n    ' + u.EXPECTED_COLOR('Expected') + ': ' + stringify(expected) + '\n'
      + '    ' + RECEIVED_COLOR('Received') + ':\n'
      + calls.map((c, i) => '              ' + (i + 1) + ': ' + stringify(c)).join('\n') + '\n\n'
      + '    Number of calls: ' + calls.length;
  };
  return { actual: calls, expected, message, name, pass, bunNoNewline: pass || calls.length === 0 };
}

function toHaveBeenLastCalledWith(received, ...expected) {
  const name = 'toHaveBeenLastCalledWith';
  ensureMock(this, name, received, '...expected');
  const calls = received.mock.calls;
  const last = calls.length > 0 ? calls[calls.length - 1] : undefined;
  const pass = calls.length > 0 && equals(last, expected, testers(this));
  const h = () => hint(this, name, '...expected');
  const message = () => {
    if (pass) return h() + '\n\nExpected last call not to be with: ' + printExpected(expected) + '\nBut it was.';
    if (calls.length === 0) return h() + '\n\nExpected: ' + printExpected(expected) + '\nBut it was not called.';
    return h() + '\n\n' + printDiffOrStringify(expected, last, 'Expected', 'Received');
  };
  return { actual: last, expected, message, name, pass, bunNoNewline: pass || calls.length === 0 };
}

function toHaveBeenNthCalledWith(received, nth, ...expected) {
  const name = 'toHaveBeenNthCalledWith';
  ensureMock(this, name, received, 'n, ...expected');
  if (typeof nth !== 'number' || !Number.isInteger(nth) || nth < 1) {
    throw usage(this, name, 'n, ...expected', u.EXPECTED_COLOR('n') + ' must be a positive integer',
      u.printWithType('n', nth, printExpected));
  }
  const calls = received.mock.calls;
  const call = calls[nth - 1];
  const pass = nth <= calls.length && equals(call, expected, testers(this));
  const h = () => hint(this, name, 'n', { secondArgument: '...expected', plainComma: true });
  const message = () => {
    if (pass) return h() + '\n\nExpected call #' + nth + ' not to be with: ' + printExpected(expected) + '\nBut it was.';
    if (nth > calls.length) {
      return h() + '\n\nCall #' + nth + ':\nExpected: ' + printExpected(expected) + '\nBut it was not called.';
    }
    return h() + '\n\nCall #' + nth + ':\n' + printDiffOrStringify(expected, call, 'Expected', 'Received');
  };
  return { actual: call, expected, message, name, pass, bunNoNewline: pass || nth > calls.length };
}

function returnsOf(mockFn) {
  return mockFn.mock.results.filter((r) => r.type === 'return');
}

function toHaveReturned(received, ...args) {
  const name = 'toHaveReturned';
  ensureMock(this, name, received, '');
  ensureNoArgs(this, name, args);
  const count = returnsOf(received).length;
  const pass = count > 0;
  const message = () => hint(this, name) + '\n\n'
    + returnCounts(pass ? '< ' : '>= ', 1, count, received.mock.calls.length);
  return { actual: count, expected: pass ? 0 : '>= 1', message, name, pass };
}

// bun's three lines (its spelling "succesful" kept), the numbers right under the expected count.
function returnCounts(op, expected, count, calls) {
  const label = 'Received number of succesful returns: ';
  const pad = ' '.repeat(op.length);
  return 'Expected number of succesful returns: ' + op + printExpected(expected) + '\n'
    + label + pad + printReceived(count) + '\n'
    + 'Received number of calls:'.padEnd(label.length) + pad + printReceived(calls);
}

function toHaveReturnedTimes(received, expected) {
  const name = 'toHaveReturnedTimes';
  ensureMock(this, name, received);
  ensureCount(this, name, expected);
  const count = returnsOf(received).length;
  const pass = count === expected;
  const message = () => hint(this, name) + '\n\n'
    + returnCounts(this.isNot ? '!= ' : '== ', expected, count, received.mock.calls.length);
  return { actual: count, expected, message, name, pass };
}

function printResult(r) {
  if (r.type === 'throw') return 'function call threw an error';
  if (r.type === 'incomplete') return 'function call has not returned yet';
  return printReceived(r.value);
}

function toHaveReturnedWith(received, expected) {
  const name = 'toHaveReturnedWith';
  ensureMock(this, name, received);
  const results = received.mock.results;
  const t = testers(this);
  const matching = [];
  results.forEach((r, i) => { if (r.type === 'return' && equals(r.value, expected, t)) matching.push(i); });
  const pass = matching.length > 0;
  const message = () => {
    const h = () => hint(this, name);
    if (pass) return h() + '\n\nExpected mock function not to have returned: ' + printExpected(expected);
    if (results.length === 1) {
      return h() + '\n\nExpected: ' + printExpected(expected) + '\nReceived: ' + printResult(results[0]);
    }
    return h() + '\n\nExpected: ' + printExpected(expected) + '\n'
      + (results.length ? 'Received:\n' + results.map((r, i) => '  ' + (i + 1) + ': ' + printResult(r)).join('\n') + '\n' : '')
      + '\nNumber of returns: ' + printReceived(returnsOf(received).length);
  };
  return { actual: results.map((r) => r.value), expected, message, name, pass, bunNoNewline: !pass };
}

function toHaveLastReturnedWith(received, expected) {
  const name = 'toHaveLastReturnedWith';
  ensureMock(this, name, received);
  const results = received.mock.results;
  const last = results[results.length - 1];
  const pass = !!last && last.type === 'return' && equals(last.value, expected, testers(this));
  const message = () => hint(this, 'toHaveBeenLastReturnedWith') + '\n\n'
    + 'Expected: ' + (this.isNot ? 'not ' : '') + printExpected(expected)
    + (last ? '\nReceived: ' + printResult(last) : '');
  return { actual: last && last.value, expected, message, name, pass, bunNoNewline: true };
}

function toHaveNthReturnedWith(received, nth, expected) {
  const name = 'toHaveNthReturnedWith';
  ensureMock(this, name, received, 'n, expected');
  if (typeof nth !== 'number' || !Number.isInteger(nth) || nth < 1) {
    throw usage(this, name, 'n, expected', u.EXPECTED_COLOR('n') + ' must be a positive integer',
      u.printWithType('n', nth, printExpected));
  }
  const results = received.mock.results;
  const r = results[nth - 1];
  const pass = !!r && r.type === 'return' && equals(r.value, expected, testers(this));
  const message = () => hint(this, name, 'n', { secondArgument: 'expected', plainComma: true }) + '\n\n'
    + 'Call ' + nth + ':\n'
    + 'Expected: ' + (this.isNot ? 'not ' : '') + printExpected(expected)
    + (r ? '\nReceived: ' + printResult(r) : '');
  return { actual: r && r.value, expected, message, name, pass, bunNoNewline: true };
}

// ---- passing-path checks (see matchers-core's): plain counts and calls with up to two arguments ----

toHaveBeenCalled.fast = (a, n) => (n === 0 && isMock(a) ? a.mock.calls.length > 0 : undefined);
toHaveBeenCalledOnce.fast = (a, n) => (n === 0 && isMock(a) ? a.mock.calls.length === 1 : undefined);
toHaveBeenCalledTimes.fast = (a, n, times) => (isMock(a) && typeof times === 'number' && times >= 0 && times % 1 === 0
  ? a.mock.calls.length === times : undefined);

// Whether one recorded call's arguments equal the expected ones (n of them, x and y), as equals would say.
function callIs(call, n, x, y) {
  if (!Array.isArray(call) || Object.getPrototypeOf(call) !== Array.prototype) return undefined;
  if (call.length !== n) return false;
  const first = n === 0 ? true : plainEqual(call[0], x, 1);
  return first === true && n === 2 ? plainEqual(call[1], y, 1) : first;
}

toHaveBeenCalledWith.fast = (a, n, x, y) => {
  if (n > 2 || userTesters.length > 0 || !isMock(a)) return undefined;
  const calls = a.mock.calls;
  let r = false;
  let answer;
  for (let i = 0; r !== true && i < calls.length; i++) {
    answer = callIs(calls[i], n, x, y);
    if (answer !== false) r = answer; // a match, or one that only equals can tell: no answer then
  }
  return r;
};

toHaveBeenLastCalledWith.fast = (a, n, x, y) => {
  if (n > 2 || userTesters.length > 0 || !isMock(a)) return undefined;
  const calls = a.mock.calls;
  return calls.length === 0 ? false : callIs(calls[calls.length - 1], n, x, y);
};

module.exports = {
  toHaveBeenCalled,
  toHaveBeenCalledOnce,
  toHaveBeenCalledTimes,
  toHaveBeenCalledWith,
  toHaveBeenLastCalledWith,
  toHaveBeenNthCalledWith,
  toHaveReturned,
  toHaveReturnedTimes,
  toHaveReturnedWith,
  toHaveLastReturnedWith,
  toHaveNthReturnedWith,
  // aliases
  toBeCalled: toHaveBeenCalled,
  toBeCalledTimes: toHaveBeenCalledTimes,
  toBeCalledWith: toHaveBeenCalledWith,
  lastCalledWith: toHaveBeenLastCalledWith,
  nthCalledWith: toHaveBeenNthCalledWith,
  toReturn: toHaveReturned,
  toReturnTimes: toHaveReturnedTimes,
  toReturnWith: toHaveReturnedWith,
  lastReturnedWith: toHaveLastReturnedWith,
  nthReturnedWith: toHaveNthReturnedWith,
  toHaveBeenLastReturnedWith: toHaveLastReturnedWith,
  toHaveBeenNthReturnedWith: toHaveNthReturnedWith,
};
