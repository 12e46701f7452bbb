// The built-in matchers' fast checks (matcher.fast, see expect/matchers-core): each answers a case with
// the matcher's own `pass` or leaves it (undefined), and never throws where the matcher would not.
const core = requireInternal('expect/matchers-core');
const mockMatchers = requireInternal('expect/matchers-mock');
const { fn } = requireInternal('mock/index');
const { expect } = requireInternal('expect/index');

const ctx = { isNot: false, promise: '', customTesters: [], equals: () => false };

// The matcher's pass for these arguments, or 'usage' when it refuses them (throws).
function fullPass(matcher, received, args) {
  try {
    return matcher.apply(ctx, [received].concat(args)).pass;
  } catch (e) {
    return 'usage';
  }
}

function agree(name, matcher, received, args) {
  const fast = matcher.fast(received, args.length, args[0], args[1], args[2]);
  ok(fast === true || fast === false || fast === undefined, name + ': true, false or undefined only');
  if (fast === undefined) return 0;
  const full = fullPass(matcher, received, args);
  if (full !== fast) {
    throw new Error(name + ' on ' + describe(received) + ' with ' + args.map(describe).join(', ') + ': fast says ' + fast
      + ', the matcher ' + full);
  }
  return 1;
}

function describe(v) {
  try {
    return typeof v === 'symbol' || typeof v === 'bigint' ? String(v) : v === undefined ? 'undefined' : JSON.stringify(v) || String(v);
  } catch (e) {
    return Object.prototype.toString.call(v);
  }
}

class Point { constructor(x) { this.x = x; } }
const cyclic = { a: 1 };
cyclic.self = cyclic;
const withSymbol = { a: 1, [Symbol.for('s')]: 2 };
const nullProto = Object.assign(Object.create(null), { a: 1 });
const inherited = Object.create({ a: 1 });

function values() {
  return [
    0, -0, 1, 2, 0.3, 0.1 + 0.2, NaN, Infinity, -Infinity, '', 'a', 'abc', 'ab', null, undefined, true, false, 1n,
    Symbol.for('s'), [], [1, 2, 3], [1, 2], [1, [2, { a: 3 }]], [, 1], [undefined, 1], [NaN], [0], [-0],
    {}, { a: 1 }, { a: 1, b: 2 }, { b: 2, a: 1 }, { a: undefined }, { a: { b: [1, 2] }, c: 'x' }, { a: { b: [1, 2] } },
    { a: { b: [1] } }, { a: 0 }, { a: -0 }, { length: 3 }, { a: [{ b: 1, c: 2 }] }, { a: [{ b: 1 }] },
    new Point(1), { x: 1 }, new Date(5), /ab/, /ab/g, new Map([[1, 2]]), new Set([1]), () => 1, Point, Error,
    new Error('x'), expect.any(Number), { a: expect.anything() }, cyclic, withSymbol, nullProto, inherited,
    new String('a'), Object('abc'),
  ];
}

spec('pairwise matchers: the fast check says what the matcher says', () => {
  const all = values();
  const names = ['toBe', 'toEqual', 'toMatchObject', 'toContain', 'toHaveLength', 'toBeGreaterThan', 'toBeGreaterThanOrEqual',
    'toBeLessThan', 'toBeLessThanOrEqual', 'toBeCloseTo', 'toMatch', 'toBeInstanceOf', 'toBeTypeOf'];
  let answered = 0;
  for (const name of names) {
    const matcher = core[name];
    ok(typeof matcher.fast === 'function', name + ' has a fast check');
    for (const a of all) for (const b of all) answered += agree(name, matcher, a, [b]);
  }
  ok(answered > 2000, 'most plain cases are answered: ' + answered);
});

