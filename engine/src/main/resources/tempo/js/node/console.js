// console for test code: Node's formatting (util.format), whole lines handed to write(stream, text).
'use strict';

const util = require('./util');

function createConsole(write) {
  let indent = '';
  const counts = new Map();
  const timers = new Map();
  const line = (stream) => (...args) => {
    const text = util.format(...args);
    write(stream, (indent ? text.replace(/^/gm, indent) : text) + '\n');
  };
  const c = {
    log: line('stdout'),
    info: line('stdout'),
    debug: line('stdout'),
    error: line('stderr'),
    warn: line('stderr'),
    trace: (...args) => line('stderr')('Trace: ' + util.format(...args) + '\n' + String(new Error().stack).split('\n').slice(2).join('\n')),
    dir: (v, opts) => write('stdout', indent + util.inspect(v, opts) + '\n'),
    assert: (cond, ...args) => { if (!cond) line('stderr')('Assertion failed' + (args.length ? ': ' + util.format(...args) : '')); },
    count: (label = 'default') => { const n = (counts.get(label) || 0) + 1; counts.set(label, n); line('stdout')(label + ': ' + n); },
    countReset: (label = 'default') => counts.delete(label),
    group: (...args) => { if (args.length) line('stdout')(...args); indent += '  '; },
    groupEnd: () => { indent = indent.slice(2); },
    time: (label = 'default') => timers.set(label, Date.now()),
    timeEnd: (label = 'default') => { const t = timers.get(label); timers.delete(label); if (t !== undefined) line('stdout')(label + ': ' + (Date.now() - t) + 'ms'); },
    timeLog: (label = 'default', ...rest) => { const t = timers.get(label); if (t !== undefined) line('stdout')(label + ': ' + (Date.now() - t) + 'ms', ...rest); },
    table: (data) => line('stdout')(data),
  };
  c.groupCollapsed = c.group;
  return c;
}

module.exports = { createConsole };
