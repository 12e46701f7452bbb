// mock/index: fn, spyOn, mock, the *AllMocks helpers; and expect's mock matchers.
const M = requireInternal('mock/index');
const { expect } = requireInternal('expect/index');

function failMsg(fn) {
  let err;
  try { fn(); } catch (e) { err = e; }
  if (!err) throw new Error('expected the assertion to fail');
  return plain(err.message);
}

spec('fn records calls, results, contexts, instances', () => {
  const f = M.fn((a, b) => a + b);
  ok(M.isMockFunction(f)); ok(!M.isMockFunction(() => {}));
  eq(f(1, 2), 3);
  const ctx = { f };
  ctx.f(3, 4);
  eq(f.mock.calls, [[1, 2], [3, 4]]);
  eq(f.mock.lastCall, [3, 4]);
  eq(f.mock.results, [{ type: 'return', value: 3 }, { type: 'return', value: 7 }]);
  ok(f.mock.contexts[1] === ctx);
  eq(f.mock.invocationCallOrder.length, 2);
  ok(f.mock.invocationCallOrder[0] < f.mock.invocationCallOrder[1]);
  const t = M.fn(() => { throw new Error('x'); });
  throws(() => t(), 'x');
  eq(t.mock.results[0].type, 'throw');
  eq(M.fn()(), undefined);
});

spec('fn works with new', () => {
  const C = M.fn(function (x) { this.x = x; });
  const o = new C(5);
  eq(o.x, 5);
  ok(C.mock.instances[0] === o);
  ok(o instanceof C);
  class K { constructor(v) { this.v = v; } }
  const KM = M.fn(K);
  const k = new KM(2);
  eq(k.v, 2);
  ok(KM.mock.instances[0] === k);
  const E = M.fn();
  ok(new E() instanceof E);
});

spec('return values and implementations, once queues first', () => {
  const f = M.fn().mockReturnValue('d').mockReturnValueOnce('a').mockReturnValueOnce('b');
  eq([f(), f(), f(), f()], ['a', 'b', 'd', 'd']);
  const g = M.fn().mockImplementation(() => 1).mockImplementationOnce(() => 0);
  eq([g(), g()], [0, 1]);
  ok(typeof g.getMockImplementation() === 'function');
  const obj = { m: M.fn().mockReturnThis() };
  ok(obj.m() === obj);
  eq(f.getMockName(), 'jest.fn()');
  eq(f.mockName('myFn').getMockName(), 'myFn');
});

spec('resolved and rejected values', async () => {
  const f = M.fn().mockResolvedValue(1).mockResolvedValueOnce(0);
  eq(await f(), 0); eq(await f(), 1);
  const r = M.fn().mockRejectedValue(new Error('r')).mockRejectedValueOnce(new Error('once'));
  let m1, m2;
  try { await r(); } catch (e) { m1 = e.message; }
  try { await r(); } catch (e) { m2 = e.message; }
  eq([m1, m2], ['once', 'r']);
});

spec('mockClear, mockReset, withImplementation', async () => {
  const f = M.fn(() => 1).mockName('n');
  f(); f.mockClear();
  eq(f.mock.calls.length, 0); eq(f(), 1);
  f.mockReset();
  eq(f.mock.calls.length, 0); eq(f(), undefined); eq(f.getMockName(), 'jest.fn()');
  const g = M.fn(() => 'orig');
  g.withImplementation(() => 'temp', () => { eq(g(), 'temp'); });
  eq(g(), 'orig');
  await g.withImplementation(() => 'async', async () => { eq(g(), 'async'); });
  eq(g(), 'orig');
});

spec('spyOn wraps and restores methods', () => {
  const obj = { n: 1, get() { return this.n; } };
  const original = obj.get;
  const s = M.spyOn(obj, 'get');
  eq(obj.get(), 1);
  eq(s.mock.calls.length, 1);
  s.mockReturnValue(9);
  eq(obj.get(), 9);
  s.mockRestore();
  ok(obj.get === original);
  eq(obj.get(), 1);
  class A { hi() { return 'hi'; } }
  const a = new A();
  const sp = M.spyOn(a, 'hi').mockImplementation(() => 'mocked');
  eq(a.hi(), 'mocked');
  sp.mockRestore();
  eq(a.hi(), 'hi');
  ok(!Object.prototype.hasOwnProperty.call(a, 'hi'), 'inherited method restored by deleting the own one');
  throws(() => M.spyOn(obj, 'n'), 'not a function');
  throws(() => M.spyOn(null, 'x'), 'primitive');
});

