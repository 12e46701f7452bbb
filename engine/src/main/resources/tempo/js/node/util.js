// node:util. inspect() follows Node's output format (compact: 3, breakLength: 80, depth: 2), written
// from its documented behaviour. Promise state cannot be read from plain JS, so promises print as
// "Promise { <pending> }" unless settled through a value tempo tracks (it does not).
'use strict';

const types = require('./util/types');
const { isDeepStrictEqual } = require('./_deep_equal');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const customPromisify = Symbol.for('nodejs.util.promisify.custom');

const defaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

const colors = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], inverse: [7, 27],
  hidden: [8, 28], strikethrough: [9, 29], black: [30, 39], red: [31, 39], green: [32, 39],
  yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
  gray: [90, 39], grey: [90, 39], redBright: [91, 39], greenBright: [92, 39], yellowBright: [93, 39],
  blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39],
  bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49],
};

const styles = {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
};

function stylize(ctx, str, type) {
  if (!ctx.colors) return str;
  const style = styles[type];
  const c = style && inspect.colors[style];
  return c ? '\u001b[' + c[0] + 'm' + str + '\u001b[' + c[1] + 'm' : str;
}

const ansi = /\u001b\[\d\d?m/g;
function visibleLength(s) {
  return s.replace(ansi, '').length;
}

function inspect(value, opts) {
  const ctx = Object.assign({}, inspect.defaultOptions);
  if (arguments.length > 2 || typeof opts === 'boolean') {
    // legacy signature inspect(obj, showHidden, depth, colors)
    if (arguments[1] !== undefined) ctx.showHidden = arguments[1];
    if (arguments[2] !== undefined) ctx.depth = arguments[2];
    if (arguments[3] !== undefined) ctx.colors = arguments[3];
  } else if (opts && typeof opts === 'object') {
    for (const k of Object.keys(opts)) ctx[k] = opts[k];
  }
  if (ctx.depth === null) ctx.depth = Infinity;
  ctx.seen = [];
  ctx.circular = new Map();
  ctx.indentationLvl = 0;
  ctx.currentDepth = 0;
  ctx.userOptions = opts && typeof opts === 'object' ? opts : undefined;
  return formatValue(ctx, value, 0, true);
}
inspect.custom = customInspect;
inspect.colors = colors;
inspect.styles = styles;
Object.defineProperty(inspect, 'defaultOptions', {
  get() { return defaultOptions; },
  set(o) { Object.assign(defaultOptions, o); },
});

function quote(str) {
  let q = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) q = '"';
    else if (!str.includes('`') && !str.includes('${')) q = '`';
  }
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const ch = str[i];
    const code = str.charCodeAt(i);
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\v') out += '\\v';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).toUpperCase().padStart(2, '0');
    else out += ch;
  }
  return q + out + q;
}

function formatNumber(ctx, n) {
  return stylize(ctx, Object.is(n, -0) ? '-0' : String(n), 'number');
}

function formatPrimitive(ctx, value, top) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const rest = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = '... ' + rest + ' more character' + (rest > 1 ? 's' : '');
      }
      if (ctx.compact !== true && value.length > 16 && value.length > ctx.breakLength - ctx.indentationLvl - 4 && value.includes('\n')) {
        const lines = value.split(/(?<=\n)/);
        if (lines.length > 1) {
          return lines.map((l) => stylize(ctx, quote(l), 'string')).join(' +\n' + ' '.repeat(ctx.indentationLvl + 2)) + trailer;
        }
      }
      return stylize(ctx, quote(value), 'string') + trailer;
    }
    case 'number': return formatNumber(ctx, value);
    case 'bigint': return stylize(ctx, value + 'n', 'bigint');
    case 'boolean': return stylize(ctx, String(value), 'boolean');
    case 'undefined': return stylize(ctx, 'undefined', 'undefined');
    case 'symbol': return stylize(ctx, value.toString(), 'symbol');
  }
  return String(value);
}

