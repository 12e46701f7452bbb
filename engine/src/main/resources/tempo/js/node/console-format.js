// How bun's console prints values (console.log and friends; node:util's inspect stays Node-style):
//
//   { a: "x", b: [ 1, 2 ] }  ->  {
//                                  a: "x",
//                                  b: [ 1, 2 ],
//                                }
//
// Objects with properties always take one line per property, with trailing commas; strings inside
// values are double-quoted JSON; arrays stay on one line ("[ 1, 2 ]") until they hold more than ten
// items or a non-primitive first item, and then wrap when the running line estimate passes 80
// columns; past depth 2 a value shows as "[Object ...]". The line estimate counts what bun counts
// (a string's length without its quotes, one per comma and space), so lines break where bun's do.
'use strict';

const { nameAndMessage } = require('../runtime/errors');

const INSPECT_CUSTOM = Symbol.for('nodejs.util.inspect.custom');
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const MAX_ARRAY_ITEMS = 100;
const MAX_TYPED_ITEMS = 513;
const MAX_PROTOTYPE_LEVELS = 5;
const toStringTag = (v) => Object.prototype.toString.call(v).slice(8, -1);
const fnSource = Function.prototype.toString;

function isInt32(n) {
  return Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 && !Object.is(n, -0);
}

/** The kind of value, which decides how it prints (bun's formatter tags). */
function tagOf(v) {
  switch (typeof v) {
    case 'undefined': return 'undefined';
    case 'string': return 'string';
    case 'number': return 'number';
    case 'boolean': return 'boolean';
    case 'bigint': return 'bigint';
    case 'symbol': return 'symbol';
    default: break;
  }
  if (v === null) return 'null';
  // a Buffer's own inspect method is Node's; bun prints typed arrays itself
  if (ArrayBuffer.isView(v)) return 'typed';
  let custom;
  try {
    custom = v[INSPECT_CUSTOM];
  } catch (e) {
    custom = undefined;
  }
  if (typeof custom === 'function') return 'custom';
  if (typeof v === 'function') return isClass(v) ? 'class' : 'function';
  if (Array.isArray(v)) return 'array';
  const t = toStringTag(v);
  if (v instanceof Error || t === 'Error') return 'error';
  if (t === 'Arguments') return 'array';
  if (v instanceof Map || v instanceof WeakMap) return 'map';
  if (v instanceof Set || v instanceof WeakSet) return 'set';
  if (v instanceof Date) return 'date';
  if (v instanceof RegExp) return 'regexp';
  if (v instanceof Promise) return 'promise';
  if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return 'typed';
  if (t === 'String' && isBoxed(String, v)) return 'boxedString';
  if (t === 'Number' && isBoxed(Number, v)) return 'boxedNumber';
  if (t === 'Boolean' && isBoxed(Boolean, v)) return 'boxedBoolean';
  return 'object';
}

function isBoxed(Ctor, v) {
  try {
    Ctor.prototype.valueOf.call(v);
    return true;
  } catch (e) {
    return false;
  }
}

function isClass(fn) {
  try {
    return /^class\b/.test(fnSource.call(fn));
  } catch (e) {
    return false;
  }
}

const PRIMITIVE = new Set(['undefined', 'string', 'number', 'boolean', 'bigint', 'symbol', 'null']);

/**
 * One formatting pass. state: indent (2 spaces each; includes console.group levels), depth, maxDepth,
 * quoteStrings, singleLine, line (bun's running estimate of the current line's length).
 */
class Formatter {
  constructor(options) {
    const o = options || {};
    this.indent = o.indent || 0;
    this.depth = 0;
    this.maxDepth = o.maxDepth === undefined ? 2 : o.maxDepth;
    this.quoteStrings = !!o.quoteStrings;
    this.singleLine = !!o.singleLine;
    this.describeStack = o.describeStack || plainStack;
    this.line = 0;
    this.seen = new Set();
    this.out = '';
  }

  write(s) { this.out += s; }
  add(n) { this.line += n; }
  resetLine() { this.line = this.indent * 2; }
  writeIndent() { this.out += '  '.repeat(this.indent); }
  comma() { this.out += ','; this.line += 1; }
  space() { this.out += ' '; this.line += 1; }

  /** bun starts a new line once the estimate passes 80 columns. */
  goodTimeForNewLine() {
    if (this.line > 80) {
      this.resetLine();
      return true;
    }
    return false;
  }

