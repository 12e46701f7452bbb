// node:util: inspect and format as Node prints them (the common shapes: primitives, arrays, plain and
// class objects, Map, Set, Date, RegExp, Error, functions, symbols, cycles, depth), promisify,
// inherits, isDeepStrictEqual, types.
'use strict';

const custom = Symbol.for('nodejs.util.inspect.custom');
const IDENT = /^[A-Za-z_$][\w$]*$/;

function quote(s) {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return q + s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(new RegExp(q, 'g'), '\\' + q) + q;
}

function key(k) {
  return typeof k === 'symbol' ? '[' + k.toString() + ']' : IDENT.test(k) ? k : quote(k);
}

function ctorName(v) {
  const proto = Object.getPrototypeOf(v);
  if (proto === null) return null;
  const c = proto.constructor;
  return c && typeof c.name === 'string' ? c.name : '';
}

function inspect(value, opts) {
  const o = Object.assign({ depth: 2, breakLength: 80 }, typeof opts === 'object' && opts ? opts : {});
  const seen = [];
  const circular = new Map();
  function fmt(v, depth, nested) {
    switch (typeof v) {
      case 'string': return nested ? quote(v) : v;
      case 'number': return Object.is(v, -0) ? '-0' : String(v);
      case 'bigint': return v + 'n';
      case 'boolean': case 'undefined': return String(v);
      case 'symbol': return v.toString();
      case 'function': {
        const isClass = /^class\b/.test(Function.prototype.toString.call(v));
        const base = isClass ? '[class ' + (v.name || '(anonymous)') + ']' : '[Function: ' + (v.name || '(anonymous)') + ']';
        const keys = Object.keys(v);
        return keys.length && depth <= o.depth ? base + ' ' + body(v, keys.map((k) => key(k) + ': ' + fmt(v[k], depth + 1, true)), '{', '}') : base;
      }
    }
    if (v === null) return 'null';
    if (typeof v[custom] === 'function') return String(v[custom](o.depth - depth, o, inspect));
    if (seen.includes(v)) {
      if (!circular.has(v)) circular.set(v, circular.size + 1);
      return '[Circular *' + circular.get(v) + ']';
    }
    if (v instanceof Date) return isNaN(v) ? 'Invalid Date' : v.toISOString();
    if (v instanceof RegExp) return String(v);
    if (v instanceof Error) return v.stack ? String(v.stack) : '[' + String(v) + ']';
    if (v instanceof Promise) return 'Promise { <pending> }';
    if (depth > o.depth) return Array.isArray(v) ? '[Array]' : '[' + (ctorName(v) || 'Object') + ']';
    seen.push(v);
    try {
      let out;
      if (Array.isArray(v)) {
        const items = [];
        let holes = 0;
        for (let i = 0; i < v.length; i++) {
          if (!(i in v)) { holes++; continue; }
          if (holes) { items.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>'); holes = 0; }
          items.push(fmt(v[i], depth + 1, true));
        }
        if (holes) items.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
        for (const k of Object.keys(v)) if (!/^\d+$/.test(k)) items.push(key(k) + ': ' + fmt(v[k], depth + 1, true));
        out = body(v, items, '[', ']');
      } else if (v instanceof Map) {
        out = 'Map(' + v.size + ') ' + body(v, Array.from(v, ([k, x]) => fmt(k, depth + 1, true) + ' => ' + fmt(x, depth + 1, true)), '{', '}');
      } else if (v instanceof Set) {
        out = 'Set(' + v.size + ') ' + body(v, Array.from(v, (x) => fmt(x, depth + 1, true)), '{', '}');
      } else if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
        out = ctorName(v) + '(' + v.length + ') ' + body(v, Array.from(v, (x) => fmt(x, depth + 1, true)), '[', ']');
      } else {
        const keys = Object.keys(v).concat(Object.getOwnPropertySymbols(v).filter((s) => Object.getOwnPropertyDescriptor(v, s).enumerable));
        const items = keys.map((k) => {
          const d = Object.getOwnPropertyDescriptor(v, k);
          const shown = d && d.get ? (d.set ? '[Getter/Setter]' : '[Getter]') : fmt(v[k], depth + 1, true);
          return key(k) + ': ' + shown;
        });
        const name = ctorName(v);
        const prefix = name === null ? '[Object: null prototype] ' : name && name !== 'Object' ? name + ' ' : '';
        out = items.length === 0 ? prefix + '{}' : prefix + body(v, items, '{', '}');
      }
      if (circular.has(v)) out = '<ref *' + circular.get(v) + '> ' + out;
      return out;
    } finally {
      seen.pop();
    }
  }
  function body(v, items, open, close) {
    if (items.length === 0) return open + close;
    const oneLine = open + ' ' + items.join(', ') + ' ' + close;
    if (oneLine.length <= o.breakLength - 8 && !items.some((s) => s.includes('\n'))) return oneLine;
    return open + '\n' + items.map((s) => '  ' + s.replace(/\n/g, '\n  ')).join(',\n') + '\n' + close;
  }
  return fmt(value, 0, false);
}
inspect.custom = custom;

