// The chai-style assertions Vitest's expect carries beside Jest's matchers: expect(x).to.equal(y),
// .to.be.true, .to.have.property('a', 1), .not.to.include(z), .to.deep.equal(...) and the rest of chai's BDD
// words that test suites use. Each counts as one assertion; a failure throws an AssertionError in chai's words.
'use strict';

const eq = require('./equals');

/** A value in a message as chai shows it: on one line, Node's inspect. */
function format(v) {
  return require('../node/util').inspect(v, { breakLength: Infinity, depth: 3 });
}

const CHAINS = ['to', 'be', 'been', 'is', 'that', 'which', 'and', 'has', 'have', 'with', 'at', 'of', 'same', 'but',
  'does', 'still', 'also'];

function typeName(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  if (t !== 'object') return t;
  return Object.prototype.toString.call(v).slice(8, -1).toLowerCase();
}

function deepEqual(a, b) {
  return eq.equals(a, b, [eq.iterableEquality]);
}

function sizeOf(v) {
  if (v instanceof Map || v instanceof Set) return v.size;
  return v == null ? undefined : v.length;
}

function includes(haystack, needle, deep) {
  if (typeof haystack === 'string') return haystack.includes(String(needle));
  if (haystack instanceof Set || haystack instanceof Map) {
    for (const v of haystack.values()) if (deep ? deepEqual(v, needle) : v === needle) return true;
    return false;
  }
  if (Array.isArray(haystack) || (haystack != null && typeof haystack[Symbol.iterator] === 'function')) {
    for (const v of haystack) if (deep ? deepEqual(v, needle) : Object.is(v, needle)) return true;
    return false;
  }
  if (haystack !== null && typeof haystack === 'object' && needle !== null && typeof needle === 'object') {
    return Object.keys(needle).every((k) => (deep ? deepEqual(haystack[k], needle[k]) : haystack[k] === needle[k]));
  }
  return false;
}

function propertyOf(target, name, nested) {
  if (!nested) return { has: target != null && name in Object(target), value: target == null ? undefined : target[name] };
  let v = target;
  for (const part of String(name).replace(/\[(\w+)\]/g, '.$1').split('.')) {
    if (v == null || !(part in Object(v))) return { has: false, value: undefined };
    v = v[part];
  }
  return { has: true, value: v };
}

/**
 * A chai assertion on actual, made over expect's own assertion for the same value (baseFor(actual)), so that
 * Jest's matchers stay reachable after chai's words: expect(x).to.toMatchObject(y), expect(x).to.not.toBe(z).
 * flags: negate, deep, own, nested; count() records each assertion.
 */
