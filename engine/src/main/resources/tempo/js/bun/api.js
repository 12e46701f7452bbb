// The parts of the Bun global that test files reach for beside the test API: files, child processes, PATH
// lookup, hashing, text helpers, stream readers, URL/path conversion. Each member loads on first use; setup
// makes the Bun object and hands it here.
'use strict';

const host = require('../internal/host');

function which(command, options) {
  const fs = require('../node/fs');
  const path = require('../node/path');
  const o = options || {};
  const cwd = o.cwd != null ? String(o.cwd) : globalThis.process.cwd();
  const executable = (p) => {
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return fs.statSync(p).isFile();
    } catch (e) {
      return false;
    }
  };
  const cmd = String(command);
  if (cmd.includes('/')) {
    const p = path.resolve(cwd, cmd);
    return executable(p) ? p : null;
  }
  const searchPath = o.PATH != null ? String(o.PATH) : globalThis.process.env.PATH || '';
  for (const dir of searchPath.split(':')) {
    if (dir === '') continue;
    const p = path.resolve(cwd, dir, cmd);
    if (executable(p)) return p;
  }
  return null;
}

/** A version 7 UUID: 48 bits of Unix milliseconds, then random bits (with the version and variant). */
function randomUUIDv7(encoding, timestamp) {
  const ms = timestamp === undefined ? Date.now() : timestamp instanceof Date ? timestamp.getTime() : Number(timestamp);
  const b = new Uint8Array(16);
  require('../node/crypto').getRandomValues(b);
  let t = Math.floor(ms);
  for (let i = 5; i >= 0; i--) {
    b[i] = t % 256;
    t = Math.floor(t / 256);
  }
  b[6] = (b[6] & 0x0f) | 0x70;
  b[8] = (b[8] & 0x3f) | 0x80;
  if (encoding === 'buffer') return require('../node/buffer').Buffer.from(b);
  if (encoding === 'base64' || encoding === 'base64url') return require('../node/buffer').Buffer.from(b).toString(encoding);
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
}

/** Bun.CryptoHasher: node:crypto's Hash under bun's name, with its list of algorithms. */
function cryptoHasher() {
  const nodeCrypto = require('../node/crypto');
  class CryptoHasher {
    constructor(algorithm, hmacKey) {
      this.algorithm = String(algorithm);
      this.hash = hmacKey === undefined ? nodeCrypto.createHash(this.algorithm) : nodeCrypto.createHmac(this.algorithm, hmacKey);
    }
    update(data, encoding) {
      this.hash.update(data, encoding);
      return this;
    }
    digest(encoding) {
      return this.hash.digest(encoding);
    }
    copy() {
      const c = Object.create(CryptoHasher.prototype);
      return Object.assign(c, { algorithm: this.algorithm, hash: this.hash.copy() });
    }
  }
  CryptoHasher.algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256', 'sha3-384', 'sha3-512'];
  return CryptoHasher;
}

/** Bun.sha: SHA-512/256 of a string or bytes, as bytes or in an encoding. */
function sha(input, encoding) {
  const bytes = require('../node/_bytes');
  const { Buffer } = require('../node/buffer');
  const data = typeof input === 'string' ? new TextEncoder().encode(input) : bytes.viewOf(input) || new Uint8Array(0);
  const digest = Buffer.from(bytes.latin1ToBytes(host.crypto.hash('SHA-512/256', bytes.bytesToLatin1(data))));
  return encoding === undefined ? new Uint8Array(digest) : digest.toString(encoding);
}

function streamReaders() {
  const { readAllBytes } = require('../web/readable_stream');
  const readAll = async (stream) => {
    const out = [];
    for await (const chunk of stream) out.push(chunk);
    return out;
  };
  return {
    readableStreamToArray: readAll,
    readableStreamToBytes: readAllBytes,
    readableStreamToArrayBuffer: (s) => readAllBytes(s).then((b) => b.buffer),
    readableStreamToText: (s) => readAllBytes(s).then((b) => new TextDecoder().decode(b)),
    readableStreamToJSON: (s) => readAllBytes(s).then((b) => JSON.parse(new TextDecoder().decode(b))),
    readableStreamToBlob: (s) => readAllBytes(s).then((b) => new (require('../web/blob').Blob)([b])),
  };
}

function concatArrayBuffers(buffers, maxLength, asUint8Array) {
  const { viewOf, joinBytes } = require('../node/_bytes');
  let out = joinBytes(Array.from(buffers, (b) => viewOf(b) || new Uint8Array(0)));
  if (maxLength !== undefined && maxLength < out.length) {
    const all = out;
    out = new Uint8Array(maxLength); // a negative maxLength throws its RangeError here
    out.set(all.subarray(0, maxLength));
  }
  return asUint8Array ? out : out.buffer;
}

function deepMatch(subset, value) {
  const eq = require('../expect/equals');
  return eq.equals(value, subset, [eq.iterableEquality, eq.subsetEquality]);
}

/** Members of Bun loaded on first use: name -> () => value. */
const MEMBERS = {
  file: () => require('./file').file,
  write: () => require('./file').write,
  spawn: () => require('./spawn').spawn,
  spawnSync: () => require('./spawn').spawnSync,
  which: () => which,
  escapeHTML: () => require('./text').escapeHTML,
  stripANSI: () => require('./text').stripANSI,
  stringWidth: () => require('./text').stringWidth,
  indexOfLine: () => require('./text').indexOfLine,
  randomUUIDv7: () => randomUUIDv7,
  CryptoHasher: cryptoHasher,
  sha: () => sha,
  deepMatch: () => deepMatch,
  concatArrayBuffers: () => concatArrayBuffers,
  allocUnsafe: () => (size) => new Uint8Array(size),
  fileURLToPath: () => require('../node/url').fileURLToPath,
  pathToFileURL: () => require('../node/url').pathToFileURL,
  gc: () => function gc() { return host.gc(); },
  TOML: () => require('./data_formats').TOML,
  YAML: () => require('./data_formats').YAML,
  Glob: () => require('./glob').Glob,
  // bun's deflateSync and inflateSync are raw DEFLATE; all four give Uint8Arrays
  gzipSync: () => (data, options) => new Uint8Array(require('../node/zlib').gzipSync(data, options)),
  gunzipSync: () => (data) => new Uint8Array(require('../node/zlib').gunzipSync(data)),
  deflateSync: () => (data, options) => new Uint8Array(require('../node/zlib').deflateRawSync(data, options)),
  inflateSync: () => (data) => new Uint8Array(require('../node/zlib').inflateRawSync(data)),
  shrink: () => function shrink() {},
};
for (const name of ['readableStreamToArray', 'readableStreamToBytes', 'readableStreamToArrayBuffer', 'readableStreamToText',
  'readableStreamToJSON', 'readableStreamToBlob']) {
  MEMBERS[name] = () => streamReaders()[name];
}

/** Adds the members above to Bun, each made on its first read (lazyMembers, from runtime/setup). */
function extendBun(Bun, lazyMembers) {
  lazyMembers(Bun, MEMBERS);
  Object.defineProperty(Bun, 'cwd', { get: () => globalThis.process.cwd(), configurable: true, enumerable: true });
  Object.assign(Bun, { isMainThread: true, revision: 'tempo' });
}

module.exports = { extendBun };
