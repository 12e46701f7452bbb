// mock/automock, mock/stubs and the registry of mock/modules (with a stand-in CommonJS loader).
const M = requireInternal('mock/index');
const { createAutomock } = requireInternal('mock/automock');
const { createStubs } = requireInternal('mock/stubs');
const { createModuleMocks } = requireInternal('mock/modules');
const automock = createAutomock(M.fn);

spec('automock: functions return undefined and keep their own members mocked', () => {
  function greet() { return 'hi'; }
  greet.helper = () => 1;
  greet.version = '1.0';
  const m = automock({ greet, n: 3, s: 'x', nil: null, list: [1, 2], re: /a/ });
  ok(M.isMockFunction(m.greet));
  eq(m.greet(), undefined);
  eq(m.greet.getMockName(), 'greet');
  ok(M.isMockFunction(m.greet.helper));
  eq(m.greet.version, '1.0');
  eq([m.n, m.s, m.nil, m.list], [3, 'x', null, []]);
  ok(m.re instanceof RegExp);
});

spec('automock: classes get mocked prototype and static methods, inherited ones too', () => {
  class Base { base() { return 'b'; } }
  class Svc extends Base { run() { return 'r'; } static make() { return new Svc(); } }
  const { Svc: S } = automock({ Svc });
  const s = new S();
  ok(M.isMockFunction(s.run));
  ok(M.isMockFunction(s.base));
  eq(s.run(), undefined);
  ok(M.isMockFunction(S.make));
  ok(s instanceof S);
  eq(S.mock.instances.length, 1);
});

spec('automock: nested objects and cycles', () => {
  const a = { inner: { fn() { return 1; } } };
  a.self = a;
  const m = automock(a);
  ok(M.isMockFunction(m.inner.fn));
  ok(m.self === m);
  ok(m.inner !== a.inner);
});

spec('automock: a module namespace becomes a plain __esModule object', () => {
  const ns = Object.create(null);
  ns.default = function main() {};
  ns.x = 1;
  const m = automock(ns);
  ok(m.__esModule);
  ok(M.isMockFunction(m.default));
  eq(m.x, 1);
});

spec('replaceProperty: replace, replaceValue, restore; refuses functions, getters and missing keys', () => {
  const st = createStubs({});
  const o = { a: 1, f() {} };
  Object.defineProperty(o, 'g', { get: () => 2, configurable: true });
  const h = st.replaceProperty(o, 'a', 5);
  eq(o.a, 5);
  h.replaceValue(6);
  eq(o.a, 6);
  ok(st.replaceProperty(o, 'a', 7) === h);
  st.restoreReplaced();
  eq(o.a, 1);
  throws(() => st.replaceProperty(o, 'f', 1), 'is a function');
  throws(() => st.replaceProperty(o, 'g', 1), 'has a getter');
  throws(() => st.replaceProperty(o, 'zz', 1), 'zz property does not exist');
});

spec('stubGlobal and stubEnv restore what was there', () => {
  const env = { KEEP: 'k' };
  const st = createStubs(env);
  st.stubEnv('KEEP', 'changed');
  st.stubEnv('NEW', 1);
  eq(env, { KEEP: 'changed', NEW: '1' });
  st.unstubAllEnvs();
  eq(env, { KEEP: 'k' });
  st.stubGlobal('__tempoSpecGlobal', 1);
  eq(globalThis.__tempoSpecGlobal, 1);
  st.unstubAllGlobals();
  ok(!('__tempoSpecGlobal' in globalThis));
});

