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

/**
 * An error's stack as V8's default text. A test file's Error.prepareStackTrace may have made it something
 * else: an array of call sites becomes "Name: message" and one "    at <site>" line per site.
 */
function stackText(e) {
  let stack;
  try {
    stack = e.stack;
  } catch (err) {
    return '';
  }
  if (typeof stack === 'string') return stack;
  if (Array.isArray(stack) && stack.length > 0 && stack.every((s) => s && typeof s.getFileName === 'function')) {
    let header;
    try {
      header = Error.prototype.toString.call(e);
    } catch (err) {
      header = 'Error';
    }
    return header + stack.map((site) => '\n    at ' + String(site)).join('');
  }
  return stack ? String(stack) : '';
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
      stack: stackText(e),
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

/**
 * An error's name and message as Error.prototype.toString reads them (a missing name is "Error", a missing
 * message ""); { name: 'Error', message: '' } when reading them throws (a getter, a revoked proxy).
 */
function nameAndMessage(e) {
  try {
    return {
      name: e.name === undefined ? 'Error' : String(e.name),
      message: e.message === undefined ? '' : String(e.message),
    };
  } catch (err) {
    return { name: 'Error', message: '' };
  }
}

/**
 * Whether e is the engine's interrupt itself (what stopped a synchronous hang), not a JS error: an async
 * function that awaits in a finally block catches it as it unwinds and later rejects its promise with it.
 * It passes instanceof Error but, not being a JS object, has no [[ErrorData]].
 */
function isInterrupt(e) {
  return e instanceof Error && Object.prototype.toString.call(e) !== '[object Error]'
    && e.message === 'Execution got interrupted.';
}

module.exports = { describeThrown, isInterrupt, nameAndMessage, stackText, ThrownAt };
