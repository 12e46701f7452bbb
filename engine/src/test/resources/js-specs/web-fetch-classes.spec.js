// Headers, FormData, ReadableStream, Request and Response as bun 1.4.5 has them (each expected value was
// checked there).
const { Headers } = requireInternal('web/headers');
const { FormData } = requireInternal('web/form_data');
const { ReadableStream } = requireInternal('web/readable_stream');
const { Request } = requireInternal('web/request');
const { Response } = requireInternal('web/response');
const { Blob, File } = requireInternal('web/blob');
const { URLSearchParams } = requireInternal('web/url');

spec('Headers: names without case, sorted iteration, joined values, set-cookie apart', () => {
  const h = new Headers({ b: '2', A: '1' });
  h.append('a', '3');
  h.append('Set-Cookie', 'x=1');
  h.append('set-cookie', 'y=2');
  eq([...h], [['a', '1, 3'], ['b', '2'], ['set-cookie', 'x=1'], ['set-cookie', 'y=2']]);
  eq([h.get('A'), h.get('missing'), h.has('B'), h.getSetCookie()], ['1, 3', null, true, ['x=1', 'y=2']]);
  h.set('a', ' 9 ');
  h.delete('b');
  eq([[...h.keys()], h.get('a')], [['a', 'set-cookie', 'set-cookie'], '9']);
  eq([...new Headers([['k', 'v']])], [['k', 'v']]);
  eq([...new Headers(h)].length, 3);
  throws(() => h.append('bad name', 'x'), "Invalid header name: 'bad name'");
  throws(() => new Headers([['only-one']]), 'expected name/value pair to be length 2');
  eq(Object.prototype.toString.call(h), '[object Headers]');
});

spec('FormData: append, set, get, getAll, has, delete; Blobs become Files', () => {
  const f = new FormData();
  f.append('x', 'y');
  f.set('x', 'z');
  f.append('x', 'w');
  f.append('n', 1);
  eq([...f], [['x', 'z'], ['x', 'w'], ['n', '1']]);
  eq([f.get('x'), f.getAll('x'), f.has('n'), f.get('none')], ['z', ['z', 'w'], true, null]);
  f.delete('x');
  eq([...f.keys()], ['n']);
  f.append('b', new Blob(['zz']), 'z.txt');
  f.append('c', new Blob(['q']));
  eq([f.get('b') instanceof File, f.get('b').name, f.get('b').size, f.get('c').name], [true, 'z.txt', 2, 'blob']);
});

spec('Response: status, statusText, ok, headers, and a body read once', async () => {
  const r = new Response('{"x":1}', { status: 201, statusText: 'Created', headers: { 'X-A': 'b' } });
  eq([r.status, r.statusText, r.ok, r.type, r.url, r.redirected, r.bodyUsed, r.headers.get('x-a')],
    [201, 'Created', true, 'default', '', false, false, 'b']);
  eq(await r.json(), { x: 1 });
  ok(r.bodyUsed);
  const again = await r.text().then(() => null, (e) => e);
  eq([again.name, again.message], ['TypeError', 'Body already used']);
  const bad = throws(() => new Response('x', { status: 99 }), 'The status provided (99) must be 101 or in the range of [200, 599]');
  eq(bad.name, 'RangeError');
  eq([new Response().status, new Response(null).body, new Response('x').headers.get('content-type')], [200, null, null]);
});

spec('Response: Content-Type from the body, and the static json, error and redirect', async () => {
  eq(Response.json({ a: 1 }).headers.get('content-type'), 'application/json;charset=utf-8');
  eq(Response.json({}, { status: 404 }).status, 404);
  eq(new Response(new Blob(['a'], { type: 'text/x' })).headers.get('content-type'), 'text/x');
  eq(new Response(new URLSearchParams('a=1')).headers.get('content-type'), 'application/x-www-form-urlencoded;charset=UTF-8');
  eq(new Response(new Uint8Array([1])).headers.get('content-type'), null);
  eq([Response.error().type, Response.error().status], ['error', 0]);
  const rd = Response.redirect('http://a.b/c', 301);
  eq([rd.status, rd.headers.get('location')], [301, 'http://a.b/c']);
  throws(() => Response.redirect('http://a.b/', 200), 'Invalid status code');
  eq(Array.from(new Uint8Array(await new Response('ab').arrayBuffer())), [97, 98]);
  eq(Array.from(await new Response('ab').bytes()), [97, 98]);
  eq((await new Response('ab', { headers: { 'content-type': 'text/q' } }).blob()).type, 'text/q');
  eq(await new Response('c').clone().text(), 'c');
});

