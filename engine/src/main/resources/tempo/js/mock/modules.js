// Module mocks for one test file's context: the registry both loaders consult (CommonJS require asks
// it first; the ES module loader is told which resolved keys are mocked and serves a wrapper of the
// mock's exports instead of the file), and the APIs on top of it:
//   bun:test  mock.module(spec, factory): the factory runs at once; modules imported earlier are updated
//             in place (ES bindings of wrapped modules, the exports object of CommonJS modules); an ES
//             module file already evaluated stays what imports get, with its exports reassigned (the
//             loader made them assignable, see LiveExports.java), as in bun
//   jest      mock / doMock / unmock / dontMock / requireActual / requireMock / resetModules /
//             isolateModules / createMockFromModule (factories run lazily, at the first import); with
//             no factory, a manual mock in a __mocks__ directory when there is one, else an automock
//   vi        mock / doMock / unmock / doUnmock / importActual / importMock / hoisted / resetModules
// Keys are what cjs.resolveKey gives: an absolute path, 'node:<name>' or 'tempo:<id>'; a specifier that
// does not resolve is mocked as 'virtual:<spec>'.
'use strict';

const { createAutomock } = require('./automock');

function createModuleMocks(opts) {
  // opts: { cjs, host, builtins, fn, testFile, live, loadedEsm } (the last two: as below, when the
  // caller recorded them before the registry existed)
  const { cjs, host, builtins } = opts;
  const automock = createAutomock(opts.fn);
  const entries = new Map(); // key -> { target, factory, done, exports, pending }
  const live = opts.live || new Map(); // key -> [updater(exports)] of ES wrappers already linked
  const loadedEsm = opts.loadedEsm || new Set(); // keys of ES module files already evaluated (their own bindings are live)
  const pending = new Set(); // promises of bun factories still settling
  let generation = 0;

  /** The file whose code called the API: the first stack frame outside tempo. */
  function callerFile() {
    const stack = String(new Error().stack || '');
    for (const line of stack.split('\n')) {
      const m = /(?:\(|at )((?:file:\/\/)?\/[^():]+):\d+:\d+\)?\s*$/.exec(line);
      if (!m) continue;
      const f = m[1].replace(/^file:\/\//, '').replace(/#tempo-actual$/, '');
      if (f.startsWith('/__tempo__')) continue;
      return f;
    }
    return opts.testFile;
  }

  function targetOf(spec, from, kind) {
    if (typeof spec !== 'string') throw new TypeError('module mock: the module path must be a string, got ' + typeof spec);
    try {
      return cjs.resolveKey(from || callerFile(), spec, kind || 'import');
    } catch (e) {
      if (spec.startsWith('.') || spec.startsWith('/')) {
        // a relative path that does not exist yet: key it by its absolute path
        const dir = (from || callerFile()).replace(/\/[^/]*$/, '');
        return { key: normalize(spec.startsWith('/') ? spec : dir + '/' + spec), kind: 'missing' };
      }
      return { key: 'virtual:' + spec, kind: 'missing' };
    }
  }

  function normalize(p) {
    const out = [];
    for (const seg of p.split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') out.pop();
      else out.push(seg);
    }
    return '/' + out.join('/');
  }

  /** The module's own exports, never a mock (its dependencies still go through the registry). */
  function actualOf(target) {
    if (target.kind === 'builtin') return builtins.load(target.name);
    if (target.kind === 'virtual') return builtins.virtual(target.id);
    if (target.kind === 'missing') throw moduleNotFound(target.key);
    return cjs.loadActual(target);
  }

  function moduleNotFound(key) {
    const e = new Error("Cannot find module '" + key.replace(/^virtual:/, '') + "'");
    e.code = 'MODULE_NOT_FOUND';
    return e;
  }

  function register(target, factory, evaluated, by) {
    const e = { target, factory, done: false, exports: undefined, by };
    if (evaluated) {
      e.done = true;
      e.settled = true;
      e.exports = evaluated.value;
    }
    entries.set(target.key, e);
    host.setMocked(target.key, ++generation);
    return e;
  }

  function remove(target) {
    if (!entries.delete(target.key)) return;
    host.setMocked(target.key, 0);
  }

  // ---- Jest's manual mocks: __mocks__ directories ----

  function dirOf(p) {
    const i = p.lastIndexOf('/');
    return i <= 0 ? '/' : p.slice(0, i);
  }

  /** The file `rel` resolves to from directory `dir` (extensions tried as for an import), or null. */
  function fileIn(dir, rel) {
    try {
      const t = cjs.resolveKey((dir === '/' ? '' : dir) + '/_', rel, 'require');
      return t.kind === 'file' ? t : null;
    } catch (e) {
      return null;
    }
  }

  /**
   * Jest's manual mock of a module, or null: for a relative or absolute path, __mocks__/<file name>
   * next to the file; for a package or a node builtin (a bare name), __mocks__/<name> in the project root (searched from the calling
   * file's directory up to the nearest one with a package.json). Unlike Jest, a package's manual mock
   * is used only when the test mocks it (jest.mock('pkg')), as Vitest does, never automatically.
   */
  function manualMockOf(spec, target, from) {
    if (spec.startsWith('.') || spec.startsWith('/')) {
      if (target.kind !== 'file') return null;
      const dir = dirOf(target.path);
      const base = target.path.slice(dir.length + 1);
      const found = fileIn(dir, './__mocks__/' + base) || fileIn(dir, './__mocks__/' + base.replace(/\.[^.]+$/, ''));
      return found && found.path !== target.path ? found : null;
    }
    const name = spec.replace(/^node:/, '');
    for (let dir = dirOf(from || callerFile()); ; dir = dirOf(dir)) {
      const found = fileIn(dir, './__mocks__/' + name);
      if (found) return found;
      if (dir === '/' || fileIn(dir, './package.json')) return null;
    }
  }

  /** A factory giving the exports of a manual mock file, or null when the module has none. */
  function manualFactory(spec, target, from) {
    const file = manualMockOf(spec, target, from);
    return file ? () => cjs.loadActual(file) : null;
  }

  function importOriginalFor(target) {
    return () => importActualTarget(target);
  }

  /** The registry entry of a mocked key with its exports computed (factory or automock), or undefined. */
  function lookup(key) {
    const e = entries.get(key);
    if (!e) return undefined;
    if (!e.done) {
      e.done = true;
      try {
        e.exports = e.factory ? e.factory(importOriginalFor(e.target)) : automock(actualOf(e.target));
      } catch (err) {
        e.done = false;
        throw err;
      }
      if (e.exports && typeof e.exports.then === 'function' && !e.settled) {
        e.done = false;
        throw new Error('the mock factory of ' + key + ' returned a promise: tempo needs its value before the module is imported '
          + '(await it in the test file before importing, or return the exports synchronously)');
      }
    }
    return e;
  }

  /** Runs vi.mock's factories not run yet, awaiting those that return promises (async factories). */
  async function ready() {
    for (const e of entries.values()) {
      if (e.done || !e.factory || e.by !== 'vi') continue;
      const v = e.factory(importOriginalFor(e.target));
      if (v && typeof v.then === 'function') {
        e.exports = await v;
      } else {
        e.exports = v;
      }
      e.settled = true;
      e.done = true;
    }
  }

  // ---- ES module side ----

  /** A namespace-like object for exports that did not come from an ES module. */
  function asNamespace(exports) {
    if (exports !== null && typeof exports === 'object' && Object.getPrototypeOf(exports) === null) return exports;
    const ns = Object.create(null);
    if (exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
      for (const k of Object.keys(exports)) ns[k] = exports[k];
    }
    ns.default = exports !== null && typeof exports === 'object' && exports.__esModule && 'default' in exports ? exports.default : exports;
    return ns;
  }

  function importActualTarget(target) {
    if (target.kind === 'file' && host.isEsm(target.path)) {
      const path = entries.has(target.key) ? target.path + '#tempo-actual' : target.path;
      return import(path);
    }
    try {
      return Promise.resolve(asNamespace(actualOf(target)));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  function onUpdate(key, updater, esmFile) {
    if (esmFile) loadedEsm.add(key);
    let list = live.get(key);
    if (!list) live.set(key, (list = []));
    list.push(updater);
  }

  /** bun: a module imported before mock.module() sees the new exports. */
  function updateLoaded(target, exports) {
    for (const u of live.get(target.key) || []) u(exports);
    if (target.kind === 'file') {
      const hit = cjs.cache[target.path];
      if (hit && hit.exports !== exports && hit.exports !== null && (typeof hit.exports === 'object' || typeof hit.exports === 'function')
          && exports !== null && typeof exports === 'object') {
        for (const k of Object.keys(exports)) {
          try { hit.exports[k] = exports[k]; } catch (e) { /* frozen or read-only */ }
        }
      }
    }
  }

  // ---- the APIs ----

  function bunModule(spec, factory) {
    if (typeof factory !== 'function') throw new TypeError('mock.module(path, factory): factory must be a function');
    const target = targetOf(spec);
    const v = factory();
    if (loadedEsm.has(target.key)) {
      // bun: an ES module already evaluated stays the module every import gets, its bindings updated
      if (v && typeof v.then === 'function') {
        const p = Promise.resolve(v).then((exports) => { updateLoaded(target, exports); pending.delete(p); });
        pending.add(p);
        return p;
      }
      updateLoaded(target, v);
      return undefined;
    }
    if (v && typeof v.then === 'function') {
      const p = Promise.resolve(v).then((exports) => {
        register(target, factory, { value: exports }, 'bun');
        updateLoaded(target, exports);
        pending.delete(p);
      });
      pending.add(p);
      return p;
    }
    register(target, factory, { value: v }, 'bun');
    updateLoaded(target, v);
    return undefined;
  }

  function mockFor(kind) {
    return function mock(spec, factory, options) {
      if (spec && typeof spec === 'object' && typeof spec.then === 'function') {
        throw new TypeError(kind + '.mock(import(...)) is not supported by tempo; pass the path');
      }
      if (factory !== undefined && factory !== null && typeof factory !== 'function') {
        if (kind === 'vi' && typeof factory === 'object') factory = undefined; // { spy: true } and the like: automock
        else throw new TypeError(kind + '.mock(path, factory): factory must be a function');
      }
      void options;
      const from = callerFile();
      const target = targetOf(spec, from);
      register(target, factory || manualFactory(spec, target, from), null, kind);
      return kind === 'jest' ? api.jest : undefined;
    };
  }

  function unmock(spec) {
    remove(targetOf(spec));
  }

  function requireActual(spec) {
    return actualOf(targetOf(spec, null, 'require'));
  }

  function requireMock(spec) {
    const from = callerFile();
    const target = targetOf(spec, from, 'require');
    if (!entries.has(target.key)) register(target, manualFactory(spec, target, from), null, 'jest');
    return lookup(target.key).exports;
  }

  function createMockFromModule(spec) {
    return automock(actualOf(targetOf(spec, null, 'require')));
  }

  // ES modules too: files imported after a reset load as new module records (host.newEsmGeneration).
  const esm = {
    fresh: () => (typeof host.newEsmGeneration === 'function' ? host.newEsmGeneration() : 0),
    current: () => (typeof host.esmGeneration === 'function' ? host.esmGeneration() : 0),
    restore: (g) => { if (typeof host.setEsmGeneration === 'function') host.setEsmGeneration(g); },
  };

  function resetModules() {
    cjs.resetModules();
    esm.fresh();
    // factories run again at the next import (one that already settled asynchronously, or bun's, is kept)
    for (const e of entries.values()) {
      if (!e.settled) {
        e.done = false;
        e.exports = undefined;
      }
    }
  }

  function isolateModules(fn) {
    const saved = new Map();
    for (const [k, e] of entries) saved.set(k, { done: e.done, exports: e.exports });
    for (const e of entries.values()) {
      if (!e.settled) {
        e.done = false;
        e.exports = undefined;
      }
    }
    try {
      return cjs.isolate(fn);
    } finally {
      for (const [k, s] of saved) {
        const e = entries.get(k);
        if (e) Object.assign(e, s);
      }
    }
  }

  async function isolateModulesAsync(fn) {
    const saved = Object.assign({}, cjs.cache);
    const generation = esm.current();
    cjs.resetModules();
    esm.fresh();
    try {
      return await fn();
    } finally {
      cjs.resetModules();
      Object.assign(cjs.cache, saved);
      esm.restore(generation);
    }
  }

  const api = {
    jest: {
      mock: mockFor('jest'),
      doMock: mockFor('jest'),
      unmock(spec) { unmock(spec); return api.jest; },
      dontMock(spec) { unmock(spec); return api.jest; },
      deepUnmock(spec) { unmock(spec); return api.jest; },
      requireActual,
      requireMock,
      createMockFromModule,
      genMockFromModule: createMockFromModule,
      resetModules() { resetModules(); return api.jest; },
      isolateModules(fn) { isolateModules(fn); return api.jest; },
      isolateModulesAsync,
    },
    vi: {
      mock: mockFor('vi'),
      doMock: mockFor('vi'),
      unmock,
      doUnmock: unmock,
      importActual: (spec) => importActualTarget(targetOf(spec)),
      importMock: (spec) => {
        try {
          return Promise.resolve(asNamespace(requireMock(spec)));
        } catch (e) {
          return Promise.reject(e);
        }
      },
      hoisted: (factory) => factory(),
      resetModules() { resetModules(); return api.vi; },
    },
    bunModule,
  };
  // The jest object's own methods return it, for chaining; bind it once the caller has merged these.
  api.bindJest = (jestObject) => { api.jest = jestObject; };

  return {
    api,
    automock,
    lookup,
    ready,
    onUpdate,
    /** Settles once the promises of bun factories returned at top level have been applied. */
    settled: () => (pending.size === 0 ? Promise.resolve() : Promise.all(Array.from(pending)).then(() => undefined)),
    /** Exports of a mocked key for its ES module wrapper. */
    /**
     * The default export of a mocked module: the exports' own `default`, else the exports object itself
     * for jest.mock (babel's interop of a factory result without __esModule), else nothing (bun, vi).
     */
    defaultOf: (key, exports) => {
      if (exports !== null && (typeof exports === 'object' || typeof exports === 'function') && 'default' in exports) return exports.default;
      const e = entries.get(key);
      return e && e.by === 'jest' ? exports : undefined;
    },
    exportsOf: (key) => {
      const e = lookup(key);
      if (!e) throw moduleNotFound(key);
      return e.exports;
    },
  };
}

module.exports = { createModuleMocks };
