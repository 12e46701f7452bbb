// runtime/stacks.js: error stacks in the positions the user wrote. The host here "maps" this spec file
// as if it were transpiled from a .ts file whose lines are 1000 times further down.
const asked = [];
const host = {
  originalFrame(file, line, column) {
    asked.push(file);
    return file.endsWith('source-mapped-stacks.spec.js') ? [file.replace(/\.js$/, '.ts'), line * 1000, column + 1] : null;
  },
};
const nativeStack = (make) => {
  const installed = Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace');
  Object.defineProperty(Error, 'prepareStackTrace', { value: undefined, writable: true, configurable: true });
  try {
    return make().stack;
  } finally {
    Object.defineProperty(Error, 'prepareStackTrace', installed);
  }
};
const { prepareStackTrace } = requireInternal('runtime/stacks').installStacks(host, Error);

function here(message) {
  return new Error(message);
}

spec('a stack of a mapped file carries the original positions, as GraalJS would print them otherwise', () => {
  const mapped = here('boom').stack;
  const raw = nativeStack(() => here('boom'));
  const rawLines = raw.split('\n');
  const lines = mapped.split('\n');
  eq(lines[0], 'Error: boom');
  const m = /^ {4}at here \((.*source-mapped-stacks\.spec\.ts):(\d+):(\d+)\)$/.exec(lines[1]);
  ok(m, lines[1]);
  const r = /:(\d+):(\d+)\)$/.exec(rawLines[1]);
  eq([+m[2], +m[3]], [+r[1] * 1000, +r[2] + 1]);
});

spec('the header is the one GraalJS writes', () => {
  const e = new TypeError('t');
  eq(e.stack.split('\n')[0], 'TypeError: t');
  const blank = new Error('');
  blank.name = '';
  eq(blank.stack.split('\n')[0], '');
  const o = { name: 'N' };
  Error.captureStackTrace(o);
  eq(o.stack.split('\n')[0], 'N');
  const p = { message: 'M' };
  Error.captureStackTrace(p);
  eq(p.stack.split('\n')[0], 'Error: M');
});

spec('frames of files without a map are as GraalJS prints them, and their file is asked about once', () => {
  const outside = [1].map(() => here('x').stack)[0];
  ok(outside.includes('at Array.map (native)'), outside);
  // a function without a name that was called is written as bun writes it
  ok(/\n {4}at <anonymous> \(.*source-mapped-stacks\.spec\.ts:\d+000:\d+\)\n {4}at Array\.map/.test(outside), outside);
  const before = asked.length;
  here('y').stack;
  here('z').stack;
  const again = asked.slice(before).filter((f) => !f.endsWith('source-mapped-stacks.spec.js'));
  eq(again, []);
});

spec("tempo's own frames are left out", () => {
  // the getter is called from tempo's errors.js, so its frames are under tempo's
  const { stackText } = requireInternal('runtime/errors');
  const viaTempo = () => stackText({ get stack() { return new Error('q').stack; } });
  ok(/tempo:/.test(nativeStack(() => ({ stack: viaTempo() }))), 'GraalJS shows them: ' + nativeStack(() => ({ stack: viaTempo() })));
  const stack = viaTempo();
  ok(!/tempo:/.test(stack) && /\.spec\.ts:/.test(stack), stack);
});

spec('a prepareStackTrace the code sets gets mapped call sites, and reads back as set', () => {
  const mine = (error, sites) => sites;
  const saved = Error.prepareStackTrace;
  let sites;
  try {
    Error.prepareStackTrace = mine;
    sites = here('s').stack;
    eq(typeof Error.prepareStackTrace, 'function');
  } finally {
    Error.prepareStackTrace = saved;
  }
  eq(Error.prepareStackTrace, prepareStackTrace);
  ok(sites[0].getFileName().endsWith('source-mapped-stacks.spec.ts'), sites[0].getFileName());
  ok(sites[0].getLineNumber() >= 1000 && sites[0].getLineNumber() % 1000 === 0, String(sites[0].getLineNumber()));
  eq(sites[0].getFunctionName(), 'here');
  ok(String(sites[0]).startsWith('here ('), String(sites[0]));
  ok(String(sites[0]).includes('.spec.ts:' + sites[0].getLineNumber() + ':'), String(sites[0]));
});

spec('setting it to undefined goes back to the mapped default', () => {
  const saved = Error.prepareStackTrace;
  try {
    Error.prepareStackTrace = undefined;
    ok(/\.spec\.ts:\d+000:/.test(here('u').stack), here('u').stack);
  } finally {
    Error.prepareStackTrace = saved;
  }
});

spec('the stack is made when it is first read, not when the error is', () => {
  const before = asked.length;
  const e = here('lazy');
  eq(asked.length, before);
  e.stack;
  ok(asked.length > before, 'asked when read');
});
