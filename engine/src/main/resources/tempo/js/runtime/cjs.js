// CommonJS for user code: require, module, exports, require.resolve and require.cache, on top of the
// host's resolver (node_modules, package.json exports, extensions) and its compiled, cached wrappers.
// An ES module required from CommonJS is evaluated synchronously and its namespace returned.
'use strict';

function createCommonJs(host, builtins) {
  // builtins: { load(name) -> exports, virtual(id) -> exports }
  const cache = Object.create(null);
  // Module mocks (mock/modules): mockOf(key) -> { exports } of a mocked key, or undefined.
  let mockOf = () => undefined;

  function dirname(p) {
    const i = p.lastIndexOf('/');
    return i <= 0 ? '/' : p.slice(0, i);
  }

  class Module {
    constructor(id, parent) {
      this.id = id;
      this.filename = id;
      this.path = dirname(id);
      this.exports = {};
      this.loaded = false;
      this.children = [];
      this.parent = parent || null;
      this.paths = [];
    }
    require(spec) {
      return requireFrom(this.filename, this)(spec);
    }
  }

  function resolveKey(fromFile, spec, kind) {
    const r = host.resolve(dirname(fromFile), String(spec), kind || 'require');
    if (r.type === 'file') return { key: r.path, kind: 'file', path: r.path };
    if (r.type === 'builtin') return { key: 'node:' + r.name, kind: 'builtin', name: r.name };
    return { key: 'tempo:' + r.id, kind: 'virtual', id: r.id };
  }

  function load(target, parent, actual) {
    if (!actual) {
      const mocked = mockOf(target.key);
      if (mocked) return mocked.exports;
    }
    if (target.kind === 'builtin') return builtins.load(target.name);
    if (target.kind === 'virtual') return builtins.virtual(target.id);
    const path = target.path;
    const hit = cache[path];
    if (hit) return hit.exports;
    const module = new Module(path, parent);
    cache[path] = module;
    if (parent) parent.children.push(module);
    try {
      if (path.endsWith('.json')) {
        const text = host.readText(path);
        try {
          module.exports = JSON.parse(text);
        } catch (e) {
          throw new SyntaxError(path + ': ' + e.message);
        }
      } else if (path.endsWith('.toml') || path.endsWith('.yaml') || path.endsWith('.yml')) {
        // bun's loaders by extension, as TypedModules.typeByExtension gives them to ES modules
        module.exports = require('../bun/data_formats').parse(path.endsWith('.toml') ? 'toml' : 'yaml', host.readText(path), path);
      } else if (path.endsWith('.txt')) {
        module.exports = host.readText(path);
      } else if (host.isEsm(path)) {
        module.exports = host.importEsmSync(path);
      } else {
        const fn = host.compileCjs(path);
        fn.call(module.exports, module.exports, requireFrom(path, module), module, path, dirname(path));
      }
      module.loaded = true;
    } catch (e) {
      delete cache[path];
      throw e;
    }
    return module.exports;
  }

  function requireFrom(fromFile, parent) {
    const require = function require(spec) {
      if (typeof spec !== 'string') throw new TypeError('The "id" argument must be of type string. Received ' + typeof spec);
      let target;
      try {
        target = resolveKey(fromFile, spec);
      } catch (e) {
        // a module that does not exist may still be mocked (jest.mock(name, factory, { virtual: true }))
        const mocked = mockOf(spec.startsWith('.') ? absolute(dirname(fromFile), spec) : 'virtual:' + spec);
        if (mocked) return mocked.exports;
        throw e;
      }
      return load(target, parent);
    };
    require.resolve = function resolve(spec) {
      const t = resolveKey(fromFile, spec);
      return t.kind === 'file' ? t.path : t.kind === 'builtin' ? t.key : spec;
    };
    require.resolve.paths = () => [];
    require.cache = cache;
    require.main = undefined;
    require.extensions = Object.create(null);
    return require;
  }

  /** require() of the file itself: runs a CommonJS test file as the entry module. */
  function runMain(path) {
    return load({ key: path, kind: 'file', path }, null);
  }

  /** The CommonJS exports of a file for an ES module importing it (see ModuleFileSystem). */
  function exportsOf(path) {
    return load({ key: path, kind: 'file', path }, null);
  }

  function resetModules() {
    for (const k of Object.keys(cache)) delete cache[k];
  }

  /** Runs fn with a registry of its own; the modules it required are dropped afterwards. */
  function isolate(fn) {
    const saved = Object.assign({}, cache);
    resetModules();
    try {
      return fn();
    } finally {
      resetModules();
      Object.assign(cache, saved);
    }
  }

  function absolute(dir, spec) {
    const out = [];
    for (const seg of (dir + '/' + spec).split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') out.pop();
      else out.push(seg);
    }
    return '/' + out.join('/');
  }

  /** A module's own exports, bypassing a mock of it (for requireActual). */
  function loadActual(target) {
    return load(target, null, true);
  }

  function setMockLookup(f) {
    mockOf = f;
  }

  return { requireFrom, runMain, exportsOf, resolveKey, cache, resetModules, isolate, loadActual, setMockLookup, Module };
}

module.exports = { createCommonJs };
