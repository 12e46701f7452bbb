// toThrow, asymmetric matchers, extend, resolves/rejects, assertion counting, bun extras.
const { expect } = requireInternal('expect/index');

function failMsg(fn) {
  let err;
  try { fn(); } catch (e) { err = e; }
  if (!err) throw new Error('expected the assertion to fail');
  return plain(err.message);
}

async function asyncFailMsg(p) {
  try { await p; } catch (e) { return plain(e.message); }
  throw new Error('expected the promise to reject');
}

const boom = () => { throw new Error('boom'); };

spec('toThrow: no argument', () => {
  expect(boom).toThrow();
  expect(() => {}).not.toThrow();
  eq(failMsg(() => expect(() => {}).toThrow()), 'expect(received).toThrow()\n\nReceived function did not throw\nReceived value: undefined\n');
  eq(failMsg(() => expect(boom).not.toThrow()), 'expect(received).not.toThrow()\n\nError name: "Error"\nError message: "boom"\n');
});

spec('toThrow: class, substring, regex, error object, asymmetric', () => {
  expect(() => { throw new TypeError('x'); }).toThrow(TypeError);
  expect(() => { throw new TypeError('x'); }).toThrow(Error);
  eq(failMsg(() => expect(boom).toThrow(TypeError)),
    'expect(received).toThrow(expected)\n\nExpected constructor: TypeError\nReceived constructor: Error\n\nReceived message: "boom"\n');
  expect(boom).toThrow('oo');
  eq(failMsg(() => expect(boom).toThrow('bam')), 'expect(received).toThrow(expected)\n\nExpected substring: "bam"\nReceived message: "boom"\n');
  eq(failMsg(() => expect(boom).not.toThrow('boo')), 'expect(received).not.toThrow(expected)\n\nExpected substring: not "boo"\nReceived message: "boom"\n');
  expect(boom).toThrow(/^bo+m$/);
  eq(failMsg(() => expect(boom).toThrow(/bam/)), 'expect(received).toThrow(expected)\n\nExpected pattern: /bam/\nReceived message: "boom"\n');
  expect(boom).toThrow(new Error('boom'));
  eq(failMsg(() => expect(boom).toThrow(new Error('y'))), 'expect(received).toThrow(expected)\n\nExpected message: "y"\nReceived message: "boom"\n');
  expect(boom).toThrow(expect.objectContaining({ message: 'boom' }));
  ok(failMsg(() => expect(boom).toThrow(expect.objectContaining({ message: 'x' }))).includes('Expected value: ObjectContaining {\n  message: "x",\n}\nReceived value: [Error: boom]'));
  expect(() => { throw 'str'; }).toThrow('str');
  expect(boom).toThrowError('boom');
  ok(failMsg(() => expect(() => {}).toThrow('x')).includes('Expected substring: "x"\n\nReceived function did not throw'));
  ok(failMsg(() => expect(5).toThrow()).includes('Expected value must be a function'));
});

spec('asymmetric matchers', () => {
  expect({ a: 1, b: 'hello', c: [1, 2, 3], d: { x: 1, y: 2 }, e: 0.1 + 0.2, f: null }).toEqual({
    a: expect.any(Number),
    b: expect.stringContaining('ell'),
    c: expect.arrayContaining([3, 1]),
    d: expect.objectContaining({ x: 1 }),
    e: expect.closeTo(0.3, 5),
    f: expect.not.anything(),
  });
  expect('hello').toEqual(expect.stringMatching(/^h/));
  expect('hello').toEqual(expect.stringMatching('ll'));
  expect([1]).toEqual(expect.not.arrayContaining([2]));
  expect({ a: 1 }).toEqual(expect.not.objectContaining({ a: 2 }));
  expect('abc').toEqual(expect.not.stringContaining('z'));
  expect('abc').toEqual(expect.not.stringMatching(/z/));
  expect(1).toEqual(expect.not.closeTo(2));
  expect(() => {}).toEqual(expect.any(Function));
  expect(new Map()).toEqual(expect.any(Map));
  expect(1).toEqual(expect.not.any(String));
  expect(null).not.toEqual(expect.anything());
  expect(undefined).not.toEqual(expect.anything());
  throws(() => expect.any(), 'any() expects to be passed a constructor function');
  throws(() => expect.stringContaining(1), 'Expected is not a string');
  const m = failMsg(() => expect({ a: 1, b: 'x' }).toEqual({ a: expect.any(String), b: expect.stringContaining('y') }));
  ok(m.includes('-   "a": Any<String>,') && m.includes('-   "b": StringContaining "y",'), m);
  eq(failMsg(() => expect(1).toEqual(expect.not.any(Number))), 'expect(received).toEqual(expected)\n\nExpected: NotAny<Number>\nReceived: 1\n');
});