  format(v) {
    const tag = tagOf(v);
    switch (tag) {
      case 'string': return this.string(v, false);
      case 'number': return this.number(v);
      case 'boolean': this.add(v ? 4 : 5); return this.write(String(v));
      case 'bigint': { const s = String(v) + 'n'; this.add(s.length - 1); return this.write(s); }
      case 'undefined': this.add(9); return this.write('undefined');
      case 'null': this.add(4); return this.write('null');
      case 'symbol': return this.symbol(v);
      case 'custom': return this.custom(v);
      case 'regexp': return this.string(v, true);
      case 'boxedString': return this.string(String.prototype.valueOf.call(v), false);
      case 'boxedNumber': return this.boxed('Number', String(Number.prototype.valueOf.call(v)));
      case 'boxedBoolean': return this.boxed('Boolean', String(Boolean.prototype.valueOf.call(v)));
      case 'date': return this.date(v);
      case 'promise': return this.promise(v);
      case 'typed': return this.typed(v);
      default: return this.circular(tag, v);
    }
  }

  /** Values that can hold themselves print "[Circular]" the second time on the current path. */
  circular(tag, v) {
    if (this.seen.has(v)) {
      this.write('[Circular]');
      return;
    }
    this.seen.add(v);
    try {
      switch (tag) {
        case 'class': return this.klass(v);
        case 'function': return this.fn(v);
        case 'array': return this.array(v);
        case 'map': return this.map(v);
        case 'set': return this.set(v);
        case 'error': return this.error(v);
        default: return this.object(v);
      }
    } finally {
      this.seen.delete(v);
    }
  }

  string(v, isRegExp) {
    const s = String(v);
    this.add(s.length);
    if (this.quoteStrings && !isRegExp) this.write(s === '' ? '""' : JSON.stringify(s));
    else this.write(s);
  }

  number(n) {
    let s;
    if (n === Infinity) s = 'Infinity';
    else if (n === -Infinity) s = '-Infinity';
    else if (Number.isNaN(n)) s = 'NaN';
    else s = Object.is(n, -0) ? '-0' : String(n);
    this.add(s.length);
    this.write(s);
  }

  boxed(kind, text) {
    this.add(text.length + kind.length + 4);
    this.write('[' + kind + ': ' + text + ']');
  }

  symbol(v) {
    const d = v.description === undefined ? '' : v.description;
    this.add(6 + (d ? d.length + 2 : 0));
    this.write('Symbol(' + d + ')');
  }

  date(v) {
    const time = Date.prototype.getTime.call(v);
    const s = Number.isNaN(time) ? 'Invalid Date' : Date.prototype.toISOString.call(v);
    this.add(Number.isNaN(time) ? 4 : s.length + 2);
    this.write(s);
  }

  promise(v) {
    // Plain JS cannot read a promise's state: the host can. bun shows the state, not the value.
    if (!this.singleLine && this.goodTimeForNewLine()) {
      this.write('\n');
      this.writeIndent();
    }
    const state = require('../internal/host').promiseState(v);
    this.write('Promise { <' + (state === 'resolved' || state === 'rejected' ? state : 'pending') + '> }');
  }

  custom(v) {
    const fn = v[INSPECT_CUSTOM];
    const depthLeft = Math.max(0, this.maxDepth - this.depth);
    const inspect = (x) => require('./util').inspect(x);
    const result = fn.call(v, depthLeft, { depth: depthLeft, colors: false, stylize: (s) => s }, inspect);
    if (typeof result === 'string') this.write(result);
    else this.format(result);
  }

  klass(v) {
    const name = typeof v.name === 'string' ? v.name : '';
    const parent = Object.getPrototypeOf(v);
    const parentName = parent && parent !== Function.prototype && typeof parent.name === 'string' ? parent.name : '';
    this.add(name.length + parentName.length);
    const extendsPart = parentName ? ' extends ' + parentName : '';
    this.write('[class ' + (name || '(anonymous)') + extendsPart + ']');
  }

  fn(v) {
    let name = '';
    try {
      name = typeof v.name === 'string' ? v.name : '';
    } catch (e) {
      name = '';
    }
    const proto = Object.getPrototypeOf(v);
    const kind = proto && typeof proto[Symbol.toStringTag] === 'string' ? proto[Symbol.toStringTag] : '';
    if (!name || name === kind) this.write('[' + (kind || 'Function') + ']');
    else this.write('[' + (kind || 'Function') + ': ' + name + ']');
  }

