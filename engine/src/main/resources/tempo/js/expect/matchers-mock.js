// Matchers for mock functions (mock/index fn, spyOn): calls, returns, and their Jest aliases.
'use strict';

const u = require('./utils');
const { hint, usage } = require('./hint');
const { equals, iterableEquality } = require('./equals');

const { printReceived, printExpected, printDiffOrStringify, RECEIVED_COLOR } = u;

function isMock(x) {
  return typeof x === 'function' && x._isMockFunction === true && !!x.mock;
}

function ensureMock(ctx, name, received, expectedArg) {
  if (!isMock(received)) {
    throw usage(ctx, name, expectedArg, RECEIVED_COLOR('received') + ' value must be a mock or spy function',
      u.printWithType('Received', received, printReceived));
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
  return ctx.customTesters.concat([iterableEquality]);
}

function toHaveBeenCalled(received, ...args) {
  const name = 'toHaveBeenCalled';
  ensureMock(this, name, received, '');
  ensureNoArgs(this, name, args);
  const count = received.mock.calls.length;
  const pass = count > 0;
  const message = () => hint(this, name, '') + '\n\n'
    + 'Expected number of calls: ' + (pass ? printExpected(0) : '>= ' + printExpected(1)) + '\n'
    + 'Received number of calls: ' + printReceived(count)
    + (pass ? '\n\n' + listCalls(received.mock.calls, received.mock.calls.map((c, i) => i).slice(0, 3)) : '');
  return { actual: count, expected: pass ? 0 : '>= 1', message, name, pass };
}

function toHaveBeenCalledOnce(received, ...args) {
  const name = 'toHaveBeenCalledOnce';
  ensureMock(this, name, received, '');
  ensureNoArgs(this, name, args);
  const count = received.mock.calls.length;
  const pass = count === 1;
  const message = () => hint(this, name, '') + '\n\n'
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
  const h = hint(this, name, '...expected');
  const message = () => {
    if (pass) {
      return h + '\n\nExpected: not ' + printExpected(expected) + '\n'
        + 'Received:\n' + listCalls(calls, matching) + '\n\n'
        + 'Number of calls: ' + printReceived(calls.length);
    }
    if (calls.length === 0) {
      return h + '\n\nExpected: ' + printExpected(expected) + '\n\n'
        + 'Number of calls: ' + printReceived(0);
    }
    if (calls.length === 1) {
      return h + '\n\n' + printDiffOrStringify(expected, calls[0], 'Expected', 'Received') + '\n\n'
        + 'Number of calls: ' + printReceived(1);
    }
    return h + '\n\nExpected: ' + printExpected(expected) + '\n'
      + 'Received:\n' + listCalls(calls, calls.map((c, i) => i)) + '\n\n'
      + 'Number of calls: ' + printReceived(calls.length);
  };
  return { actual: calls, expected, message, name, pass };
}

function toHaveBeenLastCalledWith(received, ...expected) {
  const name = 'toHaveBeenLastCalledWith';
  ensureMock(this, name, received, '...expected');
  const calls = received.mock.calls;
  const last = calls.length > 0 ? calls[calls.length - 1] : undefined;
  const pass = calls.length > 0 && equals(last, expected, testers(this));
  const h = hint(this, name, '...expected');
  const message = () => {
    if (pass) return h + '\n\nExpected: not ' + printExpected(expected) + '\n\nNumber of calls: ' + printReceived(calls.length);
    if (calls.length === 0) return h + '\n\nExpected: ' + printExpected(expected) + '\n\nNumber of calls: ' + printReceived(0);
    return h + '\n\n' + printDiffOrStringify(expected, last, 'Expected', 'Received') + '\n\n'
      + 'Number of calls: ' + printReceived(calls.length);
  };
  return { actual: last, expected, message, name, pass };
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
  const h = hint(this, name, 'n, ...expected');
  const message = () => {
    if (pass) return h + '\n\nn: ' + nth + '\nExpected: not ' + printExpected(expected) + '\n\nNumber of calls: ' + printReceived(calls.length);
    if (nth > calls.length) {
      return h + '\n\nn: ' + nth + '\nExpected: ' + printExpected(expected) + '\n\nNumber of calls: ' + printReceived(calls.length);
    }
    return h + '\n\nCall #' + nth + ':\n' + printDiffOrStringify(expected, call, 'Expected', 'Received') + '\n\n'
      + 'Number of calls: ' + printReceived(calls.length);
  };
  return { actual: call, expected, message, name, pass };
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
  const message = () => hint(this, name, '') + '\n\n'
    + 'Expected number of returns: ' + (pass ? printExpected(0) : '>= ' + printExpected(1)) + '\n'
    + 'Received number of returns: ' + printReceived(count) + '\n'
    + 'Received number of calls:   ' + printReceived(received.mock.calls.length);
  return { actual: count, expected: pass ? 0 : '>= 1', message, name, pass };
}

function toHaveReturnedTimes(received, expected) {
  const name = 'toHaveReturnedTimes';
  ensureMock(this, name, received);
  ensureCount(this, name, expected);
  const count = returnsOf(received).length;
  const pass = count === expected;
  const message = () => hint(this, name) + '\n\n'
    + 'Expected number of returns: ' + (this.isNot ? 'not ' : '') + printExpected(expected) + '\n'
    + 'Received number of returns: ' + printReceived(count) + '\n'
    + 'Received number of calls:   ' + printReceived(received.mock.calls.length);
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
    const h = hint(this, name);
    if (pass) {
      return h + '\n\nExpected: not ' + printExpected(expected) + '\n'
        + 'Received:\n' + matching.map((i) => '  ' + (i + 1) + ': ' + printResult(results[i])).join('\n') + '\n\n'
        + 'Number of returns: ' + printReceived(returnsOf(received).length);
    }
    if (results.length === 1) {
      return h + '\n\nExpected: ' + printExpected(expected) + '\nReceived: ' + printResult(results[0]) + '\n\n'
        + 'Number of returns: ' + printReceived(returnsOf(received).length);
    }
    return h + '\n\nExpected: ' + printExpected(expected) + '\n'
      + (results.length ? 'Received:\n' + results.map((r, i) => '  ' + (i + 1) + ': ' + printResult(r)).join('\n') + '\n' : '')
      + '\nNumber of returns: ' + printReceived(returnsOf(received).length);
  };
  return { actual: results.map((r) => r.value), expected, message, name, pass };
}

function toHaveLastReturnedWith(received, expected) {
  const name = 'toHaveLastReturnedWith';
  ensureMock(this, name, received);
  const results = received.mock.results;
  const last = results[results.length - 1];
  const pass = !!last && last.type === 'return' && equals(last.value, expected, testers(this));
  const message = () => hint(this, name) + '\n\n'
    + 'Expected: ' + (this.isNot ? 'not ' : '') + printExpected(expected) + '\n'
    + (last ? 'Received: ' + printResult(last) + '\n' : '') + '\n'
    + 'Number of returns: ' + printReceived(returnsOf(received).length);
  return { actual: last && last.value, expected, message, name, pass };
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
  const message = () => hint(this, name, 'n, expected') + '\n\n'
    + 'n: ' + nth + '\n'
    + 'Expected: ' + (this.isNot ? 'not ' : '') + printExpected(expected) + '\n'
    + (r ? 'Received: ' + printResult(r) + '\n' : '') + '\n'
    + 'Number of returns: ' + printReceived(returnsOf(received).length);
  return { actual: r && r.value, expected, message, name, pass };
}

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
