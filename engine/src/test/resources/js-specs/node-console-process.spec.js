const { createConsole } = requireInternal('node/console');
const { createProcess } = requireInternal('node/process');

function capture() {
  const out = [];
  const c = createConsole((stream, text) => out.push([stream, text]));
  return { c, out };
}

spec('console: streams, groups, count, assert as bun', () => {
  const { c, out } = capture();
  c.log('a %s', 'b', { x: 1 });
  c.error(new Map([[1, 2]]));
  c.group('G');
  c.log('in\nx', [1]);
  c.group();
  c.warn({ a: 1 });
  c.groupEnd();
  c.groupCollapsed('C');
  c.log('not indented further');
  c.groupEnd();
  c.log('out');
  c.count(); c.count('a'); c.count(); c.countReset(); c.count(); c.countReset('none');
  c.assert(false, 'msg %s', 'x'); c.assert(false); c.assert(true, 'no');
  c.dir({ a: { b: 1 } }, { depth: 0 });
  c.error();
  eq(out, [
    ['stdout', 'a b {\n  x: 1,\n}\n'], ['stderr', 'Map(1) {\n  1: 2,\n}\n'], ['stdout', 'G\n'], ['stdout', '  in\nx [ 1 ]\n'],
    ['stderr', '    {\n      a: 1,\n    }\n'], ['stdout', '  C\n'], ['stdout', '  not indented further\n'], ['stdout', 'out\n'],
    ['stdout', 'default: 1\n'], ['stdout', 'a: 1\n'], ['stdout', 'default: 2\n'], ['stdout', 'default: 1\n'],
    ['stderr', 'msg x\n'], ['stderr', 'Assertion failed\n'], ['stdout', '{\n  a: [Object ...],\n}\n'], ['stdout', '\n'],
  ]);
});

function logged(...args) {
  const { c, out } = capture();
  c.log(...args);
  return out[0][1].slice(0, -1);
}

spec('console.log: objects, classes, nesting and depth as bun', () => {
  class Foo { constructor() { this.x = 1; } method() {} get acc() { return 1; } }
  class Bar extends Foo {}
  eq(logged({ a: 'x', 'b-c': 1, '': 2 }), '{\n  a: "x",\n  "b-c": 1,\n  "": 2,\n}');
  eq(logged({}), '{}');
  eq(logged(new Foo()), 'Foo {\n  x: 1,\n  method: [Function: method],\n  acc: [Getter],\n}');
  eq(logged(Object.create(null)), '[Object: null prototype] {}');
  eq(logged({ a: { b: { c: { d: 1 } } } }), '{\n  a: {\n    b: {\n      c: [Object ...],\n    },\n  },\n}');
  eq(logged([[[[1]]]]), '[\n  [\n    [\n      [Array ...]\n    ]\n  ]\n]');
  eq(logged({ nested: [{ a: 1 }, { b: 2 }] }), '{\n  nested: [\n    {\n      a: 1,\n    }, {\n      b: 2,\n    }\n  ],\n}');
  eq(logged(Bar, class {}, function foo() {}, () => 1, async function af() {}), '[class Bar extends Foo] [class (anonymous)] [Function: foo] [Function] [AsyncFunction: af]');
  const circ = { name: 'c' };
  circ.self = circ;
  eq(logged(circ), '{\n  name: "c",\n  self: [Circular],\n}');
  eq(logged({ s: 'q"\n', n: null, u: undefined, z: -0, big: 10n, sym: Symbol('k'), [Symbol()]: 1 }),
    '{\n  s: "q\\"\\n",\n  n: null,\n  u: undefined,\n  z: -0,\n  big: 10n,\n  sym: Symbol(k),\n  [Symbol()]: 1,\n}');
  eq(logged({ get g() { return 1; }, set s(v) {} }), '{\n  g: [Getter],\n  s: [Setter],\n}');
  eq(logged(new Number(3), new String('s'), /re/g, new Date(0)), '[Number: 3] s /re/g 1970-01-01T00:00:00.000Z');
});