  /**
   * An error as bun prints it: the source lines above where it was made, "error: message", its own
   * extra properties (" code: \"E_X\""), the stack's "at" lines, then its cause the same way.
   */
  error(v) {
    const { excerpt, frames } = this.describeStack(stackOf(v));
    this.write(excerpt + errorHeading(v) + '\n');
    const keys = Object.keys(v).filter((k) => k !== 'stack' && k !== 'message' && k !== 'name' && k !== 'cause');
    if (keys.length > 0) {
      for (const k of keys) {
        const f = new Formatter({ describeStack: this.describeStack, quoteStrings: true });
        f.seen = this.seen;
        f.depth = this.depth + 1;
        f.maxDepth = this.maxDepth;
        let value;
        try {
          value = v[k];
        } catch (e) {
          value = undefined;
        }
        f.format(value);
        this.write(' ' + k + ': ' + f.out + '\n');
      }
      this.write('\n');
    }
    this.write(frames);
    let cause;
    try {
      cause = Object.prototype.hasOwnProperty.call(v, 'cause') ? v.cause : undefined;
    } catch (e) {
      cause = undefined;
    }
    if (cause !== undefined && !this.seen.has(cause)) {
      this.write('\n');
      this.format(cause);
    }
  }

  /** Past the depth limit: "[Object ...]", on a new line when the estimate says so. */
  elided(name) {
    if (this.singleLine) this.write(' ');
    else if (this.goodTimeForNewLine()) {
      this.write('\n');
      this.writeIndent();
      this.resetLine();
    }
    this.write('[' + name + ' ...]');
  }

  array(v) {
    const len = v.length;
    if (len === 0) {
      this.write('[]');
      this.add(2);
      return;
    }
    if (this.depth > this.maxDepth) return this.elided('Array');
    let wrapped = len > 10;
    const prevQuote = this.quoteStrings;
    this.quoteStrings = true;
    this.indent++;
    this.depth++;
    this.add(2);
    let i = 0;
    try {
      const firstHole = !(0 in v);
      wrapped = wrapped || (!firstHole && !PRIMITIVE.has(tagOf(v[0]))) || this.goodTimeForNewLine();
      if (!this.singleLine && wrapped) {
        this.resetLine();
        this.write('[\n');
        this.writeIndent();
        this.add(1);
      } else {
        this.write('[ ');
        this.add(2);
      }
      let emptyStart = firstHole ? 0 : -1;
      if (!firstHole) this.format(v[0]);
      let shown = 1;
      for (i = 1; i < len; i++) {
        if (!(i in v)) {
          if (emptyStart < 0) emptyStart = i;
          continue;
        }
        if (shown >= MAX_ARRAY_ITEMS) {
          this.comma();
          this.write('\n');
          this.line = 0;
          this.writeIndent();
          this.write('... ' + (len - i) + ' more items');
          break;
        }
        shown++;
        if (emptyStart >= 0) {
          if (emptyStart > 0) wrapped = this.separator() || wrapped;
          this.holes(i - emptyStart);
          emptyStart = -1;
        }
        wrapped = this.separator() || wrapped;
        this.format(v[i]);
      }
      if (emptyStart >= 0) {
        if (emptyStart > 0) wrapped = this.separator() || wrapped;
        this.holes(len - emptyStart);
      }
      if (toStringTag(v) !== 'Arguments') {
        const keys = Object.keys(v).filter((k) => !isIndex(k, len));
        if (keys.length > 0) this.properties(v, keys.map((k) => [k, false]), true);
      }
    } finally {
      this.depth--;
      this.indent--;
      this.quoteStrings = prevQuote;
    }
    if (!this.singleLine && (wrapped || this.goodTimeForNewLine())) {
      this.resetLine();
      this.write('\n');
      this.writeIndent();
      this.write(']');
      this.resetLine();
      this.add(1);
    } else {
      this.write(' ]');
      this.add(2);
    }
  }

  /** ", " or ",\n" between array items; true when it broke the line. */
  separator() {
    this.comma();
    if (!this.singleLine && this.goodTimeForNewLine()) {
      this.write('\n');
      this.writeIndent();
      return true;
    }
    this.space();
    return false;
  }

