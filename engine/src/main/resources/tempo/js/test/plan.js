// Decides what of a collected tree runs (only, skip, todo, -t, one isolated test) and hands the tree to the
// host, whose runner (run/TestRunner.java) runs it: suites in order with their hooks, each test through
// the event loop with its timeout. The runner lives in Java because a test's own path (hooks, timing,
// status, events) interpreted as JS cost far more than the tests users write.
'use strict';

function hasOnly(node) {
  if (node.mode === 'only') return true;
  return node.kind === 'suite' && node.children.some(hasOnly);
}

function samePath(a, b) {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

/** As bun's -t: a test whose full name is empty (test('') outside any named describe) never matches. */
function matchesName(pattern, name) {
  return name !== '' && pattern.test(name);
}

/**
 * Marks every test with its fate: 'run', 'skip', 'todo', 'run-todo' (a todo with a body under --todo),
 * or 'hidden' (not reported at all: outside an only-selection, as bun does, or filtered out by -t).
 * Returns how many tests -t filtered out.
 */
function plan(root, options) {
  const onlyMode = options.onlyFlag || hasOnly(root);
  const pattern = options.testNamePattern;
  const isolated = options.onlyTestPath;
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
      else if (pattern && fate !== 'hidden' && !matchesName(pattern, child.path.join(' '))) {
        fate = 'hidden';
        filteredOut++;
      }
      if (fate === 'todo' && options.runTodo && child.fn) fate = 'run-todo';
      // --isolate-failures runs one test again alone: every other test is left out unseen.
      if (isolated && !samePath(child.path, isolated)) fate = 'hidden';
      child.fate = fate;
    }
  })(root, 'run', false);
  return filteredOut;
}

const UNSET = -1;
/** A hook's or test's own timeout: UNSET when not given (the default at the time it runs applies), 0 for none. */
const timeoutOf = (t) => (t === undefined ? UNSET : Number(t) || 0);
const countOf = (n) => (n === undefined ? UNSET : Number(n) || 0);

/**
 * Walks the planned tree into the host's sink, one call per suite, hook and test (reading a JS tree
 * member by member from the host would cost a crossing per field):
 * sink('suite', name) ... sink('end'), sink('hook', kind, fn, timeout, takesDone) and
 * sink('test', name, fate, fn, takesDone, timeout, retry, repeats, failing, concurrent, line, where).
 * A timeout, retry or repeats not given is -1.
 */
function describeTree(root, sink) {
  (function walk(suite) {
    for (const kind of ['beforeAll', 'afterAll', 'beforeEach', 'afterEach']) {
      for (const h of suite.hooks[kind]) sink('hook', kind, h.fn, timeoutOf(h.timeout), h.fn.length >= 1);
    }
    for (const child of suite.children) {
      if (child.kind === 'suite') {
        sink('suite', child.name);
        walk(child);
        sink('end');
        continue;
      }
      const fn = child.fn;
      sink('test', child.name, child.fate, fn, !!fn && fn.length >= 1, timeoutOf(child.timeout), countOf(child.retry),
        countOf(child.repeats), !!child.failing, !!child.concurrent, child.line || 0, child.where || null);
    }
  })(root);
}

module.exports = { plan, describeTree };
