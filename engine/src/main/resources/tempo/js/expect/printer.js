// Value printer compatible with Jest's pretty-format output.
//
// format(value, options) options:
//   min                 one-line style used in matcher messages: {"a": 1, "b": [1, 2]}
//   indent              spaces per level in multi-line style (default 2)
//   maxDepth            deeper containers print as [Object] / [Array] / [ClassName]
//   escapeString        escape " and \ inside strings (default true)
//   printFunctionName   [Function name] rather than [Function] (default true)
//   printBasicPrototype prefix plain objects/arrays with "Object "/"Array " (default true)
//   callToJSON          use a value's toJSON() (default true)
//   compareKeys         key sort function, or null to keep insertion order (default: sort)
//   plugins             [{ test(val), serialize(val, config, indentation, depth, refs, printer) }]
//   bun                 bun's variant used in its diffs: [Function: name] / [Function], array holes
//                       print as undefined, arrayContaining as ExpectArrayContaining {}
'use strict';

const ASYMMETRIC = Symbol.for('jest.asymmetricMatcher');

const DEFAULTS = {
  min: false,
  indent: 2,
  maxDepth: Infinity,
  escapeString: true,
  printFunctionName: true,
  printBasicPrototype: true,
  callToJSON: true,
  compareKeys: undefined,
  plugins: [],
  bun: false,
};

const toStr = Object.prototype.toString;

function isTypedArray(val) {
  return ArrayBuffer.isView(val) && !(val instanceof DataView);
}

function printNumber(n) {
  return Object.is(n, -0) ? '-0' : String(n);
}