// A stand-in loader: bare names are /p/<name>; relative paths exist only when listed in `files`.
function registry(files) {
  const marks = [];
  const loads = [];
  const cjs = {
    cache: {},
    resolveKey(from, spec) {
      if (spec === 'missing') throw new Error('not found');
      if (spec.startsWith('./')) {
        const dir = from.slice(0, from.lastIndexOf('/'));
        const path = (spec.startsWith('./src/') ? '/p' : dir) + spec.slice(1);
        if (!(files || []).includes(path)) throw new Error('not found: ' + path);
        return { key: path, kind: 'file', path };
      }
      return { key: '/p/' + spec, kind: 'file', path: '/p/' + spec };
    },
    loadActual(t) { loads.push(t.key); return { real: t.key, fn() { return 'real'; } }; },
    resetModules() { marks.push('reset'); },
    isolate(fn) { return fn(); },
  };
  const host = { setMocked(k, g) { marks.push(k + '=' + g); }, isEsm: () => false };
  const mm = createModuleMocks({ cjs, host, builtins: {}, fn: M.fn, testFile: '/p/t.test.js' });
  return { mm, marks, loads, cjs, host };
}

spec('registry: jest factories run lazily, once, and again after resetModules', () => {
  const { mm, marks } = registry();
  let runs = 0;
  mm.api.jest.mock('a', () => ({ n: ++runs }));
  eq(marks, ['/p/a=1']);
  eq(runs, 0);
  eq(mm.lookup('/p/a').exports, { n: 1 });
  eq(mm.lookup('/p/a').exports, { n: 1 });
  mm.api.jest.resetModules();
  eq(mm.lookup('/p/a').exports, { n: 2 });
  eq(mm.lookup('/p/b'), undefined);
  mm.api.jest.unmock('a');
  eq(marks.slice(-1), ['/p/a=0']);
  eq(mm.lookup('/p/a'), undefined);
});

spec('registry: automock, requireActual, a missing module keyed virtual:', () => {
  const { mm, loads } = registry();
  mm.api.jest.mock('a');
  const m = mm.lookup('/p/a').exports;
  ok(M.isMockFunction(m.fn));
  eq(m.real, '/p/a');
  eq(mm.api.jest.requireActual('a').fn(), 'real');
  eq(loads, ['/p/a', '/p/a']);
  mm.api.jest.mock('missing', () => ({ v: 1 }), { virtual: true });
  eq(mm.lookup('virtual:missing').exports, { v: 1 });
});

spec('registry: with no factory, a manual mock in __mocks__ is used before an automock', () => {
  const { mm, loads } = registry(['/__mocks__/a', '/p/src/util.js', '/p/src/__mocks__/util.js']);
  // a package: __mocks__/<name> in the project root, searched from the calling file's directory up
  // (this spec's own directory up to /: the stand-in knows no package.json on the way)
  mm.api.jest.mock('a');
  eq(mm.lookup('/p/a').exports.real, '/__mocks__/a');
  // a project file: __mocks__/<file name> next to it
  mm.api.jest.mock('./src/util.js');
  eq(mm.lookup('/p/src/util.js').exports.real, '/p/src/__mocks__/util.js');
  // no manual mock: an automock of the module itself
  mm.api.jest.mock('b');
  ok(M.isMockFunction(mm.lookup('/p/b').exports.fn));
  eq(loads, ['/__mocks__/a', '/p/src/__mocks__/util.js', '/p/b']);
});

spec('registry: bun mock.module runs the factory at once and updates live bindings', () => {
  const { mm } = registry();
  const seen = [];
  mm.onUpdate('/p/a', (x) => seen.push(x));
  let runs = 0;
  eq(mm.api.bunModule('a', () => ({ n: ++runs })), undefined);
  eq(runs, 1);
  eq(seen, [{ n: 1 }]);
  eq(mm.defaultOf('/p/a', { n: 1 }), undefined);
  mm.api.jest.mock('b', () => ({ n: 2 }));
  eq(mm.defaultOf('/p/b', { n: 2 }), { n: 2 });
  eq(mm.defaultOf('/p/b', { default: 3 }), 3);
});

spec('registry: vi.mock async factories settle in ready()', async () => {
  const { mm } = registry();
  mm.api.vi.mock('a', async () => ({ n: 1 }));
  await mm.ready();
  eq(mm.lookup('/p/a').exports, { n: 1 });
  eq(await mm.api.vi.hoisted(async () => 5), 5);
});

