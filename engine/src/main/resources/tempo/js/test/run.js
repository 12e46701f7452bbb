// Runs a collected tree: decides what runs (only, skip, todo, -t), walks suites in order with their
// hooks, calls each test through the event loop with its timeout, and reports every outcome to the
// host as events. Ordering follows bun: beforeAll once per suite before its first test, beforeEach from
// the outermost suite in, afterEach from the innermost out, afterAll after the suite's last test.
'use strict';

class TimeoutError extends Error {
  constructor(ms, what) {
    // bun words a hook's timeout (any hook's) without its time, as the test's.
    super(what === 'hook' ? 'a beforeEach/afterEach hook timed out for this test.' : 'this ' + what + ' timed out after ' + ms + 'ms.');
    this.name = 'TimeoutError';
  }
}

const { ThrownAt } = require('../runtime/errors');

const OK = Symbol('ok');

/** What the host returns from callCapturing when the user's function threw. */
class Threw {
  constructor(value, stack) {
    this.value = value;
    this.stack = stack;
  }
}

const threw = (value, stack) => new Threw(value, stack);

function createRunner(state, host) {
  // state.options: { testNamePattern: RegExp|null, runTodo, defaultTimeout, randomize, seed, maxConcurrency, concurrentAll, bailed() }
  const running = new Set(); // { finish, timeout, scope } of the user calls in flight

  /**
   * Calls user code in its own host task (so an interrupt only unwinds user frames) with a timeout.
   * Success settles in a later host task, after the rejection tracker has reported what the call left
   * unhandled, so a forgotten rejected promise still fails it. scope 'test' (a test and its each-hooks)
   * receives errors that escape user code while it runs; 'suite' (beforeAll/afterAll) does not.
   */
  function callUser(fn, thisArg, timeoutMs, what, scope) {
    return new Promise((resolve) => {
      let settled = false;
      let timer = 0;
      // Anything can be thrown (undefined, null, ""): failure is "not finished with OK", not a truthy error.
      // forced: the host interrupted the call, which may have stopped a finish halfway (the interrupt lands
      // at any safepoint); resolving twice is harmless, never resolving would hang the file.
      const finish = (error, timedOut, forced) => {
        if (settled && !forced) return;
        settled = true;
        if (timer) host.clearTimer(timer);
        const failed = error !== OK;
        const outcome = { failed, error: failed ? error : null, timedOut: !!timedOut };
        // The interrupt's unwinding may have queued promise jobs (an await in a finally block): the call
        // stays in flight until they have run, so what they leave unhandled is its own leftover (dropped:
        // it has timed out already), never an error of the call that runs next.
        if (forced) host.enqueueTask(() => end(outcome));
        else end(outcome);
      };
      const end = (outcome) => {
        running.delete(inFlight);
        if (running.size === 0) host.watchdog(0);
        resolve(outcome);
      };
      const timeout = (forced, stuck) => {
        const error = new TimeoutError(timeoutMs, what);
        if (stuck) error.stuck = stuck;
        finish(error, true, forced === true);
      };
      const inFlight = { finish, timeout, scope: scope || 'test' };
      const succeed = () => host.enqueueTask(() => finish(OK));
      running.add(inFlight);
      if (timeoutMs > 0 && timeoutMs < 2147483647) {
        timer = host.setTimer(timeout, timeoutMs, false);
        host.watchdog(timeoutMs);
      }
      host.enqueueTask(() => {
        try {
          if (fn.length >= 1) {
            // A done-callback function: it finishes when done is called (with an error or not).
            let r;
            const done = (err) => {
              if (err) finish(err);
              else succeed();
            };
            done.fail = (msg) => finish(new Error(msg));
            r = call(fn, thisArg, done);
            if (r && typeof r.then === 'function') {
              r.then(undefined, (e) => finish(e));
            }
            return;
          }
          const r = call(fn, thisArg);
          if (r && typeof r.then === 'function') {
            r.then(succeed, (e) => finish(e));
          } else {
            succeed();
          }
        } catch (e) {
          finish(e);
        }
      });
    });
  }

  /**
   * fn.call(thisArg) or fn.call(thisArg, done) through the host, which knows where a thrown non-Error
   * value came from: it hands back what the function returned, or a Threw.
   */
  function call(fn, thisArg, done) {
    const r = done === undefined
      ? host.callCapturing(() => fn.call(thisArg), threw)
      : host.callCapturing(() => fn.call(thisArg, done), threw);
    if (r instanceof Threw) throw typeof r.stack === 'string' ? new ThrownAt(r.value, r.stack) : r.value;
    return r;
  }

  /**
   * An error that escaped user code (timer callback, unhandled rejection): fails the tests running.
   * Outside any test (between tests, in beforeAll/afterAll) it is not theirs: returns false.
   */
  function uncaught(error) {
    const tests = Array.from(running).filter((c) => c.scope === 'test');
    for (const c of tests) c.finish(error);
    return tests.length > 0;
  }

  /**
   * The host interrupted a synchronous hang: everything in flight timed out. stack (or null) is where the
   * hang was, as "    at fn (file:line:col)" lines: it becomes an error of its own pointing there.
   */
  function interrupted(stack) {
    let stuck = null;
    if (typeof stack === 'string') {
      stuck = new Error('still running here when the timeout stopped it: synchronous code never lets a timer fire');
      stuck.stack = 'Error: ' + stuck.message + '\n' + stack;
    }
    for (const c of Array.from(running)) c.timeout(true, stuck);
  }

  /** A failed call's error, and where a synchronous hang was stopped when that is known. */
  function failureOf(r) {
    return r.error && r.error.stuck ? [r.error, r.error.stuck] : [r.error];
  }

  // ---- selection -------------------------------------------------------------------------------

  function hasOnly(node) {
    if (node.mode === 'only') return true;
    return node.kind === 'suite' && node.children.some(hasOnly);
  }

  function samePath(a, b) {
    return a.length === b.length && a.every((name, i) => name === b[i]);
  }

  function fullName(test) {
    return test.path.join(' ');
  }

  /** As bun's -t: a test whose full name is empty (test('') outside any named describe) never matches. */
  function matchesName(pattern, name) {
    return name !== '' && pattern.test(name);
  }

  /**
   * Marks every test with its fate: 'run', 'skip', 'todo', or 'hidden' (not reported at all: outside
   * an only-selection, as bun does).
   */
  function plan(root) {
    const onlyMode = state.options.onlyFlag || hasOnly(root);
    const pattern = state.options.testNamePattern;
    const isolated = state.options.onlyTestPath;
    const out = [];
    let filteredOut = 0;
    (function walk(node, inheritedMode, insideOnly) {
      for (const child of node.children) {
        const own = child.mode;
        const mode = inheritedMode === 'skip' || own === 'skip' ? 'skip'
          : inheritedMode === 'todo' || own === 'todo' ? 'todo' : 'run';
        const only = insideOnly || own === 'only';
        if (child.kind === 'suite') {
          walk(child, mode, only);
          continue;
        }
        let fate = mode;
        if (onlyMode && !only && !(child.kind === 'test' && hasOnly(child))) fate = 'hidden';
        else if (pattern && fate !== 'hidden' && !matchesName(pattern, fullName(child))) {
          fate = 'hidden';
          filteredOut++;
        }
        if (fate === 'todo' && state.options.runTodo && child.fn) fate = 'run-todo';
        // --isolate-failures runs one test again alone: every other test is left out unseen.
        if (isolated && !samePath(child.path, isolated)) fate = 'hidden';
        child.fate = fate;
        out.push(child);
      }
    })(root, 'run', false);
    if (filteredOut > 0) host.noteFilteredOut(filteredOut);
    return out;
  }

  function willRun(node) {
    if (node.kind === 'test') return node.fate === 'run' || node.fate === 'run-todo';
    return node.children.some(willRun);
  }

  // ---- execution -------------------------------------------------------------------------------

  /** Runs hooks in order, adding their errors to `errors`; true when one of them timed out. */
  async function runHooks(hooks, thisArg, errors, what, scope) {
    let timedOut = false;
    for (const h of hooks) {
      const timeout = h.timeout !== undefined ? h.timeout : state.options.defaultTimeout;
      const r = await callUser(h.fn, thisArg, timeout, what, scope);
      if (r.failed) errors.push(...failureOf(r));
      if (r.timedOut) timedOut = true;
    }
    return timedOut;
  }

  /** A suite's each-hooks with its ancestors' (beforeEach outermost first, afterEach innermost first), computed once. */
  function eachHooks(suite, kind) {
    const key = kind === 'beforeEach' ? 'beforeEachChain' : 'afterEachChain';
    let hooks = suite[key];
    if (hooks === undefined) {
      const chain = [];
      for (let s = suite; s; s = s.parent) chain.push(s.hooks[kind]);
      hooks = kind === 'beforeEach' ? chain.reverse().flat() : chain.flat();
      suite[key] = hooks;
    }
    return hooks;
  }

  /** Why a test that passed is reported failed; printed as bun does, as a "^" note under the test line. */
  function statusMarker(message) {
    const e = new Error(message);
    e.name = 'StatusMarker';
    return e;
  }

  async function runTest(test, inheritedErrors) {
    const path = test.path;
    // After --bail stopped the run, bun reports nothing more.
    if (test.fate === 'hidden' || state.options.bailed()) return;
    if (test.fate === 'skip' || test.fate === 'todo') {
      host.testDone(test, test.fate, 0, [], 0, false);
      return;
    }
    host.testStart(test);
    const timeout = test.timeout !== undefined ? test.timeout : state.options.defaultTimeout;
    const attempts = 1 + Math.max(0, test.retry !== undefined ? test.retry : state.options.retry || 0);
    const repeats = 1 + Math.max(0, test.repeats || 0);
    let errors = [];
    let timedOut = false;
    let expectCalls = 0;
    // As bun: each failed attempt's errors are shown, the result line names the attempt that decided it,
    // and only that attempt's expect() calls count.
    const earlier = [];
    let attempt = 0;
    const started = host.now();
    for (; attempt < attempts; attempt++) {
      if (errors.length > 0) earlier.push(...errors);
      errors = inheritedErrors.slice();
      timedOut = false;
      expectCalls = 0;
      for (let rep = 0; rep < repeats && errors.length === 0; rep++) {
        const context = {};
        state.beginTest(test);
        // (no await when there is nothing to run: each await costs a promise turn)
        const before = eachHooks(test.parent, 'beforeEach');
        if (errors.length === 0 && before.length > 0 && await runHooks(before, context, errors, 'hook')) timedOut = true;
        if (errors.length === 0) {
          state.currentTestRunning = true;
          const r = await callUser(test.fn, context, timeout, 'test');
          state.currentTestRunning = false;
          if (r.failed) {
            errors.push(...failureOf(r));
            timedOut = r.timedOut;
          }
        }
        const after = eachHooks(test.parent, 'afterEach');
        if (after.length > 0 && await runHooks(after, context, errors, 'hook')) timedOut = true;
        const end = state.endTest(test);
        expectCalls += end.expectCalls;
        if (errors.length === 0) errors.push(...end.errors);
      }
      if (test.failing) {
        if (errors.length > 0 && !timedOut) errors = [];
        else if (errors.length === 0) {
          errors = [statusMarker('this test is marked as failing but it passed. Remove `.failing` if tested behavior now works')];
        }
      }
      if (errors.length === 0) break;
    }
    const decidedBy = Math.min(attempt, attempts - 1) + 1;
    let status = errors.length === 0 ? 'pass' : 'fail';
    if (test.fate === 'run-todo') {
      // With --todo a todo test runs; passing means the todo mark should go (bun reports it failed).
      if (status === 'pass') {
        status = 'fail';
        errors = [statusMarker('this test is marked as todo but passes. Remove `.todo` if tested behavior now works')];
      } else {
        status = 'todo';
      }
    }
    host.testDone(test, status, host.now() - started, errors, expectCalls, timedOut, decidedBy, earlier);
  }

  async function runSuite(suite, inheritedErrors) {
    if (!willRun(suite)) {
      // Nothing runs here: report skips and todos without running hooks.
      for (const child of suite.children) {
        if (child.kind === 'suite') await runSuite(child, inheritedErrors);
        else await runTest(child, inheritedErrors);
      }
      return;
    }
    const errors = inheritedErrors.slice();
    const before = [];
    const beforeStarted = host.now();
    const beforeTimedOut = suite.hooks.beforeAll.length > 0 && await runHooks(suite.hooks.beforeAll, {}, before, 'hook', 'suite');
    // As bun: a failed beforeAll is one failing "(unnamed)" test; the suite's tests do not run or show.
    if (before.length > 0) hookFailed(suite, before, host.now() - beforeStarted, beforeTimedOut);
    const children = before.length > 0 ? [] : orderChildren(suite.children);
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.kind === 'suite') {
        await runSuite(child, errors);
      } else if (isConcurrent(child)) {
        const group = [child];
        while (i + 1 < children.length && children[i + 1].kind === 'test' && isConcurrent(children[i + 1])) group.push(children[++i]);
        await runConcurrently(group, errors);
      } else {
        await runTest(child, errors);
      }
    }
    const after = [];
    const started = host.now();
    const afterTimedOut = suite.hooks.afterAll.length > 0 && await runHooks(suite.hooks.afterAll, {}, after, 'hook', 'suite');
    if (after.length > 0) hookFailed(suite, after, host.now() - started, afterTimedOut);
  }

  /** bun reports failed beforeAll/afterAll hooks as a failing test named "(unnamed)" in their suite. */
  function hookFailed(suite, errors, duration, timedOut) {
    const pseudo = { path: suite.path.concat('(unnamed)'), where: null };
    host.testStart(pseudo);
    host.testDone(pseudo, 'fail', duration, errors, 0, timedOut);
  }

  function isConcurrent(test) {
    return (test.concurrent || state.options.concurrentAll) && test.fate === 'run';
  }

  async function runConcurrently(group, errors) {
    const limit = Math.max(1, state.options.maxConcurrency || 20);
    let next = 0;
    const worker = async () => {
      while (next < group.length) await runTest(group[next++], errors);
    };
    await Promise.all(Array.from({ length: Math.min(limit, group.length) }, worker));
  }

  function orderChildren(children) {
    if (!state.options.randomize) return children;
    const rnd = state.random;
    const out = children.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  async function run() {
    plan(state.root);
    state.running = true;
    try {
      await runSuite(state.root, []);
    } finally {
      state.running = false;
    }
  }

  return { run, uncaught, interrupted, TimeoutError };
}

module.exports = { createRunner, TimeoutError };
