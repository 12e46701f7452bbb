// node:crypto: hashes and HMACs (java.security via the host bridge), random bytes/UUIDs.
// webcrypto and subtle are the web's (web/crypto.js). Not provided: ciphers, key generation, sign/verify.
'use strict';

const host = require('../internal/host');
const bytes = require('./_bytes');
const { Buffer } = require('./buffer');
const hc = host.crypto;

function toBytes(data, encoding) {
  if (typeof data === 'string') return bytes.encode(data, encoding);
  if (data instanceof Uint8Array) return data;
  const view = bytes.viewOf(data);
  if (view !== null) return view;
  const e = new TypeError('The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView.');
  e.code = 'ERR_INVALID_ARG_TYPE';
  throw e;
}

function finish(latin1, encoding) {
  const b = Buffer.from(bytes.latin1ToBytes(latin1));
  return encoding === undefined || encoding === 'buffer' ? b : b.toString(encoding);
}

function invalidDigest(alg) {
  const e = new Error('Digest method not supported');
  e.code = 'ERR_CRYPTO_INVALID_DIGEST';
  return e;
}

const supported = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256', 'sha3-384', 'sha3-512'];
function checkAlg(alg) {
  const a = String(alg).toLowerCase().replace(/^rsa-/, '');
  const norm = a === 'sha-1' ? 'sha1' : a.replace(/^sha-(\d+)$/, 'sha$1');
  if (!supported.includes(norm)) throw invalidDigest(alg);
  return norm;
}

// update()/digest() after digest(): Node's error for a hash or hmac that is already finalized.
function finalizedError() {
  const e = new Error('Digest already called');
  e.code = 'ERR_CRYPTO_HASH_FINALIZED';
  return e;
}

// What Hash and Hmac share: data collected by update(), one digest. After digest(), update() throws
// Node's ERR_CRYPTO_HASH_FINALIZED for both; a second digest() throws it for a Hash and, as in Node and
// bun, gives an empty result for an Hmac.
class Digester {
  constructor(alg) {
    this._alg = checkAlg(alg);
    this._chunks = [];
    this._done = false;
  }
  update(data, encoding) {
    if (this._done) throw finalizedError();
    this._chunks.push(toBytes(data, encoding));
    return this;
  }
  digest(encoding) {
    if (this._done) {
      if (this._emptyAfterDigest) return finish('', encoding);
      throw finalizedError();
    }
    this._done = true;
    const r = this._compute(bytes.bytesToLatin1(bytes.joinBytes(this._chunks)));
    this._chunks = [];
    if (typeof r !== 'string') throw invalidDigest(this._alg);
    return finish(r, encoding);
  }
}

class Hash extends Digester {
  _compute(data) {
    return hc.hash(this._alg, data);
  }
  copy() {
    if (this._done) throw finalizedError();
    const h = new Hash(this._alg);
    h._chunks = this._chunks.slice();
    return h;
  }
}

class Hmac extends Digester {
  constructor(alg, key) {
    super(alg);
    if (key && typeof key === 'object' && key.export) key = key.export();
    this._key = toBytes(key);
    this._emptyAfterDigest = true;
  }
  _compute(data) {
    return hc.hmac(this._alg, bytes.bytesToLatin1(this._key), data);
  }
}

function randomBytes(size, cb) {
  if (typeof size !== 'number' || size < 0 || !Number.isInteger(size)) {
    const e = new RangeError('The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received ' + size);
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  const b = Buffer.from(bytes.latin1ToBytes(hc.randomBytes(size)));
  if (typeof cb === 'function') {
    Promise.resolve().then(() => cb(null, b));
    return undefined;
  }
  return b;
}

function getRandomValues(arr) {
  if (!ArrayBuffer.isView(arr) || arr instanceof Float32Array || arr instanceof Float64Array || arr instanceof DataView) {
    const e = new TypeError("The data argument must be an integer-type TypedArray");
    e.name = 'TypeMismatchError';
    e.code = 17;
    throw e;
  }
  if (arr.byteLength > 65536) {
    const e = new Error("The ArrayBufferView's byte length (" + arr.byteLength + ') exceeds the number of bytes of entropy available via this API (65536)');
    e.name = 'QuotaExceededError';
    e.code = 22;
    throw e;
  }
  const src = bytes.latin1ToBytes(hc.randomBytes(arr.byteLength));
  new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength).set(src);
  return arr;
}

function randomFillSync(buf, offset, size) {
  offset = offset || 0;
  const view = new Uint8Array(buf.buffer || buf, (buf.byteOffset || 0) + offset, size === undefined ? buf.byteLength - offset : size);
  view.set(bytes.latin1ToBytes(hc.randomBytes(view.length)));
  return buf;
}

function randomUUID() {
  const b = bytes.latin1ToBytes(hc.randomBytes(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = bytes.hexEncode(b);
  return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
}

function randomInt(min, max, cb) {
  if (max === undefined || typeof max === 'function') { cb = max; max = min; min = 0; }
  const range = max - min;
  if (!(range > 0)) {
    const e = new RangeError('The value of "max" is out of range. It must be greater than the value of "min" (' + min + '). Received ' + max);
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  const b = bytes.latin1ToBytes(hc.randomBytes(6));
  let x = 0;
  for (const v of b) x = x * 256 + v;
  const r = min + (x % range);
  if (typeof cb === 'function') { Promise.resolve().then(() => cb(null, r)); return undefined; }
  return r;
}

function timingSafeEqual(a, b) {
  if (a.byteLength !== b.byteLength) {
    const e = new RangeError('Input buffers must have the same byte length');
    e.code = 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH';
    throw e;
  }
  const x = toBytes(a), y = toBytes(b);
  let d = 0;
  for (let i = 0; i < x.length; i++) d |= x[i] ^ y[i];
  return d === 0;
}

module.exports = {
  createHash: (alg) => new Hash(alg),
  createHmac: (alg, key) => new Hmac(alg, key),
  hash: (alg, data, encoding) => new Hash(alg).update(data).digest(encoding === undefined ? 'hex' : encoding),
  Hash,
  Hmac,
  randomBytes,
  pseudoRandomBytes: randomBytes,
  randomFillSync,
  randomFill: (buf, ...rest) => { const cb = rest.pop(); randomFillSync(buf, ...rest); Promise.resolve().then(() => cb(null, buf)); },
  randomUUID,
  randomInt,
  getRandomValues,
  timingSafeEqual,
  getHashes: () => supported.slice(),
  // The global crypto object (getRandomValues, randomUUID, subtle), as in Node; loaded when first read.
  get webcrypto() { return require('../web/crypto').crypto; },
  get subtle() { return require('../web/subtle_crypto').subtle; },
  constants: {},
};
