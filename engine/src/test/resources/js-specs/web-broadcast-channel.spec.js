// web/broadcast_channel.js: BroadcastChannel within one context. Here there is no event loop, so a
// delivery is a promise job; the specs wait for it with settle().
const { BroadcastChannel } = requireInternal('web/broadcast_channel');
const settle = () => Promise.resolve().then(() => undefined);

spec('a message reaches every other channel of the name, in the order they were made, as a copy', async () => {
  const log = [];
  const a = new BroadcastChannel('ch');
  const b = new BroadcastChannel('ch');
  const c = new BroadcastChannel('ch');
  const other = new BroadcastChannel('other');
  a.onmessage = () => log.push('a got its own');
  b.onmessage = (e) => log.push(['b', e.data, e.constructor.name, e.target === b, e.origin]);
  c.addEventListener('message', (e) => log.push(['c', e.data]));
  other.onmessage = () => log.push('other');
  const sent = { x: 1 };
  a.postMessage(sent);
  sent.x = 2;
  a.postMessage('two');
  eq(log, []);
  await settle();
  eq(log, [['b', { x: 1 }, 'MessageEvent', true, ''], ['c', { x: 1 }], ['b', 'two', 'MessageEvent', true, ''], ['c', 'two']]);
  [a, b, c, other].forEach((ch) => ch.close());
});

spec('each receiver gets its own copy', async () => {
  const a = new BroadcastChannel('copies');
  const b = new BroadcastChannel('copies');
  const c = new BroadcastChannel('copies');
  const got = [];
  b.onmessage = (e) => got.push(e.data);
  c.onmessage = (e) => got.push(e.data);
  a.postMessage({ n: 1 });
  await settle();
  ok(got.length === 2 && got[0] !== got[1], 'two distinct copies');
  [a, b, c].forEach((ch) => ch.close());
});

spec('a closed channel neither receives nor posts', async () => {
  const a = new BroadcastChannel('closing');
  const b = new BroadcastChannel('closing');
  const log = [];
  b.onmessage = (e) => log.push(e.data);
  a.postMessage('before');
  b.close();
  a.postMessage('after');
  await settle();
  eq(log, []);
  const e = throws(() => b.postMessage('x'));
  eq([e.name, e.message], ['InvalidStateError', 'This BroadcastChannel is closed']);
  a.close();
});

spec('name, arguments, clone errors, ref', () => {
  const n = new BroadcastChannel(123);
  eq([n.name, Object.prototype.toString.call(n), typeof n.ref, n.unref().hasRef(), 'onmessageerror' in n], ['123', '[object BroadcastChannel]', 'function', false, true]);
  eq(throws(() => new BroadcastChannel()).message, 'Not enough arguments');
  eq(throws(() => n.postMessage(() => 1)).name, 'DataCloneError');
  n.close();
});
