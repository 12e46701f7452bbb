// structuredClone: the HTML structured clone algorithm for the common types.
'use strict';

const DOMException = require('./dom_exception');
const types = require('../node/util/types');

const errorCtors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function describe(v) {
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') {
    try { return Function.prototype.toString.call(v); } catch (e) { return 'function'; }
  }
  return Object.prototype.toString.call(v);
}

function cloneError(v) {
  return new DOMException(describe(v) + ' could not be cloned.', 'DataCloneError');
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    const e = new TypeError('The "value" argument must be specified');
    e.code = 'ERR_MISSING_ARGS';
    throw e;
  }
  const memo = new Map();
  const transfer = options && options.transfer ? options.transfer : [];

  function clone(v) {
    if (typeof v === 'symbol' || typeof v === 'function') throw cloneError(v);
    if (v === null || typeof v !== 'object') return v;
    if (memo.has(v)) return memo.get(v);
    let out;
    if (types.isBoxedPrimitive(v)) {
      if (types.isSymbolObject(v)) throw cloneError(v);
      out = Object(v.valueOf());
      memo.set(v, out);
      return out;
    }
    if (types.isDate(v)) { out = new Date(v.getTime()); memo.set(v, out); return out; }
    if (types.isRegExp(v)) { out = new RegExp(v.source, v.flags); memo.set(v, out); return out; }
    if (types.isArrayBuffer(v)) {
      out = transfer.includes(v) ? v : v.slice(0);
      memo.set(v, out);
      return out;
    }
    if (ArrayBuffer.isView(v)) {
      const buf = clone(v.buffer);
      if (v instanceof DataView) out = new DataView(buf, v.byteOffset, v.byteLength);
      else {
        const name = Object.prototype.toString.call(v).slice(8, -1);
        const Ctor = typeof globalThis[name] === 'function' ? globalThis[name] : Uint8Array;
        out = new Ctor(buf, v.byteOffset, v.length);
      }
      memo.set(v, out);
      return out;
    }
    const tag = Object.prototype.toString.call(v);
    if (tag === '[object Blob]' || tag === '[object File]') {
      out = require('./blob').cloneBlob(v);
      if (out === null) throw cloneError(v);
      memo.set(v, out);
      return out;
    }
    if (types.isMap(v)) {
      out = new Map();
      memo.set(v, out);
      for (const [k, x] of v) out.set(clone(k), clone(x));
      return out;
    }
    if (types.isSet(v)) {
      out = new Set();
      memo.set(v, out);
      for (const x of v) out.add(clone(x));
      return out;
    }
    if (types.isNativeError(v) || v instanceof Error) {
      const name = errorCtors[v.name] ? v.name : 'Error';
      out = Object.create(errorCtors[name].prototype);
      memo.set(v, out);
      const message = v.message;
      if (message !== undefined) Object.defineProperty(out, 'message', { value: String(message), writable: true, configurable: true });
      if (typeof v.stack === 'string') Object.defineProperty(out, 'stack', { value: v.stack, writable: true, configurable: true });
      if ('cause' in v) Object.defineProperty(out, 'cause', { value: clone(v.cause), writable: true, configurable: true });
      return out;
    }
    if (types.isPromise(v) || types.isWeakMap(v) || types.isWeakSet(v) || types.isGeneratorObject(v) ||
        v instanceof (globalThis.EventTarget || function () {})) {
      throw cloneError(v);
    }
    if (Array.isArray(v)) {
      out = new Array(v.length);
      memo.set(v, out);
      for (const k of Object.keys(v)) out[k] = clone(v[k]);
      return out;
    }
    out = {};
    memo.set(v, out);
    for (const k of Object.keys(v)) out[k] = clone(v[k]);
    return out;
  }

  return clone(value);
}

module.exports = { structuredClone };
