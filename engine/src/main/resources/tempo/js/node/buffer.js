// node:buffer. Buffer is a Uint8Array subclass; slice/subarray return Buffers sharing memory.
'use strict';

const bytes = require('./_bytes');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kMaxLength = 2 ** 32;

function typeError(code, message) {
  const e = new TypeError(message);
  e.code = code;
  return e;
}

function rangeError(code, message) {
  const e = new RangeError(message);
  e.code = code;
  return e;
}

function describe(v) {
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'object') return 'an instance of ' + ((v.constructor && v.constructor.name) || 'Object');
  if (typeof v === 'function') return 'function ' + v.name;
  return 'type ' + typeof v + ' (' + (typeof v === 'string' ? "'" + v + "'" : String(v)) + ')';
}

class Buffer extends Uint8Array {
  constructor(a, b, c) {
    if (typeof a === 'string') {
      const data = bytes.encode(a, b);
      super(data.length);
      this.set(data);
      return;
    }
    if (a === undefined) super(0);
    else if (b === undefined && c === undefined) super(a);
    else super(a, b, c);
  }

  static from(value, encodingOrOffset, length) {
    if (typeof value === 'string') return fromBytes(bytes.encode(value, encodingOrOffset));
    if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer)) {
      const off = encodingOrOffset === undefined ? 0 : Number(encodingOrOffset) || 0;
      if (off > value.byteLength) throw rangeError('ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
      const len = length === undefined ? value.byteLength - off : Number(length) || 0;
      if (off + len > value.byteLength) throw rangeError('ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
      return new Buffer(value, off, len);
    }
    if (ArrayBuffer.isView(value)) {
      const src = value instanceof Uint8Array ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      if (!(value instanceof Uint8Array) && !(value instanceof DataView)) {
        // typed arrays copy element-wise (each element truncated to a byte), like Node
        const out = Buffer.allocUnsafe(value.length);
        for (let i = 0; i < value.length; i++) out[i] = Number(value[i]) & 0xff;
        return out;
      }
      const out = Buffer.allocUnsafe(src.length);
      out.set(src);
      return out;
    }
    if (value !== null && typeof value === 'object') {
      if (typeof value.valueOf === 'function') {
        const prim = value.valueOf();
        if (prim !== value && prim !== null && prim !== undefined && (typeof prim === 'string' || typeof prim === 'object')) {
          return Buffer.from(prim, encodingOrOffset, length);
        }
      }
      if (value.type === 'Buffer' && Array.isArray(value.data)) return fromArrayLike(value.data);
      if (Array.isArray(value) || typeof value.length === 'number') return fromArrayLike(value);
      if (typeof value[Symbol.toPrimitive] === 'function') {
        const p = value[Symbol.toPrimitive]('string');
        if (typeof p === 'string') return Buffer.from(p, encodingOrOffset);
      }
    }
    throw typeError('ERR_INVALID_ARG_TYPE', 'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received ' + describe(value));
  }

  static of(...items) {
    return fromArrayLike(items);
  }

  static alloc(size, fill, encoding) {
    checkSize(size);
    const b = new Buffer(size);
    if (fill !== undefined && fill !== 0 && size > 0) b.fill(fill, 0, b.length, encoding);
    return b;
  }

  static allocUnsafe(size) {
    checkSize(size);
    return new Buffer(size);
  }

  static allocUnsafeSlow(size) {
    checkSize(size);
    return new Buffer(size);
  }

  static isBuffer(b) {
    return b instanceof Buffer;
  }

  static isEncoding(enc) {
    return typeof enc === 'string' && enc.length > 0 && bytes.normalizeEncoding(enc) !== null;
  }

  static byteLength(value, encoding) {
    if (typeof value !== 'string') {
      if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value.byteLength;
      throw typeError('ERR_INVALID_ARG_TYPE', 'The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received ' + describe(value));
    }
    const enc = bytes.normalizeEncoding(encoding) || 'utf8';
    switch (enc) {
      case 'utf8': return bytes.utf8Encode(value).length;
      case 'latin1': case 'ascii': return value.length;
      case 'utf16le': return value.length * 2;
      case 'hex': return value.length >>> 1;
      default: return bytes.encode(value, enc).length;
    }
  }

  static compare(a, b) {
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array)) {
      throw typeError('ERR_INVALID_ARG_TYPE', 'The "buf1" argument must be an instance of Buffer or Uint8Array.');
    }
    return compareBytes(a, 0, a.length, b, 0, b.length);
  }

  static concat(list, totalLength) {
    if (!Array.isArray(list)) {
      throw typeError('ERR_INVALID_ARG_TYPE', 'The "list" argument must be an instance of Array. Received ' + describe(list));
    }
    if (totalLength === undefined) {
      totalLength = 0;
      for (const b of list) totalLength += b.length;
    }
    const out = Buffer.alloc(totalLength);
    let pos = 0;
    for (const b of list) {
      if (!(b instanceof Uint8Array)) {
        throw typeError('ERR_INVALID_ARG_TYPE', 'The "list[' + list.indexOf(b) + ']" argument must be an instance of Buffer or Uint8Array. Received ' + describe(b));
      }
      if (pos >= totalLength) break;
      const n = Math.min(b.length, totalLength - pos);
      out.set(n === b.length ? b : b.subarray(0, n), pos);
      pos += n;
    }
    return out;
  }

  static get poolSize() { return 8192; }

  get parent() { return this.buffer; }
  get offset() { return this.byteOffset; }

  toString(encoding, start, end) {
    if (arguments.length === 0) return bytes.utf8Decode(this);
    start = start === undefined ? 0 : Math.max(0, start | 0);
    end = end === undefined ? this.length : Math.min(this.length, end | 0);
    if (end <= start) return '';
    const enc = bytes.normalizeEncoding(encoding);
    if (enc === null) throw typeError('ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + encoding);
    return bytes.decode(this, enc, start, end);
  }

  toLocaleString(encoding, start, end) {
    return this.toString(encoding, start, end);
  }

  toJSON() {
    return { type: 'Buffer', data: Array.from(this) };
  }

  equals(other) {
    if (!(other instanceof Uint8Array)) {
      throw typeError('ERR_INVALID_ARG_TYPE', 'The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received ' + describe(other));
    }
    return compareBytes(this, 0, this.length, other, 0, other.length) === 0;
  }

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!(target instanceof Uint8Array)) {
      throw typeError('ERR_INVALID_ARG_TYPE', 'The "target" argument must be an instance of Buffer or Uint8Array. Received ' + describe(target));
    }
    return compareBytes(this, sourceStart || 0, sourceEnd === undefined ? this.length : sourceEnd,
      target, targetStart || 0, targetEnd === undefined ? target.length : targetEnd);
  }

  slice(start, end) {
    return this.subarray(start, end);
  }

  subarray(start, end) {
    const len = this.length;
    let s = start === undefined ? 0 : Math.trunc(Number(start)) || 0;
    let e = end === undefined ? len : Math.trunc(Number(end)) || 0;
    if (s < 0) s = Math.max(0, len + s); else s = Math.min(s, len);
    if (e < 0) e = Math.max(0, len + e); else e = Math.min(e, len);
    if (e < s) e = s;
    return new Buffer(this.buffer, this.byteOffset + s, e - s);
  }

  write(string, offset, length, encoding) {
    if (typeof offset === 'string') { encoding = offset; offset = 0; length = undefined; }
    else if (typeof length === 'string') { encoding = length; length = undefined; }
    offset = offset === undefined ? 0 : offset >>> 0;
    const remaining = this.length - offset;
    length = length === undefined ? remaining : Math.min(remaining, length >>> 0);
    let data = bytes.encode(string, encoding);
    if (data.length > length) {
      data = data.subarray(0, length);
      if ((bytes.normalizeEncoding(encoding) || 'utf8') === 'utf8') {
        // never write a partial UTF-8 sequence
        let n = data.length;
        let i = n - 1;
        while (i >= 0 && (data[i] & 0xc0) === 0x80) i--;
        if (i >= 0) {
          const lead = data[i];
          const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
          if (n - i < need) data = data.subarray(0, i);
        }
      }
    }
    this.set(data, offset);
    return data.length;
  }

  fill(value, offset, end, encoding) {
    if (typeof offset === 'string') { encoding = offset; offset = 0; end = this.length; }
    else if (typeof end === 'string') { encoding = end; end = this.length; }
    offset = offset === undefined ? 0 : offset;
    end = end === undefined ? this.length : end;
    if (offset < 0 || end > this.length) throw rangeError('ERR_OUT_OF_RANGE', 'The value of "offset" is out of range.');
    if (typeof value === 'number') {
      Uint8Array.prototype.fill.call(this, value & 255, offset, end);
      return this;
    }
    if (typeof value === 'boolean') {
      Uint8Array.prototype.fill.call(this, Number(value), offset, end);
      return this;
    }
    const data = typeof value === 'string' ? bytes.encode(value, encoding) : value;
    if (data.length === 0) {
      if (typeof value === 'string' && value.length > 0) throw typeError('ERR_INVALID_ARG_VALUE', 'The argument \'value\' is invalid. Received \'' + value + '\'');
      Uint8Array.prototype.fill.call(this, 0, offset, end);
      return this;
    }
    for (let i = offset, j = 0; i < end; i++, j = (j + 1) % data.length) this[i] = data[j];
    return this;
  }

  copy(target, targetStart, sourceStart, sourceEnd) {
    targetStart = targetStart === undefined ? 0 : targetStart;
    sourceStart = sourceStart === undefined ? 0 : sourceStart;
    sourceEnd = sourceEnd === undefined ? this.length : Math.min(sourceEnd, this.length);
    if (sourceEnd <= sourceStart || targetStart >= target.length) return 0;
    const n = Math.min(sourceEnd - sourceStart, target.length - targetStart);
    target.set(Uint8Array.prototype.subarray.call(this, sourceStart, sourceStart + n), targetStart);
    return n;
  }

  indexOf(value, byteOffset, encoding) {
    return search(this, value, byteOffset, encoding, true);
  }

  lastIndexOf(value, byteOffset, encoding) {
    return search(this, value, byteOffset, encoding, false);
  }

  includes(value, byteOffset, encoding) {
    return this.indexOf(value, byteOffset, encoding) !== -1;
  }

  swap16() { return swap(this, 2); }
  swap32() { return swap(this, 4); }
  swap64() { return swap(this, 8); }

  [customInspect](depth, options) {
    const max = 50;
    let s = bytes.hexEncode(this, 0, Math.min(max, this.length)).replace(/(.{2})(?!$)/g, '$1 ');
    if (this.length > max) s += ' ... ' + (this.length - max) + ' more byte' + (this.length - max > 1 ? 's' : '');
    return '<' + this.constructor.name + (s ? ' ' + s : '') + '>';
  }
}