function formatValue(ctx, value, recurseTimes, top) {
  if (value === null) return stylize(ctx, 'null', 'null');
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx, value, top);

  if (ctx.customInspect) {
    let fn;
    try { fn = value[customInspect]; } catch (e) { fn = undefined; }
    if (typeof fn === 'function' && fn !== inspect) {
      const depth = ctx.depth === Infinity ? Infinity : ctx.depth - recurseTimes;
      const opts = Object.assign({}, ctx.userOptions || {}, {
        depth, colors: ctx.colors, stylize: (s, t) => stylize(ctx, s, t), indentationLvl: ctx.indentationLvl,
      });
      const ret = fn.call(value, depth, opts, inspect);
      if (ret !== value) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replace(/\n/g, '\n' + ' '.repeat(ctx.indentationLvl));
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = ctx.circular.get(value);
    if (index === undefined) {
      index = ctx.circular.size + 1;
      ctx.circular.set(value, index);
    }
    return stylize(ctx, '[Circular *' + index + ']', 'special');
  }
  return formatRaw(ctx, value, recurseTimes);
}

function constructorName(obj) {
  let o = obj;
  while (o !== null && o !== undefined) {
    const d = Object.getOwnPropertyDescriptor(o, 'constructor');
    if (d && typeof d.value === 'function' && d.value.name !== '') return d.value.name;
    o = Object.getPrototypeOf(o);
  }
  return null;
}

function prefix(ctor, tag, fallback, size) {
  const sz = size === undefined ? '' : '(' + size + ')';
  if (ctor === null) {
    if (tag !== '' && fallback !== tag) return '[' + fallback + sz + ': null prototype] [' + tag + '] ';
    return '[' + fallback + sz + ': null prototype] ';
  }
  if (tag !== '' && ctor !== tag) return ctor + sz + ' [' + tag + '] ';
  return ctor + sz + ' ';
}

function isIdentifier(k) {
  return /^[a-zA-Z_][a-zA-Z_0-9]*$/.test(k);
}

function ownKeys(ctx, value) {
  let keys = ctx.showHidden ? Object.getOwnPropertyNames(value) : Object.keys(value);
  const syms = Object.getOwnPropertySymbols(value);
  for (const s of syms) {
    if (ctx.showHidden || Object.prototype.propertyIsEnumerable.call(value, s)) keys.push(s);
  }
  if (ctx.sorted) keys.sort(typeof ctx.sorted === 'function' ? ctx.sorted : undefined);
  return keys;
}

function functionBase(ctx, fn, ctor, tag) {
  let src = '';
  try { src = Function.prototype.toString.call(fn); } catch (e) { /* ignore */ }
  if (src.startsWith('class') && /^class\b/.test(src)) {
    let base = '[class ' + (fn.name || '(anonymous)');
    const proto = Object.getPrototypeOf(fn);
    if (proto && proto !== Function.prototype && proto.name) base += ' extends ' + proto.name;
    else if (/^class\s*[\w$]*\s+extends\b/.test(src) && proto === Function.prototype) base += ' extends Function';
    base += ']';
    return stylize(ctx, base, 'special');
  }
  let type = 'Function';
  const t = Object.prototype.toString.call(fn);
  if (t === '[object AsyncFunction]') type = 'AsyncFunction';
  else if (t === '[object GeneratorFunction]') type = 'GeneratorFunction';
  else if (t === '[object AsyncGeneratorFunction]') type = 'AsyncGeneratorFunction';
  let base = '[' + type;
  if (ctor === null) base += ' (null prototype)';
  base += fn.name ? ': ' + fn.name : ' (anonymous)';
  base += ']';
  if (ctor !== type && ctor !== null && ctor !== 'Function') base += ' ' + ctor;
  if (tag !== '' && ctor !== tag && tag !== type) base += ' [' + tag + ']';
  return stylize(ctx, base, 'special');
}

function formatError(ctx, err, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  const message = err.message != null ? String(err.message) : '';
  let stack = typeof err.stack === 'string' && err.stack ? err.stack : null;
  if (!stack) stack = message ? name + ': ' + message : name;
  // Own message/name shown by the stack already; a non-enumerable cause is shown like Node does.
  if (!/\n\s+at /.test(stack)) stack = '[' + stack + ']';
  if (ctx.indentationLvl !== 0) {
    const ind = ' '.repeat(ctx.indentationLvl);
    stack = stack.replace(/\n/g, '\n' + ind);
  }
  return stack;
}

