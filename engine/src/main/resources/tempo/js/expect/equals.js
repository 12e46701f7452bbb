// Deep equality with Jest's semantics (toEqual / toStrictEqual / toMatchObject building blocks).
//
// equals(a, b, customTesters?, strictCheck?)
//   customTesters: functions (a, b, customTesters) => true | false | undefined (undefined = no opinion),
//   called with `this` = { equals }; they apply recursively.
//   strictCheck: undefined-valued properties count and must exist on both sides.
'use strict';

const ASYMMETRIC = Symbol.for('jest.asymmetricMatcher');

const toStr = Object.prototype.toString;
const hasOwn = Object.prototype.hasOwnProperty;

function isAsymmetric(x) {
  return !!x && (typeof x === 'object' || typeof x === 'function') && x.$$typeof === ASYMMETRIC
    && typeof x.asymmetricMatch === 'function';
}

function asymmetricMatch(a, b, customTesters) {
  const aa = isAsymmetric(a), ba = isAsymmetric(b);
  if (aa && ba) return undefined;
  if (aa) return !!a.asymmetricMatch(b, customTesters);
  if (ba) return !!b.asymmetricMatch(a, customTesters);
  return undefined;
}

function isEnumerableSymbol(obj, s) {
  const d = Object.getOwnPropertyDescriptor(obj, s);
  return !!d && d.enumerable;
}

// Own enumerable keys (strings, then symbols) that count under keyCounts (hasKey, or hasDefinedKey, which
// leaves out undefined-valued ones under toEqual).
function keysOf(obj, keyCounts) {
  const names = Object.keys(obj);
  let out = names;
  if (keyCounts !== hasKey) {
    out = [];
    for (let i = 0; i < names.length; i++) if (keyCounts(obj, names[i])) out.push(names[i]);
  }
  const symbols = Object.getOwnPropertySymbols(obj);
  for (let i = 0; i < symbols.length; i++) if (isEnumerableSymbol(obj, symbols[i])) out.push(symbols[i]);
  return out;
}

function hasKey(obj, key) {
  return hasOwn.call(obj, key);
}

function hasDefinedKey(obj, key) {
  return hasKey(obj, key) && obj[key] !== undefined;
}

function isDomNode(x) {
  return x !== null && typeof x === 'object' && typeof x.nodeType === 'number' && typeof x.nodeName === 'string'
    && typeof x.isEqualNode === 'function';
}

function equals(a, b, customTesters, strictCheck) {
  const testers = customTesters || [];
  // The testers that can have an opinion on two primitives, on two plain arrays, and on two plain
  // objects. The user's always can; tempo's own are marked where they have none, so the commonest
  // comparisons (leaves, arrays, object literals) skip calls that would only return undefined. A list
  // made by testerList carries them, worked out once.
  const blind = testers.blindSubsets;
  const env = {
    testers,
    primitiveTesters: blind !== undefined ? blind[0] : testersFor(testers, 'primitiveBlind'),
    arrayTesters: blind !== undefined ? blind[1] : testersFor(testers, 'plainArrayBlind'),
    objectTesters: blind !== undefined ? blind[2] : testersFor(testers, 'plainObjectBlind'),
    hasKeyFn: strictCheck ? hasKey : hasDefinedKey,
    strict: !!strictCheck,
    aStack: [],
    bStack: [],
  };
  return eq(a, b, env);
}

const NO_TESTERS = [];

function testersFor(testers, blindTo) {
  if (testers.length === 0) return NO_TESTERS;
  let out = null;
  for (let i = 0; i < testers.length; i++) {
    if (testers[i][blindTo] === true) {
      if (out === null) out = testers.slice(0, i);
    } else if (out !== null) {
      out.push(testers[i]);
    }
  }
  return out === null ? testers : out;
}

// What custom testers are called with as `this`.
const TESTER_THIS = { equals };

function runTesters(testers, a, b, all) {
  for (let i = 0; i < testers.length; i++) {
    const r = testers[i].call(TESTER_THIS, a, b, all);
    if (r !== undefined) return r;
  }
  return undefined;
}

