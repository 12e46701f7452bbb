const { createConsole } = requireInternal('node/console');
const { createProcess } = requireInternal('node/process');

function capture() {
  const out = [];
  const c = createConsole((stream, text) => out.push([stream, text]));
  return { c, out };
}

spec('console: streams, formatting, groups, count, assert', () => {
  const { c, out } = capture();
  c.log('a %s', 'b', { x: 1 });
  c.error(new Map([[1, 2]]));
  c.group('G');
  c.log('in\nx');
  c.group();
  c.warn({ a: 1 });
  c.groupEnd();
  c.groupEnd();
  c.log('out');
  c.count(); c.count('a'); c.count(); c.countReset(); c.count();
  c.assert(false, 'msg %s', 'x'); c.assert(false); c.assert(true, 'no');
  c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
  eq(out, [
    ['stdout', 'a b { x: 1 }\n'], ['stderr', 'Map(1) { 1 => 2 }\n'], ['stdout', 'G\n'], ['stdout', '  in\n  x\n'],
    ['stderr', '    { a: 1 }\n'], ['stdout', 'out\n'], ['stdout', 'default: 1\n'], ['stdout', 'a: 1\n'],
    ['stdout', 'default: 2\n'], ['stdout', 'default: 1\n'], ['stderr', 'Assertion failed: msg x\n'],
    ['stderr', 'Assertion failed\n'], ['stdout', '{ a: [Object] }\n'],
  ]);
});

spec('console.table matches node', () => {
  const { c, out } = capture();
  c.table([{ a: 1, b: 'x' }, { a: 22, c: true }]);
  c.table([1, 'two']);
  eq(out[0][1], '┌─────────┬────┬─────┬──────┐\n│ (index) │ a  │ b   │ c    │\n├─────────┼────┼─────┼──────┤\n' +
    "│ 0       │ 1  │ 'x' │      │\n│ 1       │ 22 │     │ true │\n└─────────┴────┴─────┴──────┘\n");
  eq(out[1][1], "┌─────────┬────────┐\n│ (index) │ Values │\n├─────────┼────────┤\n│ 0       │ 1      │\n│ 1       │ 'two'  │\n└─────────┴────────┘\n");
});

spec('console.time / timeEnd print a duration', () => {
  const { c, out } = capture();
  c.time('t');
  c.timeEnd('t');
  ok(/^t: \d+\.\d{3}ms\n$/.test(out[0][1]), out[0][1]);
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
