// Byte helpers shared by buffer, fs, crypto, atob/btoa. Bytes cross the Java bridge as latin1 strings
// (one char 0..255 per byte), see HostBridge.
'use strict';

function latin1ToBytes(s) {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function bytesToLatin1(b, start, end) {
  start = start || 0;
  end = end === undefined ? b.length : end;
  let s = '';
  const CHUNK = 8192;
  for (let i = start; i < end; i += CHUNK) {
    s += String.fromCharCode.apply(null, b.subarray(i, Math.min(end, i + CHUNK)));
  }
  return s;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64_LOOKUP[B64.charCodeAt(i)] = i;
B64_LOOKUP['-'.charCodeAt(0)] = 62;
B64_LOOKUP['_'.charCodeAt(0)] = 63;

function base64Encode(b, url) {
  const alphabet = url ? B64URL : B64;
  let out = '';
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const n = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63];
  }
  const rest = b.length - i;
  if (rest === 1) {
    const n = b[i] << 16;
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + (url ? '' : '==');
  } else if (rest === 2) {
    const n = (b[i] << 16) | (b[i + 1] << 8);
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + (url ? '' : '=');
  }
  return out;
}

// Lenient like Node: skips characters outside both alphabets, stops at '='.
function base64Decode(s) {
  const out = new Uint8Array(Math.floor(s.length * 3 / 4) + 3);
  let n = 0, bits = 0, acc = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61) break; // '='
    const v = c < 128 ? B64_LOOKUP[c] : -1;
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function hexDecode(s) {
  const out = new Uint8Array(s.length >>> 1);
  let n = 0;
  for (let i = 0; i + 1 < s.length; i += 2) {
    const v = parseInt(s.substr(i, 2), 16);
    if (Number.isNaN(v) || !/^[0-9a-fA-F]{2}$/.test(s.substr(i, 2))) break;
    out[n++] = v;
  }
  return out.subarray(0, n);
}

function hexEncode(b, start, end) {
  let s = '';
  for (let i = start || 0, e = end === undefined ? b.length : end; i < e; i++) s += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  return s;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

function utf8Encode(s) {
  return encoder.encode(s);
}

function utf8Decode(b) {
  return decoder.decode(b);
}

function utf16leEncode(s) {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i * 2] = c & 0xff;
    out[i * 2 + 1] = c >> 8;
  }
  return out;
}

function utf16leDecode(b) {
  let s = '';
  for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode(b[i] | (b[i + 1] << 8));
  return s;
}

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  switch (String(enc).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'hex': return 'hex';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    case 'utf16le': case 'utf-16le': case 'ucs2': case 'ucs-2': return 'utf16le';
    default: return null;
  }
}

function encode(str, enc) {
  switch (normalizeEncoding(enc)) {
    case 'utf8': return utf8Encode(str);
    case 'hex': return hexDecode(str);
    case 'base64': case 'base64url': return base64Decode(str);
    case 'latin1': case 'ascii': return latin1ToBytes(str);
    case 'utf16le': return utf16leEncode(str);
    default: {
      const e = new TypeError('Unknown encoding: ' + enc);
      e.code = 'ERR_UNKNOWN_ENCODING';
      throw e;
    }
  }
}

function decode(bytes, enc, start, end) {
  start = start || 0;
  end = end === undefined ? bytes.length : end;
  const b = start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end);
  switch (normalizeEncoding(enc)) {
    case 'utf8': return utf8Decode(b);
    case 'hex': return hexEncode(b);
    case 'base64': return base64Encode(b, false);
    case 'base64url': return base64Encode(b, true);
    case 'latin1': return bytesToLatin1(b);
    case 'ascii': {
      const c = new Uint8Array(b.length);
      for (let i = 0; i < b.length; i++) c[i] = b[i] & 0x7f;
      return bytesToLatin1(c);
    }
    case 'utf16le': return utf16leDecode(b);
    default: {
      const e = new TypeError('Unknown encoding: ' + enc);
      e.code = 'ERR_UNKNOWN_ENCODING';
      throw e;
    }
  }
}

/** A Uint8Array over an ArrayBuffer's or a view's bytes (the same memory, not a copy); null for anything else. */
function viewOf(data) {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return null;
}

/** The chunks' bytes one after another, in a new Uint8Array. */
function joinBytes(chunks) {
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

module.exports = {
  viewOf, joinBytes, latin1ToBytes, bytesToLatin1, base64Encode, base64Decode, hexEncode, hexDecode,
  utf8Encode, utf8Decode, normalizeEncoding, encode, decode,
};