function isPrimitive(x) {
  return x === null || (typeof x !== 'object' && typeof x !== 'function');
}

function eq(a, b, env) {
  if (isPrimitive(a) && isPrimitive(b)) {
    if (env.primitiveTesters.length > 0) {
      const r = runTesters(env.primitiveTesters, a, b, env.testers);
      if (r !== undefined) return r;
    }
    return Object.is(a, b);
  }

  // Two plain arrays, or two plain objects (not asymmetric matchers, not iterable), that no tester has
  // an opinion on: straight to comparing their elements, skipping the checks for special objects.
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    const proto = Object.getPrototypeOf(a);
    if (proto === Object.getPrototypeOf(b)) {
      if (proto === Array.prototype) {
        if (env.arrayTesters.length === 0) return a === b || pairOnPath(a, b, env, arraysEqual);
      } else if (proto === Object.prototype) {
        if (env.objectTesters.length === 0 && a.$$typeof === undefined && b.$$typeof === undefined
          && a[IteratorSymbol] === undefined && b[IteratorSymbol] === undefined) {
          return a === b || pairOnPath(a, b, env, keyedEqual);
        }
      }
    }
  }

  const asym = asymmetricMatch(a, b, env.testers);
  if (asym !== undefined) return asym;

  if (env.testers.length > 0) {
    const r = runTesters(env.testers, a, b, env.testers);
    if (r !== undefined) return r;
  }

  if (a instanceof Error && b instanceof Error) return errorsEqual(a, b, env);

  if (Object.is(a, b)) return true;
  if (a === null || b === null) return a === b;

  const className = toStr.call(a);
  if (className !== toStr.call(b)) return false;

  switch (className) {
    case '[object Boolean]':
    case '[object String]':
    case '[object Number]':
      if (typeof a !== typeof b) return false;
      if (typeof a !== 'object') return Object.is(a, b);
      return Object.is(a.valueOf(), b.valueOf());
    case '[object BigInt]':
      return typeof a === typeof b && a.valueOf() === b.valueOf();
    case '[object Symbol]':
      return typeof a === 'object' && typeof b === 'object' && a.valueOf() === b.valueOf();
    case '[object Date]':
      return +a === +b; // two invalid dates are not equal in bun
    case '[object RegExp]':
      return a.source === b.source && a.flags === b.flags;
  }

  if (typeof a !== 'object' || typeof b !== 'object') return false;

  if (isDomNode(a) && isDomNode(b)) return a.isEqualNode(b);

  // (the href check first: reading the URL global loads the url module, which most files never need)
  if (typeof a.href === 'string' && typeof URL === 'function' && a instanceof URL && b instanceof URL) return a.href === b.href;

  if (className === '[object ArrayBuffer]' || className === '[object SharedArrayBuffer]') {
    return bytesEqual(new Uint8Array(a), new Uint8Array(b));
  }
  if (className === '[object DataView]') {
    return bytesEqual(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
  }

  if (className === '[object Array]') return pairOnPath(a, b, env, arraysEqual);
  if (ArrayBuffer.isView(a) && a.length !== b.length) return false;
  return pairOnPath(a, b, env, keyedEqual);
}

/**
 * compare(a, b, env) with the pair on the current path. Cycles: a pair seen before on the path is
 * equal if it pairs the same way.
 */
function pairOnPath(a, b, env, compare) {
  const aStack = env.aStack, bStack = env.bStack;
  let length = aStack.length;
  while (length--) {
    if (aStack[length] === a) return bStack[length] === b;
    if (bStack[length] === b) return false;
  }
  aStack.push(a);
  bStack.push(b);
  try {
    return compare(a, b, env);
  } finally {
    aStack.pop();
    bStack.pop();
  }
}

