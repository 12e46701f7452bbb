// The console object. createConsole(write) -> console; write(stream, text) gets whole lines ending in
// "\n", stream 'stdout' (log/info/debug/dir/table/group) or 'stderr' (error/warn/trace/assert).
'use strict';

// node/util is large: loaded on the first call that formats something, not with every context.
let utilModule = null;
const util = {
  format: (...a) => (utilModule || (utilModule = require('./util'))).format(...a),
  formatWithOptions: (...a) => (utilModule || (utilModule = require('./util'))).formatWithOptions(...a),
  inspect: (...a) => (utilModule || (utilModule = require('./util'))).inspect(...a),
};

function now() {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function formatTime(ms) {
  if (ms >= 1000) {
    if (ms >= 60000) {
      const m = Math.floor(ms / 60000);
      const s = ((ms % 60000) / 1000).toFixed(3).padStart(6, '0');
      return m + ':' + s + ' (m:ss.mmm)';
    }
    return (ms / 1000).toFixed(3) + 's';
  }
  return ms.toFixed(3) + 'ms';
}

function createConsole(write, options) {
  const opts = options || {};
  let indent = '';
  const counts = new Map();
  const timers = new Map();
  const inspectOptions = Object.assign({}, opts.inspectOptions);
  const colors = opts.colors === true;

  function emit(stream, text) {
    let out = indent ? indent + text.replace(/\n/g, '\n' + indent) : text;
    write(stream, out + '\n');
  }

  function fmt(args) {
    if (colors || Object.keys(inspectOptions).length) {
      return util.formatWithOptions(Object.assign({ colors }, inspectOptions), ...args);
    }
    return util.format(...args);
  }

  function warning(text) {
    const p = globalThis.process;
    if (p && typeof p.emitWarning === 'function') p.emitWarning(text);
    else write('stderr', '(tempo) Warning: ' + text + '\n');
  }

  const c = {
    log(...args) { emit('stdout', fmt(args)); },
    info(...args) { emit('stdout', fmt(args)); },
    debug(...args) { emit('stdout', fmt(args)); },
    error(...args) { emit('stderr', fmt(args)); },
    warn(...args) { emit('stderr', fmt(args)); },
    dir(obj, options) {
      emit('stdout', util.inspect(obj, Object.assign({ customInspect: false, colors }, inspectOptions, options)));
    },
    dirxml(...args) { c.log(...args); },
    trace(...args) {
      const err = new Error(fmt(args));
      err.name = 'Trace';
      let stack = String(err.stack || 'Trace: ' + err.message);
      // drop the frame of console.trace itself
      const lines = stack.split('\n');
      const at = lines.findIndex((l) => /^\s+at /.test(l));
      if (at >= 0 && /trace/.test(lines[at])) lines.splice(at, 1);
      emit('stderr', lines.join('\n'));
    },
    assert(value, ...args) {
      if (value) return;
      if (args.length === 0) emit('stderr', 'Assertion failed');
      else if (typeof args[0] === 'string') emit('stderr', fmt(['Assertion failed: ' + args[0], ...args.slice(1)]));
      else emit('stderr', fmt(['Assertion failed:', ...args]));
    },
    count(label) {
      label = label === undefined ? 'default' : String(label);
      const n = (counts.get(label) || 0) + 1;
      counts.set(label, n);
      emit('stdout', label + ': ' + n);
    },
    countReset(label) {
      label = label === undefined ? 'default' : String(label);
      if (!counts.has(label)) warning("Count for '" + label + "' does not exist");
      else counts.set(label, 0);
    },
    group(...args) {
      if (args.length) c.log(...args);
      indent += '  ';
    },
    groupCollapsed(...args) { c.group(...args); },
    groupEnd() { indent = indent.slice(0, Math.max(0, indent.length - 2)); },
    time(label) {
      label = label === undefined ? 'default' : String(label);
      if (timers.has(label)) { warning("Label '" + label + "' already exists for console.time()"); return; }
      timers.set(label, now());
    },
    timeEnd(label) {
      label = label === undefined ? 'default' : String(label);
      if (!timers.has(label)) { warning("No such label '" + label + "' for console.timeEnd()"); return; }
      const ms = now() - timers.get(label);
      timers.delete(label);
      emit('stdout', label + ': ' + formatTime(ms));
    },
    timeLog(label, ...data) {
      label = label === undefined ? 'default' : String(label);
      if (!timers.has(label)) { warning("No such label '" + label + "' for console.timeLog()"); return; }
      const ms = now() - timers.get(label);
      emit('stdout', fmt([label + ': ' + formatTime(ms), ...data]));
    },
    table(data, properties) {
      if (data === null || typeof data !== 'object') { c.log(data); return; }
      emit('stdout', renderTable(data, properties));
    },
    clear() {},
    profile() {},
    profileEnd() {},
    timeStamp() {},
  };
  c.Console = function Console(stdout, stderr) {
    const out = stdout && typeof stdout.write === 'function' ? stdout : null;
    const err = stderr && typeof stderr.write === 'function' ? stderr : out;
    if (!out) throw new TypeError('The "stdout" argument must be a writable stream');
    return createConsole((stream, text) => (stream === 'stderr' ? err : out).write(text));
  };
  return c;
}

function cell(v) {
  if (v === undefined) return '';
  return util.inspect(v, { depth: 1, compact: true, breakLength: Infinity }).replace(/\n/g, ' ');
}

function width(s) {
  let n = 0;
  for (const ch of s.replace(/\u001b\[\d+m/g, '')) {
    const cp = ch.codePointAt(0);
    n += (cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff))) ? 2 : 1;
  }
  return n;
}

