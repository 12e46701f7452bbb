// V8's stack trace API, which npm packages use (custom errors, callers' file names): GraalJS provides it
// with js.stack-trace-api, which tempo's contexts turn on (JsEngine).
spec('captureStackTrace gives a target a stack headed by its name and message', () => {
  const o = { name: 'Custom', message: 'went wrong' };
  Error.captureStackTrace(o);
  ok(typeof o.stack === 'string', 'stack is a string');
  eq(o.stack.split('\n')[0], 'Custom: went wrong');
  ok(/\n\s+at /.test(o.stack), 'has frames: ' + o.stack);
  ok(!o.stack.includes('captureStackTrace'), 'leaves itself out: ' + o.stack);
});

spec('captureStackTrace leaves out the constructor frames', () => {
  class MyError extends Error {
    constructor(m) {
      super(m);
      this.name = 'MyError';
      Error.captureStackTrace(this, MyError);
    }
  }
  function makeIt() { return new MyError('nope'); }
  const e = makeIt();
  eq(e.stack.split('\n')[0], 'MyError: nope');
  ok(/^\s+at makeIt /.test(e.stack.split('\n')[1]), 'first frame is the caller: ' + e.stack);
});

spec('prepareStackTrace receives call sites and its result becomes the stack', () => {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, sites) => sites;
  let sites;
  function here() { return new Error('x').stack; }
  try {
    sites = here();
  } finally {
    Error.prepareStackTrace = saved;
  }
  ok(Array.isArray(sites), 'an array of call sites');
  eq([typeof sites[0].getFileName(), sites[0].getFunctionName(), typeof sites[0].getLineNumber()], ['string', 'here', 'number']);
  ok(sites[0].getFileName().endsWith('stack-trace-api.spec.js'), sites[0].getFileName());
  ok(typeof new Error('back').stack === 'string', 'a string again once it is restored');
});

spec('stackTraceLimit bounds the frames and can be raised', () => {
  const saved = Error.stackTraceLimit;
  const deep = (n) => (n === 0 ? new Error('deep').stack : deep(n - 1));
  try {
    Error.stackTraceLimit = 3;
    eq(deep(20).split('\n').length, 4);
    Error.stackTraceLimit = 30;
    ok(deep(20).split('\n').length > 20, 'more frames');
  } finally {
    Error.stackTraceLimit = saved;
  }
});

spec('a report reads V8 text even when a file left prepareStackTrace returning call sites', () => {
  const { describeThrown } = requireInternal('runtime/errors');
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, sites) => sites;
  let d;
  try {
    function failing() { return new TypeError('bad'); }
    d = describeThrown(failing(), String);
  } finally {
    Error.prepareStackTrace = saved;
  }
  eq([d.name, d.message], ['TypeError', 'bad']);
  const lines = d.stack.split('\n');
  eq(lines[0], 'TypeError: bad');
  ok(/^ {4}at failing \(.*stack-trace-api\.spec\.js:\d+:\d+\)$/.test(lines[1]), d.stack);
});
