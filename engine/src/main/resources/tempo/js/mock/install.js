// Puts the module-mock and stub APIs on the test API objects: bun's mock.module, the jest object's
// and vi's module functions, jest.replaceProperty and vi's stubs (restoreAllMocks also undoes
// replaceProperty, as in Jest). Most test files mock no module, so the registry (mock/modules) and
// the stubs (mock/stubs) load on first use: until then each API is a function of the same name that
// loads its module and calls the real one, and the registry's hooks the loaders call (lookup, ready,
// settled, onUpdate) answer without it.
'use strict';

/**
 * Functions of the same names as those mock/modules' api gives the jest object, vi and mock.module
 * (a spec checks the names against it), each calling the registry's own; own() loads the registry.
 * Written out as methods: a function made per name in a loop costs every context several times more.
 */
function forwarders(own) {
  return {
    jest: {
      mock() { return own().jest.mock.apply(this, arguments); },
      doMock() { return own().jest.doMock.apply(this, arguments); },
      unmock() { return own().jest.unmock.apply(this, arguments); },
      dontMock() { return own().jest.dontMock.apply(this, arguments); },
      deepUnmock() { return own().jest.deepUnmock.apply(this, arguments); },
      requireActual() { return own().jest.requireActual.apply(this, arguments); },
      requireMock() { return own().jest.requireMock.apply(this, arguments); },
      createMockFromModule() { return own().jest.createMockFromModule.apply(this, arguments); },
      genMockFromModule() { return own().jest.genMockFromModule.apply(this, arguments); },
      resetModules() { return own().jest.resetModules.apply(this, arguments); },
      isolateModules() { return own().jest.isolateModules.apply(this, arguments); },
      isolateModulesAsync() { return own().jest.isolateModulesAsync.apply(this, arguments); },
    },
    vi: {
      mock() { return own().vi.mock.apply(this, arguments); },
      doMock() { return own().vi.doMock.apply(this, arguments); },
      unmock() { return own().vi.unmock.apply(this, arguments); },
      doUnmock() { return own().vi.doUnmock.apply(this, arguments); },
      importActual() { return own().vi.importActual.apply(this, arguments); },
      importMock() { return own().vi.importMock.apply(this, arguments); },
      hoisted() { return own().vi.hoisted.apply(this, arguments); },
      resetModules() { return own().vi.resetModules.apply(this, arguments); },
    },
    bunModule() { return own().bunModule.apply(this, arguments); },
  };
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
  let ownApi = null; // the registry's own jest and vi functions (its api.jest becomes the jest object)
  let stubs = null;

  function modules() {
    if (registry === null) {
      const r = require('./modules').createModuleMocks({ cjs: opts.cjs, host: opts.host, builtins: opts.builtins,
        fn: opts.fn, testFile: opts.testFile, live, loadedEsm });
      ownApi = { jest: r.api.jest, vi: r.api.vi, bunModule: r.api.bunModule };
      r.api.bindJest(jest);
      registry = r;
    }
    return registry;
  }
  const own = () => (modules(), ownApi);
  function stubsLoaded() {
    if (stubs === null) stubs = require('./stubs').createStubs(opts.env());
    return stubs;
  }

  const f = forwarders(own);
  mock.module = f.bunModule;
  Object.assign(jest, f.jest);
  jest.replaceProperty = function replaceProperty() { return stubsLoaded().replaceProperty.apply(this, arguments); };
  const restoreAll = jest.restoreAllMocks;
  jest.restoreAllMocks = () => {
    restoreAll();
    if (stubs !== null) stubs.restoreReplaced();
    return jest;
  };

  Object.assign(vi, f.vi);
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

module.exports = { install, forwarders };
