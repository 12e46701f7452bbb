// node:module: createRequire delegates to the runtime's globalThis.__tempo_createRequire.
'use strict';

const builtins = require('./builtins');

function createRequire(filename) {
  const impl = globalThis.__tempo_createRequire;
  if (typeof impl !== 'function') throw new Error('module.createRequire is not available in this context');
  let f = filename;
  if (f && typeof f === 'object' && typeof f.href === 'string') f = require('./url').fileURLToPath(f);
  else if (typeof f === 'string' && f.startsWith('file:')) f = require('./url').fileURLToPath(f);
  return impl(f);
}

const builtinModules = builtins.names.slice();

function isBuiltin(name) {
  return builtins.isSupported(name) || builtinModules.includes(String(name).replace(/^node:/, ''));
}

function Module() {}
Module.createRequire = createRequire;
Module.builtinModules = builtinModules;
Module.isBuiltin = isBuiltin;
Module.Module = Module;
Module.register = () => {};
Module.syncBuiltinESMExports = () => {};
Module.findSourceMap = () => undefined;

module.exports = Module;