function formatRaw(ctx, value, recurseTimes) {
  let keys;
  let ctor = constructorName(value);
  let tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' || (tag !== '' && (ctx.showHidden
    ? Object.prototype.hasOwnProperty.call(value, Symbol.toStringTag)
    : Object.prototype.propertyIsEnumerable.call(value, Symbol.toStringTag)))) tag = '';

  let base = '';
  let braces;
  let formatter = formatObjectEntries;
  let extrasArray = false;
  let noEntries = false;
  let sizeLike;

  if (Array.isArray(value)) {
    keys = ownKeys(ctx, value).filter((k) => typeof k === 'symbol' || !isIndex(k, value.length));
    if (ctx.showHidden) keys = keys.filter((k) => k !== 'length');
    const p = ctor !== 'Array' || tag !== '' ? prefix(ctor, tag, 'Array', value.length) : '';
    braces = [p + '[', ']'];
    if (value.length === 0 && keys.length === 0) return braces[0] + ']';
    extrasArray = true;
    formatter = formatArray;
    if (ctx.showHidden) keys.unshift('length');
  } else if (types.isSet(value)) {
    sizeLike = value.size;
    keys = ownKeys(ctx, value);
    const p = prefix(ctor, tag, 'Set', sizeLike);
    formatter = formatSet;
    if (sizeLike === 0 && keys.length === 0) return p + '{}';
    braces = [p + '{', '}'];
  } else if (types.isMap(value)) {
    sizeLike = value.size;
    keys = ownKeys(ctx, value);
    const p = prefix(ctor, tag, 'Map', sizeLike);
    formatter = formatMap;
    if (sizeLike === 0 && keys.length === 0) return p + '{}';
    braces = [p + '{', '}'];
  } else if (types.isTypedArray(value)) {
    keys = ownKeys(ctx, value).filter((k) => typeof k === 'symbol' || !isIndex(k, value.length));
    const fallback = Object.prototype.toString.call(value).slice(8, -1);
    const realTag = value[Symbol.toStringTag];
    const p = prefix(ctor, realTag !== ctor ? realTag : '', fallback, value.length);
    braces = [p + '[', ']'];
    if (value.length === 0 && keys.length === 0) return braces[0] + ']';
    extrasArray = true;
    formatter = formatTypedArray;
  } else {
    keys = ownKeys(ctx, value);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = functionBase(ctx, value, ctor, tag);
      if (keys.length === 0) return base;
    } else if (ctor === 'Object' && !types.isBoxedPrimitive(value) && !types.isArgumentsObject(value) &&
        !types.isModuleNamespaceObject(value) && !isIterator(value)) {
      if (tag !== '') braces[0] = prefix(ctor, tag, 'Object') + '{';
      if (keys.length === 0) return braces[0] + '}';
    } else if (types.isArgumentsObject(value)) {
      keys = keys.filter((k) => typeof k === 'symbol' || !isIndex(k, value.length));
      braces = ['[Arguments] [', ']'];
      extrasArray = true;
      formatter = formatArray;
      if (value.length === 0 && keys.length === 0) return '[Arguments] []';
    } else if (types.isRegExp(value)) {
      base = stylize(ctx, RegExp.prototype.toString.call(value), 'regexp');
      const p = prefix(ctor, tag, 'RegExp');
      if (p !== 'RegExp ') base = p + base;
      keys = keys.filter((k) => k !== 'lastIndex');
      if (keys.length === 0) return base;
    } else if (types.isDate(value)) {
      const t = Date.prototype.getTime.call(value);
      base = Number.isNaN(t) ? 'Invalid Date' : Date.prototype.toISOString.call(value);
      base = stylize(ctx, base, 'date');
      const p = prefix(ctor, tag, 'Date');
      if (p !== 'Date ') base = p + base;
      if (keys.length === 0) return base;
    } else if (types.isNativeError(value) || value instanceof Error) {
      keys = keys.filter((k) => k !== 'stack' && k !== 'message');
      base = formatError(ctx, value, keys);
      if ('cause' in value && !keys.includes('cause') && Object.prototype.hasOwnProperty.call(value, 'cause')) {
        keys.push('cause');
        ctx.__causeKey = true;
      }
      if (keys.length === 0) return base;
    } else if (types.isAnyArrayBuffer(value)) {
      const name = types.isSharedArrayBuffer(value) ? 'SharedArrayBuffer' : 'ArrayBuffer';
      const p = prefix(ctor, tag, name);
      if (recurseTimes > ctx.depth) return '[' + p.trim() + ']';
      keys.unshift('byteLength');
      braces[0] = p + '{';
      formatter = formatArrayBuffer;
    } else if (types.isBoxedPrimitive(value)) {
      let type, prim;
      if (types.isNumberObject(value)) { type = 'Number'; prim = formatNumber(ctx, Number.prototype.valueOf.call(value)); }
      else if (types.isStringObject(value)) {
        type = 'String';
        const s = String.prototype.valueOf.call(value);
        prim = formatPrimitive(ctx, s);
        keys = keys.filter((k) => typeof k === 'symbol' || !isIndex(k, s.length));
      } else if (types.isBooleanObject(value)) { type = 'Boolean'; prim = stylize(ctx, String(Boolean.prototype.valueOf.call(value)), 'boolean'); }
      else if (types.isBigIntObject(value)) { type = 'BigInt'; prim = stylize(ctx, BigInt.prototype.valueOf.call(value) + 'n', 'bigint'); }
      else { type = 'Symbol'; prim = stylize(ctx, Symbol.prototype.toString.call(Symbol.prototype.valueOf.call(value)), 'symbol'); }
      base = '[' + type;
      if (type !== ctor) base += ctor === null ? ' (null prototype)' : ' (' + ctor + ')';
      base += ': ' + prim + ']';
      if (tag !== '' && tag !== ctor) base += ' [' + tag + ']';
      if (keys.length === 0) return base;
    } else if (types.isPromise(value)) {
      braces[0] = prefix(ctor, tag, 'Promise') + '{';
      formatter = (c, v) => ['<pending>'];
    } else if (types.isWeakSet(value)) {
      braces[0] = prefix(ctor, tag, 'WeakSet') + '{';
      formatter = () => [stylize(ctx, '<items unknown>', 'special')];
    } else if (types.isWeakMap(value)) {
      braces[0] = prefix(ctor, tag, 'WeakMap') + '{';
      formatter = () => [stylize(ctx, '<items unknown>', 'special')];
    } else if (types.isModuleNamespaceObject(value)) {
      braces[0] = '[Module: null prototype] {';
    } else if (isIterator(value)) {
      braces[0] = prefix(ctor, tag, 'Object') + '{';
    } else {
      if (keys.length === 0) return prefix(ctor, tag, 'Object') + '{}';
      braces[0] = prefix(ctor, tag, 'Object') + '{';
    }
  }

  if (recurseTimes > ctx.depth) {
    const name = (ctor === null ? '[Object: null prototype]' : ctor || 'Object');
    return stylize(ctx, '[' + (Array.isArray(value) ? (ctor || 'Array') : prefix(ctor, tag, 'Object').trim()) + ']', 'special')
      .replace('[[Object: null prototype]]', '[Object: null prototype]') || name;
  }

  recurseTimes++;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (const k of keys) {
      output.push(formatProperty(ctx, value, recurseTimes, k, extrasArray));
    }
  } finally {
    ctx.seen.pop();
  }

  let res = reduceToSingleString(ctx, output, base, braces, extrasArray, recurseTimes, value);
  const ref = ctx.circular.get(value);
  if (ref !== undefined) {
    const r = stylize(ctx, '<ref *' + ref + '>', 'special');
    res = r + ' ' + res;
  }
  return res;
}