spec('spyOn getters and setters', () => {
  let stored = 0;
  const obj = { get v() { return 1; }, set w(x) { stored = x; } };
  const g = M.spyOn(obj, 'v', 'get').mockReturnValue(5);
  eq(obj.v, 5);
  eq(g.mock.calls.length, 1);
  g.mockRestore();
  eq(obj.v, 1);
  const s = M.spyOn(obj, 'w', 'set');
  obj.w = 3;
  eq(stored, 3);
  eq(s.mock.calls, [[3]]);
  s.mockRestore();
});

spec('clearAllMocks, resetAllMocks, restoreAllMocks, mock, mocked', () => {
  const a = M.fn(() => 1), b = M.mock(() => 2);
  ok(M.isMockFunction(b));
  a(); b();
  M.clearAllMocks();
  eq([a.mock.calls.length, b.mock.calls.length], [0, 0]);
  M.resetAllMocks();
  eq([a(), b()], [undefined, undefined]);
  const obj = { m() { return 'real'; } };
  M.spyOn(obj, 'm').mockReturnValue('fake');
  eq(obj.m(), 'fake');
  M.restoreAllMocks();
  eq(obj.m(), 'real');
  ok(M.mocked(a) === a);
});

spec('call matchers', () => {
  const f = M.fn();
  expect(f).not.toHaveBeenCalled();
  eq(failMsg(() => expect(f).toHaveBeenCalled()), 'expect(received).toHaveBeenCalled()\n\nExpected number of calls: >= 1\nReceived number of calls: 0\n');
  f(1, 2); f(3);
  expect(f).toHaveBeenCalled(); expect(f).toBeCalled();
  expect(f).toHaveBeenCalledTimes(2); expect(f).toBeCalledTimes(2);
  eq(failMsg(() => expect(f).toHaveBeenCalledTimes(1)), 'expect(received).toHaveBeenCalledTimes(expected)\n\nExpected number of calls: 1\nReceived number of calls: 2\n');
  expect(f).toHaveBeenCalledWith(1, 2); expect(f).toBeCalledWith(3); expect(f).toHaveBeenCalledWith(expect.any(Number), 2);
  expect(f).not.toHaveBeenCalledWith(9);
  const m = failMsg(() => expect(f).toHaveBeenCalledWith(1, 3));
  ok(m.includes('Expected: [ 1, 3 ]') && m.includes('1: [ 1, 2 ]') && m.includes('2: [ 3 ]') && m.includes('Number of calls: 2'), m);
  ok(failMsg(() => expect(f).not.toHaveBeenCalledWith(3)).includes('Expected mock function not to have been called with: [ 3 ]'));
  expect(f).toHaveBeenLastCalledWith(3); expect(f).lastCalledWith(3);
  ok(failMsg(() => expect(f).toHaveBeenLastCalledWith(4)).includes('-   4,\n+   3,'));
  expect(f).toHaveBeenNthCalledWith(1, 1, 2); expect(f).nthCalledWith(2, 3);
  ok(failMsg(() => expect(f).toHaveBeenNthCalledWith(2, 4)).includes('Call #2:'));
  const once = M.fn(); once();
  expect(once).toHaveBeenCalledOnce();
  ok(failMsg(() => expect(() => {}).toHaveBeenCalled()).includes('Expected value must be a mock function: [Function]'));
  const single = M.fn(); single(1, 2);
  ok(failMsg(() => expect(single).toHaveBeenCalledWith(1, 3)).includes('- Expected  - 1\n+ Received  + 1'));
});

spec('return matchers', () => {
  const f = M.fn((x) => x * 2);
  f(1); f(2);
  expect(f).toHaveReturned(); expect(f).toReturn();
  expect(f).toHaveReturnedTimes(2);
  expect(f).toHaveReturnedWith(4); expect(f).not.toHaveReturnedWith(5);
  expect(f).toHaveLastReturnedWith(4);
  expect(f).toHaveNthReturnedWith(1, 2);
  ok(failMsg(() => expect(f).toHaveReturnedWith(5)).includes('Expected: 5'));
  ok(failMsg(() => expect(f).toHaveLastReturnedWith(5)).includes('Received: 4'));
  ok(failMsg(() => expect(f).toHaveNthReturnedWith(1, 5)).includes('Received: 2'));
  eq(failMsg(() => expect(f).toHaveReturnedTimes(1)),
    'expect(received).toHaveReturnedTimes(expected)\n\nExpected number of succesful returns: == 1\nReceived number of succesful returns:    2\nReceived number of calls:                2\n');
  const t = M.fn(() => { throw new Error('x'); });
  try { t(); } catch (e) { /* expected */ }
  expect(t).not.toHaveReturned();
  ok(failMsg(() => expect(t).toHaveReturned()).includes('Received number of succesful returns:    0'));
});
