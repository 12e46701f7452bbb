// expect/snapshot-format: snapshot serialization (as bun writes it), the .snap file, inline snapshots.
const f = requireInternal('expect/snapshot-format');

spec('serialize: Jest 29+ snapshot style, no Object/Array prefixes, strings unescaped', () => {
  eq(f.serialize('foo'), '"foo"');
  eq(f.serialize('quo"te\\'), '"quo"te\\"');
  eq(f.serialize({ b: 1, a: [1, { c: null }] }), '{\n  "a": [\n    1,\n    {\n      "c": null,\n    },\n  ],\n  "b": 1,\n}');
  eq(f.serialize([]), '[]');
  eq(f.serialize({}), '{}');
  eq(f.serialize(new Map([['k', 1]])), 'Map {\n  "k" => 1,\n}');
  eq(f.serialize(new Set([1])), 'Set {\n  1,\n}');
  eq(f.serialize({ m: new Map() }), '{\n  "m": Map {},\n}');
  eq(f.serialize(new Uint8Array([1])), 'Uint8Array [\n  1,\n]');
  class Foo { constructor() { this.x = 1; } }
  eq(f.serialize(new Foo()), 'Foo {\n  "x": 1,\n}');
  eq(f.serialize(Object.assign(Object.create(null), { z: 1 })), '{\n  "z": 1,\n}');
  eq(f.serialize([undefined, null, NaN, -0, 10n, Infinity]), '[\n  undefined,\n  null,\n  NaN,\n  -0,\n  10n,\n  Infinity,\n]');
  eq(f.serialize(new Date(0)), '1970-01-01T00:00:00.000Z');
  eq(f.serialize(new TypeError('te')), '[TypeError: te]');
  eq(f.serialize(/a\.b/g), '/a\\.b/g');
  eq(f.serialize(Symbol('s')), 'Symbol(s)');
  eq(f.serialize('multi\nline'), '"multi\nline"');
});

spec('serialize: functions and classes as bun prints them', () => {
  const arrow = () => 1;
  eq(f.serialize(function named() {}), '[Function: named]');
  eq(f.serialize(arrow), '[Function]');
  eq(f.serialize({ g: arrow }), '{\n  "g": [Function],\n}');
  eq(f.serialize(class A {}), '[class A]');
  eq(f.serialize({ c: class {} }), '{\n  "c": [class],\n}');
});

spec('extra line breaks and backtick escapes', () => {
  eq(f.addExtraLineBreaks('"x"'), '"x"');
  eq(f.addExtraLineBreaks('a\nb'), '\na\nb\n');
  eq(f.escapeBacktick('a `b` ${c} \\d'), 'a \\`b\\` \\${c} \\\\d');
});

spec('snapshot keys: test path joined by spaces, hint after a colon, a counter', () => {
  eq(f.snapshotKey('suite works', undefined, 1), 'suite works 1');
  eq(f.snapshotKey('suite works', 'hint', 2), 'suite works: hint 2');
});

spec('.snap files: printed sorted in natural order and read back', () => {
  const m = new Map([['t 10', '1'], ['t 2', '\n{\n  "a": "`x` ${y} \\\\",\n}\n'], ['a 1', '"x"']]);
  const text = f.printSnapFile(m);
  eq(text, '// Bun Snapshot v1, https://bun.sh/docs/test/snapshots\n\n'
    + 'exports[`a 1`] = `"x"`;\n\n'
    + 'exports[`t 2`] = `\n{\n  "a": "\\`x\\` \\${y} \\\\\\\\",\n}\n`;\n\n'
    + 'exports[`t 10`] = `1`;\n');
  const back = f.parseSnapFile(text);
  eq(Array.from(back.keys()).sort(), ['a 1', 't 10', 't 2']);
  eq(back.get('t 2'), m.get('t 2'));
  const jest = f.parseSnapFile('// Jest Snapshot v1, https://jestjs.io/docs/snapshot-testing\n\nexports[`x 1`] = `"y"`;\n');
  eq(back.get('a 1'), '"x"');
  eq(jest.get('x 1'), '"y"');
});

spec('inline snapshots: added indentation stripped, as Jest does', () => {
  eq(f.stripAddedIndentation('\n    {\n      "a": 1,\n    }\n  '), '\n{\n  "a": 1,\n}\n');
  eq(f.stripAddedIndentation('"one line"'), '"one line"');
  eq(f.stripAddedIndentation('\n    "a\n\n    b"\n  '), '\n"a\n\nb"\n');
  // a line less indented than the first: left as written
  eq(f.stripAddedIndentation('\n    a\n  b\n'), '\n    a\n  b\n');
});

