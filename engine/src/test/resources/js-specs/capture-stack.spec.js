// Error.captureStackTrace, as V8 offers it to npm packages.
requireInternal('runtime/capture_stack').install(Error);
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
  throws(() => Error.captureStackTrace(1), /expects an object/);
});