function errorsEqual(a, b, env) {
  // Jest's toEqual ignores an error's type (a TypeError equals an Error with the same message), and
  // suites written for Jest rely on it (`rejects.toEqual(new Error(msg))`); bun checks the name too.
  // We keep Jest's rule for toEqual and check the name under toStrictEqual.
  if (a.message != b.message) return false;
  if (env.strict && a.name !== b.name) return false;
  if (!eq(a.cause, b.cause, env)) return false;
  if (Array.isArray(a.errors) || Array.isArray(b.errors)) {
    if (!eq(a.errors, b.errors, env)) return false;
  }
  // bun compares an error's own enumerable properties too (a `code`, say).
  const ak = keysOf(a, env.hasKeyFn).filter((k) => k !== 'cause' && k !== 'errors');
  const bk = keysOf(b, env.hasKeyFn).filter((k) => k !== 'cause' && k !== 'errors');
  if (ak.length !== bk.length) return false;
  for (const k of ak) {
    if (!hasKey(b, k) || !eq(a[k], b[k], env)) return false;
  }
  return true;
}

// bun compares only the indices of arrays, not other properties set on them. Under toEqual an
// index holding undefined counts as missing; an asymmetric matcher on one side sees a missing one as
// undefined.
function arraysEqual(a, b, env) {
  if (a.length !== b.length) return false;
  const strict = env.strict;
  for (let i = 0; i < a.length; i++) {
    // (inline: under toEqual a hole and undefined are both "missing"; toStrictEqual tells them apart)
    const ah = strict ? hasOwn.call(a, i) : a[i] !== undefined;
    const bh = strict ? hasOwn.call(b, i) : b[i] !== undefined;
    if (ah !== bh) {
      if (env.strict) return false;
      if (!(ah ? isAsymmetric(a[i]) : isAsymmetric(b[i]))) return false;
    } else if (!ah) {
      continue;
    }
    if (!eq(a[i], b[i], env)) return false;
  }
  return true;
}

function keyedEqual(a, b, env) {
  if (!env.strict && Object.getOwnPropertySymbols(a).length === 0 && Object.getOwnPropertySymbols(b).length === 0) {
    return looseNamedEqual(a, b, env);
  }
  const hasKeyFn = env.hasKeyFn;
  const aKeys = keysOf(a, hasKeyFn);
  const bKeys = keysOf(b, hasKeyFn);
  if (!env.strict) {
    // Asymmetric matchers on the expected side see missing keys as undefined.
    for (const k of bKeys) {
      if (isAsymmetric(b[k]) && !hasKeyFn(a, k)) aKeys.push(k);
    }
    for (const k of aKeys) {
      if (isAsymmetric(a[k]) && !hasKeyFn(b, k) && bKeys.indexOf(k) === -1) bKeys.push(k);
    }
  }
  if (aKeys.length !== bKeys.length) return false;
  for (let i = 0; i < aKeys.length; i++) {
    const key = aKeys[i];
    if (env.strict ? !hasKey(b, key) : !hasKeyFn(b, key) && !isAsymmetric(a[key]) && !isAsymmetric(b[key])) return false;
    if (!eq(a[key], b[key], env)) return false;
  }
  return true;
}

/**
 * keyedEqual under toEqual for objects without symbol keys, in one pass per side: a key whose value is
 * undefined counts as missing, and a key present on one side only must hold an asymmetric matcher
 * there (which then sees the other side's undefined). The same answers as the general path.
 */
function looseNamedEqual(a, b, env) {
  const aNames = Object.keys(a);
  for (let i = 0; i < aNames.length; i++) {
    const k = aNames[i];
    const av = a[k];
    if (av === undefined) continue;
    const bv = b[k];
    if ((bv === undefined || !hasOwn.call(b, k)) && !isAsymmetric(av) && !isAsymmetric(bv)) return false;
    if (!eq(av, bv, env)) return false;
  }
  const bNames = Object.keys(b);
  for (let i = 0; i < bNames.length; i++) {
    const k = bNames[i];
    const bv = b[k];
    if (bv === undefined) continue;
    if (hasOwn.call(a, k) && a[k] !== undefined) continue; // compared above
    if (!isAsymmetric(bv)) return false;
    if (!eq(a[k], bv, env)) return false;
  }
  return true;
}

