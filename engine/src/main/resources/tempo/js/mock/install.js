// Puts the module-mock and stub APIs on the test API objects: bun's mock.module, the jest object's
// and vi's module functions, jest.replaceProperty and vi's stubs (restoreAllMocks also undoes
// replaceProperty, as in Jest). Most test files mock no module, so the registry (mock/modules) and
// the stubs (mock/stubs) load on first use: until then each API is a function of the same name that
// loads its module and calls the real one, and the registry's hooks the loaders call (lookup, ready,
// settled, onUpdate) answer without it.
'use strict';

// The functions mock/modules' api gives the jest object and vi (a spec checks these lists against it).
const MODULE_API = {
  jest: ['mock', 'doMock', 'unmock', 'dontMock', 'deepUnmock', 'requireActual', 'requireMock', 'createMockFromModule',
    'genMockFromModule', 'resetModules', 'isolateModules', 'isolateModulesAsync'],
  vi: ['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock', 'hoisted', 'resetModules'],
};

/** A function called `name` that calls the one of that name on what `target()` gives. */
function forward(name, target) {
  return { [name]: function () { return target()[name].apply(this, arguments); } }[name];
}

/**
 * opts: { jest, vi, mock, cjs, host, builtins, fn, testFile, env } (env() gives process.env). Returns
 * the registry's side the runtime and the loaders use: { lookup, ready, settled, onUpdate, exportsOf,
 * defaultOf }.
 */
function install(opts) {
  const { jest, vi, mock } = opts;
  // Modules imported before the registry exists still get their live bindings updated by a later mock.module.
  const live = new Map();
  const loadedEsm = new Set();
  let registry = null;
  let own = null; // the registry's own jest and vi functions (its api.jest becomes the jest object)
  let stubs = null;

  function modules() {
    if (registry === null) {
      const r = require('./modules').createModuleMocks({ cjs: opts.cjs, host: opts.host, builtins: opts.builtins,
        fn: opts.fn, testFile: opts.testFile, live, loadedEsm });
      own = { jest: r.api.jest, vi: r.api.vi, bunModule: r.api.bunModule };
      r.api.bindJest(jest);
      registry = r;
    }
    return registry;
  }
  const ownOf = (which) => () => (modules(), own[which]);
  const ownApi = () => (modules(), own);
  function stubsLoaded() {
    if (stubs === null) stubs = require('./stubs').createStubs(opts.env());
    return stubs;
  }

  mock.module = forward('bunModule', ownApi);

  const ownJest = ownOf('jest');
  for (const name of MODULE_API.jest) jest[name] = forward(name, ownJest);
  jest.replaceProperty = forward('replaceProperty', stubsLoaded);
  const restoreAll = jest.restoreAllMocks;
  jest.restoreAllMocks = () => {
    restoreAll();
    if (stubs !== null) stubs.restoreReplaced();
    return jest;
  };

  const ownVi = ownOf('vi');
  for (const name of MODULE_API.vi) vi[name] = forward(name, ownVi);
  vi.mocked = (x) => x;
  vi.stubGlobal = (name, value) => { stubsLoaded().stubGlobal(name, value); return vi; };
  vi.unstubAllGlobals = () => { if (stubs !== null) stubs.unstubAllGlobals(); return vi; };
  vi.stubEnv = (name, value) => { stubsLoaded().stubEnv(name, value); return vi; };
  vi.unstubAllEnvs = () => { if (stubs !== null) stubs.unstubAllEnvs(); return vi; };

  return {
    /** The registry entry of a mocked key, or undefined (always, while nothing was mocked). */
    lookup: (key) => (registry === null ? undefined : registry.lookup(key)),
    ready: () => (registry === null ? Promise.resolve() : registry.ready()),
    settled: () => (registry === null ? Promise.resolve() : registry.settled()),
    /** An ES module (or a wrapper) to update when mock.module mocks key later; the registry shares these. */
    onUpdate(key, updater, esmFile) {
      if (esmFile) loadedEsm.add(key);
      const list = live.get(key);
      if (list === undefined) live.set(key, [updater]);
      else list.push(updater);
    },
    exportsOf: (key) => modules().exportsOf(key),
    defaultOf: (key, exports) => modules().defaultOf(key, exports),
  };
}

module.exports = { install, MODULE_API };
