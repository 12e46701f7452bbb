// Headers (the Fetch standard): a list of name/value pairs, names compared without case and kept
// lower-cased; iteration is sorted by name with repeated names joined by ", ", except set-cookie, whose values
// stay apart (as in bun).
'use strict';

// Headers -> [[name, value], ...] in insertion order; nothing of it is an own property of the object.
const lists = new WeakMap();

const { valuesOf, setPair, deletePairs } = require('./_pairs');

/** An HTTP token: what a header name and a method are made of. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function checkedName(name) {
  const n = String(name);
  if (!TOKEN.test(n)) throw new TypeError("Invalid header name: '" + n + "'");
  return n.toLowerCase();
}

/** A value with leading and trailing HTTP whitespace removed; NUL, CR and LF are refused. */
function checkedValue(name, value) {
  const v = String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
  if (/[\0\r\n]/.test(v)) throw new TypeError("Invalid header value for '" + name + "'");
  return v;
}

function list(headers, member) {
  const l = lists.get(headers);
  if (!l) throw new TypeError('Headers.prototype.' + member + ' called on an object that is not a Headers');
  return l;
}

class Headers {
  constructor(init) {
    lists.set(this, []);
    if (init === undefined || init === null) return;
    if (init instanceof Headers) {
      for (const [k, v] of lists.get(init)) this.append(k, v);
    } else if (typeof init === 'object' && typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        const p = Array.from(pair);
        if (p.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + p.length + '.');
        this.append(p[0], p[1]);
      }
    } else if (typeof init === 'object') {
      for (const k of Object.keys(init)) this.append(k, init[k]);
    } else {
      throw new TypeError("Failed to construct 'Headers': The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.");
    }
  }

  append(name, value) {
    const n = checkedName(name);
    list(this, 'append').push([n, checkedValue(n, value)]);
  }

  set(name, value) {
    const n = checkedName(name);
    setPair(list(this, 'set'), n, checkedValue(n, value));
  }

  get(name) {
    const values = valuesOf(list(this, 'get'), checkedName(name));
    return values.length === 0 ? null : values.join(', ');
  }

  getAll(name) {
    return valuesOf(list(this, 'getAll'), checkedName(name));
  }

  getSetCookie() {
    return valuesOf(list(this, 'getSetCookie'), 'set-cookie');
  }

  has(name) {
    const n = checkedName(name);
    return list(this, 'has').some((p) => p[0] === n);
  }

  delete(name) {
    deletePairs(list(this, 'delete'), checkedName(name));
  }

  forEach(callback, thisArg) {
    for (const [k, v] of this.entries()) callback.call(thisArg, v, k, this);
  }

  get count() { return sortedAndCombined(list(this, 'count')).length; }

  toJSON() {
    const out = {};
    for (const [k, v] of sortedAndCombined(list(this, 'toJSON'))) {
      if (k === 'set-cookie') (out[k] || (out[k] = [])).push(v);
      else out[k] = v;
    }
    return out;
  }

  * entries() { yield* sortedAndCombined(list(this, 'entries')); }
  * keys() { for (const [k] of this.entries()) yield k; }
  * values() { for (const [, v] of this.entries()) yield v; }
  [Symbol.iterator]() { return this.entries(); }
  get [Symbol.toStringTag]() { return 'Headers'; }

  // bun prints a Headers as its entries: Headers { "a": "1" }.
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const body = this.toJSON();
    const shown = typeof inspect === 'function' ? inspect(body, options) : JSON.stringify(body);
    return 'Headers ' + shown;
  }
}

/** The pairs as iteration gives them: sorted by name, repeated names joined by ", " (set-cookie apart). */
function sortedAndCombined(pairs) {
  const names = [...new Set(pairs.map((p) => p[0]))].sort();
  const out = [];
  for (const n of names) {
    const values = valuesOf(pairs, n);
    if (n === 'set-cookie') for (const v of values) out.push([n, v]);
    else out.push([n, values.join(', ')]);
  }
  return out;
}

module.exports = { Headers, TOKEN };
