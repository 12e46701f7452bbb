const { installGlobals } = requireInternal('web/globals');
const g = {};
installGlobals(g);

spec('installGlobals puts non-enumerable globals on the target', () => {
  for (const name of ['URL', 'URLSearchParams', 'structuredClone', 'atob', 'btoa', 'AbortController', 'AbortSignal',
    'EventTarget', 'Event', 'CustomEvent', 'crypto', 'Buffer', 'Blob', 'File', 'global']) {
    ok(name in g, name);
  }
  eq(Object.keys(g), []);
  ok(g.global === g);
});

spec('atob / btoa', () => {
  eq([g.btoa('hello'), g.atob('aGVsbG8=')], ['aGVsbG8=', 'hello']);
  throws(() => g.btoa('\u20ac'), 'Invalid character');
  throws(() => g.atob('a'), 'not correctly encoded');
});

spec('structuredClone: types, cycles, DataCloneError', () => {
  const o = { d: new Date(0), m: new Map([[1, { a: 1 }]]), s: new Set([1]), r: /x/g, e: new TypeError('t'), u: new Uint8Array([1, 2]) };
  o.self = o;
  const c = g.structuredClone(o);
  ok(c !== o && c.self === c);
  eq([c.m.get(1).a, c.e instanceof TypeError, c.e.message, c.d.getTime(), c.r.flags, Array.from(c.u), c.s.has(1)],
    [1, true, 't', 0, 'g', [1, 2], true]);
  ok(c.u.buffer !== o.u.buffer);
  const f = throws(() => g.structuredClone(() => 1), 'could not be cloned.');
  eq([f.name, f.message, f.code], ['DataCloneError', '() => 1 could not be cloned.', 25]);
  throws(() => g.structuredClone(Symbol('q')), 'Symbol(q) could not be cloned.');
});

spec('EventTarget / Event / CustomEvent', () => {
  const t = new g.EventTarget();
  const seen = [];
  const h = (ev) => seen.push(ev.type + ':' + (ev.detail || '') + ':' + (ev.target === t));
  t.addEventListener('x', h);
  t.addEventListener('x', { handleEvent: () => seen.push('obj') }, { once: true });
  t.dispatchEvent(new g.CustomEvent('x', { detail: 'd' }));
  t.dispatchEvent(new g.Event('x'));
  t.removeEventListener('x', h);
  t.dispatchEvent(new g.Event('x'));
  eq(seen, ['x:d:true', 'obj', 'x::true']);
  const ev = new g.Event('c', { cancelable: true });
  t.addEventListener('c', (e) => e.preventDefault());
  eq(t.dispatchEvent(ev), false);
  ok(ev.defaultPrevented);
});

spec('AbortController / AbortSignal', () => {
  const ac = new g.AbortController();
  const seen = [];
  ac.signal.addEventListener('abort', () => seen.push('listener'));
  ac.signal.onabort = () => seen.push('onabort');
  eq(ac.signal.aborted, false);
  ac.abort();
  ac.abort();
  eq(seen, ['listener', 'onabort']);
  eq([ac.signal.aborted, ac.signal.reason.name, ac.signal.reason.message], [true, 'AbortError', 'This operation was aborted']);
  throws(() => ac.signal.throwIfAborted(), 'This operation was aborted');
  const s = g.AbortSignal.abort('why');
  eq([s.aborted, s.reason], [true, 'why']);
  const any = g.AbortSignal.any([new g.AbortController().signal, s]);
  eq(any.reason, 'why');
});

spec('AbortSignal.timeout and timers/promises use the global timers lazily', async () => {
  const pending = [];
  globalThis.setTimeout = (fn, ms) => { pending.push(fn); return pending.length; };
  globalThis.clearTimeout = () => {};
  try {
    const s = g.AbortSignal.timeout(10);
    eq(s.aborted, false);
    pending.shift()();
    eq([s.aborted, s.reason.name], [true, 'TimeoutError']);
    const tp = requireInternal('node/timers/promises');
    const p = tp.setTimeout(5, 'v');
    pending.shift()();
    eq(await p, 'v');
    const ac = new g.AbortController();
    const q = tp.setTimeout(5, 'never', { signal: ac.signal });
    ac.abort();
    let err;
    try { await q; } catch (e) { err = e; }
    eq([err.name, err.code], ['AbortError', 'ABORT_ERR']);
    const timers = requireInternal('node/timers');
    eq(timers.setTimeout(() => {}, 1), 2); // one timer still pending from the aborted setTimeout
  } finally {
    delete globalThis.setTimeout;
    delete globalThis.clearTimeout;
  }
});

