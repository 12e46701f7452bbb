// Expected strings were printed by node v20's util.inspect / util.format for the same values.
const util = requireInternal('node/util');

spec('inspect: primitives, arrays, objects, nesting', () => {
  eq(util.inspect({ a: [1, { b: 2 }] }), '{ a: [ 1, { b: 2 } ] }');
  eq(util.inspect('str'), "'str'");
  eq(util.inspect({ s: "it's" }), '{ s: "it\'s" }');
  eq(util.inspect(-0), '-0');
  eq(util.inspect(10n), '10n');
  eq(util.inspect({ [Symbol('k')]: 1 }), '{ [Symbol(k)]: 1 }');
  eq(util.inspect({ 'a-b': 1, 1: 2 }), "{ '1': 2, 'a-b': 1 }");
  eq(util.inspect({ u: undefined, n: null, t: true }), '{ u: undefined, n: null, t: true }');
  eq(util.inspect({ a: { b: { c: { d: 1 } } } }), '{ a: { b: { c: [Object] } } }');
  eq(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity }), '{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}');
  eq(util.inspect([, 1]), '[ <1 empty item>, 1 ]');
  eq(util.inspect({ x: 'a\nb' }), "{ x: 'a\\nb' }");
  eq(util.inspect({ get x() { return 1; }, set y(v) {} }), '{ x: [Getter], y: [Setter] }');
});

spec('inspect: functions, classes, Map/Set, class instances, boxed, dates, regexps', () => {
  class Foo { constructor() { this.a = 1; } }
  eq(util.inspect(new Foo()), 'Foo { a: 1 }');
  eq(util.inspect(function f() {}), '[Function: f]');
  eq(util.inspect(class X {}), '[class X]');
  eq(util.inspect(class Y extends Foo {}), '[class Y extends Foo]');
  eq(util.inspect(() => 1), '[Function (anonymous)]');
  eq(util.inspect(async function g() {}), '[AsyncFunction: g]');
  eq(util.inspect(Object.assign(function h() {}, { p: 1 })), '[Function: h] { p: 1 }');
  eq(util.inspect(new Map([['a', 1]])), "Map(1) { 'a' => 1 }");
  eq(util.inspect(new Set([1, 'x'])), "Set(2) { 1, 'x' }");
  eq(util.inspect(new (class Bar extends Map {})([[1, 2]])), 'Bar(1) [Map] { 1 => 2 }');
  eq(util.inspect(Object.create(null)), '[Object: null prototype] {}');
  eq(util.inspect(new Number(3)), '[Number: 3]');
  eq(util.inspect(new String('ab')), "[String: 'ab']");
  eq(util.inspect(new Date(0)), '1970-01-01T00:00:00.000Z');
  eq(util.inspect(/ab+c/gi), '/ab+c/gi');
  eq(util.inspect(new Uint8Array([1, 2])), 'Uint8Array(2) [ 1, 2 ]');
  eq(util.inspect(new ArrayBuffer(3)), 'ArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 }');
  eq(util.inspect(new WeakMap()), 'WeakMap { <items unknown> }');
});

spec('inspect: circular references, long arrays, line breaking', () => {
  const c = {};
  c.self = c;
  c.arr = [c];
  eq(util.inspect(c), '<ref *1> { self: [Circular *1], arr: [ [Circular *1] ] }');
  eq(util.inspect(new Array(30).fill(0).map((_, i) => i * 3)),
    '[\n   0,  3,  6,  9, 12, 15, 18, 21, 24,\n  27, 30, 33, 36, 39, 42, 45, 48, 51,\n  54, 57, 60, 63, 66, 69, 72, 75, 78,\n  81, 84, 87\n]');
  const long = util.inspect(Array.from({ length: 120 }, (_, i) => i));
  ok(long.endsWith('  96, 97, 98, 99,\n  ... 20 more items\n]'), long);
  eq(util.inspect({ longlonglonglong1: 'aaaaaaaaaaaaaaaaaaaaa', longlonglonglong2: 'bbbbbbbbbbbbbbbbbbbbbbbbbb', c3: 'ccccccccccccccccc' }),
    "{\n  longlonglonglong1: 'aaaaaaaaaaaaaaaaaaaaa',\n  longlonglonglong2: 'bbbbbbbbbbbbbbbbbbbbbbbbbb',\n  c3: 'ccccccccccccccccc'\n}");
  eq(util.inspect(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i))),
    "[\n  'a', 'b', 'c', 'd', 'e', 'f',\n  'g', 'h', 'i', 'j', 'k', 'l',\n  'm', 'n', 'o', 'p', 'q', 'r',\n  's', 't', 'u', 'v', 'w', 'x',\n  'y', 'z'\n]");
});

