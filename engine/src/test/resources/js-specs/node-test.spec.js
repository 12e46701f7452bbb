const { createNodeTest } = requireInternal('node/test');

// A stand-in for tempo's test API that records what node:test registers.
function recordingApi() {
  const calls = [];
  const fn = (kind) => {
    const f = (...args) => calls.push([kind, ...args]);
    f.skip = (...args) => calls.push([kind + '.skip', ...args]);
    f.todo = (...args) => calls.push([kind + '.todo', ...args]);
    f.only = (...args) => calls.push([kind + '.only', ...args]);
    return f;
  };
  const api = { test: fn('test'), describe: fn('describe') };
  for (const hook of ['beforeAll', 'afterAll', 'beforeEach', 'afterEach']) api[hook] = (...args) => calls.push([hook, ...args]);
  return { api, calls };
}

spec('the module is the test function; names and options pick bun:test variants', () => {
  const { api, calls } = recordingApi();
  const t = createNodeTest(api);
  ok(t.default === t && t.test === t && t.it === t && t.suite === t.describe);
  t('plain', () => {});
  t('skipped', { skip: 'why' }, () => {});
  t('todo', { todo: true }, () => {});
  t('timed', { timeout: 50 }, () => {});
  t(function named() {});
  t.skip('s2', () => {});
  t.only('o', () => {});
  t('no body');
  eq(calls.map((c) => [c[0], c[1], typeof c[2], c[3]]), [
    ['test', 'plain', 'function', undefined], ['test.skip', 'skipped', 'function', undefined],
    ['test.todo', 'todo', 'function', undefined], ['test', 'timed', 'function', 50], ['test', 'named', 'function', undefined],
    ['test.skip', 's2', 'function', undefined], ['test.only', 'o', 'function', undefined], ['test', 'no body', 'undefined', undefined]]);
  ok(calls.every((c) => typeof c[2] !== 'function' || c[2].length === 0), 'bodies take no done parameter');
  throws(() => t(42), 'test: expected a name, an options object or a function, got 42');
});

spec('a test gets a context with name and fullName; describe nests the names; hooks map to bun:test', async () => {
  const { api, calls } = recordingApi();
  const t = createNodeTest(api);
  const seen = [];
  t.describe('outer', (s) => {
    seen.push('suite:' + s.name);
    t.before(() => seen.push('before'));
    t.afterEach(() => {});
    t.test('inner', (ctx) => seen.push(ctx.name + '|' + ctx.fullName + '|' + ctx.signal.aborted));
  });
  const [kind, name, body] = calls[0];
  eq([kind, name], ['describe', 'outer']);
  body();
  eq(calls.slice(1).map((c) => c[0] + ':' + (c[1] === undefined ? '' : typeof c[1] === 'string' ? c[1] : typeof c[1])),
    ['beforeAll:function', 'afterEach:function', 'test:inner']);
  await calls[1][1]();
  await calls[3][2]();
  eq(seen, ['suite:outer', 'before', 'inner|outer > inner|false']);
});

spec('done callbacks, subtests run in place, after() cleanups', async () => {
  const { api, calls } = recordingApi();
  const t = createNodeTest(api);
  const seen = [];
  t.test('done', (ctx, done) => Promise.resolve().then(() => { seen.push('done'); done(); }));
  t.test('done error', (ctx, done) => done(new Error('boom')));
  t.test('sub', async (ctx) => {
    ctx.after(() => seen.push('cleanup'));
    await ctx.test('child', (c) => seen.push('child:' + c.fullName));
    await ctx.test('skipped child', { skip: true }, () => seen.push('never'));
    seen.push('parent end');
  });
  await calls[0][2]();
  let failure = null;
  try { await calls[1][2](); } catch (e) { failure = e.message; }
  await calls[2][2]();
  eq([seen, failure], [['done', 'child:sub > child', 'parent end', 'cleanup'], 'boom']);
});