  holes(n) {
    if (n === 1) {
      this.write('empty item');
      this.add(10);
    } else {
      this.write(n + ' x empty items');
      this.add(String(n).length + 14);
    }
  }

  map(v) {
    const weak = v instanceof WeakMap;
    const size = weak ? 0 : Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call(v);
    this.collection(weak ? 'WeakMap' : 'Map', size, () => Map.prototype.entries.call(v), ([key, value]) => {
      this.format(key);
      this.write(': ');
      this.format(value);
    });
  }

  set(v) {
    const weak = v instanceof WeakSet;
    const size = weak ? 0 : Object.getOwnPropertyDescriptor(Set.prototype, 'size').get.call(v);
    this.collection(weak ? 'WeakSet' : 'Set', size, () => Set.prototype.values.call(v), (value) => this.format(value));
  }

  /** A Map or Set: `Name(size) {` then its entries, one per line or on one line, strings quoted. */
  collection(name, size, entries, writeEntry) {
    if (size === 0) return this.write(name + ' {}');
    if (this.depth > this.maxDepth) return this.elided(name);
    const prevQuote = this.quoteStrings;
    this.quoteStrings = true;
    this.write(name + '(' + size + ') {' + (this.singleLine ? ' ' : '\n'));
    this.indent++;
    this.depth++;
    try {
      let n = 0;
      for (const entry of entries()) {
        if (this.singleLine && n > 0) { this.comma(); this.write(' '); }
        if (!this.singleLine) this.writeIndent();
        writeEntry(entry);
        n++;
        if (!this.singleLine) { this.comma(); this.write('\n'); }
      }
      if (this.singleLine && n > 0) this.write(' ');
    } finally {
      this.indent--;
      this.depth--;
      this.quoteStrings = prevQuote;
    }
    if (!this.singleLine) this.writeIndent();
    this.write('}');
  }

  typed(v) {
    const isBuffer = typeof Buffer === 'function' && typeof Buffer.isBuffer === 'function' && Buffer.isBuffer(v);
    if (isBuffer) {
      const bytes = [];
      for (let i = 0; i < v.length; i++) bytes.push(v[i].toString(16).padStart(2, '0'));
      this.write('<Buffer ' + bytes.join(' ') + '>');
      return;
    }
    let items;
    let name = toStringTag(v);
    if (v instanceof ArrayBuffer) {
      name = 'ArrayBuffer';
      items = new Uint8Array(v);
    } else if (v instanceof DataView) {
      name = 'DataView';
      items = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    } else {
      items = v;
    }
    const bigint = name === 'BigInt64Array' || name === 'BigUint64Array';
    const show = (x) => (bigint ? String(x) + 'n' : Object.is(x, -0) ? '0' : String(x));
    this.write(name + '(' + items.length + ') [');
    if (items.length === 0) {
      this.write(']');
      return;
    }
    this.write(' ' + show(items[0]));
    const end = Math.min(items.length, MAX_TYPED_ITEMS);
    for (let i = 1; i < end; i++) {
      this.comma();
      this.space();
      this.write(show(items[i]));
    }
    if (items.length > MAX_TYPED_ITEMS) this.write(', ... ' + (items.length - MAX_TYPED_ITEMS) + ' more');
    this.write(' ]');
  }

  object(v) {
    if (this.depth > this.maxDepth) return this.elided('Object');
    const prevQuote = this.quoteStrings;
    this.quoteStrings = true;
    try {
      const keys = propertyKeys(v);
      if (keys.length === 0) {
        const name = objectName(v);
        this.write((name ? name + ' ' : '') + '{}');
        return;
      }
      this.properties(v, keys, false);
    } finally {
      this.quoteStrings = prevQuote;
    }
  }

  /**
   * "{ key: value, ... }" for an object's keys ([key, isSymbol] pairs), or the trailing named
   * properties of an array ("[ 1, 2, extra: 3 ]"), which continue its items instead.
   */
  properties(v, keys, afterItems) {
    const multiLine = !this.singleLine;
    for (let i = 0; i < keys.length; i++) {
      const [key, isSymbol] = keys[i];
      if (i === 0 && !afterItems) {
        const name = objectName(v);
        if (name) {
          this.write(name + ' ');
          this.add(name.length + 1);
        }
        this.line = this.indent * 2 + 1;
        this.indent++;
        this.depth++;
        if (multiLine) {
          this.write('{\n');
          this.writeIndent();
        } else this.write('{ ');
      } else {
        this.comma();
        if (multiLine && (!afterItems || this.goodTimeForNewLine())) {
          this.write('\n');
          this.writeIndent();
          this.resetLine();
        } else this.space();
      }
      this.key(key, isSymbol);
      this.propertyValue(v, key);
    }
    if (afterItems) return;
    this.depth--;
    if (multiLine) {
      this.indent--;
      this.comma();
      this.write('\n');
      this.writeIndent();
      this.write('}');
      this.add(1);
    } else {
      this.indent--;
      this.add(2);
      this.write(' }');
    }
  }