function checkSize(size) {
  if (typeof size !== 'number') {
    throw typeError('ERR_INVALID_ARG_TYPE', 'The "size" argument must be of type number. Received ' + describe(size));
  }
  if (size < 0 || size > kMaxLength || Number.isNaN(size)) {
    throw rangeError('ERR_OUT_OF_RANGE', 'The value of "size" is out of range. It must be >= 0 && <= ' + kMaxLength + '. Received ' + size);
  }
}

function fromBytes(u8) {
  return new Buffer(u8.buffer, u8.byteOffset, u8.length);
}

function fromArrayLike(a) {
  const out = new Buffer(a.length);
  for (let i = 0; i < a.length; i++) out[i] = Number(a[i]) & 255;
  return out;
}

function compareBytes(a, as, ae, b, bs, be) {
  const n = Math.min(ae - as, be - bs);
  for (let i = 0; i < n; i++) {
    if (a[as + i] !== b[bs + i]) return a[as + i] < b[bs + i] ? -1 : 1;
  }
  const la = ae - as, lb = be - bs;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

function search(buf, value, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') { encoding = byteOffset; byteOffset = undefined; }
  const len = buf.length;
  let from = byteOffset === undefined ? (forward ? 0 : len) : Number(byteOffset) || 0;
  if (from < 0) from = len + from;
  if (typeof value === 'number') value = Uint8Array.of(value & 255);
  else if (typeof value === 'string') value = bytes.encode(value, encoding);
  else if (!(value instanceof Uint8Array)) {
    throw typeError('ERR_INVALID_ARG_TYPE', 'The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received ' + describe(value));
  }
  const n = value.length;
  if (n === 0) return forward ? Math.min(Math.max(from, 0), len) : Math.min(from, len);
  if (forward) {
    for (let i = Math.max(from, 0); i <= len - n; i++) {
      let j = 0;
      while (j < n && buf[i + j] === value[j]) j++;
      if (j === n) return i;
    }
  } else {
    for (let i = Math.min(from, len - n); i >= 0; i--) {
      let j = 0;
      while (j < n && buf[i + j] === value[j]) j++;
      if (j === n) return i;
    }
  }
  return -1;
}

function swap(buf, size) {
  if (buf.length % size !== 0) throw rangeError('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of ' + (size * 8) + '-bits');
  for (let i = 0; i < buf.length; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const t = buf[a]; buf[a] = buf[b]; buf[b] = t;
    }
  }
  return buf;
}

