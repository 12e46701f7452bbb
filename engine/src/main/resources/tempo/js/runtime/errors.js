// Turns whatever was thrown into the plain record the host reports: name, message, stack and, for
// assertion failures, the printed expected/actual values.
'use strict';

function describeThrown(e, inspect) {
  if (e instanceof Error || (e && typeof e === 'object' && typeof e.message === 'string' && typeof e.stack === 'string')) {
    const mr = e.matcherResult;
    return {
      name: String(e.name || 'Error'),
      message: String(e.message),
      stack: String(e.stack || ''),
      expected: mr && mr.expected !== undefined ? String(mr.expected) : null,
      actual: mr && mr.actual !== undefined ? String(mr.actual) : null,
    };
  }
  let text;
  try {
    text = typeof e === 'string' ? e : inspect(e);
  } catch (err) {
    text = String(e);
  }
  return { name: '', message: text, stack: '', expected: null, actual: null };
}

module.exports = { describeThrown };