function bytesEqual(x, y) {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

// ---- testers used by the matchers -------------------------------------------------------------

const IteratorSymbol = Symbol.iterator;

function hasIterator(x) {
  return x != null && typeof x[IteratorSymbol] === 'function';
}

// Compares non-array iterables (Map, Set, generators, custom iterables) by content; Map and Set
// without regard to order. Arrays are left to equals' own key-by-key comparison.
function iterableEquality(a, b, customTesters, aStack, bStack) {
  customTesters = customTesters || [];
  aStack = aStack || [];
  bStack = bStack || [];
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null
    || Array.isArray(a) || Array.isArray(b) || ArrayBuffer.isView(a) || ArrayBuffer.isView(b)
    || !hasIterator(a) || !hasIterator(b)) {
    return undefined;
  }
  if (a.constructor !== b.constructor) return false;
  let length = aStack.length;
  while (length--) {
    if (aStack[length] === a) return bStack[length] === b;
  }
  aStack.push(a);
  bStack.push(b);
  const self = (x, y) => iterableEquality(x, y, filtered, aStack.slice(), bStack.slice());
  self.primitiveBlind = true;
  self.plainArrayBlind = true;
  self.plainObjectBlind = true;
  const filtered = customTesters.filter((t) => t !== iterableEquality).concat([self]);
  const same = (x, y) => equals(x, y, filtered);
  try {
    if (a.size !== undefined) {
      if (a.size !== b.size) return false;
      if (isSet(a) && isSet(b)) {
        for (const v of a) {
          if (b.has(v)) continue;
          let found = false;
          for (const w of b) if (same(v, w)) { found = true; break; }
          if (!found) return false;
        }
        return true;
      }
      if (isMap(a) && isMap(b)) {
        for (const [k, v] of a) {
          if (b.has(k) && same(v, b.get(k))) continue;
          let found = false;
          for (const [k2, v2] of b) {
            if (same(k, k2) && same(v, v2)) { found = true; break; }
          }
          if (!found) return false;
        }
        return true;
      }
    }
    const bIt = b[IteratorSymbol]();
    for (const av of a) {
      const n = bIt.next();
      if (n.done || !same(av, n.value)) return false;
    }
    if (!bIt.next().done) return false;
    // Own enumerable properties of iterables count too (e.g. extra fields on a custom class).
    return equals(Object.entries(a), Object.entries(b), filtered);
  } finally {
    aStack.pop();
    bStack.pop();
  }
}

function isSet(x) { return toStr.call(x) === '[object Set]'; }
function isMap(x) { return toStr.call(x) === '[object Map]'; }

function isObjectWithKeys(x) {
  return x !== null && typeof x === 'object' && !(x instanceof Error) && !Array.isArray(x) && !(x instanceof Date)
    && !(x instanceof RegExp);
}

function hasPropertyInObject(obj, key) {
  if (obj === null || obj === undefined) return false;
  const o = Object(obj);
  if (typeof obj !== 'object' && typeof obj !== 'function') return key in o;
  return hasOwn.call(o, key) || hasPropertyInObject(Object.getPrototypeOf(o), key);
}

// toMatchObject: every key of `subset` exists in `object` and matches recursively.
function subsetEquality(object, subset, customTesters) {
  customTesters = customTesters || [];
  const seen = new WeakMap();
  const filtered = customTesters.filter((t) => t !== subsetEquality);
  const inner = (obj, sub) => {
    if (!isObjectWithKeys(sub)) return undefined;
    if (seen.has(sub) && seen.get(sub).has(obj)) return true;
    if (!seen.has(sub)) seen.set(sub, new WeakSet());
    if (obj !== null && typeof obj === 'object') seen.get(sub).add(obj);
    const testers = filtered.concat([inner]);
    return keysOf(sub, hasKey).every((key) => {
      if (isObjectWithKeys(sub[key]) && obj != null && typeof obj === 'object' && seen.has(sub[key]) && seen.get(sub[key]).has(obj[key])) {
        return true;
      }
      return obj != null && hasPropertyInObject(obj, key) && equals(obj[key], sub[key], testers);
    });
  };
  inner.primitiveBlind = true;
  inner.plainArrayBlind = true;
  return inner(object, subset);
}