function isIterator(v) {
  const t = Object.prototype.toString.call(v);
  return / Iterator\]$/.test(t);
}

function isIndex(k, length) {
  if (typeof k !== 'string') return false;
  if (!/^(0|[1-9][0-9]*)$/.test(k)) return false;
  return Number(k) < length;
}

function formatObjectEntries() {
  return [];
}

function formatArray(ctx, value, recurseTimes) {
  const output = [];
  const len = value.length;
  const max = Math.min(ctx.maxArrayLength, len);
  let holes = 0;
  let i = 0;
  const flushHoles = () => {
    if (holes > 0) {
      output.push(stylize(ctx, '<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>', 'undefined'));
      holes = 0;
    }
  };
  for (; i < len && output.length < max; i++) {
    if (!Object.prototype.hasOwnProperty.call(value, i)) {
      holes++;
      continue;
    }
    flushHoles();
    if (output.length >= max) break;
    output.push(formatProperty(ctx, value, recurseTimes, i, true));
  }
  flushHoles();
  const remaining = len - i;
  if (remaining > 0) output.push('... ' + remaining + ' more item' + (remaining > 1 ? 's' : ''));
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  const output = [];
  const len = value.length;
  const max = Math.min(ctx.maxArrayLength, len);
  for (let i = 0; i < max; i++) {
    const v = value[i];
    output.push(typeof v === 'bigint' ? stylize(ctx, v + 'n', 'bigint') : formatNumber(ctx, v));
  }
  if (len > max) output.push('... ' + (len - max) + ' more item' + (len - max > 1 ? 's' : ''));
  return output;
}