spec('Response: a FormData body goes as multipart and comes back; urlencoded reads too', async () => {
  const mp = new FormData();
  mp.append('t', 'v');
  mp.append('f', new File(['hello'], 'h.txt', { type: 'text/plain' }));
  const r = new Response(mp);
  ok(/^multipart\/form-data; boundary=----WebKitFormBoundary[0-9a-f]{32}$/.test(r.headers.get('content-type')));
  const back = await r.formData();
  const file = back.get('f');
  eq([back.get('t'), file.name, file.type, await file.text(), file instanceof File], ['v', 'h.txt', 'text/plain', 'hello', true]);
  const parsed = await new Response('a=1&b=%20c', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }).formData();
  eq([...parsed], [['a', '1'], ['b', ' c']]);
  const wrong = await new Response('x').formData().then(() => null, (e) => e);
  eq(wrong.name, 'TypeError');
});

spec('Request: absolute URL, normalized method, headers, body, defaults, clone', async () => {
  const q = new Request('http://x.y/p?q=1', { method: 'post', body: 'hi', headers: { 'content-type': 'text/plain' } });
  eq([q.url, q.method, q.headers.get('content-type'), q.cache, q.credentials, q.mode, q.redirect, typeof q.signal],
    ['http://x.y/p?q=1', 'POST', 'text/plain', 'default', 'include', 'cors', 'follow', 'object']);
  eq(await q.clone().text(), 'hi');
  eq(await q.text(), 'hi');
  throws(() => new Request('/rel'), 'Failed to construct \'Request\': Invalid URL "/rel"');
  const first = new Request('http://a/', { method: 'PUT', body: 'q' });
  const moved = new Request(first);
  eq([moved.method, await moved.text(), first.bodyUsed], ['PUT', 'q', true]);
  const bodiless = new Request('http://a/');
  eq([new Request(bodiless).url, bodiless.bodyUsed], ['http://a/', false]);
  eq(String(new Request('http://a/')), '[object Request]');
});

spec('ReadableStream: a source pulled to order, read by a reader, iterated, teed, cancelled', async () => {
  let n = 0;
  const s = new ReadableStream({ pull(c) { if (n < 3) c.enqueue(++n); else c.close(); } });
  const reader = s.getReader();
  ok(s.locked);
  eq(await reader.read(), { value: 1, done: false });
  reader.releaseLock();
  const rest = [];
  for await (const v of s) rest.push(v);
  eq(rest, [2, 3]);
  const [a, b] = ReadableStream.from(['x', 'y']).tee();
  const readAll = async (st) => { const out = []; for await (const v of st) out.push(v); return out; };
  eq(await Promise.all([readAll(a), readAll(b)]), [['x', 'y'], ['x', 'y']]);
  const failing = new ReadableStream({ start(c) { c.error(new Error('broken')); } });
  const err = await failing.getReader().read().then(() => null, (e) => e);
  eq(err.message, 'broken');
  let reason;
  await new ReadableStream({ cancel(r) { reason = r; } }).cancel('stop');
  eq(reason, 'stop');
  const body = new Response('abc').body;
  const r = body.getReader();
  const first = await r.read();
  eq([Object.prototype.toString.call(first.value), first.value.length, first.done, (await r.read()).done], ['[object Uint8Array]', 3, false, true]);
  eq(await new Response(ReadableStream.from(['a', new Uint8Array([98])])).text(), 'ab');
});

spec('queuing strategies count chunks or bytes', () => {
  const { CountQueuingStrategy, ByteLengthQueuingStrategy } = requireInternal('web/readable_stream');
  const q = new CountQueuingStrategy({ highWaterMark: 3 });
  const b = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
  eq([q.highWaterMark, q.size(), b.highWaterMark, b.size(new Uint8Array(5))], [3, 1, 16, 5]);
});