  key(key, isSymbol) {
    if (isSymbol) {
      const d = key.description === undefined ? '' : key.description;
      this.add(12 + d.length);
      this.write('[Symbol(' + d + ')]: ');
    } else if (IDENTIFIER.test(key)) {
      this.add(key.length + 1);
      this.write(key + ': ');
    } else {
      this.add(key.length + 2);
      this.write(JSON.stringify(key) + ': ');
    }
  }

  /** An accessor prints as [Getter], [Setter] or [Getter/Setter] without being called. */
  propertyValue(v, key) {
    const d = findDescriptor(v, key);
    if (d && (d.get || d.set)) {
      this.write(d.get && d.set ? '[Getter/Setter]' : d.get ? '[Getter]' : '[Setter]');
      return;
    }
    let value;
    try {
      value = d ? d.value : v[key];
    } catch (e) {
      value = undefined;
    }
    this.format(value);
  }
}

function isIndex(key, len) {
  const n = Number(key);
  return String(n >>> 0) === key && n < len;
}

function findDescriptor(v, key) {
  for (let o = v; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d) return d;
  }
  return undefined;
}

/**
 * The keys bun lists for an object: its own string keys (enumerable or not), then those of up to five
 * prototypes below Object.prototype (methods and accessors of a class instance), then its own
 * enumerable symbol keys; never "constructor" or "__proto__", each name once.
 */
function propertyKeys(v) {
  const seen = new Set(['constructor', '__proto__']);
  const out = [];
  const addNames = (o) => {
    for (const k of Object.getOwnPropertyNames(o)) {
      if (seen.has(k)) continue;
      seen.add(k);
      out.push([k, false]);
    }
  };
  addNames(v);
  let proto = Object.getPrototypeOf(v);
  for (let level = 0; level < MAX_PROTOTYPE_LEVELS && proto && proto !== Object.prototype && typeof proto !== 'function'; level++) {
    addNames(proto);
    proto = Object.getPrototypeOf(proto);
  }
  for (const s of Object.getOwnPropertySymbols(v)) {
    const d = Object.getOwnPropertyDescriptor(v, s);
    if (d && d.enumerable) out.push([s, true]);
  }
  return out;
}

/** The name shown before an object's braces: its class or @@toStringTag; none for a plain object. */
function objectName(v) {
  const proto = Object.getPrototypeOf(v);
  if (proto === null) return '[Object: null prototype]';
  let tag;
  try {
    tag = v[Symbol.toStringTag];
  } catch (e) {
    tag = undefined;
  }
  if (typeof tag === 'string' && tag) return tag === 'Object' ? '' : tag;
  const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
  const name = d && typeof d.value === 'function' && typeof d.value.name === 'string' ? d.value.name : '';
  return name && name !== 'Object' ? name : '';
}

function stackOf(e) {
  try {
    return typeof e.stack === 'string' ? e.stack : '';
  } catch (err) {
    return '';
  }
}

/** Without a host to read sources: no excerpt, the stack's own "at" lines. */
function plainStack(stack) {
  const frames = stack.split('\n').filter((l) => /^\s+at /.test(l)).map((l) => '      ' + l.trim() + '\n').join('');
  return { excerpt: '', frames };
}

/** bun's heading line: "error: message" for a plain Error, "TypeError: message" for others. */
function errorHeading(e) {
  const { name, message } = nameAndMessage(e);
  if (!message) return name || 'error';
  return (name === 'Error' || !name ? 'error' : name) + ': ' + message;
}

/** One value, as a console.log argument or table cell would print it. */
function formatValue(value, options) {
  const f = new Formatter(options);
  f.format(value);
  return f.out;
}

module.exports = { Formatter, formatValue, tagOf, errorHeading };
