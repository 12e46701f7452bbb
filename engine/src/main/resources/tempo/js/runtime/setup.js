// Prepares a fresh context for one test file: web and node globals, console and process wired to the
// host, timers on the host's event loop, CommonJS, the test API (as globals and as the module behind
// bun:test, @jest/globals and vitest), and what the host's test runner calls. Returns what the Java side calls.
'use strict';

const { createCollector } = require('../test/tree');
const { planInto } = require('../test/plan');
const { createTimers } = require('./timers');
const { createCommonJs } = require('./cjs');
const { describeThrown, isInterrupt, ThrownAt } = require('./errors');

module.exports = function setup(host, config) {
  const global = globalThis;
  // A lazy property's value, made a plain (writable, enumerable, configurable) one from now on.
  const settle = (obj, name, value) => {
    Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: true });
    return value;
  };
  const hidden = (obj, name, value) => Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: false });
  /** Members of target made on first read ({ name: () => value }); settled as plain properties from then on. */
  const lazyMembers = (target, makers) => {
    for (const name of Object.keys(makers)) {
      Object.defineProperty(target, name, {
        get() { return settle(target, name, makers[name]()); },
        set(value) { settle(target, name, value); },
        configurable: true,
        enumerable: true,
      });
    }
  };

  // GraalJS's Realm (V8's d8 API) is node:vm's, not the user's: bun has no such global.
  if (typeof global.Realm === 'function' || typeof global.Realm === 'object') {
    host.v8Realm = global.Realm;
    delete global.Realm;
  }
  require('./stacks').installStacks(host, Error);
  const webGlobals = require('../web/globals');
  webGlobals.installGlobals(global);
  // node/util is loaded when something is first inspected (an error report, Bun.inspect).
  const util = () => require('../node/util');
  const inspect = (v) => util().inspect(v);

  // ---- errors that escape user code ----
  function reportUncaught(e) {
    // The interrupt that stopped a hang, left as a rejection by an async function that awaited while it
    // unwound: its call has already timed out, and it is nobody else's error.
    if (isInterrupt(e)) return;
    // An error escaping while tests run fails them (not beforeAll/afterAll): the host's runner decides.
    if (host.failRunningTests(e)) return;
    host.emitUnhandled(describeThrown(e, inspect));
  }
  // With js.unhandled-rejections=handler, GraalJS calls this once the promise jobs of a host call have
  // drained, for each rejection still without a handler (one handled later in the same drain is not).
  if (typeof Graal === 'object' && Graal && typeof Graal.setUnhandledPromiseRejectionHandler === 'function') {
    Graal.setUnhandledPromiseRejectionHandler((reason) => reportUncaught(reason));
  }

  // ---- timers, console, process ----
  const timers = createTimers(host, reportUncaught);
  const time = require('./clock').createClock(global);
  webGlobals.installPerformance(global);
  const { lazyFakeTimers, timerGlobals } = require('./timer-globals');
  const fakeTimers = lazyFakeTimers(() => require('./fake_timers').createFakeTimers({
    clock: host.fakeClock,
    time,
    real: timers,
    yieldTurn: () => new Promise((resolve) => host.enqueueTask(resolve)),
    reportUncaught,
    warn: (message) => global.console.warn(message),
    nativeNanos: () => host.nanoTime(),
  }), time);
  const globalTimers = timerGlobals(timers, fakeTimers);
  for (const name of ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask']) {
    hidden(global, name, globalTimers[name]);
  }
  // As in bun: a reported error is an uncaught one (it fails the running test).
  hidden(global, 'reportError', function reportError(error) { reportUncaught(error); });
  // console and process are made on first use (many files use neither); the same object each time.
  let consoleObject = null;
  webGlobals.defineLazy(global, 'console', () => consoleObject
    || (consoleObject = require('../node/console').createConsole((stream, text) => host.write(stream, text),
      { describeStack: (stack) => host.describeStack(stack) })));
  const exitError = (code) => {
    const e = new Error('process.exit(' + code + ') was called');
    e.name = 'ProcessExit';
    return e;
  };
  let proc = null;
  const startNanos = host.nanoTime(); // process.uptime() counts from here
  const processObject = () => proc || (proc = require('../node/process').createProcess({
    startNanos,
    bunVersion: config.bunVersion,
    write: (stream, text) => host.write(stream, text),
    env: JSON.parse(config.env),
    argv: config.argv,
    cwd: config.cwd,
    execPath: config.execPath,
    nextTick: globalTimers.nextTick,
    nanoTime: () => time.hrNanos(() => host.nanoTime()),
    exit: (code) => {
      // As in bun the file stops here; the host ends it (other files still run) and reports a non-zero code.
      const c = code === undefined ? proc.exitCode || 0 : code;
      const e = exitError(c);
      host.exit(Number(c) | 0, e.stack);
      throw e;
    },
  }));
  webGlobals.defineLazy(global, 'process', processObject);

  // ---- expect and mocks ----
  const expectModule = require('../expect/index');
  const { expect } = expectModule;
  const snapshot = require('../expect/snapshot-session');
  snapshot.configure({ host, file: config.file, update: !!config.updateSnapshots, ci: !!config.ci,
    filtered: !!config.testNamePattern || !!config.only || !!config.onlyTestPath });
  const mocks = require('../mock/index');
  const pretty = (v, inString) => (inString && typeof v === 'string' ? v : require('../expect/printer').format(v));

  // ---- the tree and the state its collector shares ----
  const state = {
    running: false,
    pretty,
    options: {
      testNamePattern: config.testNamePattern ? new RegExp(config.testNamePattern) : null,
      runTodo: !!config.runTodo,
      onlyFlag: !!config.only,
      onlyForbidden: !!config.ci,
      onlyTestPath: config.onlyTestPath ? JSON.parse(config.onlyTestPath) : null,
    },
    // a describe callback that threw: reported, and unlike an error escaping the file's load, tests still run
    reportCollectError: (e) => host.emitCollectError(describeThrown(e, inspect)),
  };
  const collector = createCollector(state);

  function setDefaultTimeout(ms) {
    host.setDefaultTimeout(Number(ms));
  }

  // ---- the objects users import ----
  const mockApi = {
    fn: mocks.fn,
    spyOn: mocks.spyOn,
    isMockFunction: mocks.isMockFunction,
    clearAllMocks: mocks.clearAllMocks,
    resetAllMocks: mocks.resetAllMocks,
    restoreAllMocks: mocks.restoreAllMocks,
    mocked: (x) => x,
  };
  const { timerApi } = require('../test/timer-api');
  const jest = Object.assign({}, mockApi, timerApi(fakeTimers, time, () => jest), {
    setTimeout(ms) { setDefaultTimeout(ms); return jest; },
  });
  const vi = Object.assign({}, mockApi, timerApi(fakeTimers, time, () => vi), {
    setConfig(cfg) { if (cfg && cfg.testTimeout) setDefaultTimeout(cfg.testTimeout); },
  });
  const mock = mocks.mock;
  mock.restore = mocks.restoreAllMocks;
  mock.clearAllMocks = mocks.clearAllMocks;

  const expectTypeOf = function expectTypeOf() { // its module loads on first use
    return require('../test/expect-type-of').expectTypeOf.apply(this, arguments);
  };
  const api = {
    describe: collector.describe,
    test: collector.test,
    it: collector.test,
    xit: undefined, // these five: below
    xtest: undefined,
    fit: undefined,
    xdescribe: undefined,
    fdescribe: undefined,
    expect,
    expectTypeOf,
    assertType: () => undefined,
    beforeAll: collector.beforeAll,
    afterAll: collector.afterAll,
    beforeEach: collector.beforeEach,
    afterEach: collector.afterEach,
    mock,
    spyOn: mocks.spyOn,
    jest,
    vi,
    setDefaultTimeout,
    setSystemTime: (value) => { fakeTimers.setSystemTime(value); },
  };
  api.default = api;
  // Built on first use: each modifier chain is a function with its own getters, and most files use none of these.
  const variants = {
    xit: () => collector.test.skip,
    xtest: () => collector.test.skip,
    fit: () => collector.test.only,
    xdescribe: () => collector.describe.skip,
    fdescribe: () => collector.describe.only,
  };
  lazyMembers(api, variants);
  for (const name of ['describe', 'test', 'it', 'expect', 'beforeAll', 'afterAll', 'beforeEach', 'afterEach', 'jest', 'vi', 'expectTypeOf']) {
    hidden(global, name, api[name]);
  }
  for (const name of Object.keys(variants)) webGlobals.defineLazy(global, name, () => api[name]);

  // The Bun global (and the 'bun' module) is made when a file first uses it: most test files never do.
  let bunObject = null;
  const bun = () => bunObject || (bunObject = makeBun());
  function makeBun() {
    const Bun = {
      version: config.bunVersion,
      main: config.file,
      sleep: globalTimers.sleep,
      sleepSync(ms) { host.sleepSync(ms); },
      nanoseconds: () => host.nanos(),
      deepEquals: (a, b, strict) => require('../expect/equals').equals(a, b, [], !!strict),
    };
    lazyMembers(Bun, { env: () => processObject().env, argv: () => processObject().argv, inspect: bunInspect });
    require('../bun/api').extendBun(Bun, lazyMembers);
    return Bun;
  }
  webGlobals.defineLazy(global, 'Bun', bun);

  /**
   * Bun.inspect: a value as bun's console prints it (not Node's util.inspect), strings quoted, 8 levels deep
   * unless options.depth says otherwise; Bun.inspect.custom is Node's custom-inspect symbol.
   */
  function bunInspect() {
    const inspectValue = function inspect(value, options) {
      if (arguments.length === 0) return '';
      const depth = options !== null && typeof options === 'object' && typeof options.depth === 'number' ? options.depth : 8;
      return require('../node/console-format').formatValue(value, { quoteStrings: true, maxDepth: depth,
        describeStack: (stack) => host.describeStack(stack) });
    };
    inspectValue.custom = Symbol.for('nodejs.util.inspect.custom');
    return inspectValue;
  }

  // ---- modules ----
  let nodeTest = null; // node:test, over api
  const builtins = {
    load(name) {
      const builtinList = require('../node/builtins');
      if (!builtinList.isSupported(name)) throw new Error('module node:' + name + ' is not supported by tempo');
      const id = builtinList.idFor(name);
      if (id === 'node/test') return nodeTest || (nodeTest = require('../node/test').createNodeTest(api));
      return require('../' + id);
    },
    virtual(id) {
      if (id === 'test') return api;
      if (id === 'bun') return bun();
      throw new Error('module ' + id + ' is not supported by tempo');
    },
  };
  const cjs = createCommonJs(host, builtins);
  const moduleMocks = require('../mock/install').install({ jest, vi, mock, cjs, host, builtins, fn: mocks.fn,
    testFile: config.file, env: () => processObject().env });
  cjs.setMockLookup(moduleMocks.lookup);
  const loadErrors = new Map();
  hidden(global, '__tempo', {
    createRequire: (file) => cjs.requireFrom(String(file).replace(/^file:\/\//, ''), null),
    resolveUrl: (file, spec) => {
      const t = cjs.resolveKey(file, spec, 'import');
      return t.kind === 'file' ? 'file://' + t.path : t.key;
    },
    cjs: (path) => {
      if (loadErrors.has(path)) {
        const e = loadErrors.get(path);
        loadErrors.delete(path);
        throw e;
      }
      return cjs.exportsOf(path);
    },
    builtin: (name) => builtins.load(name),
    virtual: (id) => builtins.virtual(id),
    // import(spec, { with: { type } }) rewritten (ImportAttributes.java): the type travels in the specifier
    importWith: (load, spec, options) => {
      const type = options != null && typeof options === 'object' && options.with != null ? options.with.type : undefined;
      return typeof type === 'string' ? load(String(spec) + '#tempo-type=' + type) : load(spec);
    },
    mocked: (key) => {
      if (loadErrors.has(key)) {
        const e = loadErrors.get(key);
        loadErrors.delete(key);
        throw e;
      }
      return moduleMocks.exportsOf(key);
    },
    live: (key, update) => moduleMocks.onUpdate(key, update),
    liveModule: (key, update) => moduleMocks.onUpdate(key, update, true),
    mockDefault: (key, exports) => moduleMocks.defaultOf(key, exports),
    mocksReady: () => moduleMocks.ready(),
    jest,
    vi,
  });

  /** Exports for an ES module wrapper; a load error is kept (under key) for the wrapper to throw. */
  function exportsKeepingError(key, load) {
    try {
      return load();
    } catch (e) {
      loadErrors.set(key, e);
      return null;
    }
  }

  return {
    api,
    runMain: (path) => cjs.runMain(path),
    runTicks: timers.runTicks,
    /** Exports of a CommonJS file for an importing ES module; a load error is kept for the wrapper to throw. */
    exportsForEsm: (path) => exportsKeepingError(path, () => cjs.exportsOf(path)),
    supportsBuiltin: (name) => require('../node/builtins').isSupported(name),
    builtin: (name) => builtins.load(name),
    virtual: (id) => builtins.virtual(id),
    /** Exports of a mocked module (key as cjs.resolveKey gives it) for its ES module wrapper. */
    mockedExports: (key) => exportsKeepingError(key, () => moduleMocks.exportsOf(key)),
    /** Runs the describe bodies the loaded files declared (a promise), once module mocks are settled. */
    collect: () => moduleMocks.settled().then(() => collector.collect()).then(() => moduleMocks.settled()).then(() => {
      // bun's summary counts the expect() calls of the top level and describe bodies too.
      const outside = expect.getState().assertionCalls || 0;
      if (outside > 0) host.noteExpectCallsOutsideTests(outside);
    }),
    /** Decides what runs and hands the tree to the host's runner through sink (see test/plan.js). */
    plan: (sink) => {
      state.running = true;
      const filteredOut = planInto(state.root, state.options, state.mayHaveOnly, sink);
      if (filteredOut > 0) host.noteFilteredOut(filteredOut);
    },
    /** A test (one attempt of it) starts: fresh expect and snapshot state; returns its hooks' and its own `this`. */
    beginTest: (name) => {
      snapshot.beginTest();
      expectModule.beginTest(name, config.file);
      return {};
    },
    /**
     * The attempt is over: its expect() calls, or [calls, then the errors of unmet expect.assertions /
     * expect.soft] when there are some.
     */
    endTest: () => {
      const calls = expect.getState().assertionCalls || 0;
      const errors = expect.extractExpectedAssertionsErrors();
      if (errors.length === 0) return calls;
      const out = [calls];
      for (const x of errors) out.push(x.error || x);
      return out;
    },
    /**
     * Calls a user's test or hook for the host's runner, through host.callCapturing (which keeps what it
     * threw, and where, and runs its process.nextTick callbacks before its promise jobs). When it returned
     * a promise, settled(true) or settled(false, error) follows once that settles (only a rejection counts
     * for a done-callback function, done is how it ends): returns whether it did.
     */
    run: (fn, thisArg, done, settled) => {
      const r = host.callCapturing(fn, thisArg, done);
      if (r === null || (typeof r !== 'object' && typeof r !== 'function') || typeof r.then !== 'function') return false;
      r.then(done === null ? () => settled(true) : undefined, (e) => settled(false, e));
      return true;
    },
    /** The done callback the host gives a function that takes one: report(error, failed). */
    makeDone: (report) => {
      const done = (err) => report(err, !!err);
      done.fail = (msg) => report(new Error(msg), true);
      return done;
    },
    /** A value that is not an Error, thrown where the host's stack says. */
    thrownAt: (value, stack) => new ThrownAt(value, stack),
    /** The `this` of a beforeAll/afterAll hook. */
    object: () => ({}),
    /** A skipped, todo or failed test keeps its stored snapshots (they are not obsolete). */
    keepSnapshots: (name) => snapshot.keepSnapshotsOf(name),
    /** The tests are over: fake timers and a frozen time end with the file; snapshots are saved. */
    finish: () => {
      state.running = false;
      fakeTimers.uninstall();
      time.useReal();
      const saved = snapshot.save();
      host.snapshotCounts(saved.counts, saved.obsolete);
    },
    /**
     * A load error kept for a wrapper that never ran (an importer's named import failed to link against
     * the exports the failed module did not get), taken out; null when none is kept.
     */
    takeKeptLoadError: () => {
      for (const [key, e] of loadErrors) {
        loadErrors.delete(key);
        return { error: e };
      }
      return null;
    },
    uncaught: reportUncaught,
    describe: (e) => describeThrown(e, inspect),
  };
};
