// toThrow / toThrowError: no argument, a class, a message substring, a RegExp, an error object, or an
// asymmetric matcher. Under .rejects the rejection reason is the thrown value.
'use strict';

const u = require('./utils');
const { hint, usage } = require('./hint');
const { isAsymmetric } = require('./equals');

const { printReceived, printExpected, EXPECTED_COLOR, RECEIVED_COLOR } = u;

function thrownInfo(value) {
  const hasMessage = value !== null && value !== undefined && typeof value.message === 'string';
  return {
    value,
    isError: value instanceof Error,
    hasMessage,
    message: hasMessage ? value.message : String(value),
  };
}

function errorName(v) {
  try {
    if (v && typeof v.name === 'string') return v.name;
    if (v && v.constructor && v.constructor.name) return v.constructor.name;
  } catch (e) { /* exotic */ }
  return typeof v;
}

function className(fn) {
  return (fn && fn.name) || 'anonymous';
}

const DID_NOT_THROW = 'Received function did not throw';

function makeToThrow(name) {
  return function (received, expected) {
    const fromPromise = this.promise === 'rejects';
    const expectedArg = arguments.length >= 2 ? undefined : '';
    let thrown = null;
    let returned;
    if (fromPromise) {
      thrown = thrownInfo(received);
    } else {
      if (typeof received !== 'function') {
        throw u.usageError('Expected value must be a function');
      }
      try {
        returned = received();
      } catch (e) {
        thrown = thrownInfo(e);
      }
    }
    // bun's hint says toThrow for toThrowError too; built only for a message
    const h = () => hint(this, 'toThrow', expectedArg);
    const not = this.isNot ? 'not ' : '';
    const receivedMessage = () => (thrown ? 'Received message: ' + printReceived(thrown.message) : '');
    const didNotThrow = () => DID_NOT_THROW + (fromPromise ? '' : '\nReceived value: ' + printReceived(returned));
    let pass;
    let message;

    if (expected === undefined && arguments.length < 2 || expected === undefined) {
      pass = thrown !== null;
      message = pass
        ? () => h() + '\n\n' + (thrown.hasMessage || thrown.isError
          ? 'Error name: ' + printReceived(errorName(thrown.value)) + '\nError message: ' + printReceived(thrown.message)
          : 'Thrown value: ' + printReceived(thrown.value))
        : () => h() + '\n\n' + didNotThrow();
    } else if (typeof expected === 'function' && !isAsymmetric(expected)) {
      pass = thrown !== null && thrown.value instanceof expected;
      message = () => {
        let s = h() + '\n\nExpected constructor: ' + not + EXPECTED_COLOR(className(expected)) + '\n';
        if (thrown === null) return s + '\n' + didNotThrow();
        const ctor = thrown.value != null && thrown.value.constructor;
        if (!pass || ctor !== expected) s += 'Received constructor: ' + RECEIVED_COLOR(className(ctor)) + '\n';
        return s + '\n' + receivedMessage();
      };
    } else if (typeof expected === 'string') {
      pass = thrown !== null && thrown.message.includes(expected);
      message = () => h() + '\n\nExpected substring: ' + not + printExpected(expected) + '\n'
        + (thrown === null ? '\n' + didNotThrow() : receivedMessage());
    } else if (expected instanceof RegExp) {
      pass = thrown !== null && new RegExp(expected.source, expected.flags.replace(/[gy]/g, '')).test(thrown.message);
      message = () => h() + '\n\nExpected pattern: ' + not + printExpected(expected) + '\n'
        + (thrown === null ? '\n' + didNotThrow() : receivedMessage());
    } else if (isAsymmetric(expected)) {
      pass = thrown !== null && !!expected.asymmetricMatch(thrown.value);
      message = () => h() + '\n\nExpected value: ' + not + printExpected(expected) + '\n'
        + (thrown === null ? '\n' + didNotThrow() : 'Received value: ' + printReceived(thrown.value));
    } else if (expected !== null && typeof expected === 'object') {
      const expectedMessage = typeof expected.message === 'string' ? expected.message : String(expected);
      pass = thrown !== null && thrown.message === expectedMessage;
      message = () => h() + '\n\nExpected message: ' + not + printExpected(expectedMessage) + '\n'
        + (thrown === null ? '\n' + didNotThrow() : receivedMessage());
    } else {
      throw usage(this, name, undefined,
        EXPECTED_COLOR('expected') + ' value must be a string or regular expression or class or error',
        u.printWithType('Expected', expected, printExpected));
    }
    return { actual: thrown ? thrown.value : undefined, expected, message, name, pass };
  };
}

module.exports = {
  toThrow: makeToThrow('toThrow'),
  toThrowError: makeToThrow('toThrowError'),
};
