// Asymmetric matchers: expect.any, anything, arrayContaining, objectContaining, stringContaining,
// stringMatching, closeTo, their expect.not.* forms, and the wrapper for custom matchers used as
// expect.myMatcher(...). Each carries $$typeof = Symbol.for('jest.asymmetricMatcher').
'use strict';

const ASYMMETRIC = Symbol.for('jest.asymmetricMatcher');
const { equals, hasPropertyInObject } = require('./equals');

function typeName(x) {
  return Object.prototype.toString.call(x).slice(8, -1);
}

function isA(name, x) {
  return typeName(x) === name;
}

class AsymmetricMatcher {
  constructor(sample, inverse) {
    this.$$typeof = ASYMMETRIC;
    this.sample = sample;
    this.inverse = !!inverse;
  }
  getExpectedType() { return undefined; }
}

class Any extends AsymmetricMatcher {
  constructor(sample, inverse) {
    if (typeof sample === 'undefined') {
      throw new TypeError('any() expects to be passed a constructor function. Please pass one or use anything() to match any object.');
    }
    super(sample, inverse);
  }
  matches(other) {
    const s = this.sample;
    if (s === String) return typeof other === 'string' || other instanceof String;
    if (s === Number) return typeof other === 'number' || other instanceof Number;
    if (s === Function) return typeof other === 'function' || other instanceof Function;
    if (s === Boolean) return typeof other === 'boolean' || other instanceof Boolean;
    if (typeof BigInt === 'function' && s === BigInt) return typeof other === 'bigint' || other instanceof BigInt;
    if (s === Symbol) return typeof other === 'symbol' || other instanceof Symbol;
    if (s === Object) return other !== null && typeof other === 'object';
    try {
      return other instanceof s;
    } catch (e) {
      return false;
    }
  }
  asymmetricMatch(other) {
    const r = this.matches(other);
    return this.inverse ? !r : r;
  }
  className() {
    if (typeof this.sample === 'function' && this.sample.name) return this.sample.name;
    return String(this.sample);
  }
  toString() { return this.inverse ? 'NotAny' : 'Any'; }
  getExpectedType() {
    const s = this.sample;
    if (s === String) return 'string';
    if (s === Number) return 'number';
    if (s === Function) return 'function';
    if (s === Boolean) return 'boolean';
    if (s === Object) return 'object';
    return 'object';
  }
  toAsymmetricMatcher() { return this.toString() + '<' + this.className() + '>'; }
}

class Anything extends AsymmetricMatcher {
  asymmetricMatch(other) {
    const r = other !== null && other !== undefined;
    return this.inverse ? !r : r;
  }
  toString() { return this.inverse ? 'NotAnything' : 'Anything'; }
  toAsymmetricMatcher() { return this.toString(); }
}

class ArrayContaining extends AsymmetricMatcher {
  asymmetricMatch(other, customTesters) {
    if (!Array.isArray(this.sample)) {
      throw new Error("You must provide an array to " + this.toString() + ", not '" + typeof this.sample + "'.");
    }
    const testers = customTesters || [];
    const r = this.sample.length === 0
      || (Array.isArray(other) && this.sample.every((item) => other.some((x) => equals(item, x, testers))));
    return this.inverse ? !r : r;
  }
  toString() { return 'Array' + (this.inverse ? 'Not' : '') + 'Containing'; }
  getExpectedType() { return 'array'; }
}

class ObjectContaining extends AsymmetricMatcher {
  asymmetricMatch(other, customTesters) {
    if (typeof this.sample !== 'object' || this.sample === null) {
      throw new Error("You must provide an object to " + this.toString() + ", not '" + typeof this.sample + "'.");
    }
    let r = true;
    const keys = Object.keys(this.sample).concat(
      Object.getOwnPropertySymbols(this.sample).filter((s) => Object.getOwnPropertyDescriptor(this.sample, s).enumerable),
    );
    for (const key of keys) {
      if (!hasPropertyInObject(other, key) || !equals(this.sample[key], other[key], customTesters || [])) {
        r = false;
        break;
      }
    }
    return this.inverse ? !r : r;
  }
  toString() { return 'Object' + (this.inverse ? 'Not' : '') + 'Containing'; }
  getExpectedType() { return 'object'; }
}

