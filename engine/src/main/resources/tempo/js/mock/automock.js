// Automatic mocks of a module's exports, as Jest's moduleMocker builds them from a module: functions
// become mock functions that return undefined (their own properties mocked too), classes become mock
// constructors whose prototype methods and static methods are mock functions, objects are mocked
// member by member, arrays become empty arrays, and primitives are kept. Cycles map to the same mock.
'use strict';

const SKIP_FUNCTION_KEYS = new Set(['length', 'name', 'arguments', 'caller', 'prototype']);

function createAutomock(fn) {
  // fn: the mock-function factory (mock/index fn)
  function ownKeys(obj, isFunction) {
    const keys = new Set();
    let o = obj;
    // Own keys and, for plain objects and class instances, inherited ones up to Object.prototype
    // (Jest walks the prototype chain except the built-in prototypes).
    while (o && o !== Object.prototype && o !== Function.prototype && o !== Array.prototype) {
      for (const k of Reflect.ownKeys(o)) {
        if (typeof k === 'string' && (k === '__proto__' || k === 'constructor')) continue;
        if (isFunction && SKIP_FUNCTION_KEYS.has(k)) continue;
        keys.add(k);
      }
      if (isFunction) break;
      o = Object.getPrototypeOf(o);
    }
    return keys;
  }

  function read(obj, key) {
    try {
      return obj[key];
    } catch (e) {
      return undefined;
    }
  }

  function mockValue(value, seen) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    if (seen.has(value)) return seen.get(value);
    if (typeof value === 'function') return mockFunction(value, seen);
    if (Array.isArray(value)) {
      const a = [];
      seen.set(value, a);
      return a;
    }
    if (value instanceof RegExp) return value;
    const out = {};
    seen.set(value, out);
    for (const k of ownKeys(value, false)) out[k] = mockValue(read(value, k), seen);
    return out;
  }

  function mockFunction(original, seen) {
    const m = fn();
    seen.set(original, m);
    if (original.name) {
      try { Object.defineProperty(m, 'name', { value: original.name, configurable: true }); } catch (e) { /* keep */ }
      m.mockName(original.name);
    }
    for (const k of ownKeys(original, true)) {
      if (k === 'mock' || k === '_isMockFunction') continue;
      try { m[k] = mockValue(read(original, k), seen); } catch (e) { /* not settable */ }
    }
    const proto = original.prototype;
    if (proto && typeof proto === 'object') {
      const mockedProto = Object.create(mockedParent(Object.getPrototypeOf(proto), seen));
      for (const k of Reflect.ownKeys(proto)) {
        if (k === 'constructor') continue;
        const d = Object.getOwnPropertyDescriptor(proto, k);
        if (d && typeof d.value === 'function') mockedProto[k] = mockValue(d.value, seen);
      }
      Object.defineProperty(mockedProto, 'constructor', { value: m, writable: true, configurable: true, enumerable: false });
      m.prototype = mockedProto;
    }
    return m;
  }

  // The mocked counterpart of a class's parent prototype (Object.prototype stays itself).
  function mockedParent(proto, seen) {
    if (!proto || proto === Object.prototype) return Object.prototype;
    if (seen.has(proto)) return seen.get(proto);
    const out = Object.create(mockedParent(Object.getPrototypeOf(proto), seen));
    seen.set(proto, out);
    for (const k of Reflect.ownKeys(proto)) {
      if (k === 'constructor') continue;
      const d = Object.getOwnPropertyDescriptor(proto, k);
      if (d && typeof d.value === 'function') out[k] = mockValue(d.value, seen);
    }
    return out;
  }

  /** The automatic mock of a module's exports (or of any value). */
  return function automock(exports) {
    const seen = new Map();
    if (exports && typeof exports === 'object' && Object.getPrototypeOf(exports) === null) {
      // an ES module namespace: mock each export into a plain object, keeping __esModule semantics
      const out = {};
      seen.set(exports, out);
      for (const k of Object.keys(exports)) out[k] = mockValue(read(exports, k), seen);
      if (!('__esModule' in out)) Object.defineProperty(out, '__esModule', { value: true });
      return out;
    }
    return mockValue(exports, seen);
  };
}

module.exports = { createAutomock };