spec('mock/install forwards exactly the jest and vi functions of the registry, and mock.module', () => {
  const f = requireInternal('mock/install').forwarders(() => null);
  const { mm } = registry();
  eq(Object.keys(f.jest).sort(), Object.keys(mm.api.jest).sort());
  eq(Object.keys(f.vi).sort(), Object.keys(mm.api.vi).sort());
  eq(typeof f.bunModule, typeof mm.api.bunModule);
});

// The objects mock/install fills in, around the stand-in loader (the registry loads on first use).
function installed() {
  const { cjs, host, marks } = registry();
  const restored = [];
  const jest = { restoreAllMocks() { restored.push('mocks'); } };
  const vi = {};
  const mock = function mock() {};
  const env = { A: 'a' };
  const mm = requireInternal('mock/install').install({ jest, vi, mock, cjs, host, builtins: {}, fn: M.fn, testFile: '/p/t.test.js', env: () => env });
  return { mm, jest, vi, mock, env, marks, restored };
}

spec('install: every API is a function before the registry loads, and nothing is mocked', async () => {
  const { mm, jest, vi, mock } = installed();
  const { mm: registryOnly } = registry();
  for (const name of Object.keys(registryOnly.api.jest)) eq(typeof jest[name], 'function');
  for (const name of Object.keys(registryOnly.api.vi)) eq(typeof vi[name], 'function');
  for (const name of ['replaceProperty', 'restoreAllMocks']) eq(typeof jest[name], 'function');
  for (const name of ['mocked', 'stubGlobal', 'unstubAllGlobals', 'stubEnv', 'unstubAllEnvs']) eq(typeof vi[name], 'function');
  eq(typeof mock.module, 'function');
  eq(jest.mock.name, 'mock');
  eq(mm.lookup('/p/a'), undefined);
  eq(await mm.ready(), undefined);
  eq(await mm.settled(), undefined);
  throws(() => mm.exportsOf('/p/a'), "Cannot find module '/p/a'");
});

spec('install: jest and vi calls reach the registry, jest calls chain on the jest object', () => {
  const { mm, jest, vi, marks } = installed();
  ok(jest.mock('a', () => ({ n: 1 })) === jest);
  eq(marks, ['/p/a=1']);
  eq(mm.lookup('/p/a').exports, { n: 1 });
  eq(mm.defaultOf('/p/a', { n: 1 }), { n: 1 });
  ok(jest.unmock('a') === jest);
  eq(mm.lookup('/p/a'), undefined);
  eq(vi.mock('b', () => ({ n: 2 })), undefined);
  eq(mm.exportsOf('/p/b'), { n: 2 });
  eq(vi.hoisted(() => 3), 3);
});

spec('install: mock.module updates bindings recorded before the registry loaded', () => {
  const { mm, mock } = installed();
  const seen = [];
  mm.onUpdate('/p/a', (x) => seen.push(x));
  mock.module('a', () => ({ n: 1 }));
  eq(seen, [{ n: 1 }]);
  mm.onUpdate('/p/a', (x) => seen.push(['late', x]));
  mock.module('a', () => ({ n: 2 }));
  eq(seen, [{ n: 1 }, { n: 2 }, ['late', { n: 2 }]]);
});

spec('install: stubs load on first use; restoreAllMocks also undoes replaceProperty', () => {
  const { jest, vi, env, restored } = installed();
  ok(jest.restoreAllMocks() === jest);
  eq(restored, ['mocks']);
  ok(vi.unstubAllEnvs() === vi);
  const o = { a: 1 };
  jest.replaceProperty(o, 'a', 2);
  eq(o.a, 2);
  jest.restoreAllMocks();
  eq(o.a, 1);
  ok(vi.stubEnv('A', 'b') === vi);
  eq(env.A, 'b');
  vi.unstubAllEnvs();
  eq(env.A, 'a');
});
