// node:zlib: the bytes Node writes and the errors it throws (each expected value printed by node 20 and bun 1.4.5).
const zlib = requireInternal('node/zlib');
const { Buffer } = requireInternal('node/buffer');
const hex = (b) => Buffer.from(b).toString('hex');

spec('deflate, raw deflate and gzip write what Node writes', () => {
  eq([hex(zlib.deflateSync('aaa')), hex(zlib.deflateRawSync('aaa')), hex(zlib.gzipSync('aaa'))],
    ['789c4b4c4c040002490124', '4b4c4c0400', '1f8b08000000000000034b4c4c04002d7307f003000000']);
  eq(zlib.deflateSync('aaaaaaaaaa', { level: 0 }).length, 21);
  ok(Buffer.isBuffer(zlib.gzipSync(new Uint8Array([1, 2]))));
  throws(() => zlib.deflateSync('x', { level: 12 }), 'The value of "options.level" is out of range');
});

spec('each way back, unzip by header, two gzip members joined', () => {
  eq([zlib.inflateSync(zlib.deflateSync('hello')).toString(), zlib.gunzipSync(zlib.gzipSync('hi')).toString(),
    zlib.unzipSync(zlib.deflateSync('u')).toString(), zlib.unzipSync(zlib.gzipSync('v')).toString(),
    zlib.inflateRawSync(zlib.deflateRawSync('r')).toString()], ['hello', 'hi', 'u', 'v', 'r']);
  const big = 'x'.repeat(100000) + 'y';
  eq(zlib.gunzipSync(zlib.gzipSync(big)).toString(), big);
  eq(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('ab'), zlib.gzipSync('cd')])).toString(), 'abcd');
});

spec('bad input: zlib messages, codes and errnos', () => {
  for (const f of [zlib.inflateSync, zlib.gunzipSync]) {
    const e = throws(() => f(Buffer.from('nope')), 'incorrect header check');
    eq([e.code, e.errno], ['Z_DATA_ERROR', -3]);
  }
  const cut = zlib.gzipSync('some text to cut short').subarray(0, 12);
  eq(throws(() => zlib.gunzipSync(cut), 'unexpected end of file').code, 'Z_BUF_ERROR');
  const corrupt = Buffer.from(zlib.gzipSync('checked'));
  corrupt[corrupt.length - 5] ^= 1;
  eq(throws(() => zlib.gunzipSync(corrupt), 'incorrect data check').code, 'Z_DATA_ERROR');
});

spec('crc32, constants, and what is not provided', () => {
  eq([zlib.crc32('hello'), zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world')], [907060870, 222957957, 222957957]);
  eq([zlib.constants.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED, zlib.constants.Z_DATA_ERROR], [9, 1, -3]);
  throws(() => zlib.createGzip(), 'zlib.createGzip is not supported by tempo (no zlib streams)');
  throws(() => zlib.brotliCompressSync('x'), 'zlib.brotliCompressSync is not supported by tempo (no brotli)');
});