function view(buf) {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

function checkOffset(buf, offset, size) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number') {
    throw typeError('ERR_INVALID_ARG_TYPE', 'The "offset" argument must be of type number. Received ' + describe(offset));
  }
  if (!Number.isInteger(offset) || offset < 0 || offset + size > buf.length) {
    throw rangeError(offset + size > buf.length && Number.isInteger(offset) && offset >= 0 ? 'ERR_BUFFER_OUT_OF_BOUNDS' : 'ERR_OUT_OF_RANGE',
      offset + size > buf.length && Number.isInteger(offset) && offset >= 0 ? 'Attempt to access memory outside buffer bounds'
        : 'The value of "offset" is out of range. It must be >= 0 and <= ' + (buf.length - size) + '. Received ' + offset);
  }
  return offset;
}

const accessors = [
  ['UInt8', 1, 'getUint8', 'setUint8', 0, 255],
  ['Int8', 1, 'getInt8', 'setInt8', -128, 127],
  ['UInt16', 2, 'getUint16', 'setUint16', 0, 0xffff],
  ['Int16', 2, 'getInt16', 'setInt16', -0x8000, 0x7fff],
  ['UInt32', 4, 'getUint32', 'setUint32', 0, 0xffffffff],
  ['Int32', 4, 'getInt32', 'setInt32', -0x80000000, 0x7fffffff],
  ['Float', 4, 'getFloat32', 'setFloat32'],
  ['Double', 8, 'getFloat64', 'setFloat64'],
  ['BigUInt64', 8, 'getBigUint64', 'setBigUint64'],
  ['BigInt64', 8, 'getBigInt64', 'setBigInt64'],
];
const P = Buffer.prototype;
// node's buf.inspect() is its custom inspector under a plain name too
Object.defineProperty(P, 'inspect', { value: P[customInspect], writable: true, configurable: true });
for (const [name, size, get, set, min, max] of accessors) {
  const endians = size === 1 ? [['', false]] : [['LE', true], ['BE', false]];
  for (const [suffix, little] of endians) {
    const read = function (offset) {
      offset = checkOffset(this, offset, size);
      return view(this)[get](offset, little);
    };
    const write = function (value, offset) {
      offset = checkOffset(this, offset, size);
      if (min !== undefined && (value < min || value > max)) {
        throw rangeError('ERR_OUT_OF_RANGE', 'The value of "value" is out of range. It must be >= ' + min + ' and <= ' + max + '. Received ' + value);
      }
      view(this)[set](offset, name.startsWith('Big') ? BigInt(value) : Number(value), little);
      return offset + size;
    };
    P['read' + name + suffix] = read;
    P['write' + name + suffix] = write;
    if (name.includes('UInt')) {
      P['read' + name.replace('UInt', 'Uint') + suffix] = read;
      P['write' + name.replace('UInt', 'Uint') + suffix] = write;
    }
  }
}

