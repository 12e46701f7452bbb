// WritableStream, TransformStream, piping and the text streams, with what bun 1.4.5 gives for the same code.
const { ReadableStream } = requireInternal('web/readable_stream');
const { WritableStream, TransformStream, TextEncoderStream, TextDecoderStream } = requireInternal('web/writable_stream');
const { Response } = requireInternal('web/response');

spec('WritableStream: writes reach the sink in order, then close; a writer locks it', async () => {
  const written = [];
  const ws = new WritableStream({ write(c) { written.push(c); }, close() { written.push('closed'); } });
  const w = ws.getWriter();
  await w.write('a');
  await w.write('b');
  await w.close();
  eq([written, ws.locked, typeof w.desiredSize, Object.prototype.toString.call(ws)], [['a', 'b', 'closed'], true, 'number', '[object WritableStream]']);
  throws(() => ws.getWriter(), 'WritableStream is locked');
  eq((await w.write('late').catch((e) => e)).name, 'TypeError');
});

spec('TransformStream, pipeThrough and pipeTo; a failing sink rejects the pipe', async () => {
  const upper = new TransformStream({ transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); }, flush(c) { c.enqueue('!'); } });
  const out = [];
  for await (const x of ReadableStream.from(['x', 'y']).pipeThrough(upper)) out.push(x);
  eq(out, ['X', 'Y', '!']);
  const sink = [];
  await ReadableStream.from([1, 2]).pipeTo(new WritableStream({ write(c) { sink.push(c); } }));
  eq(sink, [1, 2]);
  const e = await ReadableStream.from([1]).pipeTo(new WritableStream({ write() { throw new Error('sink broke'); } })).catch((x) => x);
  eq(e.message, 'sink broke');
});

spec('TextDecoderStream and TextEncoderStream round-trip UTF-8 split anywhere', async () => {
  const text = await new Response(new Response('héllo').body.pipeThrough(new TextDecoderStream()).pipeThrough(new TextEncoderStream())).text();
  eq(text, 'héllo');
  const bytes = new TextEncoder().encode('é€');
  const pieces = [];
  for await (const s of ReadableStream.from([bytes.slice(0, 1), bytes.slice(1, 3), bytes.slice(3)]).pipeThrough(new TextDecoderStream())) pieces.push(s);
  eq(pieces.join(''), 'é€');
  eq([new TextDecoderStream().encoding, new TextEncoderStream().encoding], ['utf-8', 'utf-8']);
});