spec('console.log: arrays, Map, Set, typed arrays as bun', () => {
  eq(logged([1, 'a', , undefined]), '[ 1, "a", empty item, undefined ]');
  eq(logged(Array.from({ length: 11 }, (_, i) => i)), '[\n  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10\n]');
  const long = logged(Array.from({ length: 150 }, (_, i) => i)).split('\n');
  eq(long[1], '  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,');
  eq(long.slice(-2), ['  ... 50 more items', ']']);
  eq(logged(Array.from({ length: 6 }, (_, i) => 'string number ' + i)),
    '[ "string number 0", "string number 1", "string number 2", "string number 3", "string number 4",\n  "string number 5"\n]');
  const arr = [1, 2];
  arr.extra = 'e';
  eq(logged(arr), '[ 1, 2, extra: "e" ]');
  eq(logged(new Map([['a', 1], [{ k: 1 }, 'v']])), 'Map(2) {\n  "a": 1,\n  {\n    k: 1,\n  }: "v",\n}');
  eq(logged(new Set([1, 'two'])), 'Set(2) {\n  1,\n  "two",\n}');
  eq(logged(new Map(), new Set(), new WeakMap()), 'Map {} Set {} WeakMap {}');
  eq(logged(new Uint8Array([1, 2]), new Uint8Array(0), new BigInt64Array(1), new ArrayBuffer(2)),
    'Uint8Array(2) [ 1, 2 ] Uint8Array(0) [] BigInt64Array(1) [ 0n ] ArrayBuffer(2) [ 0, 0 ]');
  eq(logged({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } }), 'CUSTOM');
});

spec('console.log: %-templates as bun', () => {
  eq(logged('%s|%d|%i|%f|%j|%c|x', 'str', 42.5, -7.9, 1.5, { j: 1 }, 'color: red'), 'str|42|-7|1.5|{"j":1}||x');
  eq(logged('%o', { a: 1 }), '{\n  a: 1,\n}');
  eq(logged('%s', { a: 1 }, 'extra'), '[object Object] extra');
  eq(logged('%d', '12abc', '%s'), 'NaN %s');
  eq(logged('%s %s', 'only'), 'only %s');
  eq(logged('%% %s', 'x'), '% x');
  eq(logged('x', '%s', 'y'), 'x y');
  eq(logged('100%', 1), '100% 1');
  throws(() => logged('%d', 5n), "Conversion from 'BigInt' to 'number' is not allowed.");
});

spec('console.log: an error as bun, with the host describing its stack', () => {
  const out = [];
  const c = createConsole((stream, text) => out.push(text), {
    describeStack: (stack) => ({ excerpt: '1 | throw here\n    ^\n', frames: '      at <anonymous> (/p/a.js:1:5)\n' }),
  });
  const e = new TypeError('bad');
  e.code = 'E_X';
  c.log(e);
  c.log(new Error('plain'));
  eq(out, [
    '1 | throw here\n    ^\nTypeError: bad\n code: "E_X"\n\n      at <anonymous> (/p/a.js:1:5)\n\n',
    '1 | throw here\n    ^\nerror: plain\n      at <anonymous> (/p/a.js:1:5)\n\n',
  ]);
});

spec('console.table as bun', () => {
  const { c, out } = capture();
  c.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
  c.table([1, 'two', { o: 1 }]);
  c.table(new Map([['k', 1]]));
  c.table([{ a: { n: { d: 1 } }, b: 2 }], ['a']);
  c.table('str');
  eq(out[0][1], '┌───┬───┬───┬──────┐\n│   │ a │ b │ c    │\n├───┼───┼───┼──────┤\n' +
    '│ 0 │ 1 │ x │      │\n│ 1 │ 2 │   │ true │\n└───┴───┴───┴──────┘\n');
  eq(out[1][1], '┌───┬───┬────────┐\n│   │ o │ Values │\n├───┼───┼────────┤\n│ 0 │   │ 1      │\n' +
    '│ 1 │   │ two    │\n│ 2 │ 1 │        │\n└───┴───┴────────┘\n');
  eq(out[2][1], '┌───┬─────┬────────┐\n│   │ Key │ Values │\n├───┼─────┼────────┤\n│ 0 │ k   │ 1      │\n└───┴─────┴────────┘\n');
  eq(out[3][1], '┌───┬─────────────────┐\n│   │ a               │\n├───┼─────────────────┤\n│ 0 │ { n: { d: 1 } } │\n└───┴─────────────────┘\n');
  eq(out[4], ['stdout', 'str\n']);
});

spec('console.time / timeEnd / timeLog print bun\'s elapsed form on stderr', () => {
  const { c, out } = capture();
  c.time('t');
  c.timeLog('t', 'extra', { a: 1 });
  c.timeEnd('t');
  c.timeEnd('t');
  eq(out.length, 2);
  eq(out[0][0], 'stderr');
  ok(/^\[\d+\.\d{2}ms\] t extra \{\n  a: 1,\n\}\n$/.test(out[0][1]), out[0][1]);
  ok(/^\[\d+\.\d{2}ms\] t\n$/.test(out[1][1]), out[1][1]);
});