spec('expect.extend: custom matchers, this, asymmetric use', () => {
  let seen;
  expect.extend({
    toBeDivisibleBy(received, d) {
      seen = this;
      const pass = received % d === 0;
      return {
        pass,
        message: () => this.utils.matcherHint('toBeDivisibleBy', undefined, undefined, { isNot: this.isNot })
          + '\n\nExpected ' + this.utils.printReceived(received) + (pass ? ' not' : '') + ' to be divisible by ' + this.utils.printExpected(d),
      };
    },
    async toResolveTo(received, v) {
      const r = await received;
      return { pass: this.equals(r, v), message: () => 'resolved to ' + this.utils.stringify(r) };
    },
  });
  expect(10).toBeDivisibleBy(5);
  expect(10).not.toBeDivisibleBy(3);
  ok(seen.isNot === true && seen.promise === '' && typeof seen.equals === 'function');
  ok(typeof seen.utils.diff === 'function' && typeof seen.utils.printExpected === 'function');
  eq(failMsg(() => expect(10).toBeDivisibleBy(3)), 'expect(received).toBeDivisibleBy()\n\nexpect(received).toBeDivisibleBy(expected)\n\nExpected 10 to be divisible by 3');
  expect({ n: 10 }).toEqual({ n: expect.toBeDivisibleBy(2) });
  expect({ n: 10 }).toEqual({ n: expect.not.toBeDivisibleBy(3) });
  ok(failMsg(() => expect({ n: 9 }).toEqual({ n: expect.toBeDivisibleBy(2) })).includes('toBeDivisibleBy [ 2 ]'));
  return expect(Promise.resolve(3)).toResolveTo(3).then(() => asyncFailMsg(expect(Promise.resolve(3)).toResolveTo(4)))
    .then((m) => eq(m, 'expect(received).toResolveTo()\n\nresolved to 3'));
});

spec('matchers that return garbage are reported', () => {
  expect.extend({ bad() { return 1; } });
  ok(failMsg(() => expect(1).bad()).includes('Unexpected return from matcher function `bad`'));
});

spec('resolves and rejects', async () => {
  await expect(Promise.resolve(1)).resolves.toBe(1);
  await expect(Promise.reject(new Error('no'))).rejects.toThrow('no');
  await expect(Promise.reject(2)).rejects.toBe(2);
  await expect(Promise.resolve(1)).resolves.not.toBe(2);
  await expect(() => Promise.resolve(1)).resolves.toBe(1);
  eq(await asyncFailMsg(expect(Promise.resolve(1)).resolves.toBe(2)), 'expect(received).toBe(expected)\n\nExpected: 2\nReceived: 1\n');
  eq(await asyncFailMsg(expect(Promise.resolve(1)).rejects.toBe(2)),
    'expect(received).rejects.toBe(expected)\n\nExpected promise that rejects\nReceived promise that resolved: Promise { <resolved> }\n');
  eq(await asyncFailMsg(expect(Promise.reject(1)).resolves.toBe(2)),
    'expect(received).resolves.toBe(expected)\n\nExpected promise that resolves\nReceived promise that rejected: Promise { <rejected> }\n');
  ok((await asyncFailMsg(expect(1).resolves.toBe(1))).includes('Expected promise\nReceived: 1'));
  ok((await asyncFailMsg(expect(Promise.resolve(1)).resolves.not.toBe(1))).includes('expect(received).not.toBe(expected)'));
});

spec('assertion counting and state', () => {
  expect.setState({ assertionCalls: 0, currentTestName: 'my test', testPath: '/p/a.test.ts' });
  // Counted when a matcher is called, as in bun: expect(1) alone and an uncalled matcher count nothing.
  expect(1); expect(3).toBe; expect(2).toBe(2); expect(4).not.toBe(5);
  const st = expect.getState();
  eq(st.assertionCalls, 2);
  eq(st.currentTestName, 'my test');
  eq(st.testPath, '/p/a.test.ts');
  let ctxName;
  expect.extend({ grabName() { ctxName = this.currentTestName; return { pass: true, message: () => '' }; } });
  expect(0).grabName();
  eq(ctxName, 'my test');

  expect.setState({ assertionCalls: 0 });
  expect.assertions(2);
  eq(expect.getState().expectedAssertionsNumber, 2);
  expect(1).toBe(1);
  let errs = expect.extractExpectedAssertionsErrors();
  eq(errs.length, 1);
  eq([errs[0].error.name, errs[0].error.message], ['AssertionError', 'expected 2 assertions, but test ended with 1 assertion']);
  eq(errs[0].expected, '2'); eq(errs[0].actual, '1');
  eq(expect.getState().assertionCalls, 0);
  eq(expect.getState().expectedAssertionsNumber, null);
  eq(expect.extractExpectedAssertionsErrors().length, 0);

  expect.hasAssertions();
  eq(expect.getState().isExpectingAssertions, true);
  errs = expect.extractExpectedAssertionsErrors();
  eq(errs[0].error.message, 'received 0 assertions, but expected at least one assertion to be called');
  expect.hasAssertions(); expect(1).toBe;
  eq(expect.extractExpectedAssertionsErrors().length, 1, 'an uncalled matcher is no assertion');
  eq(expect.getState().isExpectingAssertions, false);

  expect.assertions(1); expect(1).toBe(1);
  eq(expect.extractExpectedAssertionsErrors().length, 0);
});