spec('inspect: colors, depth option, custom inspect, errors', () => {
  eq(util.inspect({ a: 1, b: 'x', c: [1] }, { colors: true }),
    "{ a: \u001b[33m1\u001b[39m, b: \u001b[32m'x'\u001b[39m, c: [ \u001b[33m1\u001b[39m ] }");
  eq(util.inspect({ a: { b: 1 } }, { depth: 0 }), '{ a: [Object] }');
  const custom = { [util.inspect.custom]: (depth, opts) => 'CUSTOM' + typeof opts.stylize };
  eq(util.inspect({ x: custom }), '{ x: CUSTOMfunction }');
  ok(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
  const e = new Error('boom');
  e.code = 'E1';
  const s = util.inspect({ e });
  ok(s.startsWith('{\n  e: Error: boom\n      at '), s);
  ok(s.endsWith(" {\n    code: 'E1'\n  }\n}"), s);
  const bare = new Error('x');
  bare.stack = 'Error: x';
  eq(util.inspect(bare), '[Error: x]');
});

spec('format: placeholders and extra arguments', () => {
  eq(util.format('%s %d %i %f %j %o %O %% %c|', 'a', 4.5, 4.5, '1.5', { a: 1 }, [1], { b: 2 }, 'css'),
    'a 4.5 4 1.5 {"a":1} [ 1, [length]: 1 ] { b: 2 } % |');
  eq(util.format('%s', { a: { b: { c: 1 } } }, 'x', 3, { y: 'z' }), "{ a: [Object] } x 3 { y: 'z' }");
  eq(util.format(1, 'a', { b: 'c' }), "1 a { b: 'c' }");
  eq(util.format('%s:%s', 'a'), 'a:%s');
  eq(util.format('%s', 5n, -0), '5n -0');
  eq(util.format('%d', -0), '-0');
  eq(util.format('%%'), '%%');
  const circ = {};
  circ.c = circ;
  eq(util.format('%j', circ), '[Circular]');
});

spec('promisify, custom promisify, callbackify', async () => {
  const fn = (a, cb) => cb(null, a * 2);
  eq(await util.promisify(fn)(21), 42);
  const failing = (cb) => cb(new Error('bad'));
  let err;
  try { await util.promisify(failing)(); } catch (e) { err = e; }
  eq(err.message, 'bad');
  const withCustom = () => {};
  withCustom[util.promisify.custom] = () => Promise.resolve('custom');
  eq(await util.promisify(withCustom)(), 'custom');
  ok(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
  const cbf = util.callbackify(async (x) => x + 1);
  const got = await new Promise((resolve) => cbf(1, (e, v) => resolve([e, v])));
  eq(got, [null, 2]);
});

spec('inherits, deprecate, isDeepStrictEqual, types, TextEncoder', () => {
  function A() {}
  A.prototype.hi = () => 'hi';
  function B() {}
  util.inherits(B, A);
  eq(new B().hi(), 'hi');
  ok(B.super_ === A);
  const d = util.deprecate(() => 7, 'old');
  eq(d(), 7);
  ok(util.isDeepStrictEqual({ a: [1, new Map([[1, 2]])] }, { a: [1, new Map([[1, 2]])] }));
  ok(!util.isDeepStrictEqual({ a: 1 }, { a: '1' }));
  ok(!util.isDeepStrictEqual([1], { 0: 1, length: 1 }));
  const t = util.types;
  eq([t.isPromise(Promise.resolve()), t.isRegExp(/x/), t.isDate(new Date()), t.isMap(new Map()), t.isSet(new Set()),
    t.isTypedArray(new Uint8Array(1)), t.isUint8Array(new Int8Array(1)), t.isNativeError(new TypeError()),
    t.isAsyncFunction(async () => {}), t.isBoxedPrimitive(Object(1)), t.isDate({ [Symbol.toStringTag]: 'Date' })],
    [true, true, true, true, true, true, false, true, true, true, false]);
  ok(requireInternal('node/util/types') === t);
  eq(new util.TextDecoder().decode(new util.TextEncoder().encode('h\u00e9')), 'h\u00e9');
});