class StringContaining extends AsymmetricMatcher {
  constructor(sample, inverse) {
    if (!isA('String', sample)) throw new Error('Expected is not a string');
    super(sample, inverse);
  }
  asymmetricMatch(other) {
    const r = isA('String', other) && String(other).includes(this.sample);
    return this.inverse ? !r : r;
  }
  toString() { return 'String' + (this.inverse ? 'Not' : '') + 'Containing'; }
  getExpectedType() { return 'string'; }
}

class StringMatching extends AsymmetricMatcher {
  constructor(sample, inverse) {
    if (!isA('String', sample) && !isA('RegExp', sample)) throw new Error('Expected is not a String or a RegExp');
    super(new RegExp(sample), inverse);
  }
  asymmetricMatch(other) {
    this.sample.lastIndex = 0;
    const r = isA('String', other) && this.sample.test(String(other));
    return this.inverse ? !r : r;
  }
  toString() { return 'String' + (this.inverse ? 'Not' : '') + 'Matching'; }
  getExpectedType() { return 'string'; }
}

class CloseTo extends AsymmetricMatcher {
  constructor(sample, precision, inverse) {
    if (!isA('Number', sample)) throw new Error('Expected is not a Number');
    if (precision !== undefined && !isA('Number', precision)) throw new Error('Precision is not a Number');
    super(sample, inverse);
    this.precision = precision === undefined ? 2 : precision;
  }
  asymmetricMatch(other) {
    if (!isA('Number', other)) return false;
    let r;
    if (other === Infinity && this.sample === Infinity) r = true;
    else if (other === -Infinity && this.sample === -Infinity) r = true;
    else r = Math.abs(this.sample - other) < Math.pow(10, -this.precision) / 2;
    return this.inverse ? !r : r;
  }
  toString() { return 'Number' + (this.inverse ? 'Not' : '') + 'CloseTo'; }
  getExpectedType() { return 'number'; }
  toAsymmetricMatcher() {
    return this.toString() + ' ' + this.sample + ' (' + this.precision + ' digit' + (this.precision === 1 ? '' : 's') + ')';
  }
}

// A custom matcher from expect.extend used as expect.name(...args) / expect.not.name(...args).
class CustomMatcher extends AsymmetricMatcher {
  constructor(name, fn, args, inverse, makeContext) {
    super(args, inverse);
    this.matcherName = name;
    this.fn = fn;
    this.makeContext = makeContext;
  }
  asymmetricMatch(other) {
    const ctx = this.makeContext(this.inverse);
    const result = this.fn.call(ctx, other, ...this.sample);
    const pass = !!(result && result.pass);
    return this.inverse ? !pass : pass;
  }
  toString() { return (this.inverse ? 'not.' : '') + this.matcherName; }
  getExpectedType() { return 'any'; }
  toAsymmetricMatcher() {
    return this.toString() + ' ' + require('./inspect').inspect(this.sample);
  }
}

const positive = {
  any: (c) => new Any(c),
  anything: () => new Anything(),
  arrayContaining: (s) => new ArrayContaining(s),
  objectContaining: (s) => new ObjectContaining(s),
  stringContaining: (s) => new StringContaining(s),
  stringMatching: (s) => new StringMatching(s),
  closeTo: (n, p) => new CloseTo(n, p),
};

const negative = {
  any: (c) => new Any(c, true),
  anything: () => new Anything(null, true),
  arrayContaining: (s) => new ArrayContaining(s, true),
  objectContaining: (s) => new ObjectContaining(s, true),
  stringContaining: (s) => new StringContaining(s, true),
  stringMatching: (s) => new StringMatching(s, true),
  closeTo: (n, p) => new CloseTo(n, p, true),
};

module.exports = {
  AsymmetricMatcher, Any, Anything, ArrayContaining, ObjectContaining, StringContaining, StringMatching, CloseTo,
  CustomMatcher, positive, negative,
};
