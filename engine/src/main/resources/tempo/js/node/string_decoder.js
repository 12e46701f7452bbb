// node:string_decoder: decodes byte chunks without splitting multi-byte characters.
'use strict';

const bytes = require('./_bytes');

class StringDecoder {
  constructor(encoding) {
    const enc = bytes.normalizeEncoding(encoding);
    if (enc === null) {
      const e = new TypeError('Unknown encoding: ' + encoding);
      e.code = 'ERR_UNKNOWN_ENCODING';
      throw e;
    }
    this.encoding = enc;
    this._pending = new Uint8Array(0);
    if (enc === 'utf8') this._decoder = new TextDecoder('utf-8');
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    let b = buf instanceof Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    if (this._pending.length) {
      const c = new Uint8Array(this._pending.length + b.length);
      c.set(this._pending);
      c.set(b, this._pending.length);
      b = c;
    }
    const keep = this._incomplete(b);
    this._pending = b.slice(b.length - keep);
    return this._decode(b.subarray(0, b.length - keep));
  }

  end(buf) {
    let out = buf ? this.write(buf) : '';
    if (this._pending.length) {
      out += this.encoding === 'utf8' ? '\ufffd' : this._decode(this._pending);
      this._pending = new Uint8Array(0);
    }
    return out;
  }

  _decode(b) {
    return this.encoding === 'utf8' ? this._decoder.decode(b) : bytes.decode(b, this.encoding);
  }

  _incomplete(b) {
    if (this.encoding === 'utf8') {
      for (let i = 1; i <= Math.min(3, b.length); i++) {
        const c = b[b.length - i];
        if ((c & 0xc0) === 0x80) continue;
        const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        return need > i ? i : 0;
      }
      return 0;
    }
    if (this.encoding === 'utf16le') return b.length % 2;
    if (this.encoding === 'base64' || this.encoding === 'base64url') return b.length % 3;
    return 0;
  }
}

module.exports = { StringDecoder };
