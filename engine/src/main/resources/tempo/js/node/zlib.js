// node:zlib: deflate, raw deflate and gzip, both ways, synchronously and with callbacks (answered in a later
// turn of the event loop), crc32 and the constants. Not provided: brotli and the stream classes (createGzip...).
'use strict';

const host = require('../internal/host');
const bytes = require('./_bytes');
const { Buffer } = require('./buffer');

const constants = Object.freeze({
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_OK: 0,
  Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5,
  Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4865,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity,
  Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9,
  Z_DEFAULT_LEVEL: -1,
});

function inputBytes(data) {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  const view = bytes.viewOf(data);
  if (view !== null) return view;
  const e = new TypeError('The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer.');
  e.code = 'ERR_INVALID_ARG_TYPE';
  throw e;
}

/** Runs op on data: the result's bytes, or zlib's error thrown as Node throws it. */
function run(op, data, options) {
  const level = options && options.level !== undefined ? options.level : null;
  if (level !== null && (!Number.isInteger(level) || level < -1 || level > 9)) {
    const e = new RangeError('The value of "options.level" is out of range. It must be >= -1 and <= 9. Received ' + level);
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  const r = host.zlib(op, bytes.bytesToLatin1(inputBytes(data)), level);
  if (typeof r !== 'string') {
    const e = new Error(r.message);
    e.errno = constants[r.error];
    e.code = r.error;
    throw e;
  }
  return bytes.latin1ToBytes(r);
}

const OPS = ['deflate', 'deflateRaw', 'gzip', 'inflate', 'inflateRaw', 'gunzip', 'unzip'];
const zlib = { constants };
for (const op of OPS) {
  const sync = function (data, options) { return Buffer.from(run(op, data, options)); };
  Object.defineProperty(sync, 'name', { value: op + 'Sync' });
  zlib[op + 'Sync'] = sync;
  zlib[op] = {
    [op](data, options, callback) {
      const cb = typeof options === 'function' ? options : callback;
      const opts = typeof options === 'function' ? undefined : options;
      if (typeof cb !== 'function') {
        const e = new TypeError('The "callback" argument must be of type function. Received ' + typeof cb);
        e.code = 'ERR_INVALID_ARG_TYPE';
        throw e;
      }
      let result;
      let error = null;
      try {
        result = sync(data, opts);
      } catch (e) {
        error = e;
      }
      host.enqueueTask(() => (error ? cb(error) : cb(null, result)));
    },
  }[op];
}
// The classic aliases Node keeps on the module itself.
for (const k of Object.keys(constants)) if (k.startsWith('Z_')) zlib[k] = constants[k];

let crcTable = null;
/** CRC-32 (as zlib computes it) of a string (UTF-8) or bytes, continuing from value. */
zlib.crc32 = function crc32(data, value) {
  if (crcTable === null) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  const b = inputBytes(data);
  let c = ~(value === undefined ? 0 : value >>> 0);
  for (let i = 0; i < b.length; i++) c = crcTable[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
};

function unsupported(name, what) {
  return function () {
    throw new Error('zlib.' + name + ' is not supported by tempo (' + what + ')');
  };
}
for (const name of ['createGzip', 'createGunzip', 'createDeflate', 'createInflate', 'createDeflateRaw', 'createInflateRaw',
  'createUnzip', 'createBrotliCompress', 'createBrotliDecompress']) {
  zlib[name] = unsupported(name, 'no zlib streams');
}
for (const name of ['brotliCompress', 'brotliCompressSync', 'brotliDecompress', 'brotliDecompressSync']) {
  zlib[name] = unsupported(name, 'no brotli');
}

module.exports = zlib;