spec('inline snapshots: literal indented one level under the call line', () => {
  eq(f.inlineLiteral('"x"', '  '), '`"x"`');
  eq(f.inlineLiteral('{\n  "a": 1,\n}', '  '), '`\n    {\n      "a": 1,\n    }\n  `');
  eq(f.inlineLiteral('"a\n\nb `c`"', ''), '`\n  "a\n\n  b \\`c\\`"\n`');
});

spec('inline snapshots: rewriting calls with no argument, property matchers, an old snapshot', () => {
  const src = [
    'test("t", () => {',
    '  expect(a).toMatchInlineSnapshot();',
    '  expect(b).toMatchInlineSnapshot({ x: expect.any(Number) });',
    '  expect(c).toMatchInlineSnapshot(`"old, (with) \\`ticks\\`"`);',
    '  expect(() => f("(")).toThrowErrorMatchingInlineSnapshot(/* c) */);',
    '});',
  ].join('\n');
  const out = f.rewriteInline(src, [
    { line: 2, column: 3, matcher: 'toMatchInlineSnapshot', serialized: '1', snapshotArg: false },
    { line: 3, column: 3, matcher: 'toMatchInlineSnapshot', serialized: '{\n  "x": Any<Number>,\n}', snapshotArg: false },
    { line: 4, column: 3, matcher: 'toMatchInlineSnapshot', serialized: '"new"', snapshotArg: true },
    { line: 5, column: 3, matcher: 'toThrowErrorMatchingInlineSnapshot', serialized: '"boom"', snapshotArg: false },
  ]);
  eq(out, [
    'test("t", () => {',
    '  expect(a).toMatchInlineSnapshot(`1`);',
    '  expect(b).toMatchInlineSnapshot({ x: expect.any(Number) }, `',
    '    {',
    '      "x": Any<Number>,',
    '    }',
    '  `);',
    '  expect(c).toMatchInlineSnapshot(`"new"`);',
    '  expect(() => f("(")).toThrowErrorMatchingInlineSnapshot(`"boom"`);',
    '});',
  ].join('\n'));
  throws(() => f.rewriteInline('nothing here', [{ line: 1, column: 1, matcher: 'toMatchInlineSnapshot', serialized: '1' }]), 'could not find');
});

spec("Jest's snapshot styles still match: Object {/Array [ with escaped strings, and Jest 29's", () => {
  const value = { a: 1, b: [1, { c: 'say "hi" \\ there' }], m: new Map([['k', 1]]), f: function named() {} };
  const legacy = '\nObject {\n  "a": 1,\n  "b": Array [\n    1,\n    Object {\n      "c": "say \\"hi\\" \\\\ there",\n    },\n  ],\n'
    + '  "f": [Function],\n  "m": Map {\n    "k" => 1,\n  },\n}\n';
  ok(f.matchesJestStyle(value, legacy), 'pre-29 style');
  const jest29 = '\n{\n  "a": 1,\n  "b": [\n    1,\n    {\n      "c": "say "hi" \\ there",\n    },\n  ],\n'
    + '  "f": [Function],\n  "m": Map {\n    "k" => 1,\n  },\n}\n';
  ok(f.matchesJestStyle(value, jest29), 'Jest 29 style');
  ok(f.matchesJestStyle([], 'Array []'), 'empty array');
  ok(f.matchesJestStyle('a"b', '"a\\"b"'), 'escaped string');
  ok(!f.matchesJestStyle({ a: 2 }, legacy), 'another value does not match');
  ok(!f.matchesJestStyle({ a: 1 }, '\nObject {\n  "a": 2,\n}\n'), 'a changed value does not match');
});

spec('.snap files: keys and values with backticks, ${ and backslashes round-trip as Jest and bun write them', () => {
  const key = 'key `x` ${y} \\z 1';
  const val = '"a `b` ${c} \\\\d"';
  const text = f.printSnapFile(new Map([[key, val]]));
  // what bun 1.4.5 writes for test("key `x` ${y} \\z") and expect("a `b` ${c} \\d")
  eq(text.split('\n')[2], 'exports[`key \\`x\\` \\${y} \\\\z 1`] = `"a \\`b\\` \\${c} \\\\\\\\d"`;');
  const back = f.parseSnapFile(text);
  eq(Array.from(back.keys()), [key]);
  eq(back.get(key), val);
  eq(f.printSnapFile(back), text);
});

spec(".snap files: a file's own header is kept, bun's when it has none", () => {
  const jest = '// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`x 1`] = `"y"`;\n';
  eq(f.headerOf(jest), '// Jest Snapshot v1, https://goo.gl/fbAQLP');
  eq(f.headerOf('exports[`x 1`] = `1`;\n'), null);
  eq(f.printSnapFile(f.parseSnapFile(jest), f.headerOf(jest)), jest);
  ok(f.printSnapFile(f.parseSnapFile(jest), null).startsWith(f.HEADER));
});