function formatArrayBuffer(ctx, value) {
  const bytes = new Uint8Array(value);
  const shown = Math.min(50, bytes.length);
  let hex = '';
  for (let i = 0; i < shown; i++) hex += (i ? ' ' : '') + bytes[i].toString(16).padStart(2, '0');
  if (bytes.length > shown) hex += ' ... ' + (bytes.length - shown) + ' more byte' + (bytes.length - shown > 1 ? 's' : '');
  return ['[Uint8Contents]: <' + hex + '>'];
}

function formatSet(ctx, value, recurseTimes) {
  const output = [];
  ctx.indentationLvl += 2;
  for (const v of value) output.push(formatValue(ctx, v, recurseTimes));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const output = [];
  ctx.indentationLvl += 2;
  for (const [k, v] of value) {
    output.push(formatValue(ctx, k, recurseTimes) + ' => ' + formatValue(ctx, v, recurseTimes));
  }
  ctx.indentationLvl -= 2;
  return output;
}

function formatKey(ctx, key) {
  if (typeof key === 'symbol') return '[' + stylize(ctx, key.toString(), 'symbol') + ']';
  if (isIdentifier(key)) return key;
  return stylize(ctx, quote(key), 'string');
}

function formatProperty(ctx, value, recurseTimes, key, arrayElement) {
  let str;
  const desc = Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined || !('get' in desc || 'set' in desc)) {
    ctx.indentationLvl += 2;
    str = formatValue(ctx, desc.value, recurseTimes);
    ctx.indentationLvl -= 2;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    if (ctx.getters) {
      try {
        const v = desc.get.call(value);
        ctx.indentationLvl += 2;
        str = stylize(ctx, '[' + label + ':', 'special') + ' ' + formatValue(ctx, v, recurseTimes) + stylize(ctx, ']', 'special');
        ctx.indentationLvl -= 2;
      } catch (e) {
        str = stylize(ctx, '[' + label + ': <Inspection threw (' + e.message + ')>]', 'special');
      }
    } else str = stylize(ctx, '[' + label + ']', 'special');
  } else if (desc.set !== undefined) {
    str = stylize(ctx, '[Setter]', 'special');
  } else {
    str = stylize(ctx, 'undefined', 'undefined');
  }
  if (arrayElement && typeof key === 'number') return str;
  let name;
  if (key === 'cause' && ctx.__causeKey && !desc.enumerable) name = '[cause]';
  else if (!desc.enumerable) name = '[' + (typeof key === 'symbol' ? key.toString() : key) + ']';
  else name = formatKey(ctx, key);
  return name + ': ' + str;
}

