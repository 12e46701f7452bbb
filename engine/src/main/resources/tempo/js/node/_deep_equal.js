// Node's deep equality (assert.deepStrictEqual / deepEqual, util.isDeepStrictEqual), written from the
// documented rules: strict mode compares prototypes, [[Class]] tags and uses Object.is for primitives;
// loose mode uses == for primitives and ignores prototypes. Maps/Sets compare unordered; cycles are fine.
'use strict';

const types = require('./util/types');
const hasOwn = Object.prototype.hasOwnProperty;
const isEnum = Object.prototype.propertyIsEnumerable;

function keysOf(o, strict) {
  const keys = Object.keys(o);
  if (strict) {
    for (const s of Object.getOwnPropertySymbols(o)) if (isEnum.call(o, s)) keys.push(s);
  }
  return keys;
}

function primEqual(a, b, strict) {
  if (strict) return Object.is(a, b);
  // eslint-disable-next-line eqeqeq
  return a == b || (a !== a && b !== b);
}

function equal(a, b, strict, memo) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  const ta = typeof a, tb = typeof b;
  if (ta !== 'object' && ta !== 'function' || a === null || tb !== 'object' && tb !== 'function' || b === null) {
    if (strict) return Object.is(a, b);
    if ((ta === 'object' && a !== null) || (tb === 'object' && b !== null)) return false;
    return primEqual(a, b, false);
  }
  if (ta === 'function' || tb === 'function') return false;
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const tagA = Object.prototype.toString.call(a);
  if (tagA !== Object.prototype.toString.call(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;

  // cycle detection: pairs already being compared are assumed equal
  if (memo.has(a)) {
    const m = memo.get(a);
    if (m.has(b)) return true;
  }
  if (!memo.has(a)) memo.set(a, new Set());
  memo.get(a).add(b);

  if (types.isDate(a)) {
    if (!types.isDate(b) || a.getTime() !== b.getTime()) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (types.isNativeError(a) || a instanceof Error) {
    if (!(types.isNativeError(b) || b instanceof Error) || a.message !== b.message || a.name !== b.name) return false;
    if ('cause' in a !== 'cause' in b || ('cause' in a && !equal(a.cause, b.cause, strict, memo))) return false;
    if (a.errors !== undefined || b.errors !== undefined) {
      if (!equal(a.errors, b.errors, strict, memo)) return false;
    }
  } else if (types.isBoxedPrimitive(a)) {
    if (!types.isBoxedPrimitive(b) || !Object.is(a.valueOf(), b.valueOf())) return false;
  } else if (ArrayBuffer.isView(a)) {
    if (!ArrayBuffer.isView(b)) return false;
    if (a.byteLength !== b.byteLength) return false;
    if (!strict && (types.isFloat32Array(a) || types.isFloat64Array(a))) {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    } else {
      const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    }
    const ka = keysOf(a, strict).filter((k) => typeof k !== 'string' || !/^\d+$/.test(k));
    const kb = keysOf(b, strict).filter((k) => typeof k !== 'string' || !/^\d+$/.test(k));
    return keysEqual(a, b, ka, kb, strict, memo);
  } else if (types.isAnyArrayBuffer(a)) {
    if (a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a), y = new Uint8Array(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  } else if (types.isWeakMap(a) || types.isWeakSet(a)) {
    return false;
  }

  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const ha = hasOwn.call(a, i), hb = hasOwn.call(b, i);
      if (strict && ha !== hb) return false;
      if (!equal(a[i], b[i], strict, memo)) return false;
    }
    const ka = keysOf(a, strict).filter((k) => typeof k !== 'string' || !/^\d+$/.test(k));
    const kb = keysOf(b, strict).filter((k) => typeof k !== 'string' || !/^\d+$/.test(k));
    return keysEqual(a, b, ka, kb, strict, memo);
  }

  if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    if (!mapEqual(a, b, strict, memo)) return false;
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    if (!setEqual(a, b, strict, memo)) return false;
  } else if (types.isMap(b) || types.isSet(b)) {
    return false;
  }

  return keysEqual(a, b, keysOf(a, strict), keysOf(b, strict), strict, memo);
}

function keysEqual(a, b, ka, kb, strict, memo) {
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!isEnum.call(b, k)) return false;
  }
  for (const k of ka) {
    if (!equal(a[k], b[k], strict, memo)) return false;
  }
  return true;
}

function setEqual(a, b, strict, memo) {
  let rest = null;
  for (const v of a) {
    if (typeof v === 'object' && v !== null || (!strict && !b.has(v))) {
      (rest || (rest = [])).push(v);
    } else if (!b.has(v)) {
      return false;
    }
  }
  if (rest === null) return true;
  const candidates = [];
  for (const v of b) {
    if ((typeof v === 'object' && v !== null) || !a.has(v)) candidates.push(v);
  }
  for (const v of rest) {
    const i = candidates.findIndex((c) => equal(v, c, strict, new Map(memo)));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return true;
}

function mapEqual(a, b, strict, memo) {
  let rest = null;
  for (const [k, v] of a) {
    if (typeof k === 'object' && k !== null) {
      (rest || (rest = [])).push([k, v]);
    } else if (b.has(k)) {
      if (!equal(v, b.get(k), strict, memo)) return false;
    } else if (strict) {
      return false;
    } else {
      (rest || (rest = [])).push([k, v]);
    }
  }
  if (rest === null) return true;
  const candidates = [];
  for (const [k, v] of b) {
    if ((typeof k === 'object' && k !== null) || !a.has(k)) candidates.push([k, v]);
  }
  for (const [k, v] of rest) {
    const i = candidates.findIndex(([ck, cv]) => equal(k, ck, strict, new Map(memo)) && equal(v, cv, strict, new Map(memo)));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return true;
}

function isDeepStrictEqual(a, b) {
  return equal(a, b, true, new Map());
}

function isDeepEqual(a, b) {
  return equal(a, b, false, new Map());
}

module.exports = { isDeepStrictEqual, isDeepEqual };