function readVar(signed, little) {
  return function (offset, byteLength) {
    checkOffset(this, offset, byteLength);
    let v = 0;
    for (let i = 0; i < byteLength; i++) {
      const b = this[offset + (little ? i : byteLength - 1 - i)];
      v += b * 2 ** (8 * i);
    }
    if (signed && v >= 2 ** (8 * byteLength - 1)) v -= 2 ** (8 * byteLength);
    return v;
  };
}
function writeVar(little) {
  return function (value, offset, byteLength) {
    checkOffset(this, offset, byteLength);
    let v = value < 0 ? value + 2 ** (8 * byteLength) : value;
    for (let i = 0; i < byteLength; i++) {
      this[offset + (little ? i : byteLength - 1 - i)] = v % 256;
      v = Math.floor(v / 256);
    }
    return offset + byteLength;
  };
}
P.readUIntLE = P.readUintLE = readVar(false, true);
P.readUIntBE = P.readUintBE = readVar(false, false);
P.readIntLE = readVar(true, true);
P.readIntBE = readVar(true, false);
P.writeUIntLE = P.writeUintLE = P.writeIntLE = writeVar(true);
P.writeUIntBE = P.writeUintBE = P.writeIntBE = writeVar(false);

for (const enc of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'ucs2', 'utf16le']) {
  P[enc + 'Slice'] = function (start, end) { return this.toString(enc, start, end); };
  P[enc + 'Write'] = function (string, offset, length) { return this.write(string, offset, length, enc); };
}

