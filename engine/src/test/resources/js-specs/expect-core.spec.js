// Core matchers: pass, fail, .not, and message text.
const { expect } = requireInternal('expect/index');

// throws() on the ANSI-stripped message.
function throwsPlain(fn, pattern) {
  let err;
  try { fn(); } catch (e) { err = e; }
  if (!err) throw new Error('expected a throw matching ' + pattern);
  const m = plain(err.message);
  if (!m.includes(pattern)) throw new Error('thrown message did not match ' + pattern + ':\n' + m);
}

function failMsg(fn) {
  let err;
  try { fn(); } catch (e) { err = e; }
  if (!err) throw new Error('expected the assertion to fail');
  return plain(err.message);
}

spec('toBe passes and fails with Expected/Received', () => {
  expect(1).toBe(1);
  expect(NaN).toBe(NaN);
  const m = failMsg(() => expect(1).toBe(2));
  eq(m, 'expect(received).toBe(expected)\n\nExpected: 2\nReceived: 1\n');
  eq(failMsg(() => expect(1).not.toBe(1)), 'expect(received).not.toBe(expected)\n\nExpected: not 1\n');
  ok(failMsg(() => expect({ a: 1 }).toBe({ a: 1 })).includes('Received: serializes to the same string'));
    ok(failMsg(() => expect(0).toBe(-0)).includes('Expected: -0'));
});

