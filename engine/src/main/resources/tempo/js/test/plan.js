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

const UNSET = -1;

/**
 * Decides every test's fate and walks the tree into the host's sink in the same pass, one call per suite,
 * hook and test (reading a JS tree member by member from the host would cost a crossing per field):
 * sink('suite', name) ... sink('end'), sink('hook', kind, fn, timeout, takesDone) and
 * sink('test', name, fate, fn, takesDone, timeout, retry, repeats, failing, concurrent, line, where).
 * A timeout, retry or repeats not given is -1 (a timeout of 0: none). A fate is 'run', 'skip', 'todo', 'run-todo' (a todo with a
 * body under --todo) or 'hidden' (not reported at all: outside an only-selection, as bun does, or filtered
 * out by -t). mayHaveOnly: whether the file declared anything with .only (else no walk looks for one).
 * Returns how many tests -t filtered out.
 */
function planInto(root, options, mayHaveOnly, sink) {
  const onlyMode = options.onlyFlag || (mayHaveOnly && hasOnly(root));
  const pattern = options.testNamePattern;
  const isolated = options.onlyTestPath;
  const runTodo = options.runTodo;
  let filteredOut = 0;
  (function walk(suite, inheritedMode, insideOnly) {
    const hooks = suite.hooks;
    sinkHooks(sink, 'beforeAll', hooks.beforeAll);
    sinkHooks(sink, 'afterAll', hooks.afterAll);
    sinkHooks(sink, 'beforeEach', hooks.beforeEach);
    sinkHooks(sink, 'afterEach', hooks.afterEach);
    const children = suite.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      const own = child.mode;
      const mode = inheritedMode === 'skip' || own === 'skip' ? 'skip'
        : inheritedMode === 'todo' || own === 'todo' ? 'todo' : 'run';
      const only = insideOnly || own === 'only';
      if (child.kind === 'suite') {
        sink('suite', child.name);
        walk(child, mode, only);
        sink('end');
      } else {
        let fate = mode;
        if (onlyMode && !only) fate = 'hidden';
        else if (pattern !== null && !matchesName(pattern, child.path.join(' '))) {
          fate = 'hidden';
          filteredOut++;
        }
        const fn = child.fn;
        if (fate === 'todo' && runTodo && fn) fate = 'run-todo';
        // --isolate-failures runs one test again alone: every other test is left out unseen.
        if (isolated && !samePath(child.path, isolated)) fate = 'hidden';
        sink('test', child.name, fate, fn, fn !== null && fn.length >= 1,
          child.timeout === undefined ? UNSET : Number(child.timeout) || 0,
          child.retry === undefined ? UNSET : Number(child.retry) || 0,
          child.repeats === undefined ? UNSET : Number(child.repeats) || 0,
          child.failing, child.concurrent === true, child.line, child.where || null);
      }
    }
  })(root, 'run', false);
  return filteredOut;
}

function sinkHooks(sink, kind, hooks) {
  for (let i = 0; i < hooks.length; i++) {
    const h = hooks[i];
    sink('hook', kind, h.fn, h.timeout === undefined ? UNSET : Number(h.timeout) || 0, h.fn.length >= 1);
  }
}

module.exports = { planInto };
