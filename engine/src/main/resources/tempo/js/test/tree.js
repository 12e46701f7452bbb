// The describe/test tree of one file, and the functions users call to build it (describe, test, it,
// hooks) with every modifier chain bun supports: skip, only, todo, failing, concurrent, serial, each,
// if, skipIf, todoIf. Collection only: running is run.js's job.
'use strict';


class Suite {
  constructor(name, parent, mode, line) {
    this.kind = 'suite';
    this.name = name;
    this.parent = parent;
    this.mode = mode; // 'run' | 'skip' | 'only' | 'todo'
    this.line = line;
    this.children = [];
    this.hooks = { beforeAll: [], afterAll: [], beforeEach: [], afterEach: [] };
    this.concurrent = parent ? parent.concurrent : false;
  }
  get path() {
    // Names never change once collected: computed once.
    if (this.cachedPath === undefined) this.cachedPath = this.parent ? this.parent.path.concat(this.name) : [];
    return this.cachedPath;
  }
}

class Test {
  constructor(name, fn, parent, opts) {
    this.kind = 'test';
    this.name = name;
    this.fn = fn;
    this.parent = parent;
    this.mode = opts.mode;
    this.failing = !!opts.failing;
    this.concurrent = opts.concurrent === undefined ? parent.concurrent : opts.concurrent;
    this.timeout = opts.timeout;
    this.retry = opts.retry;
    this.repeats = opts.repeats;
    this.args = opts.args || null;
    this.line = opts.line || 0;
  }
  get path() {
    if (this.cachedPath === undefined) this.cachedPath = this.parent.path.concat(this.name);
    return this.cachedPath;
  }
}

/** Where in the user's file a describe/test was declared: "line:col" of the first non-tempo frame. */
function callerLine() {
  // A short trace is enough (the user's frame is a few calls up) and much cheaper to capture.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 12;
  let stack;
  try {
    stack = new Error().stack || '';
  } finally {
    Error.stackTraceLimit = limit;
  }
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.includes('tempo:') || !l.includes('at ')) continue;
    const m = /:(\d+):(\d+)\)?\s*$/.exec(l);
    if (m) return { frame: l.trim(), line: +m[1], column: +m[2] };
  }
  return null;
}

