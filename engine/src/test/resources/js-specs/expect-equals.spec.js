// equals(): Jest's toEqual / toStrictEqual semantics.
const { equals, iterableEquality, typeEquality, sparseArrayEquality } = requireInternal('expect/equals');
const { expect } = requireInternal('expect/index');
const eqJ = (a, b) => equals(a, b, [iterableEquality]);
const strict = (a, b) => equals(a, b, [iterableEquality, typeEquality, sparseArrayEquality], true);

spec('primitives use Object.is', () => {
  ok(eqJ(NaN, NaN));
  ok(!eqJ(0, -0), '+0 and -0 differ under toEqual too (Jest)');
  ok(eqJ(1n, 1n));
  ok(!eqJ(1, '1'));
  ok(eqJ(new Number(1), new Number(1)));
  ok(!eqJ(new Number(1), 1));
  ok(eqJ(new String('a'), new String('a')));
});

spec('objects, arrays, undefined properties', () => {
  ok(eqJ({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
  ok(eqJ({ a: undefined }, {}));
  ok(!strict({ a: undefined }, {}));
  ok(!eqJ([undefined], []));
  ok(eqJ([, 1], [undefined, 1]));
  ok(!strict([, 1], [undefined, 1]));
  const s = Symbol('k');
  ok(eqJ({ [s]: 1 }, { [s]: 1 }));
  ok(!eqJ({ [s]: 1 }, { [s]: 2 }));
  ok(!eqJ([1, 2], { 0: 1, 1: 2 }));
});

spec('classes only matter for toStrictEqual', () => {
  class A { constructor() { this.x = 1; } }
  ok(eqJ(new A(), { x: 1 }));
  ok(!strict(new A(), { x: 1 }));
  ok(strict(new A(), new A()));
  ok(strict(Object.create(null), {}), 'bun: a null-prototype object is a plain object');
});

spec('cycles', () => {
  const a = { n: 1 }; a.self = a;
  const b = { n: 1 }; b.self = b;
  ok(eqJ(a, b));
  const c = { n: 2 }; c.self = c;
  ok(!eqJ(a, c));
  const arr = [1]; arr.push(arr);
  const arr2 = [1]; arr2.push(arr2);
  ok(eqJ(arr, arr2));
});

spec('Map and Set ignore order, compare deeply', () => {
  ok(eqJ(new Set([1, 2]), new Set([2, 1])));
  ok(eqJ(new Set([{ a: 1 }]), new Set([{ a: 1 }])));
  ok(!eqJ(new Set([1]), new Set([1, 2])));
  ok(eqJ(new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])));
  ok(eqJ(new Map([[{ k: 1 }, 'a']]), new Map([[{ k: 1 }, 'a']])));
  ok(!eqJ(new Map([[1, 'a']]), new Map([[1, 'b']])));
  ok(!eqJ(new Map(), new Set()));
});

spec('Date, RegExp, Error, typed arrays, buffers, URL', () => {
  ok(eqJ(new Date(5), new Date(5)));
  ok(!eqJ(new Date(5), new Date(6)));
  ok(eqJ(/a/g, /a/g));
  ok(!eqJ(/a/g, /a/i));
  ok(eqJ(new Error('x'), new Error('x')));
  ok(!eqJ(new Error('x'), new Error('y')));
  ok(eqJ(new Error('x'), new TypeError('x')), 'toEqual ignores the error type, as Jest');
  ok(eqJ(new Uint8Array([1, 2]), new Uint8Array([1, 2])));
  ok(!eqJ(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
  ok(!eqJ(new Uint8Array([1]), new Int8Array([1])));
  ok(eqJ(new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer));
  ok(!eqJ(new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer));
  ok(eqJ(new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))));
  if (typeof URL === 'function') {
    ok(eqJ(new URL('http://a/b'), new URL('http://a/b')));
    ok(!eqJ(new URL('http://a/b'), new URL('http://a/c')));
  }
});

spec('asymmetric matchers on either side', () => {
  ok(eqJ({ a: 1 }, { a: expect.any(Number) }));
  ok(eqJ({ a: expect.any(Number) }, { a: 1 }));
  ok(!eqJ({ a: 'x' }, { a: expect.any(Number) }));
  ok(eqJ({}, { a: expect.not.anything() }), 'a missing key is undefined to an asymmetric matcher');
  ok(!eqJ({}, { a: expect.anything() }));
});

spec('custom equality testers via expect.addEqualityTesters', () => {
  class Money { constructor(v) { this.cents = Math.round(v * 100); } }
  function moneyEq(a, b) {
    const am = a instanceof Money, bm = b instanceof Money;
    if (am && bm) return a.cents === b.cents;
    if (am !== bm) return false;
    return undefined;
  }
  expect.addEqualityTesters([moneyEq]);
  expect({ m: new Money(1.001) }).toEqual({ m: new Money(1) });
  expect([new Money(2)]).not.toEqual([new Money(3)]);
  ok(equals(1, 2, [function () { return this.equals(1, 1); }]), 'tester this.equals');
});

spec('iterables other than Map/Set compare element-wise', () => {
  function* g(n) { for (let i = 0; i < n; i++) yield i; }
  ok(eqJ(g(2), g(2)));
  ok(!eqJ(g(2), g(3)));
});

spec('errors: toEqual compares messages (as Jest), toStrictEqual also the name', () => {
  expect(new TypeError('m')).toEqual(new Error('m'));
  expect(new Error('m')).not.toEqual(new Error('n'));
  expect(new TypeError('m')).not.toStrictEqual(new Error('m'));
  expect(new TypeError('m')).toStrictEqual(new TypeError('m'));
});

// plainEqual: toEqual's shortcut. Its true and false must be equals' own; every other case (undefined)
// is left to equals.
spec('plainEqual answers as equals does, or leaves the case to it', () => {
  const { plainEqual } = requireInternal('expect/equals');
  const pairs = [
    [1, 1], [NaN, NaN], [0, -0], [-0, -0], ['a', 'a'], [null, null], [undefined, undefined], [null, undefined],
    [[1, [2, { a: 3 }]], [1, [2, { a: 3 }]]], [{ a: 1, b: 'x' }, { b: 'x', a: 1 }], [{ a: 0 }, { a: -0 }], [[0], [-0]],
    [{ a: undefined }, {}], [{ a: undefined, b: 1 }, { b: 1, c: undefined }], [[, 1], [undefined, 1]], [[1], [1, 2]],
    [{ a: 1 }, { a: 1, b: 2 }], [[1, 2], { 0: 1, 1: 2 }], [new Date(1), new Date(1)], [{ [Symbol.for('k')]: 1 }, {}],
    [{ a: expect.any(Number) }, { a: 1 }], [{ $$typeof: 1 }, { $$typeof: 1 }], [Object.create(null), Object.create(null)],
    [{ x: NaN }, { x: NaN }], [[[[[]]]], [[[[]]]]],
  ];
  pairs.push([{ a: [1, { b: 'c' }] }, { a: [1, { b: 'd' }] }], [[1, 2], [1, 3]], [1, '1'], [undefined, null], [[undefined], []],
    [[, 1], [2, 1]], [{ a: 1 }, { a: expect.any(Number) }], [[undefined], [expect.anything()]], [1, expect.any(Number)]);
  for (const [a, b] of pairs) {
    const fast = plainEqual(a, b, 0);
    ok(fast === true || fast === false || fast === undefined, 'true, false or undefined only');
    if (fast !== undefined) eq(fast, eqJ(a, b), 'equals agrees: ' + String([a, b]));
  }
  ok(plainEqual({ a: [1, { b: 'c' }] }, { a: [1, { b: 'c' }] }, 0) === true, 'plain data is its case');
  ok(plainEqual({ a: [1, { b: 'c' }] }, { a: [1, { b: 'd' }] }, 0) === false, 'and so is plain data that differs');
  ok(plainEqual(0, -0, 0) === false && plainEqual([0], [-0], 0) === false, '+0 and -0 differ, as Object.is says');
  ok(plainEqual(1, expect.any(Number), 0) === undefined, 'an asymmetric matcher is equals\' case');
  const cyclic = { a: null };
  cyclic.a = cyclic;
  const cyclic2 = { a: null };
  cyclic2.a = cyclic2;
  ok(plainEqual(cyclic, cyclic2, 0) === undefined, 'a cycle stops at the depth limit');
});

spec('toEqual and toHaveProperty still honour the user\'s equality testers over the shortcut', () => {
  const { userTesters } = requireInternal('expect/equals');
  const never = (a, b) => (typeof a === 'number' && typeof b === 'number' ? false : undefined);
  userTesters.push(never);
  try {
    let threw = false;
    try { expect({ a: 1 }).toEqual({ a: 1 }); } catch (e) { threw = true; }
    ok(threw, 'the tester says no');
    threw = false;
    try { expect({ a: 1 }).toHaveProperty('a', 1); } catch (e) { threw = true; }
    ok(threw, 'the tester says no to the value too');
  } finally {
    userTesters.splice(userTesters.indexOf(never), 1);
  }
  expect({ a: 1 }).toEqual({ a: 1 });
});
