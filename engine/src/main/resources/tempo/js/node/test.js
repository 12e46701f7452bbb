// node:test over tempo's test API, as bun maps it: test/it, describe/suite, before/after (beforeAll/afterAll),
// beforeEach/afterEach, and skip/todo/only as functions and as options ({ skip, todo, only, timeout }).
// A test function gets a TestContext (name, fullName, signal, test() for a subtest run in place, after() for
// a cleanup, skip() and todo() to report it so) and, when it declares a second parameter, a done callback.
// Not provided: run, mock (node's MockTracker), snapshot, getTestContext, and the context's plan/diagnostic.
'use strict';

/** node's ([name][, options][, fn]) arguments. */
function parseArgs(args, what) {
  let name;
  let options = {};
  let fn;
  for (const a of args) {
    if (typeof a === 'string') name = a;
    else if (typeof a === 'function') fn = a;
    else if (a !== null && typeof a === 'object') options = a;
    else if (a !== undefined) throw new TypeError(what + ': expected a name, an options object or a function, got ' + String(a));
  }
  if (name === undefined) name = fn && fn.name ? fn.name : '<anonymous>';
  return { name, options, fn };
}

/** The bun:test function for a test or suite with these options: skip, todo, only or plain. */
function variant(base, options) {
  if (options.skip) return base.skip;
  if (options.todo) return base.todo;
  if (options.only) return base.only;
  return base;
}

class TestContext {
  #controller = null; #cleanups = [];
  constructor(name, fullName) {
    this.name = name;
    this.fullName = fullName;
    Object.defineProperties(this, { name: { enumerable: false }, fullName: { enumerable: false } });
  }
  get signal() {
    if (this.#controller === null) this.#controller = new (require('../web/abort').AbortController)();
    return this.#controller.signal;
  }
  /** As bun: the test reports as skipped (when it passes) or todo; its function goes on running. */
  skip() {
    require('../internal/host').markRunningTest('skip');
  }
  todo() {
    require('../internal/host').markRunningTest('todo');
  }
  /** A cleanup to run once this test's function has finished. */
  after(fn) {
    if (typeof fn !== 'function') throw new TypeError('TestContext.after: the hook must be a function');
    this.#cleanups.push(fn);
  }
  /** A subtest, run now as part of this test (its failure fails this test). */
  test(...args) {
    const { name, options, fn } = parseArgs(args, 'TestContext.test');
    if (options.skip || options.todo || typeof fn !== 'function') return Promise.resolve();
    return invoke(fn, new TestContext(name, this.fullName + ' > ' + name));
  }
  async runCleanups() {
    for (const fn of this.#cleanups.splice(0).reverse()) await fn.call(this, this);
  }
}

/** Calls a node:test function with its context, and a done callback when it declares one. */
async function invoke(fn, ctx) {
  try {
    if (fn.length >= 2) {
      await new Promise((resolve, reject) => {
        const done = (err) => (err ? reject(err) : resolve());
        Promise.resolve(fn.call(ctx, ctx, done)).catch(reject);
      });
    } else {
      await fn.call(ctx, ctx);
    }
  } finally {
    await ctx.runCleanups();
  }
}

function createNodeTest(api) {
  const suites = []; // names of the describe bodies running now

  const fullName = (name) => suites.concat(name).join(' > ');

  function test(...args) {
    const { name, options, fn } = parseArgs(args, 'test');
    const register = variant(api.test, options);
    if (typeof fn !== 'function') return register(name);
    const full = fullName(name);
    const body = () => invoke(fn, new TestContext(name, full));
    return options.timeout === undefined || options.timeout === Infinity ? register(name, body) : register(name, body, options.timeout);
  }
  test.skip = (...args) => { const p = parseArgs(args, 'test.skip'); return test(p.name, { ...p.options, skip: true }, p.fn); };
  test.todo = (...args) => { const p = parseArgs(args, 'test.todo'); return test(p.name, { ...p.options, todo: true }, p.fn); };
  test.only = (...args) => { const p = parseArgs(args, 'test.only'); return test(p.name, { ...p.options, only: true }, p.fn); };

  function describe(...args) {
    const { name, options, fn } = parseArgs(args, 'describe');
    const register = variant(api.describe, options);
    if (typeof fn !== 'function') return register(name, () => {});
    const ctx = new TestContext(name, fullName(name));
    return register(name, () => {
      suites.push(name);
      try {
        const r = fn.call(ctx, ctx);
        if (r && typeof r.then === 'function') return Promise.resolve(r).finally(() => suites.pop());
        suites.pop();
        return r;
      } catch (e) {
        suites.pop();
        throw e;
      }
    });
  }
  describe.skip = (...args) => { const p = parseArgs(args, 'describe.skip'); return describe(p.name, { ...p.options, skip: true }, p.fn); };
  describe.todo = (...args) => { const p = parseArgs(args, 'describe.todo'); return describe(p.name, { ...p.options, todo: true }, p.fn); };
  describe.only = (...args) => { const p = parseArgs(args, 'describe.only'); return describe(p.name, { ...p.options, only: true }, p.fn); };

  /** A hook: its function gets a context (the suite's or the test's name) and a done callback if it declares one. */
  const hook = (register, what) => (fn, options) => {
    if (typeof fn !== 'function') throw new TypeError(what + ': the hook must be a function');
    const name = suites.length > 0 ? suites[suites.length - 1] : '';
    const body = () => invoke(fn, new TestContext(name, fullName(name)));
    return options && options.timeout !== undefined ? register(body, options.timeout) : register(body);
  };

  // as in Node, the module is the test function, with the rest as its properties
  Object.assign(test, {
    it: test,
    describe,
    suite: describe,
    skip: test.skip,
    todo: test.todo,
    only: test.only,
    before: hook(api.beforeAll, 'before'),
    after: hook(api.afterAll, 'after'),
    beforeEach: hook(api.beforeEach, 'beforeEach'),
    afterEach: hook(api.afterEach, 'afterEach'),
  });
  test.test = test;
  test.default = test;
  return test;
}

module.exports = { createNodeTest, TestContext };