function typeEquality(a, b) {
  if (a == null || b == null || a.constructor === b.constructor) return undefined;
  // bun: an object with a null prototype is of the same type as a plain object.
  const plain = (x) => typeof x === 'object' && (Object.getPrototypeOf(x) === null || Object.getPrototypeOf(x) === Object.prototype);
  if (plain(a) && plain(b)) return undefined;
  // Arrays from another realm, or objects with a null prototype vs plain: compare prototypes too.
  if (Array.isArray(a) && Array.isArray(b)) return undefined;
  return false;
}

function sparseArrayEquality(a, b, customTesters) {
  if (!Array.isArray(a) || !Array.isArray(b)) return undefined;
  const ak = Object.keys(a), bk = Object.keys(b);
  return equals(a, b, customTesters.filter((t) => t !== sparseArrayEquality), true)
    && ak.length === bk.length && ak.every((k, i) => k === bk[i]);
}

function arrayBufferEquality(a, b) {
  const isBuf = (x) => x instanceof ArrayBuffer || x instanceof DataView;
  if (!isBuf(a) || !isBuf(b)) return undefined;
  const x = a instanceof DataView ? new Uint8Array(a.buffer, a.byteOffset, a.byteLength) : new Uint8Array(a);
  const y = b instanceof DataView ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength) : new Uint8Array(b);
  return bytesEqual(x, y);
}

// What tempo's own testers answer nothing for (see equals): sparseArrayEquality compares arrays' keys,
// subsetEquality is toMatchObject's view of objects; the others only look at other kinds of values
// (iterableEquality: iterables that are not arrays; plain objects that reach the fast path have no
// Symbol.iterator).
for (const t of [iterableEquality, subsetEquality, typeEquality, sparseArrayEquality, arrayBufferEquality]) t.primitiveBlind = true;
for (const t of [iterableEquality, subsetEquality, typeEquality, arrayBufferEquality]) t.plainArrayBlind = true;
for (const t of [iterableEquality, typeEquality, sparseArrayEquality, arrayBufferEquality]) t.plainObjectBlind = true;

// The equality testers users added (expect.addEqualityTesters); tempo's matchers pass them to equals.
const userTesters = [];

/**
 * A matcher's testers: the user's (ctx.customTesters), then its own. While the user has added none, the
 * same list each time, made once per own list and carrying its blind subsets for equals.
 */
function testerList(ctx, own) {
  if (userTesters.length > 0) return ctx.customTesters.concat(own);
  if (own.blindSubsets === undefined) {
    Object.defineProperty(own, 'blindSubsets', {
      value: [testersFor(own, 'primitiveBlind'), testersFor(own, 'plainArrayBlind'), testersFor(own, 'plainObjectBlind')],
    });
    Object.freeze(own); // handed to testers and asymmetric matchers as their customTesters: never theirs to change
  }
  return own;
}

const MAX_PLAIN_DEPTH = 20;

// The shortcuts below are written for GraalJS's interpreter, where a `continue`, a `break` or a `return`
// inside a loop unwinds as an exception (≈1.5 µs each, more than the rest of an iteration) and a `const`
// in a loop body makes a scope per iteration: loops carry their verdict in a variable and stop through
// their condition.

/**
 * toEqual's answer for the commonest case, in far fewer calls than eq: true or false for primitives
 * (Object.is), and for plain arrays and object literals made of them with the same keys; undefined for
 * anything else (undefined-valued keys on one side, symbols, class instances, asymmetric matchers,
 * cycles...), which eq decides. Only meaningful while no user tester could disagree.
 */