function createCollector(state) {
  // state: { root, current, running, defaultTimeout(), pretty(value, inString), mapLine(frameInfo) }
  state.root = new Suite('', null, 'run', 0);
  state.current = state.root;

  function assertCollecting(what) {
    if (state.running) {
      throw new Error('Cannot call ' + what + '() inside a test. Call it at the top level or inside a describe() block.');
    }
  }

  function parseOptions(timeoutOrOptions) {
    if (typeof timeoutOrOptions === 'number') return { timeout: timeoutOrOptions };
    if (timeoutOrOptions && typeof timeoutOrOptions === 'object') return timeoutOrOptions;
    return {};
  }

  /** bun refuses .only on CI, so a forgotten .only cannot silently skip the rest of a suite. */
  function assertOnlyAllowed(flags) {
    if (flags.mode === 'only' && state.options.onlyForbidden) {
      throw new Error('.only is disabled in CI environments to prevent accidentally skipping tests. '
        + 'To override, set the environment variable CI=false.');
    }
  }

  /**
   * locator: the user's own function for this test (test.each binds a wrapper around it), whose place
   * in the source the host reads as the test's position; only a test without one (a todo) pays for a
   * stack trace here.
   */
  function addTest(flags, name, fn, timeoutOrOptions, args, locator) {
    assertCollecting('test');
    assertOnlyAllowed(flags);
    if (typeof name === 'function') {
      // test(fn) with no name: bun names it after the function.
      fn = name;
      name = fn.name || '';
    }
    name = name === undefined ? '' : String(name);
    if (typeof fn !== 'function' && fn !== undefined && fn !== null) {
      throw new TypeError('test("' + name + '"): the second argument must be a function, got ' + typeof fn);
    }
    let mode = flags.mode;
    if (!fn && mode !== 'skip') mode = 'todo';
    const opts = parseOptions(timeoutOrOptions);
    const source = locator || fn;
    const where = typeof source === 'function' ? null : callerLine();
    const t = new Test(name, fn || null, state.current, {
      mode,
      failing: flags.failing,
      concurrent: flags.concurrent,
      timeout: opts.timeout,
      retry: opts.retry,
      repeats: opts.repeats,
      args,
      line: where ? where.line : 0,
    });
    t.where = where || source;
    state.current.children.push(t);
    return t;
  }

  function addSuite(flags, name, fn, args) {
    assertCollecting('describe');
    assertOnlyAllowed(flags);
    if (typeof name === 'function') {
      fn = name;
      name = fn.name || '';
    }
    name = name === undefined ? '' : (typeof name === 'function' ? name.name : String(name));
    const suite = new Suite(name, state.current, flags.mode, 0);
    if (flags.concurrent !== undefined) suite.concurrent = flags.concurrent;
    state.current.children.push(suite);
    if (typeof fn !== 'function') {
      if (flags.mode !== 'todo' && fn !== undefined) {
        throw new TypeError('describe("' + name + '"): the second argument must be a function, got ' + typeof fn);
      }
      suite.mode = flags.mode === 'skip' ? 'skip' : 'todo';
      return suite;
    }
    // As bun: the body runs later (collectBodies), after the code that declared it.
    suite.body = { fn, args };
    return suite;
  }

  /**
   * Runs the describe bodies below suite, as bun does once the file's top level has run: each body
   * in declaration order, awaited when it returns a promise, then the bodies it declared, before its
   * next sibling's. A body that throws or rejects loses what it declared and is reported as an error
   * between tests; the rest of the file still runs.
   */
  async function collectBodies(suite) {
    for (let i = 0; i < suite.children.length; i++) {
      const child = suite.children[i];
      if (child.kind !== 'suite' || !child.body) continue;
      const { fn, args } = child.body;
      child.body = null;
      state.current = child;
      try {
        const r = args ? fn(...args) : fn();
        if (r && typeof r.then === 'function') await r;
      } catch (e) {
        suite.children.splice(i--, 1);
        state.reportCollectError(e);
        continue;
      } finally {
        state.current = suite;
      }
      await collectBodies(child);
    }
  }

  /** Builds the callable for a combination of modifiers; each property adds one more. */
  function variant(kind, flags) {
    const add = kind === 'test' ? addTest : addSuite;
    const f = function (name, fn, timeoutOrOptions) {
      if (flags.mode === 'drop') return undefined;
      return kind === 'test' ? add(flags, name, fn, timeoutOrOptions) : add(flags, name, fn);
    };
    const mode = (m) => variant(kind, Object.assign({}, flags, { mode: flags.mode === 'drop' ? 'drop' : strongest(flags.mode, m) }));
    Object.defineProperties(f, {
      skip: { get: () => mode('skip') },
      only: { get: () => mode('only') },
      todo: { get: () => mode('todo') },
      failing: { get: () => variant(kind, Object.assign({}, flags, { failing: true })) },
      concurrent: { get: () => variant(kind, Object.assign({}, flags, { concurrent: true })) },
      serial: { get: () => variant(kind, Object.assign({}, flags, { concurrent: false })) },
    });
    f.if = (cond) => (cond ? variant(kind, flags) : mode('skip'));
    f.skipIf = (cond) => (cond ? mode('skip') : variant(kind, flags));
    f.todoIf = (cond) => (cond ? mode('todo') : variant(kind, flags));
    f.each = (table, ...values) => (title, fn, timeoutOrOptions) => {
      const each = require('./each');
      for (const c of each.cases(table, values)) {
        const name = each.formatName(title, c.args, c.index, state.pretty);
        if (kind === 'test') {
          const bound = typeof fn === 'function' ? bindCase(fn, c.args) : fn;
          addTest(flags, name, bound, timeoutOrOptions, c.args, fn);
        } else {
          addSuite(flags, name, fn, c.args);
        }
      }
    };
    return f;
  }

  /** A test function for one row: the row's values first, then a done callback if fn takes one more. */
  function bindCase(fn, args) {
    if (fn.length > args.length) {
      const bound = function (done) { return fn.call(this, ...args, done); };
      Object.defineProperty(bound, 'length', { value: 1 });
      return bound;
    }
    const bound = function () { return fn.call(this, ...args); };
    Object.defineProperty(bound, 'length', { value: 0 });
    return bound;
  }

  function strongest(a, b) {
    const rank = { run: 0, only: 1, todo: 2, skip: 3 };
    return rank[b] > rank[a] ? b : a;
  }

  function hook(name) {
    return function (fn, timeoutOrOptions) {
      assertCollecting(name);
      if (typeof fn !== 'function') throw new TypeError(name + '() expects a function, got ' + typeof fn);
      const opts = parseOptions(timeoutOrOptions);
      state.current.hooks[name].push({ fn, timeout: opts.timeout });
    };
  }

  const test = variant('test', { mode: 'run' });
  const describe = variant('suite', { mode: 'run' });
  return {
    test,
    describe,
    /** The describe bodies, once the file's module has run; resolves when all are collected. */
    collect: () => collectBodies(state.root).finally(() => { state.current = state.root; }),
    beforeAll: hook('beforeAll'),
    afterAll: hook('afterAll'),
    beforeEach: hook('beforeEach'),
    afterEach: hook('afterEach'),
  };
}

module.exports = { createCollector, Suite, Test };
