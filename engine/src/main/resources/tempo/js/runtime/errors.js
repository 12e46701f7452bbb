// Turns whatever was thrown into the plain record the host reports: name, message, stack and, for
// assertion failures, the printed expected/actual values.
'use strict';

/** A value that is not an Error, thrown synchronously: the host captured where (stack text). */
class ThrownAt {
  constructor(value, stack) {
    this.value = value;
    this.stack = stack;
  }
}

function isErrorLike(e) {
  return e instanceof Error || (e && typeof e === 'object' && typeof e.message === 'string' && typeof e.stack === 'string');
}

function describeThrown(e, inspect) {
  let stack = null;
  if (e instanceof ThrownAt) {
    stack = e.stack;
    e = e.value;
  }
  if (isErrorLike(e)) {
    const mr = e.matcherResult;
    return {
      name: String(e.name || 'Error'),
      message: String(e.message),
      stack: String(e.stack || ''),
      expected: mr && mr.expected !== undefined ? String(mr.expected) : null,
      actual: mr && mr.actual !== undefined ? String(mr.actual) : null,
      thrown: null,
    };
  }
  // As bun: the heading is "error: <value>" for a primitive, "Name: message" for an object with a
  // message, a bare "error" for other objects; without a location the value itself is printed under it.
  let name = '';
  let message = '';
  if (e !== null && (typeof e === 'object' || typeof e === 'function')) {
    if (typeof e.message === 'string') {
      name = typeof e.name === 'string' && e.name ? e.name : 'Error';
      message = e.message;
    }
  } else {
    message = typeof e === 'symbol' ? e.toString() : String(e);
  }
  let thrown = null;
  if (stack === null) {
    try {
      thrown = typeof e === 'string' ? e : inspect(e);
    } catch (err) {
      thrown = String(e);
    }
  }
  return { name, message, stack: stack || '', expected: null, actual: null, thrown };
}

module.exports = { describeThrown, ThrownAt };
