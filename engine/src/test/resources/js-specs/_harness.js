// Helpers for the specs of tempo's own JavaScript (see JsSpecsTest.java). No test framework here on
// purpose: these specs test the pieces the framework is built from.
globalThis.__specs = [];

globalThis.spec = function spec(name, fn) {
  __specs.push({
    name,
    run() {
      const outcome = { done: false, error: null };
      const fail = (e) => {
        outcome.done = true;
        outcome.error = e && e.stack ? String(e.stack) : String(e);
      };
      try {
        const r = fn();
        if (r && typeof r.then === 'function') {
          r.then(() => { outcome.done = true; }, fail);
        } else {
          outcome.done = true;
        }
      } catch (e) {
        fail(e);
      }
      return outcome;
    },
  });
};

function show(v) {
  try {
    return JSON.stringify(v, (k, x) => (typeof x === 'bigint' ? x + 'n' : x === undefined ? '<undefined>' : x));
  } catch (e) {
    return String(v);
  }
}

globalThis.ok = function ok(cond, message) {
  if (!cond) throw new Error('expected truthy: ' + (message || ''));
};

globalThis.eq = function eq(actual, expected, message) {
  const a = show(actual), b = show(expected);
  if (a !== b) throw new Error((message ? message + ': ' : '') + 'expected ' + b + '\n     got ' + a);
};

// throws(fn, pattern?): fn must throw; pattern (RegExp or substring) is matched against the message.
globalThis.throws = function throws(fn, pattern) {
  let error;
  try { fn(); } catch (e) { error = e; }
  if (!error) throw new Error('expected a throw' + (pattern ? ' matching ' + pattern : ''));
  const msg = String(error && error.message !== undefined ? error.message : error);
  if (pattern instanceof RegExp ? !pattern.test(msg) : pattern && !msg.includes(pattern)) {
    throw new Error('thrown message did not match ' + pattern + ':\n' + msg);
  }
  return error;
};

// Strips ANSI colour codes so message checks read plainly.
globalThis.plain = (s) => String(s).replace(/\u001b\[[0-9;]*m/g, '');
