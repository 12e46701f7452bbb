// FormData (the XMLHttpRequest standard's): an ordered list of name/value entries whose values are strings or
// Files; plus its two wire forms, multipart/form-data (written and read) and application/x-www-form-urlencoded
// (read), for Request and Response bodies.
'use strict';

const { Blob, File } = require('./blob');
const { bytesToLatin1 } = require('../node/_bytes');
const { URLSearchParams } = require('./url');
const { valuesOf, setPair, deletePairs } = require('./_pairs');

// FormData -> [[name, value], ...]
const entriesOf = new WeakMap();

function entries(fd, member) {
  const e = entriesOf.get(fd);
  if (!e) throw new TypeError('FormData.prototype.' + member + ' called on an object that is not a FormData');
  return e;
}

/** A string, or a File: a Blob becomes a File named "blob" (or the given name), a File is renamed if asked. */
function entryValue(value, fileName, member) {
  if (!(value instanceof Blob)) {
    if (fileName !== undefined) {
      throw new TypeError("Failed to execute '" + member + "' on 'FormData': parameter 2 is not of type 'Blob'.");
    }
    return String(value);
  }
  if (value instanceof File && fileName === undefined) return value;
  const name = fileName !== undefined ? String(fileName) : value instanceof File ? value.name : 'blob';
  return new File([value], name, { type: value.type, lastModified: value instanceof File ? value.lastModified : undefined });
}

class FormData {
  constructor(form) {
    if (form !== undefined) throw new TypeError("Failed to construct 'FormData': parameter 1 is not of type 'HTMLFormElement'.");
    entriesOf.set(this, []);
  }

  append(name, value, fileName) {
    entries(this, 'append').push([String(name), entryValue(value, fileName, 'append')]);
  }

  set(name, value, fileName) {
    setPair(entries(this, 'set'), String(name), entryValue(value, fileName, 'set'));
  }

  get(name) {
    const hit = entries(this, 'get').find((p) => p[0] === String(name));
    return hit ? hit[1] : null;
  }

  getAll(name) {
    return valuesOf(entries(this, 'getAll'), String(name));
  }

  has(name) {
    return entries(this, 'has').some((p) => p[0] === String(name));
  }

  delete(name) {
    deletePairs(entries(this, 'delete'), String(name));
  }

  forEach(callback, thisArg) {
    for (const [k, v] of this.entries()) callback.call(thisArg, v, k, this);
  }

  * entries() { for (const p of entries(this, 'entries').slice()) yield [p[0], p[1]]; }
  * keys() { for (const [k] of this.entries()) yield k; }
  * values() { for (const [, v] of this.entries()) yield v; }
  [Symbol.iterator]() { return this.entries(); }
  get [Symbol.toStringTag]() { return 'FormData'; }
}

const escapeName = (s) => s.replace(/\r\n|\r|\n/g, '\r\n').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');

/** multipart/form-data: { bytes, contentType } with a fresh boundary (the shape browsers and bun use). */
function encodeMultipart(fd) {
  let boundary = '----WebKitFormBoundary';
  for (let i = 0; i < 32; i++) boundary += '0123456789abcdef'[Math.floor(Math.random() * 16)];
  const parts = [];
  for (const [name, value] of entries(fd, 'entries')) {
    let head = '--' + boundary + '\r\nContent-Disposition: form-data; name="' + escapeName(name) + '"';
    if (typeof value === 'string') {
      parts.push(head + '\r\n\r\n' + value.replace(/\r\n|\r|\n/g, '\r\n') + '\r\n');
    } else {
      head += '; filename="' + escapeName(value.name) + '"\r\nContent-Type: ' + (value.type || 'application/octet-stream');
      parts.push(head + '\r\n\r\n', value, '\r\n');
    }
  }
  parts.push('--' + boundary + '--\r\n');
  return { blob: new Blob(parts), contentType: 'multipart/form-data; boundary=' + boundary };
}

/** application/x-www-form-urlencoded text as a FormData. */
function decodeUrlEncoded(text) {
  const fd = new FormData();
  for (const [k, v] of new URLSearchParams(text)) fd.append(k, v);
  return fd;
}

/** multipart/form-data bytes as a FormData; throws a TypeError when they do not parse. */
function decodeMultipart(bytes, contentType) {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!m) throw new TypeError('Failed to parse body as FormData: the content type has no boundary.');
  const boundary = '--' + (m[1] || m[2]).trim();
  // Work on a latin1 view (one character per byte) so that offsets are byte offsets.
  const text = bytesToLatin1(bytes);
  const fd = new FormData();
  let at = text.indexOf(boundary);
  if (at === -1) throw new TypeError('Failed to parse body as FormData.');
  const utf8 = new TextDecoder();
  for (;;) {
    at += boundary.length;
    if (text.startsWith('--', at)) break;
    at = text.indexOf('\r\n', at) + 2;
    const headEnd = text.indexOf('\r\n\r\n', at);
    const next = text.indexOf('\r\n' + boundary, headEnd);
    if (at < 2 || headEnd === -1 || next === -1) throw new TypeError('Failed to parse body as FormData.');
    const head = utf8.decode(bytes.subarray(at, headEnd));
    const body = bytes.subarray(headEnd + 4, next);
    const name = /name="([^"]*)"/i.exec(head);
    const file = /filename="([^"]*)"/i.exec(head);
    const type = /content-type:\s*([^\r\n]*)/i.exec(head);
    if (!name) throw new TypeError('Failed to parse body as FormData: a part has no name.');
    if (file) fd.append(name[1], new File([body.slice()], file[1], { type: type ? type[1].trim() : '' }));
    else fd.append(name[1], utf8.decode(body));
    at = next + 2;
  }
  return fd;
}

module.exports = { FormData, encodeMultipart, decodeMultipart, decodeUrlEncoded };