function plainEqual(a, b, depth) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // two primitives: Object.is decides (an object on one side may be an asymmetric matcher: eq's case)
    return isPrimitive(a) && isPrimitive(b) ? a !== a && b !== b : undefined;
  }
  if (depth > MAX_PLAIN_DEPTH) return undefined;
  const proto = Object.getPrototypeOf(a);
  if (proto !== Object.getPrototypeOf(b)) return undefined;
  if (proto === Array.prototype) return plainArraysWith(a, b, depth, plainEqual);
  if (proto !== Object.prototype || a.$$typeof !== undefined || b.$$typeof !== undefined) return undefined;
  return plainObjectsEqual(a, b, depth);
}

/**
 * Two plain arrays of equal length, element by element: `same(x, y, depth)` answers for two elements that
 * are not the same value (or are +0 and -0). An index holding undefined and a hole are alike, as under toEqual.
 */
function plainArraysWith(a, b, depth, same) {
  const n = a.length;
  let r = n === b.length;
  let x, y;
  for (let i = 0; r === true && i < n; i++) {
    x = a[i];
    y = b[i];
    if (x !== y || (x === 0 && 1 / x !== 1 / y)) r = same(x, y, depth + 1);
  }
  return r;
}

function plainObjectsEqual(a, b, depth) {
  const keys = Object.keys(a);
  const bKeys = Object.keys(b);
  const n = keys.length;
  if (n !== bKeys.length) return undefined;
  let r = true;
  let k, x, y;
  for (let i = 0; r === true && i < n; i++) {
    k = keys[i];
    // (the same key at the same place needs no ownership check: literals usually list keys alike)
    if (bKeys[i] !== k && !hasOwn.call(b, k)) {
      r = undefined;
    } else {
      x = a[k];
      y = b[k];
      if (x !== y || (x === 0 && 1 / x !== 1 / y)) r = plainEqual(x, y, depth + 1);
    }
  }
  if (r === true && (Object.getOwnPropertySymbols(a).length > 0 || Object.getOwnPropertySymbols(b).length > 0)) return undefined;
  return r;
}

/**
 * toMatchObject's answer for plain data, as equals(object, subset, [iterableEquality, subsetEquality])
 * gives it: every enumerable key of a plain `subset` object is a property of `object` (own or inherited)
 * whose value matches, primitives by Object.is and objects recursively; arrays match element by element
 * with equal lengths. Undefined for anything else (symbol keys, class instances or special objects on the
 * subset's side, asymmetric matchers, a primitive against an object, cycles), which equals decides.
 * Both arguments are non-null objects. Only meaningful while no user tester could disagree.
 */
function plainSubset(object, subset, depth) {
  if (depth > MAX_PLAIN_DEPTH || object.$$typeof !== undefined || subset.$$typeof !== undefined) return undefined;
  const proto = Object.getPrototypeOf(subset);
  if (proto === Array.prototype) {
    return Object.getPrototypeOf(object) === Array.prototype ? plainArraysWith(object, subset, depth, plainSubsetValue) : undefined;
  }
  if (proto !== Object.prototype || Object.getOwnPropertySymbols(subset).length > 0) return undefined;
  const keys = Object.keys(subset);
  const n = keys.length;
  let r = true;
  let k, x, y;
  for (let i = 0; r === true && i < n; i++) {
    k = keys[i];
    if (!(k in object)) {
      r = false;
    } else {
      x = object[k];
      y = subset[k];
      if (x !== y || (x === 0 && 1 / x !== 1 / y)) r = plainSubsetValue(x, y, depth + 1);
    }
  }
  return r;
}

// Two values that are not the same (or are +0 and -0), one level below their objects (arrays under
// toMatchObject keep their length and match element by element).
function plainSubsetValue(x, y, depth) {
  if (typeof x === 'object' && typeof y === 'object' && x !== null && y !== null) return plainSubset(x, y, depth);
  return isPrimitive(x) && isPrimitive(y) ? x !== x && y !== y : undefined;
}

module.exports = {
  equals,
  plainEqual,
  plainSubset,
  userTesters,
  testerList,
  isAsymmetric,
  iterableEquality,
  subsetEquality,
  typeEquality,
  sparseArrayEquality,
  arrayBufferEquality,
  hasPropertyInObject,
  isObjectWithKeys,
};