function printString(s, config) {
  if (config.escapeString) s = s.replace(/"|\\/g, '\\$&');
  return '"' + s + '"';
}

function printFunction(fn, config) {
  if (config.bun) return fn.name ? '[Function: ' + fn.name + ']' : '[Function]';
  if (!config.printFunctionName) return '[Function]';
  return '[Function ' + (fn.name || 'anonymous') + ']';
}

function printSymbol(s) {
  return String(s);
}

function printError(e) {
  let name;
  try { name = e.name; } catch (x) { name = 'Error'; }
  return '[' + (name || 'Error') + ': ' + (e.message === undefined ? '' : e.message) + ']';
}

// Primitives and leaf objects that print the same at any depth; undefined means "not basic".
function printBasic(val, config) {
  if (val === true || val === false) return String(val);
  if (val === undefined) return 'undefined';
  if (val === null) return 'null';
  const t = typeof val;
  if (t === 'number') return printNumber(val);
  if (t === 'bigint') return String(val) + 'n';
  if (t === 'string') return printString(val, config);
  if (t === 'function') return printFunction(val, config);
  if (t === 'symbol') return printSymbol(val);
  const tag = toStr.call(val);
  if (tag === '[object WeakMap]') return 'WeakMap {}';
  if (tag === '[object WeakSet]') return 'WeakSet {}';
  if (tag === '[object Function]' || tag === '[object GeneratorFunction]') return printFunction(val, config);
  if (tag === '[object Symbol]') return printSymbol(val);
  if (tag === '[object Date]') {
    const t2 = val.getTime();
    return isNaN(t2) ? 'Date { NaN }' : val.toISOString();
  }
  if (tag === '[object Error]' || val instanceof Error) return printError(val);
  if (tag === '[object RegExp]') return String(val);
  return undefined;
}

function getConstructorName(val) {
  try {
    const proto = Object.getPrototypeOf(val);
    if (proto === null) return '';
    const c = val.constructor;
    return (typeof c === 'function' && c.name) || 'Object';
  } catch (e) {
    return 'Object';
  }
}

function getKeys(obj, compareKeys) {
  let keys = Object.keys(obj);
  if (compareKeys !== null) keys = keys.sort(compareKeys);
  const symbols = Object.getOwnPropertySymbols(obj).filter(
    (s) => Object.getOwnPropertyDescriptor(obj, s).enumerable,
  );
  return keys.concat(symbols);
}

function printKey(key, config) {
  return typeof key === 'symbol' ? printSymbol(key) : printString(key, config);
}

// The bracket body of a list: items joined, on separate lines unless min.
function printListItems(list, config, indentation, depth, refs, printer, len) {
  const n = len === undefined ? list.length : len;
  if (n === 0) return '';
  let out = '';
  const inner = indentation + config.indentStr;
  for (let i = 0; i < n; i++) {
    if (!config.min) out += config.spacingOuter + inner;
    else if (i > 0) out += ', ';
    out += i in list || !Array.isArray(list) || config.bun ? printer(list[i], config, inner, depth, refs) : '<empty>';
    if (!config.min) out += ',';
  }
  if (!config.min) out += config.spacingOuter + indentation;
  return out;
}

function printObjectProperties(val, config, indentation, depth, refs, printer) {
  const keys = getKeys(val, config.compareKeys);
  if (keys.length === 0) return '';
  let out = '';
  const inner = indentation + config.indentStr;
  keys.forEach((key, i) => {
    if (!config.min) out += config.spacingOuter + inner;
    else if (i > 0) out += ', ';
    out += printKey(key, config) + ': ' + printer(val[key], config, inner, depth, refs);
    if (!config.min) out += ',';
  });
  if (!config.min) out += config.spacingOuter + indentation;
  return out;
}

function printEntries(iter, config, indentation, depth, refs, printer, sep) {
  let out = '';
  const inner = indentation + config.indentStr;
  let i = 0;
  for (const entry of iter) {
    if (!config.min) out += config.spacingOuter + inner;
    else if (i > 0) out += ', ';
    if (sep) {
      out += printer(entry[0], config, inner, depth, refs) + sep + printer(entry[1], config, inner, depth, refs);
    } else {
      out += printer(entry, config, inner, depth, refs);
    }
    if (!config.min) out += ',';
    i++;
  }
  if (i > 0 && !config.min) out += config.spacingOuter + indentation;
  return out;
}

function isMockFunction(fn) {
  return typeof fn === 'function' && fn._isMockFunction === true;
}

function printAsymmetric(val, config, indentation, depth, refs, printer) {
  const name = String(val.toString());
  if (++depth > config.maxDepth) return '[' + name + ']';
  if (name === 'ArrayContaining' || name === 'ArrayNotContaining') {
    if (config.bun) return 'ExpectArrayContaining {}';
    return name + ' [' + printListItems(val.sample, config, indentation, depth, refs, printer) + ']';
  }
  if (name === 'ObjectContaining' || name === 'ObjectNotContaining') {
    return name + ' {' + printObjectProperties(val.sample, config, indentation, depth, refs, printer) + '}';
  }
  if (name === 'StringMatching' || name === 'StringNotMatching' || name === 'StringContaining' || name === 'StringNotContaining') {
    return name + ' ' + printer(val.sample, config, indentation, depth, refs);
  }
  if (typeof val.toAsymmetricMatcher === 'function') return String(val.toAsymmetricMatcher());
  return name;
}

function printMock(val, config, indentation, depth, refs, printer) {
  const name = val.getMockName();
  const head = name === 'jest.fn()' ? '[MockFunction]' : '[MockFunction ' + name + ']';
  if (config.min || !config.printMockCalls) return head;
  const m = val.mock;
  if (m.calls.length === 0) return head;
  const data = { calls: m.calls, results: m.results };
  return head + ' ' + printer(data, Object.assign({}, config, { printBasicPrototype: false }), indentation, depth, refs);
}

function printComplex(val, config, indentation, depth, refs, hitMaxDepth) {
  if (refs.indexOf(val) !== -1) return '[Circular]';
  refs = refs.slice();
  refs.push(val);
  const deeper = ++depth > config.maxDepth;
  const min = config.min;

  if (config.callToJSON && !deeper && val.toJSON && typeof val.toJSON === 'function' && !hitMaxDepth) {
    return printValue(val.toJSON(), config, indentation, depth, refs, true);
  }

  const tag = toStr.call(val);
  if (tag === '[object Arguments]') {
    return deeper ? '[Arguments]' : (min ? '' : 'Arguments ') + '[' + printListItems(val, config, indentation, depth, refs, printValue) + ']';
  }
  if (Array.isArray(val) || isTypedArray(val)) {
    const name = getConstructorName(val);
    if (deeper) return '[' + name + ']';
    const prefix = min ? '' : (!config.printBasicPrototype && name === 'Array' ? '' : name + ' ');
    return prefix + '[' + printListItems(val, config, indentation, depth, refs, printValue) + ']';
  }
  if (tag === '[object Map]') {
    if (deeper) return '[Map]';
    return 'Map {' + printEntries(val.entries(), config, indentation, depth, refs, printValue, ' => ') + '}';
  }
  if (tag === '[object Set]') {
    if (deeper) return '[Set]';
    return 'Set {' + printEntries(val.values(), config, indentation, depth, refs, printValue, null) + '}';
  }
  const name = getConstructorName(val);
  if (deeper) return '[' + (name || 'Object') + ']';
  let prefix;
  if (min) prefix = '';
  else prefix = !config.printBasicPrototype && name === 'Object' ? '' : (name || 'Object') + ' ';
  return prefix + '{' + printObjectProperties(val, config, indentation, depth, refs, printValue) + '}';
}

function printValue(val, config, indentation, depth, refs, hitMaxDepth) {
  for (const plugin of config.plugins) {
    if (plugin.test(val)) {
      return plugin.serialize(val, config, indentation, depth, refs, printValue);
    }
  }
  if (val !== null && (typeof val === 'object' || typeof val === 'function')) {
    if (isMockFunction(val)) return printMock(val, config, indentation, depth, refs, printValue);
    let isAsym = false;
    try { isAsym = val.$$typeof === ASYMMETRIC; } catch (e) { /* exotic */ }
    if (isAsym) return printAsymmetric(val, config, indentation, depth, refs, printValue);
  }
  const basic = printBasic(val, config);
  if (basic !== undefined) return basic;
  return printComplex(val, config, indentation, depth, refs, hitMaxDepth);
}

function normalize(options) {
  const config = Object.assign({}, DEFAULTS, options || {});
  if (config.plugins == null) config.plugins = [];
  config.indentStr = config.min ? '' : ' '.repeat(config.indent);
  config.spacingOuter = config.min ? '' : '\n';
  return config;
}

function format(value, options) {
  const config = normalize(options);
  return printValue(value, config, '', 0, []);
}

module.exports = { format, printValue, normalize, ASYMMETRIC };