spec('console.trace prints its message and the stack\'s frames on stdout', () => {
  const out = [];
  const c = createConsole((stream, text) => out.push([stream, text]), { describeStack: () => ({ excerpt: '', frames: '      at f (/p/a.js:2:3)\n' }) });
  c.trace('here', 1);
  c.trace();
  eq(out, [['stdout', 'here 1\n      at f (/p/a.js:2:3)\n'], ['stdout', '      at f (/p/a.js:2:3)\n']]);
});

spec('process: basics, exit, nextTick, stdout, events, hrtime', async () => {
  const written = [];
  const exits = [];
  const ticks = [];
  const p = createProcess({
    write: (s, t) => written.push([s, t]),
    env: { A: '1' },
    argv: ['tempo', 'x.test.js'],
    cwd: '/work',
    nextTick: (fn, args) => ticks.push([fn, args]),
    exit: (code) => { exits.push(code); throw new Error('exit ' + code); },
  });
  eq([p.env.A, p.argv[1], p.cwd(), typeof p.pid, typeof p.versions.bun, p.version.startsWith('v')], ['1', 'x.test.js', '/work', 'number', 'string', true]);
  p.stdout.write('hi');
  p.stderr.write(new Uint8Array([111, 107]));
  eq(written, [['stdout', 'hi'], ['stderr', 'ok']]);
  eq([p.stdout.isTTY, p.stdout.columns], [false, 80]);
  let exitEvent;
  p.on('exit', (c) => { exitEvent = c; });
  throws(() => p.exit(3), 'exit 3');
  eq([exits, exitEvent, p.exitCode], [[3], 3, 3]);
  p.exitCode = 0;
  p.nextTick((a, b) => a + b, 1, 2);
  eq(ticks[0][1], [1, 2]);
  const [s, ns] = p.hrtime();
  ok(s >= 0 && ns >= 0 && ns < 1e9);
  ok(typeof p.hrtime.bigint() === 'bigint');
  ok(p.memoryUsage().rss >= 0 && p.uptime() >= 0);
  p.emitWarning('careful', 'DeprecationWarning', 'DEP0001');
  ok(/^\(node:\d+\) \[DEP0001\] DeprecationWarning: careful\n$/.test(written[2][1]), written[2][1]);
  ok(typeof p.on === 'function' && typeof p.emit === 'function');
});

spec('process: the standard streams are made on first use, stay the same object, and can be replaced', () => {
  const written = [];
  const p = createProcess({ write: (s, t) => written.push([s, t]) });
  const keys = Object.keys(p);
  ok(keys.indexOf('config') + 1 === keys.indexOf('stdout') && keys.indexOf('stdin') + 1 === keys.indexOf('hrtime'), keys.join());
  ok(p.stdout === p.stdout && p.stderr !== p.stdout);
  eq([p.stdin.fd, p.stdin.readable, typeof p.stdin.on], [0, false, 'function']);
  const d = Object.getOwnPropertyDescriptor(p, 'stdout');
  eq([d.writable, d.enumerable, d.configurable], [true, true, true]);
  const mine = { write(t) { written.push(['mine', t]); } };
  p.stderr = mine;
  ok(p.stderr === mine);
  p.stderr.write('x');
  eq(written, [['mine', 'x']]);
  Object.defineProperty(p, 'stdin', { value: 1, configurable: true });
  eq(p.stdin, 1);
  const q = createProcess({});
  q.stdout = 'set before any read';
  eq(q.stdout, 'set before any read');
});

spec('process reports the Node and bun versions bun 1.4.5 reports', () => {
  const { createProcess } = requireInternal('node/process');
  const p = createProcess({});
  eq([p.version, p.versions.node, p.versions.bun, p.versions.modules, p.release.name, 'lts' in p.release],
    ['v26.3.0', '26.3.0', '1.4.5', '147', 'node', false]);
  eq(createProcess({ bunVersion: '9.9.9' }).versions.bun, '9.9.9');
});

spec('console: a promise shows its state, as bun prints it', () => {
  const { c, out } = capture();
  const rejected = Promise.reject(new Error('no'));
  rejected.catch(() => {});
  c.log(Promise.resolve(1), rejected, new Promise(() => {}));
  c.log({ p: Promise.resolve({ a: 1 }) });
  eq(out, [['stdout', 'Promise { <resolved> } Promise { <rejected> } Promise { <pending> }\n'],
    ['stdout', '{\n  p: Promise { <resolved> },\n}\n']]);
});
