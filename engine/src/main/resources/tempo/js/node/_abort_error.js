// The AbortError Node's promise APIs (events.once, timers/promises) reject with when their signal aborts.
'use strict';

function abortError(signal) {
  const e = new Error('The operation was aborted');
  e.name = 'AbortError';
  e.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) e.cause = signal.reason;
  return e;
}

module.exports = { abortError };