spec('failure messages carry ANSI colours and matcherResult', () => {
  let err;
  try { expect(1).toBe(2); } catch (e) { err = e; }
  ok(/\u001b\[32m2\u001b\[0m/.test(err.message), 'expected value in green');
  ok(/\u001b\[31m1\u001b\[0m/.test(err.message), 'received value in red');
  eq(err.name, 'Error');
  eq(err.matcherResult.pass, false);
  eq(err.matcherResult.expected, '2');
  eq(err.matcherResult.actual, '1');
  ok(plain(err.matcherResult.message).startsWith('expect(received).toBe(expected)'));
});

spec('the error stack starts at the caller, not inside expect', () => {
  let err;
  function userCode() { expect(1).toBe(2); }
  try { userCode(); } catch (e) { err = e; }
  const frames = String(err.stack).split('\n').filter((l) => /^\s+at /.test(l));
  ok(frames.length > 0, 'has frames: ' + err.stack);
  ok(frames[0].includes('userCode'), 'first frame is the caller: ' + frames[0]);
  ok(!String(err.stack).includes('tempo:expect/index'), 'no expect frames: ' + err.stack);
});

spec('toEqual: recursive with a line diff', () => {
  expect({ a: 1, b: [1, 2, { c: new Map([[1, 2]]) }] }).toEqual({ a: 1, b: [1, 2, { c: new Map([[1, 2]]) }] });
  expect({ a: undefined, b: 1 }).toEqual({ b: 1 });
  const m = failMsg(() => expect({ a: 1, b: [1, 2, 3], c: 'x' }).toEqual({ a: 2, b: [1, 2], c: 'x' }));
  eq(m, [
    'expect(received).toEqual(expected)',
    '',
    '  {',
    '-   "a": 2,',
    '+   "a": 1,',
    '    "b": [',
    '      1,',
    '      2,',
    '+     3,',
    '    ],',
    '    "c": "x",',
    '  }',
    '',
    '- Expected  - 1',
    '+ Received  + 2',
    '',
  ].join('\n'));
  eq(failMsg(() => expect({ a: 1 }).not.toEqual({ a: 1 })), 'expect(received).not.toEqual(expected)\n\nExpected: not {\n  "a": 1,\n}\n');
  eq(failMsg(() => expect('abc').toEqual('abd')), 'expect(received).toEqual(expected)\n\nExpected: "abd"\nReceived: "abc"\n');
  const sm = failMsg(() => expect('a\nb').toEqual('a\nc'));
  ok(sm.includes('- c"\n+ b"'), sm);
});

spec('toStrictEqual checks undefined properties, sparseness and classes', () => {
  expect({ a: 1 }).toStrictEqual({ a: 1 });
  const m = failMsg(() => expect({ a: undefined }).toStrictEqual({}));
  ok(m.includes('+   "a": undefined,'), m);
  class A { constructor() { this.x = 1; } }
  expect(new A()).toEqual({ x: 1 });
  failMsg(() => expect(new A()).toStrictEqual({ x: 1 }));
  expect([, 1]).toEqual([undefined, 1]);
  failMsg(() => expect([, 1]).toStrictEqual([undefined, 1]));
  expect([, 1]).not.toStrictEqual([undefined, 1]);
});

spec('toMatchObject: subset, arrays, diff of the relevant part', () => {
  expect({ a: 1, b: { c: 2, d: 3 }, e: [1, 2] }).toMatchObject({ b: { c: 2 }, e: [1, 2] });
  expect([{ a: 1, b: 2 }]).toMatchObject([{ a: 1 }]);
  failMsg(() => expect({ e: [1, 2] }).toMatchObject({ e: [1] }));
  const m = failMsg(() => expect({ a: 1, b: 2 }).toMatchObject({ a: 2 }));
  ok(m.includes('-   "a": 2,\n+   "a": 1,'), m);
  ok(m.includes('"b"'), 'bun diffs the whole received object: ' + m);
  throwsPlain(() => expect(1).toMatchObject({}), 'received value must be a non-null object');
});

spec('toContain / toContainEqual', () => {
  expect([1, 2]).toContain(2);
  expect('abc').toContain('b');
  expect(new Set([1])).toContain(1);
  expect([1, NaN]).toContain(NaN);
  expect([1, , 3]).toContain(undefined);
  expect([0]).toContain(-0);
  expect([1, 2]).not.toContain('2');
  eq(failMsg(() => expect([1, 2]).toContain(3)), 'expect(received).toContain(expected)\n\nExpected to contain: 3\nReceived: [ 1, 2 ]\n');
  ok(failMsg(() => expect([1]).not.toContain(1)).includes('Expected to not contain: 1'));
  ok(failMsg(() => expect([{ a: 1 }]).toContain({ a: 1 })).includes('Expected to contain: {\n  a: 1,\n}'));
  expect([{ a: 1 }]).toContainEqual({ a: 1 });
  ok(failMsg(() => expect([{ a: 1 }]).toContainEqual({ a: 2 })).includes('Expected to contain: {\n  a: 2,\n}'));
});

spec('toHaveLength', () => {
  expect([1, 2]).toHaveLength(2);
  expect('abc').toHaveLength(3);
  eq(failMsg(() => expect([1, 2]).toHaveLength(3)), 'expect(received).toHaveLength(expected)\n\nExpected length: 3\nReceived length: 2\n');
  eq(failMsg(() => expect([1, 2]).not.toHaveLength(2)), 'expect(received).not.toHaveLength(expected)\n\nExpected length: not 2\n');
  throwsPlain(() => expect(null).toHaveLength(1), 'does not have a length property');
});

spec('toHaveProperty: paths, arrays, values', () => {
  const o = { a: { b: [{ c: 1 }] }, 'x.y': 2, u: undefined };
  expect(o).toHaveProperty('a.b');
  expect(o).toHaveProperty('a.b[0].c', 1);
  expect(o).toHaveProperty(['a', 'b', 0, 'c'], 1);
  expect(o).toHaveProperty(['x.y'], 2);
  expect(o).toHaveProperty('u');
  expect(o).toHaveProperty('a.b', [{ c: 1 }]);
  expect('abc').toHaveProperty('length', 3);
  // plain dotted paths and the ones that need the full parser agree on odd segments
  expect({ '': { a: 1 } }).toHaveProperty('.a', 1);
  expect({ a: { '': 2 } }).toHaveProperty('a.', 2);
  expect({ a: { '': { b: 3 } } }).toHaveProperty('a..b', 3);
  expect({ 'a b': { c: 4 } }).toHaveProperty('a b.c', 4);
  expect(o).not.toHaveProperty('a.c');
  eq(failMsg(() => expect(o).toHaveProperty('a.c')), 'expect(received).toHaveProperty(path)\n\nExpected path: "a.c"\n\nUnable to find property\n');
  eq(failMsg(() => expect(o).toHaveProperty('a.b[0].c', 2)),
    'expect(received).toHaveProperty(path, value)\n\nExpected: 2\nReceived: 1\n');
  eq(failMsg(() => expect({ a: 1 }).not.toHaveProperty('a')), 'expect(received).not.toHaveProperty(path)\n\nExpected path: not "a"\n\nReceived value: 1\n');
  eq(failMsg(() => expect({ a: 1 }).not.toHaveProperty('a', 1)),
    'expect(received).not.toHaveProperty(path, value)\n\nExpected path: "a"\n\nExpected value: not 1\n');
});

spec('truthiness and nullish matchers', () => {
  expect(1).toBeTruthy(); expect(0).toBeFalsy(); expect(null).toBeNull(); expect(undefined).toBeUndefined();
  expect(0).toBeDefined(); expect(NaN).toBeNaN(); expect(1).not.toBeNaN();
  eq(failMsg(() => expect(0).toBeTruthy()), 'expect(received).toBeTruthy()\n\nReceived: 0\n');
  eq(failMsg(() => expect(1).not.toBeTruthy()), 'expect(received).not.toBeTruthy()\n\nReceived: 1\n');
  eq(failMsg(() => expect(1).toBeFalsy()), 'expect(received).toBeFalsy()\n\nReceived: 1\n');
  eq(failMsg(() => expect(1).toBeNull()), 'expect(received).toBeNull()\n\nReceived: 1\n');
  eq(failMsg(() => expect(1).toBeUndefined()), 'expect(received).toBeUndefined()\n\nReceived: 1\n');
  eq(failMsg(() => expect(undefined).toBeDefined()), 'expect(received).toBeDefined()\n\nReceived: undefined\n');
  eq(failMsg(() => expect(NaN).not.toBeNaN()), 'expect(received).not.toBeNaN()\n\nReceived: NaN\n');
});

spec('number comparisons', () => {
  expect(3).toBeGreaterThan(2); expect(2).toBeGreaterThanOrEqual(2); expect(1).toBeLessThan(2); expect(2).toBeLessThanOrEqual(2);
  expect(10n).toBeGreaterThan(2);
  eq(failMsg(() => expect(1).toBeGreaterThan(2)), 'expect(received).toBeGreaterThan(expected)\n\nExpected: > 2\nReceived: 1\n');
  eq(failMsg(() => expect(3).toBeLessThanOrEqual(2)), 'expect(received).toBeLessThanOrEqual(expected)\n\nExpected: <= 2\nReceived: 3\n');
  ok(failMsg(() => expect(3).not.toBeGreaterThan(2)).includes('Expected: not > 2'));
  throwsPlain(() => expect('x').toBeGreaterThan(1), 'Expected and actual values must be numbers or bigints');
});

spec('toBeCloseTo', () => {
  expect(0.1 + 0.2).toBeCloseTo(0.3);
  expect(0.3).toBeCloseTo(0.31, 1);
  expect(Infinity).toBeCloseTo(Infinity);
  eq(failMsg(() => expect(0.1).toBeCloseTo(0.3)), [
    'expect(received).toBeCloseTo(expected, precision)', '', 'Expected: 0.3', 'Received: 0.1', '',
    'Expected precision: 2', 'Expected difference: < 0.005', 'Received difference: 0.19999999999999998', ''].join('\n'));
  ok(failMsg(() => expect(0.3).toBeCloseTo(0.1, 5)).includes('Expected difference: < 0.000005'));
  ok(failMsg(() => expect(0.1).not.toBeCloseTo(0.1)).includes('Expected: 0.1'));
});

spec('toMatch', () => {
  expect('abc').toMatch(/b/); expect('abc').toMatch('bc'); expect('abc').toMatch(/B/i);
  const g = /a/g; expect('a').toMatch(g); expect('a').toMatch(g);
  eq(failMsg(() => expect('abc').toMatch(/z/)), 'expect(received).toMatch(expected)\n\nExpected substring or pattern: /z/\nReceived: "abc"\n');
  ok(failMsg(() => expect('abc').not.toMatch('b')).includes('Expected substring or pattern: not "b"'));
  throwsPlain(() => expect(1).toMatch('x'), 'Received value must be a string: 1');
});

spec('toBeInstanceOf / toBeTypeOf / toSatisfy / toBeOneOf', () => {
  expect([]).toBeInstanceOf(Array); expect(new Map()).not.toBeInstanceOf(Set);
  eq(failMsg(() => expect([]).toBeInstanceOf(Map)),
    'expect(received).toBeInstanceOf(expected)\n\nExpected constructor: [Function: Map]\nReceived value: []\n');
  expect(1).toBeTypeOf('number'); expect(() => {}).toBeTypeOf('function'); expect('x').not.toBeTypeOf('number');
  eq(failMsg(() => expect(1).toBeTypeOf('string')),
    'expect(received).toBeTypeOf()\n\nExpected type: "string"\nReceived type: "number"\nReceived value: 1\n');
  throwsPlain(() => expect(1).toBeTypeOf('strin'), 'requires a valid type string');
  expect(2).toSatisfy((x) => x > 1);
  ok(failMsg(() => expect(1).toSatisfy((x) => x > 1)).includes('Received: 1'));
  expect(1).toBeOneOf([1, 2]); expect({ a: 1 }).toBeOneOf([{ a: 1 }]); expect(3).not.toBeOneOf([1, 2]);
  eq(failMsg(() => expect(1).toBeOneOf([2, 3])), 'expect(received).toBeOneOf(expected)\n\nExpected to be one of: [ 2, 3 ]\nReceived: 1\n');
  ok(failMsg(() => expect(1).not.toBeOneOf([1, 2])).includes('Expected to not be one of: [ 1, 2 ]'));
});