spec('fast checks answer the common passing cases', () => {
  ok(core.toEqual.fast({ a: [1, { b: 'c' }] }, 1, { a: [1, { b: 'c' }] }) === true);
  ok(core.toMatchObject.fast({ id: 3, nested: { x: 0, y: 2, z: [1, 2] }, extra: true }, 1, { id: 3, nested: { x: 0 } }) === true);
  ok(core.toMatchObject.fast({ a: [{ b: 1, c: 2 }] }, 1, { a: [{ b: 1 }] }) === true, 'objects in arrays match as subsets');
  ok(core.toMatchObject.fast({ a: [1, 2] }, 1, { a: [1] }) === false, 'arrays keep their length');
  ok(core.toMatchObject.fast(inherited, 1, { a: 1 }) === true, 'an inherited property counts');
  ok(core.toHaveProperty.fast({ nested: { y: 2 } }, 2, 'nested.y', 2) === true);
  ok(core.toHaveProperty.fast({ nested: null }, 1, 'nested.y') === false);
  ok(core.toContain.fast([1, NaN], 1, NaN) === true);
  ok(core.toBeCloseTo.fast(0.1 + 0.2, 1, 0.3) === true);
  ok(core.toMatch.fast('abc', 1, /b/) === true && core.toMatch.fast('abc', 1, /b/g) === undefined);
  ok(core.toBeNaN.fast(NaN, 0) === true && core.toBeNaN.fast(NaN, 1, 1) === undefined, 'an argument is a usage error');
});

spec('toHaveProperty: paths, values and missing segments as the matcher sees them', () => {
  const objects = [{ a: { b: { c: 1 } } }, { a: { b: null } }, { a: 'str' }, { 'a.b': 1 }, { a: [1, 2] }, inherited,
    { a: { b: undefined } }, new Point(2), { a: { b: [0] } }, []];
  const paths = ['a', 'a.b', 'a.b.c', 'a.length', 'x', 'a.b.c.d', '', '.a', 'a.', 'a..b', 'a[0]', ['a', 'b'], 'length', 'x.y'];
  const vals = [1, null, undefined, 2, [0], { c: 1 }, 'str', expect.any(Number)];
  let answered = 0;
  for (const o of objects) {
    for (const p of paths) {
      answered += agree('toHaveProperty', core.toHaveProperty, o, [p]);
      for (const v of vals) answered += agree('toHaveProperty', core.toHaveProperty, o, [p, v]);
    }
  }
  ok(answered > 300, 'answered ' + answered);
});

spec('argument-less matchers', () => {
  for (const name of ['toBeTruthy', 'toBeFalsy', 'toBeNull', 'toBeUndefined', 'toBeDefined', 'toBeNaN']) {
    for (const a of values()) {
      agree(name, core[name], a, []);
      agree(name, core[name], a, [1]);
    }
  }
});

spec('mock matchers: counts and calls', () => {
  const mocks = [fn(), fn(), fn(), fn(), fn(), fn()];
  mocks[1](1);
  mocks[2](1, 'a');
  mocks[2]({ a: [1] }, undefined);
  mocks[3]();
  mocks[3](new Point(1));
  mocks[4](NaN);
  mocks[4](-0);
  mocks[5](expect.any(Number));
  const received = mocks.concat([() => 1, null, {}]);
  const args = [[], [1], [1, 'a'], [{ a: [1] }, undefined], [{ a: [1] }], [new Point(1)], [{ x: 1 }], [NaN], [0], [-0],
    [expect.any(Number)], [3], [1, 2, 3], [undefined], ['a']];
  let answered = 0;
  for (const name of ['toHaveBeenCalled', 'toHaveBeenCalledOnce', 'toHaveBeenCalledTimes', 'toHaveBeenCalledWith',
    'toHaveBeenLastCalledWith']) {
    for (const m of received) for (const a of args) answered += agree(name, mockMatchers[name], m, a);
  }
  ok(answered > 100, 'answered ' + answered);
  ok(mockMatchers.toBeCalledWith === mockMatchers.toHaveBeenCalledWith, 'aliases share the check');
});

spec('a user-added equality tester turns the equality checks off', () => {
  const { userTesters } = requireInternal('expect/equals');
  userTesters.push(() => undefined);
  try {
    ok(core.toEqual.fast({ a: 1 }, 1, { a: 1 }) === undefined);
    ok(core.toMatchObject.fast({ a: 1 }, 1, { a: 1 }) === undefined);
    ok(core.toHaveProperty.fast({ a: 1 }, 2, 'a', 1) === undefined);
    ok(core.toHaveProperty.fast({ a: 1 }, 1, 'a') === true, 'a path alone compares nothing');
  } finally {
    userTesters.pop();
  }
});