spec('expect.unreachable', () => {
  const e = throws(() => expect.unreachable(), 'reached unreachable code');
  eq(e.name, 'UnreachableError');
  throws(() => expect.unreachable('custom'), 'custom');
});

spec('bun extras: types and numbers', () => {
  expect([]).toBeArray(); expect([1, 2]).toBeArrayOfSize(2); expect('s').toBeString(); expect(1).toBeNumber();
  expect(true).toBeBoolean(); expect(() => {}).toBeFunction(); expect(3).toBeInteger(); expect(2).toBeEven(); expect(3).toBeOdd();
  expect(1).toBePositive(); expect(-1).toBeNegative(); expect(1).toBeFinite(); expect(Infinity).not.toBeFinite();
  expect(Symbol()).toBeSymbol(); expect(new Date()).toBeDate(); expect(new Date()).toBeValidDate(); expect(new Date(NaN)).not.toBeValidDate();
  expect(true).toBeTrue(); expect(false).toBeFalse(); expect(null).toBeNil(); expect({}).toBeObject();
  expect(2.5).toBeWithin(2, 3); expect(3).not.toBeWithin(2, 3);
  eq(failMsg(() => expect(1).toBeArray()), 'expect(received).toBeArray()\n\nReceived: 1\n');
  eq(failMsg(() => expect(1).toBeEven()), 'expect(received).toBeEven()\n\nReceived: 1\n');
  eq(failMsg(() => expect(5.5).toBeInteger()), 'expect(received).toBeInteger()\n\nReceived: 5.5\n');
  eq(failMsg(() => expect(1).toBeWithin(2, 3)), 'expect(received).toBeWithin(start, end)\n\nExpected: between 2 (inclusive) and 3 (exclusive)\nReceived: 1\n');
});

spec('bun extras: emptiness, strings, keys, values', () => {
  expect([]).toBeEmpty(); expect('').toBeEmpty(); expect({}).toBeEmpty(); expect(new Map()).toBeEmpty(); expect([1]).not.toBeEmpty();
  eq(failMsg(() => expect([1]).toBeEmpty()), 'expect(received).toBeEmpty()\n\nExpected value to be empty\n\nReceived: [ 1 ]\n');
  expect({}).toBeEmptyObject(); expect({ a: 1 }).not.toBeEmptyObject();
  expect('abc').toInclude('b'); expect('abc').toStartWith('ab'); expect('abc').toEndWith('bc');
  expect('abab').toIncludeRepeated('ab', 2); expect(' a b ').toEqualIgnoringWhitespace('ab');
  eq(failMsg(() => expect('abc').toInclude('z')), 'expect(received).toInclude(expected)\n\nExpected to include: "z"\nReceived: "abc"\n');
  eq(failMsg(() => expect('abc').toStartWith('z')), 'expect(received).toStartWith(expected)\n\nExpected to start with: "z"\nReceived: "abc"\n');
  expect({ a: 1, b: 2 }).toContainKey('a'); expect({ a: 1, b: 2 }).toContainKeys(['a', 'b']);
  expect({ a: 1 }).toContainAllKeys(['a']); expect({ a: 1 }).toContainAnyKeys(['z', 'a']);
  expect({ a: 1, b: { c: 1 } }).toContainValue({ c: 1 }); expect({ a: 1, b: 2 }).toContainValues([1, 2]);
  expect({ a: 1, b: 2 }).toContainAllValues([2, 1]); expect({ a: 1 }).toContainAnyValues([3, 1]);
  expect({ a: 1 }).not.toContainKey('b');
  eq(failMsg(() => expect({ a: 1 }).toContainKey('b')), 'expect(received).toContainKey(expected)\n\nExpected to contain: "b"\nReceived: {\n  a: 1,\n}\n');
});
