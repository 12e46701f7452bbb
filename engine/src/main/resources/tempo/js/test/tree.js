// The describe/test tree of one file, and the functions users call to build it (describe, test, it,
// hooks) with every modifier chain bun supports: skip, only, todo, failing, concurrent, serial, each,
// if, skipIf, todoIf. Collection only: test/plan.js decides what runs, and the host's runner
// (run/TestRunner.java) runs it.
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
  // Positional arguments, and every field set here: a test is made for each test() call, and an options
  // object or a field added later would cost a shape change per test in the interpreter.
  constructor(name, fn, parent, mode, failing, concurrent, timeout, retry, repeats, args, line, where) {
    this.kind = 'test';
    this.name = name;
    this.fn = fn;
    this.parent = parent;
    this.mode = mode;
    this.failing = failing;
    this.concurrent = concurrent === undefined ? parent.concurrent : concurrent;
    this.timeout = timeout;
    this.retry = retry;
    this.repeats = repeats;
    this.args = args;
    this.line = line;
    this.where = where;
    this.cachedPath = undefined;
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
  // state: { root, current, running, mayHaveOnly, pretty(value, inString), options: { onlyForbidden }, reportCollectError(e) }
  state.root = new Suite('', null, 'run', 0);
  state.current = state.root;
  state.mayHaveOnly = false;

  function assertCollecting(what) {
    if (state.running) {
      throw new Error('Cannot call ' + what + '() inside a test. Call it at the top level or inside a describe() block.');
    }
  }

  const NO_OPTIONS = Object.freeze({});
  function parseOptions(timeoutOrOptions) {
    if (timeoutOrOptions === undefined) return NO_OPTIONS;
    if (typeof timeoutOrOptions === 'number') return { timeout: timeoutOrOptions };
    if (timeoutOrOptions && typeof timeoutOrOptions === 'object') return timeoutOrOptions;
    return NO_OPTIONS;
  }

  /** bun refuses .only on CI, so a forgotten .only cannot silently skip the rest of a suite. */
  function assertOnlyAllowed(flags) {
    if (flags.mode === 'only') {
      if (state.options.onlyForbidden) {
        throw new Error('.only is disabled in CI environments to prevent accidentally skipping tests. '
          + 'To override, set the environment variable CI=false.');
      }
      state.mayHaveOnly = true; // test/plan.js looks for one only then
    }
  }

  /**
   * locator: the user's own function for this test (test.each binds a wrapper around it), whose place
   * in the source the host reads as the test's position; only a test without one (a todo) pays for a
   * stack trace here.
   */
  /**
   * The name a test or describe gets from its first argument, as bun reads it: a string or number as
   * written, a named function or class by its name, nothing (null, undefined) as no name; anything else
   * (an array, an object, an anonymous function given with a body) is the user's mistake.
   */
  function nameOf(kind, name) {
    if (name === undefined || name === null) return '';
    if (typeof name === 'string') return name;
    if (typeof name === 'number') return String(name);
    if (typeof name === 'function' && name.name) return name.name;
    throw new Error(kind + '() expects first argument to be a named class, named function, number, or string');
  }

  function addTest(flags, name, fn, timeoutOrOptions, args, locator) {
    if (state.running) assertCollecting('test');
    if (flags.mode === 'only') assertOnlyAllowed(flags);
    if (typeof name === 'function' && typeof fn !== 'function') {
      // test(fn): the function is the body of a test with no name
      fn = name;
      name = '';
    }
    if (typeof name !== 'string') name = nameOf('test', name);
    if (typeof fn !== 'function' && fn !== undefined && fn !== null) {
      throw new TypeError('test("' + name + '"): the second argument must be a function, got ' + typeof fn);
    }
    let mode = flags.mode;
    if (!fn && mode !== 'skip') mode = 'todo';
    const opts = parseOptions(timeoutOrOptions);
    const source = locator || fn;
    const where = typeof source === 'function' ? null : callerLine();
    const t = new Test(name, fn || null, state.current, mode, !!flags.failing, flags.concurrent, opts.timeout, opts.retry,
      opts.repeats, args || null, where ? where.line : 0, where || source);
    state.current.children.push(t);
    return t;
  }

  function addSuite(flags, name, fn, args) {
    assertCollecting('describe');
    assertOnlyAllowed(flags);
    if (typeof name === 'function' && typeof fn !== 'function') {
      // describe(fn): the function is the body of a describe with no name
      fn = name;
      name = '';
    }
    name = nameOf('describe', name);
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
    // As in bun, the body runs once the enclosing code is done (the file, or the outer describe's body):
    // a describe may use a const declared below it in the file.
    suite.body = args ? () => fn(...args) : fn;
    return suite;
  }

  /**
   * Runs one suite's deferred body with the suite as the current one. An async body is awaited and
   * the suite stays current until it settles; returns that promise, or null for a synchronous body.
   */
  function runBody(suite) {
    const body = suite.body;
    suite.body = null;
    const prev = state.current;
    state.current = suite;
    let r;
    try {
      r = body();
    } catch (e) {
      state.current = prev;
      dropSuite(suite.parent, suite, e);
      return null;
    }
    if (!r || typeof r.then !== 'function') {
      state.current = prev;
      return null;
    }
    return Promise.resolve(r).then(undefined, (e) => dropSuite(suite.parent, suite, e)).then(() => {
      state.current = prev;
    });
  }

  /**
   * Runs the deferred describe bodies under suite, depth first: each body, then the describes it declared,
   * before the next sibling. Returns a promise only when some body was async.
   */
  function collectUnder(suite, from) {
    const children = suite.children;
    for (let i = from || 0; i < children.length; i++) {
      const child = children[i];
      if (child.kind !== 'suite' || !child.body) continue;
      const pending = runBody(child);
      // a body that threw or rejected took its suite out of children: the next sibling is now at i
      const dropped = () => children[i] !== child;
      if (!pending) {
        if (dropped()) {
          i--;
          continue;
        }
        const rest = collectUnder(child);
        if (rest) return rest.then(() => collectUnder(suite, i + 1));
        continue;
      }
      return pending.then(() => {
        if (dropped()) return collectUnder(suite, i);
        const rest = collectUnder(child);
        return rest ? rest.then(() => collectUnder(suite, i + 1)) : collectUnder(suite, i + 1);
      });
    }
    return null;
  }

  /**
   * As bun: a describe callback that throws (or rejects) is an error between tests and its tests are
   * dropped; the rest of the file is still collected and runs.
   */
  function dropSuite(parent, suite, error) {
    const at = parent.children.indexOf(suite);
    if (at >= 0) parent.children.splice(at, 1);
    state.reportCollectError(error);
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
    /** Runs the describe bodies the loaded files declared; a promise if one of them was async. */
    collect: () => collectUnder(state.root),
    beforeAll: hook('beforeAll'),
    afterAll: hook('afterAll'),
    beforeEach: hook('beforeEach'),
    afterEach: hook('afterEach'),
  };
}

module.exports = { createCollector, Suite, Test };
