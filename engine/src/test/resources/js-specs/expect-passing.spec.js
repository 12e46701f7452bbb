// One passing use of every matcher in bun's test.d.ts (their failure texts: expect-messages.spec.js),
// plus expect.soft.
const M = requireInternal('mock/index');
const { expect, extractExpectedAssertionsErrors } = requireInternal('expect/index');

spec('every matcher passes on a matching value', async () => {
  const f = M.fn((x) => x * 2); f(1); f(2);
  const once = M.fn(); once(7);
  const passing = [
    () => expect(1).toBe(1), () => expect({ a: [1] }).toEqual({ a: [1] }), () => expect({ a: 1 }).toStrictEqual({ a: 1 }),
    () => expect({ a: 1, b: 2 }).toMatchObject({ a: 1 }), () => expect([1, 2]).toContain(2), () => expect([{ a: 1 }]).toContainEqual({ a: 1 }),
    () => expect({ a: 1 }).toContainKey('a'), () => expect({ a: 1, b: 2 }).toContainKeys(['a', 'b']),
    () => expect({ a: 1 }).toContainAllKeys(['a']), () => expect({ a: 1 }).toContainAnyKeys(['a', 'z']),
    () => expect({ a: 1 }).toContainValue(1), () => expect({ a: 1, b: 2 }).toContainValues([1, 2]),
    () => expect({ a: 1 }).toContainAllValues([1]), () => expect({ a: 1 }).toContainAnyValues([1, 9]),
    () => expect('abc').toHaveLength(3), () => expect({ a: { b: 1 } }).toHaveProperty('a.b', 1),
    () => expect(1).toBeTruthy(), () => expect(0).toBeFalsy(), () => expect(null).toBeNull(), () => expect(undefined).toBeUndefined(),
    () => expect(0).toBeDefined(), () => expect(NaN).toBeNaN(), () => expect(2).toBeGreaterThan(1), () => expect(1).toBeGreaterThanOrEqual(1),
    () => expect(1).toBeLessThan(2), () => expect(2n).toBeLessThanOrEqual(2n), () => expect(0.1 + 0.2).toBeCloseTo(0.3),
    () => expect('abc').toMatch(/b/), () => expect(new Map()).toBeInstanceOf(Map), () => expect('s').toBeTypeOf('string'),
    () => expect(2).toSatisfy((x) => x > 1), () => expect(2).toBeOneOf([1, 2]), () => expect([]).toBeArray(), () => expect([1]).toBeArrayOfSize(1),
    () => expect(false).toBeBoolean(), () => expect(true).toBeTrue(), () => expect(false).toBeFalse(), () => expect(1).toBeNumber(),
    () => expect(1).toBeInteger(), () => expect(1).toBeFinite(), () => expect(1).toBePositive(), () => expect(-1).toBeNegative(),
    () => expect(2).toBeWithin(1, 3), () => expect('').toBeString(), () => expect(Symbol()).toBeSymbol(), () => expect(() => {}).toBeFunction(),
    () => expect(new Date()).toBeDate(), () => expect(new Date()).toBeValidDate(), () => expect({}).toBeObject(), () => expect([]).toBeEmpty(),
    () => expect({}).toBeEmptyObject(), () => expect(null).toBeNil(), () => expect(2).toBeEven(), () => expect(3).toBeOdd(),
    () => expect('abc').toInclude('b'), () => expect('abab').toIncludeRepeated('ab', 2), () => expect('abc').toStartWith('a'),
    () => expect('abc').toEndWith('c'), () => expect(' a b ').toEqualIgnoringWhitespace('ab'),
    () => expect(() => { throw new Error('boom'); }).toThrow('boom'), () => expect(() => { throw new TypeError('x'); }).toThrowError(TypeError),
    () => expect(f).toHaveBeenCalled(), () => expect(f).toBeCalled(), () => expect(f).toHaveBeenCalledTimes(2), () => expect(f).toBeCalledTimes(2),
    () => expect(f).toHaveBeenCalledWith(1), () => expect(f).toBeCalledWith(2), () => expect(f).toHaveBeenLastCalledWith(2),
    () => expect(f).lastCalledWith(2), () => expect(f).toHaveBeenNthCalledWith(1, 1), () => expect(f).nthCalledWith(2, 2),
    () => expect(once).toHaveBeenCalledOnce(), () => expect(f).toHaveReturned(), () => expect(f).toHaveReturnedTimes(2),
    () => expect(f).toHaveReturnedWith(4), () => expect(f).toHaveLastReturnedWith(4), () => expect(f).toHaveNthReturnedWith(1, 2),
    () => expect(1).pass(), () => expect(1).not.fail(),
    () => expect({ n: 0.1 + 0.2, s: 'xay', a: [1, 2, 3], o: { k: 1, j: 2 } }).toEqual({
      n: expect.closeTo(0.3, 5), s: expect.stringMatching(/a/), a: expect.arrayContaining([3]), o: expect.objectContaining({ k: 1 }),
    }),
    () => expect({ s: 'abc', a: [1] }).toEqual({ s: expect.not.stringContaining('z'), a: expect.not.arrayContaining([2]) }),
  ];
  passing.forEach((fn, i) => {
    try { fn(); } catch (e) { throw new Error('passing case ' + i + ' (' + fn + ') failed:\n' + plain(e.message)); }
  });
  await expect(Promise.resolve(1)).resolves.toBe(1);
  await expect(Promise.reject(new Error('x'))).rejects.toThrow('x');
});

spec('expect.soft records failures, goes on, and hands them to the runner at the end of the test', () => {
  extractExpectedAssertionsErrors();
  let reached = false;
  expect.soft(1).toBe(2);
  expect.soft('a').not.toBe('a');
  expect.soft(3).toBe(3);
  reached = true;
  ok(reached);
  const errors = extractExpectedAssertionsErrors().map((x) => plain(x.error.message));
  eq(errors, ['expect(received).toBe(expected)\n\nExpected: 2\nReceived: 1\n', 'expect(received).not.toBe(expected)\n\nExpected: not "a"\n']);
  eq(extractExpectedAssertionsErrors().length, 0);
});

spec('the names listed for lazily loaded matcher modules are exactly what those modules export', () => {
  const { lazyMatcherGroups } = requireInternal('expect/index');
  for (const group of lazyMatcherGroups) {
    const exported = Object.keys(group.load()).sort();
    expect([...group.names].sort()).toEqual(exported);
  }
});

spec('the asymmetric matchers listed on expect are exactly what their module makes', () => {
  const { asymmetricMatchers } = requireInternal('expect/index');
  const asym = requireInternal('expect/asymmetric');
  expect([...asymmetricMatchers].sort()).toEqual(Object.keys(asym.positive).sort());
  expect([...asymmetricMatchers].sort()).toEqual(Object.keys(asym.negative).sort());
  for (const name of asymmetricMatchers) {
    expect(typeof expect[name]).toBe('function');
    expect(typeof expect.not[name]).toBe('function');
  }
  expect(expect.closeTo(1.001, 2).asymmetricMatch(1)).toBe(true);
  expect(expect.not.stringContaining('x').asymmetricMatch('abc')).toBe(true);
});

spec('a matcher method exists on expect() before its first use, and unknown names are not matchers', () => {
  const e = expect(1);
  expect('toBeEven' in e).toBe(true);
  expect(typeof e.toHaveBeenNthCalledWith).toBe('function');
  expect(typeof e.notAMatcher).toBe('undefined');
  expect(typeof e.then).toBe('undefined');
  expect(typeof e.toString).toBe('function');
  expect(e.resolves.resolves).toBe(undefined);
});
