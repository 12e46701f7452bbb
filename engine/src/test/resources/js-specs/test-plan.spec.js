// The collected tree (test/tree.js) and what test/plan.js hands the host's runner: each test's fate, in the
// order the runner reads it.
const { createCollector } = requireInternal('test/tree');
const { planInto } = requireInternal('test/plan');

function collected(declare, options) {
  const errors = [];
  const state = {
    running: false,
    pretty: (v) => String(v),
    options: Object.assign({ testNamePattern: null, runTodo: false, onlyFlag: false, onlyForbidden: false, onlyTestPath: null }, options),
    reportCollectError: (e) => errors.push(e.message),
  };
  const c = createCollector(state);
  declare(c);
  c.collect();
  const calls = [];
  const filteredOut = planInto(state.root, state.options, state.mayHaveOnly, (...args) => calls.push(args));
  const fates = calls.filter((a) => a[0] === 'test').map((a) => a[1] + ':' + a[2]);
  return { calls, fates, filteredOut, errors };
}

spec('plan: every test runs unless skipped or todo, and a suite passes its skip or todo down', () => {
  const r = collected(({ describe, test }) => {
    test('a', () => {});
    test.skip('b', () => {});
    test.todo('c');
    describe.skip('s', () => { test('d', () => {}); test.todo('e'); });
    describe.todo('t', () => { test('f', () => {}); });
  });
  eq(r.fates, ['a:run', 'b:skip', 'c:todo', 'd:skip', 'e:skip', 'f:todo']);
});

spec('plan: with an only, every test outside it is hidden; a suite marked only runs all of its tests', () => {
  const r = collected(({ describe, test }) => {
    test('a', () => {});
    test.only('b', () => {});
    describe.only('s', () => { test('c', () => {}); test.skip('d', () => {}); });
    describe('u', () => { test('e', () => {}); test.only('f', () => {}); });
  });
  eq(r.fates, ['a:hidden', 'b:run', 'c:run', 'd:skip', 'e:hidden', 'f:run']);
});

spec('plan: an only in a describe whose body threw is gone with it, so nothing else is hidden', () => {
  const r = collected(({ describe, test }) => {
    test('a', () => {});
    describe('broken', () => { test.only('b', () => {}); throw new Error('boom'); });
  });
  eq(r.errors, ['boom']);
  eq(r.fates, ['a:run']);
});

spec('plan: --only runs only tests marked only, without any in the file nothing', () => {
  eq(collected(({ test }) => { test('a', () => {}); test.only('b', () => {}); }, { onlyFlag: true }).fates, ['a:hidden', 'b:run']);
  eq(collected(({ test }) => { test('a', () => {}); }, { onlyFlag: true }).fates, ['a:hidden']);
});

spec('plan: -t hides tests whose full name does not match and counts them; an empty name never matches', () => {
  const r = collected(({ describe, test }) => {
    describe('math', () => { test('adds', () => {}); test('subtracts', () => {}); });
    test('adds too', () => {});
    test('', () => {});
  }, { testNamePattern: /adds/ });
  eq(r.fates, ['adds:run', 'subtracts:hidden', 'adds too:run', ':hidden']);
  eq(r.filteredOut, 2);
});

spec('plan: --todo runs a todo that has a body; one without stays todo', () => {
  const r = collected(({ test }) => { test.todo('a', () => {}); test.todo('b'); }, { runTodo: true });
  eq(r.fates, ['a:run-todo', 'b:todo']);
});

spec('plan: one isolated test runs, every other is hidden', () => {
  const r = collected(({ describe, test }) => {
    describe('s', () => { test('a', () => {}); test('b', () => {}); });
  }, { onlyTestPath: ['s', 'b'] });
  eq(r.fates, ['a:hidden', 'b:run']);
});

spec('plan: suites, hooks and tests reach the sink in order, with their options', () => {
  const r = collected(({ describe, test, beforeEach, afterAll }) => {
    beforeEach(() => {});
    describe('s', () => {
      afterAll((done) => done(), 50);
      test('t', (done) => done(), { timeout: 10, retry: 2 });
      test.failing.concurrent('u', () => {});
    });
  });
  const shown = r.calls.map((a) => a.map((x) => (typeof x === 'function' ? 'fn' : x && typeof x === 'object' ? 'at' : x)).join(' '));
  eq(shown, [
    'hook beforeEach fn -1 false',
    'suite s',
    'hook afterAll fn 50 true',
    'test t run fn true 10 2 -1 false false 0 fn',
    'test u run fn false -1 -1 -1 true true 0 fn',
    'end',
  ]);
});

spec('plan: a todo without a body is placed by its stack', () => {
  const r = collected(({ test }) => { test.todo('later'); });
  const call = r.calls.find((a) => a[0] === 'test');
  eq(call[3], null);
  ok(call[10] > 0, 'a line from the stack');
  ok(call[11] && typeof call[11] === 'object' && call[11].line === call[10], 'its position');
});