spec('crypto global and builtins list', () => {
  ok(/^[0-9a-f-]{36}$/.test(g.crypto.randomUUID()));
  eq(g.crypto.getRandomValues(new Uint8Array(8)).length, 8);
  const b = requireInternal('node/builtins');
  ok(b.isSupported('node:fs') && b.isSupported('path') && !b.isSupported('node:http'));
  eq(b.idFor('node:fs/promises'), 'node/fs/promises');
  for (const name of b.names) ok(requireInternal(b.idFor(name)) !== null, name);
  const mod = requireInternal('node/module');
  ok(mod.builtinModules.includes('fs') && mod.isBuiltin('node:path'));
  throws(() => mod.createRequire('/x.js'), 'createRequire is not available');
});

spec('defineLazy: loads on first read, then a plain global; a write first skips the load', () => {
  const { defineLazy } = requireInternal('web/globals');
  const g = {};
  let loads = 0;
  const value = { v: 1 };
  defineLazy(g, 'thing', () => { loads++; return value; });
  defineLazy(g, 'other', () => { loads++; return 2; });
  eq(loads, 0);
  ok(g.thing === value && g.thing === value);
  eq(loads, 1);
  const d = Object.getOwnPropertyDescriptor(g, 'thing');
  eq([d.value === value, d.writable, d.enumerable, d.configurable], [true, true, false, true]);
  g.other = 3;
  eq([g.other, loads], [3, 1]);
});

spec('Blob: parts, normalized type, slice, reads', async () => {
  const b = new g.Blob(['h\u00e9llo', new Uint8Array([65, 66]), new g.Blob(['x'])], { type: 'Text/Plain' });
  eq([b.size, b.type, await b.text(), Object.prototype.toString.call(b)], [9, 'text/plain', 'h\u00e9lloABx', '[object Blob]']);
  const s = b.slice(1, 4, 'a/b');
  eq([s.size, s.type, await s.text(), (await s.arrayBuffer()).byteLength], [3, 'a/b', '\u00e9l', 3]);
  eq([await b.slice(-3).text(), b.slice(5, 2).size, b.slice(0).type], ['ABx', 0, '']);
  eq([await new g.Blob([1, {}]).text(), new g.Blob().size, new g.Blob([], { type: '\u00e9' }).type], ['1[object Object]', 0, '']);
  eq(Array.from(await new g.Blob(['ab']).bytes()), [97, 98]);
  eq(await new g.Blob(['{"a":1}']).json(), { a: 1 });
  eq(Object.keys(b), []);
  throws(() => new g.Blob(5), "Failed to construct 'Blob'");
});

spec('File: name and lastModified; structuredClone copies Blobs and Files', async () => {
  const f = new g.File(['Hello'], 'foo.txt', { type: 'text/plain', lastModified: 42 });
  eq([f.name, f.lastModified, f.size, f.type, f instanceof g.Blob], ['foo.txt', 42, 5, 'text/plain', true]);
  ok(Math.abs(new g.File([], 'n').lastModified - Date.now()) < 5000, 'lastModified defaults to now');
  throws(() => new g.File(['x']), "Failed to construct 'File': 2 arguments required");
  const c = g.structuredClone({ f, b: new g.Blob(['z'], { type: 'x/y' }) });
  ok(c.f !== f && c.f instanceof g.File);
  eq([c.f.name, c.f.lastModified, c.f.type, await c.f.text(), c.b.type, await c.b.text()], ['foo.txt', 42, 'text/plain', 'Hello', 'x/y', 'z']);
  const fake = { [Symbol.toStringTag]: 'Blob' };
  throws(() => g.structuredClone(fake), 'could not be cloned.');
});

spec('ErrorEvent and CloseEvent: their fields, and the defaults bun gives', () => {
  const e = new g.ErrorEvent('error', { message: 'm', filename: 'f.js', lineno: 3, colno: 4, error: new Error('x') });
  eq([e.type, e.message, e.filename, e.lineno, e.colno, e.error.message, e instanceof g.Event, Object.prototype.toString.call(e)],
    ['error', 'm', 'f.js', 3, 4, 'x', true, '[object ErrorEvent]']);
  const d = new g.ErrorEvent('error');
  eq([d.message, d.filename, d.lineno, d.colno, d.error], ['', '', 0, 0, null]);
  const c = new g.CloseEvent('close', { code: 1000, reason: 'bye', wasClean: true });
  eq([c.type, c.code, c.reason, c.wasClean, Object.prototype.toString.call(c)], ['close', 1000, 'bye', true, '[object CloseEvent]']);
  const z = new g.CloseEvent('close');
  eq([z.code, z.reason, z.wasClean], [0, '', false]);
});