function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (value && ctx.maxArrayLength < value.length && outputLength > 0 && /^\.\.\. \d+ more item/.test(output[outputLength - 1])) outputLength--;
  const separatorSpace = 2;
  const dataLen = [];
  for (let i = 0; i < outputLength; i++) {
    const len = visibleLength(output[i]);
    dataLen.push(len);
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const maxLineLength = [];
    for (let c = 0; c < columns; c++) {
      let lineLength = 0;
      for (let j = c; j < outputLength; j += columns) if (dataLen[j] > lineLength) lineLength = dataLen[j];
      maxLineLength.push(lineLength + separatorSpace);
    }
    let numeric = value !== undefined;
    if (numeric) {
      for (let i = 0; i < outputLength; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') { numeric = false; break; }
      }
    }
    const rows = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < max - 1; j++) {
        const width = maxLineLength[j - i] + output[j].length - dataLen[j];
        const cell = output[j] + ', ';
        line += numeric ? cell.padStart(width, ' ') : cell.padEnd(width, ' ');
      }
      if (numeric) {
        const width = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        line += output[j].padStart(width, ' ');
      } else line += output[j];
      rows.push(line);
    }
    if (outputLength < output.length) rows.push(output[outputLength]);
    return rows;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, extrasArray, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasArray && entries > 6) output = groupArrayElements(ctx, output, value);
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (fitsOnLine(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
          }
        }
      }
    }
    const ind = '\n' + ' '.repeat(ctx.indentationLvl);
    return (base ? base + ' ' : '') + braces[0] + ind + '  ' + output.join(',' + ind + '  ') + ind + braces[1];
  }
  if (fitsOnLine(ctx, output, 0, base)) {
    return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
  }
  const ind = '\n' + ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + ind + '  ';
  return braces[0] + ln + output.join(',' + ind + '  ') + ' ' + braces[1];
}

function fitsOnLine(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (const o of output) {
    total += ctx.colors ? visibleLength(o) : o.length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

// ---- format -----------------------------------------------------------------------------------

function hasUserToString(v) {
  let o = v;
  while (o !== null && o !== undefined) {
    if (o === Object.prototype || o === Error.prototype || o === Array.prototype) return false;
    const d = Object.getOwnPropertyDescriptor(o, 'toString');
    if (d) return true;
    o = Object.getPrototypeOf(o);
  }
  return false;
}

function formatWithOptions(inspectOptions, ...args) {
  return formatImpl(inspectOptions || {}, args);
}

function format(...args) {
  return formatImpl(undefined, args);
}

function formatImpl(opts, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  const insp = (v, extra) => inspect(v, Object.assign({}, opts, extra));
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let last = 0;
    a = 1;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const c = first[i + 1];
      if (c === '%') {
        str += first.slice(last, i) + '%';
        last = i + 2;
        i++;
        continue;
      }
      if (a >= args.length) continue;
      let rep;
      const arg = args[a];
      switch (c) {
        case 's':
          if (typeof arg === 'bigint') rep = arg + 'n';
          else if (typeof arg === 'number') rep = Object.is(arg, -0) ? '-0' : String(arg);
          else if (typeof arg === 'symbol') rep = arg.toString();
          else if (typeof arg === 'object' && arg !== null && !hasUserToString(arg)) rep = insp(arg, { depth: 0, colors: false, compact: 3 });
          else rep = String(arg);
          break;
        case 'j':
          try { rep = JSON.stringify(arg); } catch (e) {
            if (/circular/i.test(String(e && e.message))) rep = '[Circular]';
            else throw e;
          }
          break;
        case 'd': {
          if (typeof arg === 'bigint') rep = arg + 'n';
          else if (typeof arg === 'symbol') rep = 'NaN';
          else { const n = Number(arg); rep = Object.is(n, -0) ? '-0' : String(n); }
          break;
        }
        case 'i':
          if (typeof arg === 'bigint') rep = arg + 'n';
          else if (typeof arg === 'symbol') rep = 'NaN';
          else rep = String(parseInt(arg));
          break;
        case 'f':
          rep = typeof arg === 'symbol' ? 'NaN' : String(parseFloat(arg));
          break;
        case 'o':
          rep = insp(arg, { showHidden: true, showProxy: true, depth: 4 });
          break;
        case 'O':
          rep = insp(arg);
          break;
        case 'c':
          rep = '';
          break;
        default:
          continue;
      }
      str += first.slice(last, i) + rep;
      last = i + 2;
      i++;
      a++;
    }
    str += first.slice(last);
    join = ' ';
    if (a === 0) a = 1;
  }
  for (; a < args.length; a++) {
    const v = args[a];
    str += (a === 0 && typeof first !== 'string' ? '' : join) + (typeof v === 'string' ? v : insp(v));
    join = ' ';
  }
  return str;
}