// Buffer(...) without new works (deprecated in Node, still common in old code)
const BufferFn = new Proxy(Buffer, {
  apply(target, thisArg, args) {
    return Reflect.construct(target, args);
  },
});

Object.defineProperty(Buffer.prototype, 'constructor', { value: BufferFn, writable: true, configurable: true });

function SlowBuffer(size) {
  return Buffer.allocUnsafeSlow(size);
}

function atob(data) {
  if (arguments.length === 0) throw typeError('ERR_MISSING_ARGS', 'The "data" argument must be specified');
  const s = String(data).replace(/[\t\n\f\r ]/g, '');
  if (s.length % 4 === 1 || /[^A-Za-z0-9+/=]/.test(s) || /=[^=]/.test(s) || (s.length % 4 === 0 && /===$/.test(s))) {
    const e = new Error('The string to be decoded is not correctly encoded.');
    e.name = 'InvalidCharacterError';
    e.code = 5;
    throw e;
  }
  return bytes.bytesToLatin1(bytes.base64Decode(s));
}

function btoa(data) {
  if (arguments.length === 0) throw typeError('ERR_MISSING_ARGS', 'The "data" argument must be specified');
  const s = String(data);
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 255) {
      const e = new Error('Invalid character');
      e.name = 'InvalidCharacterError';
      e.code = 5;
      throw e;
    }
  }
  return bytes.base64Encode(bytes.latin1ToBytes(s), false);
}

function isUtf8(input) {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(input);
    return true;
  } catch (e) {
    return false;
  }
}

function isAscii(input) {
  const b = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  for (let i = 0; i < b.length; i++) if (b[i] > 127) return false;
  return true;
}

module.exports = {
  Buffer: BufferFn,
  SlowBuffer,
  kMaxLength,
  kStringMaxLength: 2 ** 29 - 24,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 2 ** 29 - 24 },
  INSPECT_MAX_BYTES: 50,
  atob,
  btoa,
  isUtf8,
  isAscii,
  Blob: globalThis.Blob,
  File: globalThis.File,
};
