// The node builtins tempo provides. id is the internal module id for `node:<name>` / `<name>`.
'use strict';

const names = [
  'assert', 'assert/strict', 'buffer', 'child_process', 'console', 'crypto', 'events', 'fs', 'fs/promises', 'module', 'os',
  'path', 'path/posix', 'path/win32', 'perf_hooks', 'process', 'querystring', 'string_decoder', 'timers',
  'test', 'timers/promises', 'tty', 'url', 'util', 'util/types', 'vm', 'worker_threads', 'zlib',
];

function isSupported(specifier) {
  return names.includes(String(specifier).replace(/^node:/, ''));
}

// internal module id for a supported builtin, or null ("module node:X is not supported by tempo")
function idFor(specifier) {
  const name = String(specifier).replace(/^node:/, '');
  return names.includes(name) ? 'node/' + name + (name === 'console' || name === 'process' ? '-module' : '') : null;
}

module.exports = { names, isSupported, idFor };
