// printer.format: pretty-format compatible output.
const { format } = requireInternal('expect/printer');

spec('primitives', () => {
  eq(format(1), '1'); eq(format(-0), '-0'); eq(format(10n), '10n'); eq(format('a"b'), '"a\\"b"');
  eq(format('a"b', { escapeString: false }), '"a"b"');
  eq(format(undefined), 'undefined'); eq(format(null), 'null'); eq(format(true), 'true');
  eq(format(Symbol('s')), 'Symbol(s)'); eq(format(NaN), 'NaN'); eq(format(-Infinity), '-Infinity');
});

spec('functions, errors, dates, regexps', () => {
  eq(format(function foo() {}), '[Function foo]');
  eq(format(() => {}), '[Function anonymous]');
  eq(format(function foo() {}, { printFunctionName: false }), '[Function]');
  eq(format(new TypeError('bad')), '[TypeError: bad]');
  eq(format(new Date(0)), '1970-01-01T00:00:00.000Z');
  eq(format(new Date(NaN)), 'Date { NaN }');
  eq(format(/a\/b/gi), '/a\\/b/gi');
});

spec('min style (matcher messages)', () => {
  eq(format({ b: 1, a: [1, 'x'] }, { min: true }), '{"a": [1, "x"], "b": 1}');
  eq(format(new Map([['k', 1]]), { min: true }), 'Map {"k" => 1}');
  eq(format(new Set([1, 2]), { min: true }), 'Set {1, 2}');
  eq(format([], { min: true }), '[]');
  eq(format({}, { min: true }), '{}');
});

spec('multi-line style with and without basic prototypes', () => {
  eq(format({ a: [1], b: new Set([2]) }), 'Object {\n  "a": Array [\n    1,\n  ],\n  "b": Set {\n    2,\n  },\n}');
  eq(format({ a: [1] }, { printBasicPrototype: false }), '{\n  "a": [\n    1,\n  ],\n}');
  class Foo { constructor() { this.x = 1; } }
  eq(format(new Foo(), { printBasicPrototype: false }), 'Foo {\n  "x": 1,\n}');
  eq(format(new Uint8Array([1])), 'Uint8Array [\n  1,\n]');
  eq(format(Object.create(null)), 'Object {}');
  eq(format({ a: 1 }, { indent: 4 }), 'Object {\n    "a": 1,\n}');
});

spec('cycles, max depth, symbol keys, toJSON', () => {
  const o = { a: 1 }; o.self = o;
  eq(format(o, { min: true }), '{"a": 1, "self": [Circular]}');
  eq(format({ a: { b: { c: 1 } }, l: [1] }, { min: true, maxDepth: 1 }), '{"a": [Object], "l": [Array]}');
  const s = Symbol('k');
  eq(format({ [s]: 1, a: 2 }, { min: true }), '{"a": 2, Symbol(k): 1}');
  eq(format({ toJSON() { return 'J'; } }), '"J"');
  eq(format({ toJSON() { return 'J'; } }, { callToJSON: false, min: true }), '{"toJSON": [Function toJSON]}');
});

spec('asymmetric matchers print by name', () => {
  const { expect } = requireInternal('expect/index');
  eq(format(expect.any(String)), 'Any<String>');
  eq(format(expect.anything()), 'Anything');
  eq(format(expect.stringContaining('y'), { min: true }), 'StringContaining "y"');
  eq(format(expect.stringMatching(/a/)), 'StringMatching /a/');
  eq(format(expect.arrayContaining([1]), { min: true }), 'ArrayContaining [1]');
  eq(format(expect.objectContaining({ x: 1 }), { min: true }), 'ObjectContaining {"x": 1}');
  eq(format(expect.closeTo(1, 3)), 'NumberCloseTo 1 (3 digits)');
  eq(format(expect.not.stringContaining('x'), { min: true }), 'StringNotContaining "x"');
  eq(format(expect.not.any(Number)), 'NotAny<Number>');
});

spec('mock functions print as [MockFunction]', () => {
  const { fn } = requireInternal('mock/index');
  eq(format(fn()), '[MockFunction]');
  eq(format(fn().mockName('named')), '[MockFunction named]');
});

spec('line diffs come from the host (java-diff-utils): every line kept in order, only what changed marked', () => {
  const { diffLines } = requireInternal('expect/diff');
  const count = (ops, op) => ops.filter((o) => o.op === op).length;
  const cases = [
    [['{', '  "a": 1,', '  "b": 2,', '}'], ['{', '  "a": 1,', '  "b": 3,', '}'], 1, 1],
    [['x', 'y', 'z'], ['y', 'z', 'w'], 1, 1],
    [[], ['only'], 0, 1],
    [['same'], ['same'], 0, 0],
  ];
  for (const [a, b, removed, added] of cases) {
    const ops = diffLines(a, b);
    eq(count(ops, '-'), removed);
    eq(count(ops, '+'), added);
    eq(ops.filter((o) => o.op !== '+').map((o) => o.line).join('\n'), a.join('\n'));
    eq(ops.filter((o) => o.op !== '-').map((o) => o.line).join('\n'), b.join('\n'));
  }
  // A large diff stays fast: 3000 lines with every tenth changed.
  const big = Array.from({ length: 3000 }, (_, i) => 'line ' + i);
  const changed = big.map((l, i) => (i % 10 === 0 ? l + ' changed' : l));
  const ops = diffLines(big, changed);
  eq(count(ops, '-'), 300);
  eq(count(ops, '+'), 300);
});

spec('a one-line string mismatch shows the changed part inverted; strings with nothing in common are left plain', () => {
  const { printDiffOrStringify } = requireInternal('expect/utils');
  const out = printDiffOrStringify('the brown cat runs', 'the brown fox runs', 'Expected', 'Received');
  ok(out.includes('\u001b[7mcat\u001b[0m'), out);
  ok(out.includes('\u001b[7mfox\u001b[0m'), out);
  const plain = printDiffOrStringify('abc', 'xyz', 'Expected', 'Received');
  ok(!plain.includes('\u001b[7m'), plain);
});