// ---- promisify / callbackify / misc -----------------------------------------------------------

function promisify(original) {
  if (typeof original !== 'function') {
    const e = new TypeError('The "original" argument must be of type function');
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  if (original[customPromisify]) {
    const fn = original[customPromisify];
    return Object.defineProperty(fn, customPromisify, { value: fn, enumerable: false, configurable: true });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      original.call(this, ...args, (err, ...values) => {
        if (err) reject(err);
        else resolve(values.length > 1 ? values : values[0]);
      });
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, customPromisify, { value: fn, enumerable: false, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = customPromisify;

function callbackify(original) {
  if (typeof original !== 'function') {
    const e = new TypeError('The "original" argument must be of type function');
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  function callbackified(...args) {
    const cb = args.pop();
    if (typeof cb !== 'function') {
      const e = new TypeError('The last argument must be of type function');
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    const next = (fn) => (typeof queueMicrotask === 'function' ? queueMicrotask(fn) : Promise.resolve().then(fn));
    Promise.resolve(original.apply(this, args)).then(
      (v) => next(() => cb(null, v)),
      (err) => {
        if (!err) {
          const e = new Error('Promise was rejected with a falsy value');
          e.code = 'ERR_FALSY_VALUE_REJECTION';
          e.reason = err;
          err = e;
        }
        next(() => cb(err));
      });
  }
  Object.defineProperty(callbackified, 'name', { value: original.name + 'Callbackified' });
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new TypeError('The "ctor" argument must be of type function');
  if (superCtor === undefined || superCtor === null) throw new TypeError('The "superCtor" argument must be of type function');
  if (superCtor.prototype === undefined) throw new TypeError('The "superCtor.prototype" property must be of type object');
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const warnedCodes = new Set();
function deprecate(fn, msg, code) {
  let warned = false;
  function deprecated(...args) {
    if (!warned && !(code && warnedCodes.has(code))) {
      warned = true;
      if (code) warnedCodes.add(code);
      const p = globalThis.process;
      if (p && typeof p.emitWarning === 'function') p.emitWarning(msg, 'DeprecationWarning', code);
    }
    return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function debuglog(section) {
  const env = (globalThis.process && globalThis.process.env && globalThis.process.env.NODE_DEBUG) || '';
  const enabled = new RegExp('^(' + env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^') + ')$', 'i').test(section);
  const fn = (...args) => {
    if (!enabled) return;
    const c = globalThis.console;
    if (c) c.error('%s %d: %s', section.toUpperCase(), globalThis.process ? globalThis.process.pid : 0, format(...args));
  };
  fn.enabled = enabled;
  return fn;
}

function stripVTControlCharacters(s) {
  return String(s).replace(/[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g, '');
}

function styleText(format, text) {
  const fmts = Array.isArray(format) ? format : [format];
  let out = text;
  for (const f of fmts) {
    const c = colors[f];
    if (!c) throw new TypeError('The argument \'format\' must be one of: ' + Object.keys(colors).join(', '));
    out = '\u001b[' + c[0] + 'm' + out + '\u001b[' + c[1] + 'm';
  }
  return out;
}

function isArray(v) { return Array.isArray(v); }

module.exports = {
  inspect,
  format,
  formatWithOptions,
  promisify,
  callbackify,
  inherits,
  deprecate,
  debuglog,
  debug: debuglog,
  isDeepStrictEqual,
  types,
  TextEncoder: globalThis.TextEncoder,
  TextDecoder: globalThis.TextDecoder,
  stripVTControlCharacters,
  styleText,
  toUSVString: (s) => String(s).toWellFormed ? String(s).toWellFormed() : String(s),
  isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === null || v === undefined,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: types.isRegExp,
  isObject: (v) => v !== null && typeof v === 'object',
  isDate: types.isDate,
  isError: (v) => types.isNativeError(v) || v instanceof Error,
  isFunction: (v) => typeof v === 'function',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
};