function renderTable(data, properties) {
  const rows = [];
  let indexHeader = '(index)';
  let keyColumn = false;
  const isMap = data instanceof Map;
  const isSet = data instanceof Set;
  if (isMap) {
    indexHeader = '(iteration index)';
    keyColumn = true;
    let i = 0;
    for (const [k, v] of data) rows.push([String(i++), v, k]);
  } else if (isSet) {
    indexHeader = '(iteration index)';
    let i = 0;
    for (const v of data) rows.push([String(i++), v]);
  } else {
    for (const k of Object.keys(data)) rows.push([k, data[k]]);
  }
  const columns = [];
  let hasValues = false;
  for (const r of rows) {
    const v = r[1];
    if (v !== null && typeof v === 'object' && !Array.isArray(v) || Array.isArray(v)) {
      for (const k of Object.keys(v)) if (!columns.includes(k)) columns.push(k);
    } else if (v !== null && typeof v === 'function') {
      hasValues = true;
    } else hasValues = true;
  }
  const cols = properties ? properties.slice() : columns;
  const header = [indexHeader].concat(keyColumn ? ['Key'] : []).concat(cols).concat(hasValues && !properties ? ['Values'] : []);
  const body = rows.map((r) => {
    const v = r[1];
    const isObj = v !== null && typeof v === 'object';
    const line = [r[0]];
    if (keyColumn) line.push(cell(r[2]));
    for (const k of cols) line.push(isObj && Object.prototype.hasOwnProperty.call(v, k) ? cell(v[k]) : '');
    if (hasValues && !properties) line.push(isObj ? '' : cell(v));
    return line;
  });
  const widths = header.map((h, i) => Math.max(width(h), ...body.map((l) => width(l[i]))) + 2);
  const line = (l, r, m) => l + widths.map((w) => '─'.repeat(w)).join(m) + r;
  const row = (cells) => '│' + cells.map((s, i) => ' ' + s + ' '.repeat(widths[i] - width(s) - 1)).join('│') + '│';
  const out = [line('┌', '┐', '┬'), row(header), line('├', '┤', '┼')];
  for (const l of body) out.push(row(l));
  out.push(line('└', '┘', '┴'));
  return out.join('\n');
}

module.exports = { createConsole };