function format(first, ...args) {
  if (typeof first !== 'string') return [first, ...args].map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  let i = 0;
  let out = first.replace(/%([sdifjoOc%])/g, (m, f) => {
    if (f === '%') return '%';
    if (i >= args.length) return m;
    const a = args[i++];
    switch (f) {
      case 's': return typeof a === 'string' ? a : typeof a === 'bigint' ? a + 'n' : typeof a === 'object' && a !== null ? inspect(a, { depth: 0 }) : String(a);
      case 'd': case 'i': return typeof a === 'bigint' ? a + 'n' : String(f === 'i' ? Math.trunc(Number(a)) : Number(a));
      case 'f': return String(parseFloat(a));
      case 'j': try { return JSON.stringify(a); } catch (e) { return '[Circular]'; }
      case 'o': case 'O': return inspect(a);
      case 'c': return '';
      default: return m;
    }
  });
  for (; i < args.length; i++) out += ' ' + (typeof args[i] === 'string' ? args[i] : inspect(args[i]));
  return out;
}

function promisify(fn) {
  if (typeof fn[promisify.custom] === 'function') return fn[promisify.custom];
  return function (...args) {
    return new Promise((resolve, reject) => fn.call(this, ...args, (err, value) => (err ? reject(err) : resolve(value))));
  };
}
promisify.custom = Symbol.for('nodejs.util.promisify.custom');

function inherits(ctor, superCtor) {
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  Object.setPrototypeOf(ctor, superCtor);
  ctor.super_ = superCtor;
}

const tag = (v) => Object.prototype.toString.call(v).slice(8, -1);
const types = {
  isPromise: (v) => v instanceof Promise,
  isRegExp: (v) => v instanceof RegExp,
  isDate: (v) => v instanceof Date,
  isMap: (v) => v instanceof Map,
  isSet: (v) => v instanceof Set,
  isNativeError: (v) => v instanceof Error,
  isTypedArray: (v) => ArrayBuffer.isView(v) && !(v instanceof DataView),
  isAsyncFunction: (v) => typeof v === 'function' && tag(v) === 'AsyncFunction',
  isGeneratorFunction: (v) => typeof v === 'function' && /GeneratorFunction$/.test(tag(v)),
};

function isDeepStrictEqual(a, b) {
  return require('../expect/equals').equals(a, b, [], true);
}

module.exports = {
  inspect, format, promisify, inherits, types, isDeepStrictEqual,
  formatWithOptions: (opts, ...args) => format(...args),
  deprecate: (fn) => fn,
  callbackify: (fn) => function (...args) {
    const cb = args.pop();
    fn.apply(this, args).then((v) => cb(null, v), (e) => cb(e));
  },
  isArray: Array.isArray,
  TextEncoder: globalThis.TextEncoder,
  TextDecoder: globalThis.TextDecoder,
};
