// crypto.subtle: digest and HMAC keys, with the results and errors bun 1.4.5 gives for the same calls.
const { subtle, CryptoKey } = requireInternal('web/subtle_crypto');
const { crypto } = requireInternal('web/crypto');
const hex = (b) => Array.from(new Uint8Array(b)).map((x) => x.toString(16).padStart(2, '0')).join('');
const enc = new TextEncoder();
const failure = (p) => p.then(() => null, (e) => e);

spec('digest: SHA-1 and SHA-256 by name or by object; MD5 is not a Web Crypto digest', async () => {
  ok(crypto.subtle === subtle);
  eq(hex(await subtle.digest('SHA-256', enc.encode('abc'))), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  eq(hex(await subtle.digest({ name: 'SHA-1' }, enc.encode('abc'))), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  const md5 = await failure(subtle.digest('MD5', enc.encode('x')));
  eq([md5.name, md5.message], ['NotSupportedError', 'Unrecognized algorithm name']);
});

spec('HMAC: importKey, sign, verify, exportKey, generateKey, usages', async () => {
  const key = await subtle.importKey('raw', enc.encode('key'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  eq([key.type, key.extractable, key.algorithm, key.usages, Object.prototype.toString.call(key)],
    ['secret', true, { name: 'HMAC', hash: { name: 'SHA-256' }, length: 24 }, ['sign', 'verify'], '[object CryptoKey]']);
  const data = enc.encode('The quick brown fox jumps over the lazy dog');
  const sig = await subtle.sign('HMAC', key, data);
  eq(hex(sig), 'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8');
  eq([await subtle.verify('HMAC', key, sig, data), await subtle.verify('HMAC', key, sig, enc.encode('x'))], [true, false]);
  eq(hex(await subtle.exportKey('raw', key)), '6b6579');
  const g = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, false, ['sign']);
  eq([g.algorithm, g.extractable], [{ name: 'HMAC', hash: { name: 'SHA-512' }, length: 1024 }, false]);
  eq((await failure(subtle.exportKey('raw', g))).name, 'InvalidAccessError');
  eq((await failure(subtle.verify('HMAC', g, new Uint8Array(64), enc.encode('x')))).name, 'InvalidAccessError');
  eq((await failure(subtle.encrypt({ name: 'AES-GCM' }, g, data))).message, 'crypto.subtle.encrypt is not supported by tempo');
  throws(() => new CryptoKey(), 'Illegal constructor');
});

spec("node:crypto's webcrypto and subtle are the global crypto's", () => {
  const nodeCrypto = requireInternal('node/crypto');
  ok(nodeCrypto.webcrypto === crypto);
  ok(nodeCrypto.subtle === subtle && nodeCrypto.webcrypto.subtle === subtle);
  eq(typeof nodeCrypto.webcrypto.randomUUID(), 'string');
});
