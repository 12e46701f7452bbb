// crypto.subtle (Web Crypto), the part test suites reach for: digest with SHA-1/256/384/512, and HMAC keys
// (importKey and exportKey "raw", generateKey, sign, verify). Anything else rejects with a NotSupportedError
// that names it.
'use strict';

const host = require('../internal/host');
const bytes = require('../node/_bytes');
const DOMException = require('./dom_exception');

const HASHES = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const BLOCK_BITS = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const kKey = Symbol('key');
let constructing = false;

class CryptoKey {
  constructor() {
    if (!constructing) throw new TypeError('Illegal constructor');
  }
  get type() { return this[kKey].type; }
  get extractable() { return this[kKey].extractable; }
  get algorithm() { return this[kKey].algorithm; }
  get usages() { return this[kKey].usages.slice(); }
  get [Symbol.toStringTag]() { return 'CryptoKey'; }
}

function makeKey(state) {
  constructing = true;
  try {
    const key = new CryptoKey();
    Object.defineProperty(key, kKey, { value: state });
    return key;
  } finally {
    constructing = false;
  }
}

function algorithmName(alg) {
  const name = typeof alg === 'string' ? alg : alg && alg.name;
  if (typeof name !== 'string') throw new TypeError('Algorithm: Unrecognized name');
  return name.toUpperCase();
}

function hashName(alg) {
  const name = algorithmName(alg);
  if (!(name in HASHES)) throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
  return name;
}

function bufferSource(data) {
  const view = bytes.viewOf(data);
  if (view !== null) return view;
  throw new TypeError('Failed to execute on SubtleCrypto: the data is not an ArrayBuffer or an ArrayBufferView.');
}

const toArrayBuffer = (latin1) => bytes.latin1ToBytes(latin1).buffer;

function hmac(key, data) {
  const s = key[kKey];
  return host.crypto.hmac(HASHES[s.algorithm.hash.name], bytes.bytesToLatin1(s.secret), bytes.bytesToLatin1(bufferSource(data)));
}

function hmacKey(algorithm, extractable, usages) {
  if (algorithmName(algorithm) !== 'HMAC') throw new DOMException('tempo supports HMAC keys only', 'NotSupportedError');
  return (secret) => makeKey({
    type: 'secret', extractable: !!extractable, usages: Array.from(usages || []), secret,
    algorithm: { name: 'HMAC', hash: { name: hashName(algorithm.hash) }, length: secret.length * 8 },
  });
}

function checkUsage(key, usage) {
  if (!(key instanceof CryptoKey)) throw new TypeError('The key is not a CryptoKey');
  if (!key[kKey].usages.includes(usage)) {
    throw new DOMException("The key's usages do not include '" + usage + "'", 'InvalidAccessError');
  }
  if (algorithmName(key[kKey].algorithm) !== 'HMAC') throw new DOMException('Unsupported key', 'NotSupportedError');
}

/** Runs body as a promise: what it throws becomes the rejection. */
const settle = (body) => new Promise((resolve) => resolve(body()));

class SubtleCrypto {
  constructor() {
    if (!constructing) throw new TypeError('Illegal constructor');
  }

  digest(algorithm, data) {
    return settle(() => toArrayBuffer(host.crypto.hash(HASHES[hashName(algorithm)], bytes.bytesToLatin1(bufferSource(data)))));
  }

  importKey(format, keyData, algorithm, extractable, usages) {
    return settle(() => {
      if (format !== 'raw') throw new DOMException("tempo imports keys in the 'raw' format only", 'NotSupportedError');
      return hmacKey(algorithm, extractable, usages)(bufferSource(keyData).slice());
    });
  }

  exportKey(format, key) {
    return settle(() => {
      if (format !== 'raw') throw new DOMException("tempo exports keys in the 'raw' format only", 'NotSupportedError');
      if (!key[kKey].extractable) throw new DOMException('key is not extractable', 'InvalidAccessError');
      return key[kKey].secret.slice().buffer;
    });
  }

  generateKey(algorithm, extractable, usages) {
    return settle(() => {
      const hash = hashName(algorithm.hash);
      const length = algorithm.length !== undefined ? Number(algorithm.length) : BLOCK_BITS[hash];
      const secret = new Uint8Array(Math.ceil(length / 8));
      require('../node/crypto').getRandomValues(secret);
      return hmacKey(algorithm, extractable, usages)(secret);
    });
  }

  sign(algorithm, key, data) {
    return settle(() => {
      checkUsage(key, 'sign');
      return toArrayBuffer(hmac(key, data));
    });
  }

  verify(algorithm, key, signature, data) {
    return settle(() => {
      checkUsage(key, 'verify');
      const expected = hmac(key, data);
      const given = bytes.bytesToLatin1(bufferSource(signature));
      let diff = expected.length ^ given.length;
      for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ given.charCodeAt(i % Math.max(given.length, 1));
      return diff === 0;
    });
  }

  get [Symbol.toStringTag]() { return 'SubtleCrypto'; }
}

for (const op of ['encrypt', 'decrypt', 'deriveBits', 'deriveKey', 'wrapKey', 'unwrapKey']) {
  SubtleCrypto.prototype[op] = function unsupported() {
    return Promise.reject(new DOMException('crypto.subtle.' + op + ' is not supported by tempo', 'NotSupportedError'));
  };
}

function createSubtle() {
  constructing = true;
  try {
    return new SubtleCrypto();
  } finally {
    constructing = false;
  }
}

module.exports = { SubtleCrypto, CryptoKey, subtle: createSubtle() };
