// The value format bun uses for the "Expected:"/"Received:" values of matcher messages (its console
// formatter with quoted strings), as observed from bun 1.x:
//
//   {                     objects always break, one "key: value," per line, keys quoted unless identifiers
//     a: [ 1, 2 ],        arrays stay on one line unless the first item is an object or there are > 10
//   }                     items; a long run of numbers wraps near 80 columns
//   Map(1) {\n  "k": 1,\n}   Set(1) {\n  1,\n}   Uint8Array(2) [ 1, 2 ]   [ 2 x empty items ]
//   [Function: f]  [Function]  [class K]  [Getter]  [Circular]  [Object ...] (past depth 8)
'use strict';

const ASYMMETRIC = Symbol.for('jest.asymmetricMatcher');
const MAX_DEPTH = 8;
const LINE = 80;
const toStr = Object.prototype.toString;
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function quote(s) {
  return JSON.stringify(s);
}

function isPrimitive(v) {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

function functionText(fn) {
  let src = '';
  try { src = Function.prototype.toString.call(fn); } catch (e) { /* native */ }
  if (fn && fn._isMockFunction === true) {
    const n = typeof fn.getMockName === 'function' ? fn.getMockName() : '';
    return '[class ' + (n && n !== 'jest.fn()' ? n : 'mockConstructor') + ']';
  }
  if (/^class\b/.test(src)) return '[class ' + (fn.name || '(anonymous)') + ']';
  return fn.name ? '[Function: ' + fn.name + ']' : '[Function]';
}

function ctorName(v) {
  try {
    const proto = Object.getPrototypeOf(v);
    if (proto === null) return null;
    const c = proto.constructor;
    return typeof c === 'function' && c.name ? c.name : 'Object';
  } catch (e) {
    return 'Object';
  }
}

function asymmetricText(v, st, indent, depth) {
  const name = String(v.toString());
  if (name === 'ArrayContaining' || name === 'ArrayNotContaining') return 'ExpectArrayContaining {}';
  if (name === 'ObjectContaining' || name === 'ObjectNotContaining') {
    return name + ' ' + objectBody(v.sample, st, indent, depth, '');
  }
  if (/^String(Not)?(Containing|Matching)$/.test(name)) return name + ' ' + value(v.sample, st, indent, depth);
  if (typeof v.toAsymmetricMatcher === 'function') return String(v.toAsymmetricMatcher());
  return name;
}

// Running column estimate, as bun's formatter keeps it to decide where a number list wraps.
function newState() {
  return { seen: [], col: 0 };
}

function pad(n) {
  return '  '.repeat(n);
}

function keyText(k) {
  if (typeof k === 'symbol') return '[' + String(k) + ']';
  return IDENT.test(k) ? k : quote(k);
}

function objectBody(obj, st, indent, depth, prefix) {
  const keys = Object.keys(obj).concat(Object.getOwnPropertySymbols(obj).filter((s) => {
    const d = Object.getOwnPropertyDescriptor(obj, s);
    return d && d.enumerable;
  }));
  if (keys.length === 0) return prefix + '{}';
  let out = prefix + '{';
  for (const k of keys) {
    out += '\n' + pad(indent + 1) + keyText(k) + ': ';
    st.col = (indent + 1) * 2;
    const d = Object.getOwnPropertyDescriptor(obj, k);
    if (d && (d.get || d.set)) out += d.get && d.set ? '[Getter/Setter]' : d.get ? '[Getter]' : '[Setter]';
    else out += value(obj[k], st, indent + 1, depth + 1);
    out += ',';
  }
  st.col = indent * 2;
  return out + '\n' + pad(indent) + '}';
}

function listBody(items, st, indent, depth, prefix, holes) {
  const n = items.length;
  if (n === 0) return prefix + '[]';
  const parts = [];
  for (let i = 0; i < n; i++) {
    if (holes && !(i in items)) {
      let j = i;
      while (j < n && !(j in items)) j++;
      parts.push({ hole: j - i });
      i = j - 1;
    } else {
      parts.push({ v: items[i] });
    }
  }
  const first = parts[0];
  const multi = n > 10 || (first.hole === undefined && !isPrimitive(first.v));
  let out = prefix + '[';
  if (multi) { out += '\n' + pad(indent + 1); st.col = (indent + 1) * 2; } else { out += ' '; st.col += 2; }
  parts.forEach((p, i) => {
    if (i > 0) {
      out += ',';
      st.col += 1;
      if (multi && st.col > LINE) { out += '\n' + pad(indent + 1); st.col = (indent + 1) * 2; } else { out += ' '; st.col += 1; }
    }
    if (p.hole !== undefined) out += p.hole === 1 ? 'empty item' : p.hole + ' x empty items';
    else out += value(p.v, st, indent + 1, depth + 1);
  });
  if (multi) { out += '\n' + pad(indent); st.col = indent * 2; } else out += ' ';
  return out + ']';
}

function entriesBody(entries, size, st, indent, depth, name, isMap) {
  if (size === 0) return name + ' {}';
  let out = name + '(' + size + ') {';
  for (const e of entries) {
    out += '\n' + pad(indent + 1);
    st.col = (indent + 1) * 2;
    out += isMap ? value(e[0], st, indent + 1, depth + 1) + ': ' + value(e[1], st, indent + 1, depth + 1)
      : value(e, st, indent + 1, depth + 1);
    out += ',';
  }
  st.col = indent * 2;
  return out + '\n' + pad(indent) + '}';
}

function urlText(u, indent) {
  const fields = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search'];
  const q = (s) => "'" + String(s) + "'";
  let out = 'URL {';
  for (const f of fields) out += '\n' + pad(indent + 1) + f + ': ' + q(u[f]) + ',';
  out += '\n' + pad(indent + 1) + 'searchParams: URLSearchParams {},';
  out += '\n' + pad(indent + 1) + 'hash: ' + q(u.hash);
  return out + '\n' + pad(indent) + '}';
}

function value(v, st, indent, depth) {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'undefined': return 'undefined';
    case 'boolean': return String(v);
    case 'number': { const s = Object.is(v, -0) ? '-0' : String(v); st.col += s.length; return s; }
    case 'bigint': { const s = v + 'n'; st.col += s.length; return s; }
    case 'string': return quote(v);
    case 'symbol': return String(v);
    case 'function': return functionText(v);
    default: break;
  }
  let isAsym = false;
  try { isAsym = v.$$typeof === ASYMMETRIC; } catch (e) { /* exotic */ }
  if (isAsym) return asymmetricText(v, st, indent, depth);
  if (st.seen.indexOf(v) !== -1) return '[Circular]';
  const tag = toStr.call(v);
  if (tag === '[object Date]') return isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  if (tag === '[object RegExp]') return String(v);
  if (tag === '[object Number]') return '[Number: ' + value(Number.prototype.valueOf.call(v), st, indent, depth) + ']';
  if (tag === '[object Boolean]') return '[Boolean: ' + Boolean.prototype.valueOf.call(v) + ']';
  if (tag === '[object String]') return quote(String.prototype.valueOf.call(v));
  if (tag === '[object WeakMap]') return 'WeakMap {}';
  if (tag === '[object WeakSet]') return 'WeakSet {}';
  if (tag === '[object Promise]') return 'Promise { <pending> }';
  if (v instanceof Error) {
    return '[' + (v.name || 'Error') + ': ' + v.message + ']';
  }
  if (typeof URL === 'function' && v instanceof URL) return urlText(v, indent);
  const name = ctorName(v);
  if (depth >= MAX_DEPTH + 1) {
    return '[' + (Array.isArray(v) ? 'Array' : name || 'Object') + ' ...]';
  }
  st.seen.push(v);
  try {
    if (Array.isArray(v)) return listBody(v, st, indent, depth, name && name !== 'Array' ? name + ' ' : '', true);
    if (tag === '[object Arguments]') return listBody(Array.prototype.slice.call(v), st, indent, depth, '', false);
    if (ArrayBuffer.isView(v)) {
      const bytes = v instanceof DataView ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : v;
      const n = v instanceof DataView ? 'DataView' : name;
      return listBody(Array.from(bytes), st, indent, depth, n + '(' + bytes.length + ') ', false);
    }
    if (tag === '[object ArrayBuffer]') {
      return listBody(Array.from(new Uint8Array(v)), st, indent, depth, 'ArrayBuffer(' + v.byteLength + ') ', false);
    }
    if (tag === '[object Map]') return entriesBody(v.entries(), v.size, st, indent, depth, 'Map', true);
    if (tag === '[object Set]') return entriesBody(v.values(), v.size, st, indent, depth, 'Set', false);
    const prefix = name === null ? '[Object: null prototype] ' : name === 'Object' ? '' : name + ' ';
    return objectBody(v, st, indent, depth, prefix);
  } finally {
    st.seen.pop();
  }
}

function inspect(v) {
  return value(v, newState(), 0, 0);
}

module.exports = { inspect };
