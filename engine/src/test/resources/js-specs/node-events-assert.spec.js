const EventEmitter = requireInternal('node/events');
const assert = requireInternal('node/assert');

spec('EventEmitter: on/once/off/prepend/emit/listenerCount', () => {
  const e = new EventEmitter();
  const log = [];
  const a = (x) => log.push('a' + x);
  e.on('x', a);
  e.once('x', (x) => log.push('once' + x));
  e.prependListener('x', (x) => log.push('first' + x));
  eq(e.listenerCount('x'), 3);
  eq(e.emit('x', 1), true);
  eq(e.emit('x', 2), true);
  eq(log, ['first1', 'a1', 'once1', 'first2', 'a2']);
  e.off('x', a);
  eq(e.listenerCount('x'), 1);
  e.removeAllListeners();
  eq([e.listenerCount('x'), e.emit('x'), e.eventNames()], [0, false, []]);
  ok(EventEmitter.EventEmitter === EventEmitter);
  eq(e.setMaxListeners(1).getMaxListeners(), 1);
});

spec('EventEmitter: error event semantics', () => {
  const e = new EventEmitter();
  throws(() => e.emit('error', new Error('boom')), 'boom');
  const u = throws(() => e.emit('error', 'str'), "Unhandled error. ('str')");
  eq(u.code, 'ERR_UNHANDLED_ERROR');
  let got;
  e.on('error', (err) => { got = err.message; });
  e.emit('error', new Error('handled'));
  eq(got, 'handled');
});

spec('events.once resolves with the arguments, rejects on error', async () => {
  const e = new EventEmitter();
  const p = EventEmitter.once(e, 'ready');
  e.emit('ready', 1, 2);
  eq(await p, [1, 2]);
  const q = EventEmitter.once(e, 'never');
  e.emit('error', new Error('bad'));
  let err;
  try { await q; } catch (x) { err = x; }
  eq(err.message, 'bad');
});

spec('assert: messages and error shape match node', () => {
  const msg = (f) => { try { f(); } catch (e) { return [e.message, e.operator, e.code, e.name]; } return null; };
  eq(msg(() => assert.strictEqual(1, 2)), ['Expected values to be strictly equal:\n\n1 !== 2\n', 'strictEqual', 'ERR_ASSERTION', 'AssertionError']);
  eq(msg(() => assert.equal(1, 2))[0], '1 == 2');
  eq(msg(() => assert.notStrictEqual(1, 1))[0], 'Expected "actual" to be strictly unequal to: 1');
  eq(msg(() => assert.deepEqual({ a: 1 }, { a: 2 }))[0], 'Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\nshould loosely deep-equal\n\n{\n  a: 2\n}');
  eq(msg(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]))[0], 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  [\n    1,\n    2,\n+   3\n-   4\n  ]');
  eq(msg(() => assert.throws(() => {}))[0], 'Missing expected exception.');
  eq(msg(() => assert.throws(() => {}, TypeError))[0], 'Missing expected exception (TypeError).');
  eq(msg(() => assert.throws(() => { throw new Error('y'); }, /x/))[0], "The input did not match the regular expression /x/. Input:\n\n'Error: y'\n");
  eq(msg(() => assert.doesNotThrow(() => { throw new Error('y'); }))[0], 'Got unwanted exception.\nActual message: "y"');
  eq(msg(() => assert.match('b', /a/))[0], "The input did not match the regular expression /a/. Input:\n\n'b'\n");
  eq(msg(() => assert.fail())[0], 'Failed');
  eq(msg(() => assert.ok())[0], 'No value argument passed to `assert.ok()`');
  eq(msg(() => assert(0, 'custom'))[0], 'custom');
  eq(msg(() => assert.strictEqual({ a: 1 }, { a: 1 }))[0], 'Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n');
});

spec('assert: passing cases, strict mode, rejects', async () => {
  assert.ok(1);
  assert.equal(1, '1');
  assert.deepEqual({ a: 1 }, { a: '1' });
  assert.deepStrictEqual(new Set([{ a: 1 }]), new Set([{ a: 1 }]));
  assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
  assert.throws(() => { throw new TypeError('t'); }, TypeError);
  assert.throws(() => { throw new Error('abc'); }, { message: 'abc' });
  const strict = requireInternal('node/assert/strict');
  ok(strict === assert.strict);
  throws(() => strict.equal(1, '1'), 'strictly equal');
  await assert.rejects(Promise.reject(new Error('r')), /r/);
  await assert.doesNotReject(Promise.resolve(1));
  let missing;
  try { await assert.rejects(Promise.resolve()); } catch (e) { missing = e.message; }
  eq(missing, 'Missing expected rejection.');
  ok(new assert.AssertionError({ message: 'm' }) instanceof Error);
});