function chaiAssertion(actual, flags, count, baseFor) {
  const a = Object.create(baseFor(actual));
  const f = Object.assign({ negate: false, deep: false, own: false, nested: false }, flags);
  Object.defineProperty(a, 'isNot', { get: () => f.negate, enumerable: false });
  const check = (site, holds, positive, negative, expected) => {
    count();
    if (holds === !f.negate) return a;
    const e = new Error(f.negate ? negative : positive);
    e.name = 'AssertionError';
    if (expected !== undefined) Object.assign(e, { expected, actual, showDiff: true });
    Error.captureStackTrace(e, site);
    throw e;
  };
  const shown = () => format(actual);
  const word = (name, fn) => Object.defineProperty(a, name, { value: fn, enumerable: false });
  const flag = (name, set) => Object.defineProperty(a, name, { get() { set(); return a; }, enumerable: false });
  const terminal = (name, holds, what) => Object.defineProperty(a, name, {
    get: function terminalProperty() {
      return check(terminalProperty, holds(), 'expected ' + shown() + ' to be ' + what, 'expected ' + shown() + ' to not be ' + what);
    },
    enumerable: false,
  });

  for (const c of CHAINS) flag(c, () => {});
  flag('not', () => { f.negate = !f.negate; });
  flag('deep', () => { f.deep = true; });
  flag('own', () => { f.own = true; });
  flag('nested', () => { f.nested = true; });

  terminal('ok', () => !!actual, 'truthy');
  terminal('true', () => actual === true, 'true');
  terminal('false', () => actual === false, 'false');
  terminal('null', () => actual === null, 'null');
  terminal('undefined', () => actual === undefined, 'undefined');
  terminal('NaN', () => Number.isNaN(actual), 'NaN');
  terminal('exist', () => actual != null, 'defined and not null');
  terminal('finite', () => Number.isFinite(actual), 'finite');
  terminal('empty', () => {
    if (typeof actual === 'string' || Array.isArray(actual)) return actual.length === 0;
    if (actual instanceof Map || actual instanceof Set) return actual.size === 0;
    return actual !== null && typeof actual === 'object' && Object.keys(actual).length === 0;
  }, 'empty');

  function equal(expected) {
    const holds = f.deep ? deepEqual(actual, expected) : actual === expected;
    return check(equal, holds, 'expected ' + shown() + ' to ' + (f.deep ? 'deeply ' : '') + 'equal ' + format(expected),
      'expected ' + shown() + ' to not ' + (f.deep ? 'deeply ' : '') + 'equal ' + format(expected), expected);
  }
  for (const n of ['equal', 'equals', 'eq']) word(n, equal);
  function eql(expected) {
    return check(eql, deepEqual(actual, expected), 'expected ' + shown() + ' to deeply equal ' + format(expected),
      'expected ' + shown() + ' to not deeply equal ' + format(expected), expected);
  }
  word('eql', eql);
  word('eqls', eql);

  function typeOf(type) {
    const t = String(type).toLowerCase();
    const article = /^[aeiou]/.test(t) ? 'an ' : 'a ';
    return check(typeOf, typeName(actual) === t, 'expected ' + shown() + ' to be ' + article + t, 'expected ' + shown() + ' not to be ' + article + t);
  }
  word('a', typeOf);
  word('an', typeOf);

  function include(needle) {
    return check(include, includes(actual, needle, f.deep), 'expected ' + shown() + ' to include ' + format(needle),
      'expected ' + shown() + ' to not include ' + format(needle));
  }
  for (const n of ['include', 'includes', 'contain', 'contains']) word(n, include);

  function property(name, ...value) {
    const p = f.own ? { has: actual != null && Object.prototype.hasOwnProperty.call(actual, name), value: actual == null ? undefined : actual[name] }
      : propertyOf(actual, name, f.nested);
    const withValue = value.length > 0;
    const holds = p.has && (!withValue || (f.deep ? deepEqual(p.value, value[0]) : p.value === value[0]));
    const what = (f.own ? 'own ' : '') + (f.nested ? 'nested ' : '') + 'property ' + format(name) + (withValue ? ' of ' + format(value[0]) : '');
    check(property, holds, 'expected ' + shown() + ' to have ' + what + (withValue && p.has ? ', but got ' + format(p.value) : ''),
      'expected ' + shown() + ' to not have ' + what);
    return withValue || f.negate ? a : chaiAssertion(p.value, {}, count, baseFor);
  }
  word('property', property);
  word('ownProperty', function ownProperty(name, ...value) { f.own = true; return property(name, ...value); });
  word('haveOwnProperty', function haveOwnProperty(name, ...value) { f.own = true; return property(name, ...value); });

  function lengthOf(n) {
    const len = sizeOf(actual);
    return check(lengthOf, len === n, 'expected ' + shown() + ' to have a length of ' + n + ' but got ' + len,
      'expected ' + shown() + ' to not have a length of ' + n);
  }
  word('lengthOf', lengthOf);
  word('length', lengthOf);

  const compare = (names, test, words) => {
    const fn = function comparison(n) {
      return check(comparison, test(actual, n), 'expected ' + shown() + ' to be ' + words + ' ' + format(n),
        'expected ' + shown() + ' to not be ' + words + ' ' + format(n));
    };
    for (const name of names) word(name, fn);
  };
  compare(['above', 'gt', 'greaterThan'], (x, n) => x > n, 'above');
  compare(['least', 'gte', 'greaterThanOrEqual'], (x, n) => x >= n, 'at least');
  compare(['below', 'lt', 'lessThan'], (x, n) => x < n, 'below');
  compare(['most', 'lte', 'lessThanOrEqual'], (x, n) => x <= n, 'at most');

  word('within', function within(lo, hi) {
    return check(within, actual >= lo && actual <= hi, 'expected ' + shown() + ' to be within ' + lo + '..' + hi,
      'expected ' + shown() + ' to not be within ' + lo + '..' + hi);
  });
  const closeTo = function closeTo(expected, delta) {
    return check(closeTo, Math.abs(actual - expected) <= delta, 'expected ' + shown() + ' to be close to ' + expected + ' +/- ' + delta,
      'expected ' + shown() + ' not to be close to ' + expected + ' +/- ' + delta);
  };
  word('closeTo', closeTo);
  word('approximately', closeTo);
  const match = function match(re) {
    return check(match, re.test(actual), 'expected ' + shown() + ' to match ' + re, 'expected ' + shown() + ' not to match ' + re);
  };
  word('match', match);
  word('matches', match);
  word('string', function string(sub) {
    return check(string, typeof actual === 'string' && actual.includes(sub), 'expected ' + shown() + ' to contain ' + format(sub),
      'expected ' + shown() + ' to not contain ' + format(sub));
  });
  const instanceOf = function instanceOf(C) {
    return check(instanceOf, actual instanceof C, 'expected ' + shown() + ' to be an instance of ' + (C && C.name),
      'expected ' + shown() + ' to not be an instance of ' + (C && C.name));
  };
  word('instanceof', instanceOf);
  word('instanceOf', instanceOf);
  word('oneOf', function oneOf(list) {
    return check(oneOf, list.some((v) => (f.deep ? deepEqual(v, actual) : v === actual)), 'expected ' + shown() + ' to be one of ' + format(list),
      'expected ' + shown() + ' to not be one of ' + format(list));
  });
  const satisfy = function satisfy(fn) {
    return check(satisfy, !!fn(actual), 'expected ' + shown() + ' to satisfy ' + format(fn), 'expected ' + shown() + ' to not satisfy ' + format(fn));
  };
  word('satisfy', satisfy);
  word('satisfies', satisfy);
  const keys = function keys(...names) {
    const wanted = (names.length === 1 && Array.isArray(names[0]) ? names[0] : names).map(String).sort();
    const own = actual instanceof Map ? [...actual.keys()].map(String).sort() : Object.keys(actual).sort();
    return check(keys, deepEqual(own, wanted), 'expected ' + shown() + ' to have keys ' + format(wanted),
      'expected ' + shown() + ' to not have keys ' + format(wanted));
  };
  word('keys', keys);
  word('key', keys);
  word('members', function members(list) {
    const sameSize = Array.isArray(actual) && actual.length === list.length;
    const holds = sameSize && list.every((v) => includes(actual, v, f.deep)) && actual.every((v) => includes(list, v, f.deep));
    return check(members, holds, 'expected ' + shown() + ' to have the same members as ' + format(list),
      'expected ' + shown() + ' to not have the same members as ' + format(list));
  });
  const throws = function throwsCheck(errorLike, message) {
    let thrown = null;
    let threw = false;
    try {
      actual();
    } catch (e) {
      threw = true;
      thrown = e;
    }
    let holds = threw;
    let what = 'to throw an error';
    const text = thrown && typeof thrown === 'object' ? String(thrown.message) : String(thrown);
    const matches = (m) => (m instanceof RegExp ? m.test(text) : text.includes(String(m)));
    if (typeof errorLike === 'function') {
      holds = holds && thrown instanceof errorLike && (message === undefined || matches(message));
      what = 'to throw ' + errorLike.name + (message === undefined ? '' : ' matching ' + format(message));
    } else if (errorLike !== undefined && errorLike !== null) {
      holds = holds && (errorLike instanceof Error ? thrown === errorLike : matches(errorLike));
      what = 'to throw ' + (errorLike instanceof Error ? format(errorLike) : 'an error matching ' + format(errorLike));
    }
    return check(throwsCheck, holds, 'expected ' + shown() + ' ' + what + (threw ? ' but got ' + format(thrown) : ''),
      'expected ' + shown() + ' to not ' + what.slice(3) + (threw ? ' but ' + format(thrown) + ' was thrown' : ''));
  };
  for (const n of ['throw', 'throws', 'Throw']) word(n, throws);
  return a;
}

module.exports = { chaiAssertion };
