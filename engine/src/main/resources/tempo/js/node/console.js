// The console object, printing as bun's does. createConsole(write, options) -> console; write(stream,
// text) gets whole lines ending in "\n". Streams as in bun: log/info/debug/dir/dirxml/table/count/trace
// on stdout, error/warn/assert and the console.time family on stderr. options.describeStack(stack) ->
// { excerpt, frames } renders an error's source excerpt and "at" lines (the host reads the sources).
'use strict';

const { formatArgs } = require('./console-args');
const { Formatter } = require('./console-format');
const { renderTable } = require('./console-table');

function now() {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** bun's elapsed time: "[1.23ms]", or "[1.61s]" from 1.5 s on. */
function elapsed(ms) {
  return Math.round(ms) > 1500 ? '[' + (ms / 1000).toFixed(2) + 's]' : '[' + ms.toFixed(2) + 'ms]';
}

function createConsole(write, options) {
  const opts = options || {};
  const describeStack = opts.describeStack;
  let groupLevel = 0;
  const counts = new Map();
  const timers = new Map();

  function print(stream, args) {
    // bun writes the empty line of a call without arguments to stdout, whatever the method
    if (args.length === 0) write('stdout', '\n');
    else write(stream, formatArgs(args, { indent: groupLevel, describeStack }) + '\n');
  }

  function label(value) {
    return value === undefined ? 'default' : String(value);
  }

  const c = {
    log(...args) { print('stdout', args); },
    info(...args) { print('stdout', args); },
    debug(...args) { print('stdout', args); },
    error(...args) { print('stderr', args); },
    warn(...args) { print('stderr', args); },
    dirxml(...args) { print('stdout', args); },
    dir(value, dirOptions) {
      const f = new Formatter({ indent: groupLevel, describeStack });
      if (dirOptions !== null && typeof dirOptions === 'object') {
        const depth = dirOptions.depth;
        if (typeof depth === 'number') f.maxDepth = depth;
        else if (typeof depth === 'bigint') f.maxDepth = Number(depth);
        else if (depth === null) f.maxDepth = Infinity;
      }
      f.writeIndent();
      f.format(value);
      write('stdout', f.out + '\n');
    },
    trace(...args) {
      const stack = String(new Error().stack || '');
      const frames = describeStack ? describeStack(stack).frames : '';
      write('stdout', (args.length > 0 ? formatArgs(args, { indent: groupLevel, describeStack }) + '\n' : '') + frames);
    },
    assert(value, ...args) {
      if (value) return;
      if (args.length === 0) write('stderr', 'Assertion failed\n');
      else print('stderr', args);
    },
    count(name) {
      const key = label(name);
      const n = (counts.get(key) || 0) + 1;
      counts.set(key, n);
      write('stdout', key + ': ' + n + '\n');
    },
    countReset(name) {
      const key = label(name);
      if (counts.has(key)) counts.set(key, 0);
    },
    // bun indents after group() but not after groupCollapsed(); groupEnd() steps back either way
    group(...args) {
      if (args.length > 0) print('stdout', args);
      groupLevel++;
    },
    groupCollapsed(...args) {
      if (args.length > 0) print('stdout', args);
    },
    groupEnd() { groupLevel = Math.max(0, groupLevel - 1); },
    time(name) {
      const key = label(name);
      if (!timers.has(key)) timers.set(key, now());
    },
    timeEnd(name) {
      const key = label(name);
      if (!timers.has(key)) return;
      const ms = now() - timers.get(key);
      timers.delete(key);
      write('stderr', elapsed(ms) + ' ' + key + '\n');
    },
    timeLog(name, ...data) {
      const key = label(name);
      if (!timers.has(key)) return;
      const extra = data.map((v) => {
        const f = new Formatter({ describeStack });
        f.format(v);
        return ' ' + f.out;
      }).join('');
      write('stderr', elapsed(now() - timers.get(key)) + ' ' + key + extra + '\n');
    },
    table(data, properties) {
      const table = renderTable(data, properties);
      if (table === null) print('stdout', [data]);
      else write('stdout', table + '\n');
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
    return createConsole((stream, text) => (stream === 'stderr' ? err : out).write(text), { describeStack });
  };
  return c;
}

module.exports = { createConsole };
