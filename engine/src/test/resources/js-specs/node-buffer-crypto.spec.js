// Expected values printed by node v20 for the same inputs.
const { Buffer } = requireInternal('node/buffer');
const util = requireInternal('node/util');
const crypto = requireInternal('node/crypto');

spec('Buffer: encodings', () => {
  const b = Buffer.from('h\u00e9llo w\u00f6rld', 'utf8');
  eq([b.length, b.toString('hex'), b.toString('base64'), b.toString('base64url'), b.toString('utf8', 1, 4)],
    [13, '68c3a96c6c6f2077c3b6726c64', 'aMOpbGxvIHfDtnJsZA==', 'aMOpbGxvIHfDtnJsZA', '\u00e9l']);
  eq(Buffer.from('aGVsbG8', 'base64').toString(), 'hello');
  eq(Buffer.from('68656c6c6fzz', 'hex').toString(), 'hello');
  eq(Buffer.from('hi', 'utf16le').toString('hex'), '68006900');
  eq(Buffer.from('\u00ff', 'latin1')[0], 255);
  eq(Buffer.byteLength('h\u00e9llo'), 6);
});

spec('Buffer: construction, concat, compare, JSON, inspect', () => {
  eq(JSON.stringify(Buffer.from('ab')), '{"type":"Buffer","data":[97,98]}');
  eq(Buffer.concat([Buffer.from('a'), Buffer.from('bc')]).toString(), 'abc');
  ok(Buffer.isBuffer(Buffer.alloc(2)) && !Buffer.isBuffer(new Uint8Array(2)));
  eq(Buffer.compare(Buffer.from('a'), Buffer.from('b')), -1);
  ok(Buffer.from('a').equals(Buffer.from('a')));
  eq(Buffer.alloc(5, 'ab').toString(), 'ababa');
  eq(util.inspect(Buffer.from('hi')), '<Buffer 68 69>');
  eq(util.inspect({ b: Buffer.from([1, 2, 3]) }), '{ b: <Buffer 01 02 03> }');
  eq([Buffer.from([1, 2]).inspect(), Buffer.alloc(51).inspect().slice(-19)], ['<Buffer 01 02>', '00 ... 1 more byte>']);
  ok(Buffer.prototype.inspect === Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')] && !Object.keys(Buffer.prototype).includes('inspect'));
  const ab = new Uint8Array([1, 2, 3]).buffer;
  const v = Buffer.from(ab, 1, 2);
  eq(Array.from(v), [2, 3]);
  eq(Buffer('xy').toString(), 'xy');
});

spec('Buffer: slice shares memory, read/write integers, search, write, copy', () => {
  const c = Buffer.alloc(8);
  c.writeUInt32BE(0xdeadbeef, 0);
  c.writeUInt16LE(0x1234, 4);
  eq([c.toString('hex'), c.readUInt32BE(0), c.readUInt16LE(4), c.readInt8(0)], ['deadbeef34120000', 3735928559, 4660, -34]);
  const s = c.slice(1, 3);
  ok(s instanceof Buffer);
  s[0] = 0;
  eq(c[1], 0);
  eq(c.subarray(2).length, 6);
  eq(Buffer.from('hello world').indexOf('wor'), 6);
  ok(Buffer.from('abc').includes('c'));
  const d = Buffer.alloc(4);
  eq(d.write('h\u00e9llo'), 4);
  eq(d.toString('hex'), '68c3a96c');
  const t = Buffer.alloc(3);
  eq(Buffer.from('xyz').copy(t, 1, 0, 2), 2);
  eq(t.toString('latin1'), '\u0000xy');
  throws(() => c.readUInt32LE(6), 'outside buffer bounds');
  const f = Buffer.alloc(8);
  f.writeDoubleLE(1.5);
  eq(f.readDoubleLE(0), 1.5);
});

spec('crypto: a hash or hmac is finalized by digest(), as in Node', () => {
  for (const make of [() => crypto.createHash('sha256'), () => crypto.createHmac('sha256', 'k')]) {
    const h = make().update('a');
    h.digest('hex');
    eq(throws(() => h.update('b'), 'Digest already called').code, 'ERR_CRYPTO_HASH_FINALIZED');
  }
  const hash = crypto.createHash('sha1');
  hash.digest();
  eq(throws(() => hash.digest(), 'Digest already called').code, 'ERR_CRYPTO_HASH_FINALIZED');
  throws(() => hash.copy(), 'Digest already called');
  // a second hmac digest() is empty (Node and bun)
  const hmac = crypto.createHmac('sha256', 'k');
  hmac.digest();
  eq(hmac.digest('hex'), '');
  eq(hmac.digest().length, 0);
  // copy() keeps what was hashed so far
  const part = crypto.createHash('sha256').update('ab');
  eq(part.copy().update('c').digest('hex'), crypto.createHash('sha256').update('abc').digest('hex'));
  eq(part.digest('hex'), crypto.createHash('sha256').update('ab').digest('hex'));
});

spec('crypto: hashes, hmac, random', () => {
  eq(crypto.createHash('sha256').update('abc').digest('hex'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  eq(crypto.createHash('md5').update('a').update('b').digest('base64'), 'GH70Q2Ei0cwvQNwrkvDroA==');
  eq(crypto.createHmac('sha256', 'key').update('data').digest('hex'), '5031fe3d989c6d1537a013fa6e739da23463fdaec3b70137d828e36ace221bd0');
  eq(crypto.createHash('sha1').update('').digest('hex'), 'da39a3ee5e6b4b0d3255bfef95601890afd80709');
  eq(crypto.createHmac('sha1', '').update('x').digest('hex'), '6244e66451a1c8695db9731ce2c4fd5de25ccf87');
  ok(crypto.createHash('sha512').update(Buffer.from([1, 2])).digest() instanceof Buffer);
  throws(() => crypto.createHash('nope'), 'Digest method not supported');
  const r = crypto.randomBytes(16);
  ok(r.length === 16 && r instanceof Buffer);
  ok(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
  const arr = crypto.getRandomValues(new Uint32Array(4));
  ok(arr.length === 4 && arr.some((x) => x !== 0));
  const n = crypto.randomInt(5, 10);
  ok(n >= 5 && n < 10);
});

spec('string_decoder: split multibyte characters', () => {
  const { StringDecoder } = requireInternal('node/string_decoder');
  const d = new StringDecoder('utf8');
  const euro = Buffer.from('\u20ac');
  eq(d.write(euro.subarray(0, 1)) + '|' + d.write(euro.subarray(1)) + '|' + d.end(), '|\u20ac|');
});
