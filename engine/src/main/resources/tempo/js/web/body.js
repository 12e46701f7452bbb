// The body of a Request or Response (the Fetch standard's Body mixin): what a body can be made from, the
// Content-Type that comes with it, and reading it once as text, JSON, bytes, an ArrayBuffer, a Blob, a
// FormData or a ReadableStream.
'use strict';

const { Blob, bytesOf } = require('./blob');
const { FormData, encodeMultipart, decodeMultipart, decodeUrlEncoded } = require('./form_data');
const { ReadableStream, streamOfBytes, readAllBytes, isDisturbed } = require('./readable_stream');
const { URLSearchParams } = require('./url');
const { viewOf } = require('../node/_bytes');

const kBody = Symbol('body');
const EMPTY = new Uint8Array(0);

/**
 * { bytes, stream, contentType } for a BodyInit: bytes for everything but a ReadableStream; the content type
 * bun gives (none for a string or bytes).
 */
function extract(init) {
  if (init === undefined || init === null) return { bytes: null, stream: null, contentType: null };
  if (typeof init === 'string') return { bytes: new TextEncoder().encode(init), stream: null, contentType: null };
  if (init instanceof ReadableStream) return { bytes: null, stream: init, contentType: null };
  if (init instanceof Blob) return { bytes: bytesOf(init), stream: null, contentType: init.type || null };
  const view = viewOf(init);
  if (view !== null) return { bytes: view.slice(), stream: null, contentType: null };
  if (init instanceof URLSearchParams) {
    return { bytes: new TextEncoder().encode(init.toString()), stream: null,
      contentType: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (init instanceof FormData) {
    const { blob, contentType } = encodeMultipart(init);
    return { bytes: bytesOf(blob), stream: null, contentType };
  }
  return { bytes: new TextEncoder().encode(String(init)), stream: null, contentType: null };
}

/** Gives target a body from init, setting Content-Type on its headers when they have none. */
function initBody(target, init, headers) {
  const b = extract(init);
  if (b.contentType !== null && !headers.has('content-type')) headers.set('content-type', b.contentType);
  target[kBody] = { bytes: b.bytes, stream: b.stream, used: false };
}

function state(target) {
  const s = target[kBody];
  if (!s) throw new TypeError('Illegal invocation');
  return s;
}

/** Whether the body can no longer be read whole: read already, or its stream taken or read from. */
function spent(s) {
  return s.used || (s.stream !== null && (s.stream.locked || isDisturbed(s.stream)));
}

/** The body's bytes, once: a second read fails as in bun ("Body already used"). */
function consume(target) {
  let s;
  try {
    s = state(target);
  } catch (e) {
    return Promise.reject(e);
  }
  if (spent(s)) return Promise.reject(new TypeError('Body already used'));
  s.used = true;
  if (s.stream !== null) return readAllBytes(s.stream);
  return Promise.resolve(s.bytes === null ? EMPTY : s.bytes.slice());
}

/** A copy of the body for clone(): bytes are shared (never written), a stream is split in two. */
function cloneBody(from, to) {
  const s = state(from);
  if (spent(s)) throw new TypeError('Body already used');
  if (s.stream !== null) {
    const [a, b] = s.stream.tee();
    s.stream = a;
    to[kBody] = { bytes: null, stream: b, used: false };
  } else {
    to[kBody] = { bytes: s.bytes, stream: null, used: false };
  }
}

/**
 * Moves from's body, when it has one, to `to` and leaves from used, as a Request made from another takes its
 * body; false when from has none.
 */
function moveBody(from, to) {
  const s = state(from);
  if (s.bytes === null && s.stream === null) return false;
  to[kBody] = s;
  from[kBody] = { bytes: null, stream: null, used: true };
  return true;
}

const decodeUtf8 = (bytes) => new TextDecoder().decode(bytes);

/** Defines the Body mixin's members on a class's prototype. */
function mixBody(proto) {
  Object.defineProperties(proto, Object.getOwnPropertyDescriptors({
    get body() {
      const s = state(this);
      if (s.stream === null && s.bytes !== null && !s.used) {
        s.stream = streamOfBytes(s.bytes);
        s.bytes = null;
      }
      return s.stream;
    },
    get bodyUsed() {
      const s = state(this);
      return s.used || (s.stream !== null && isDisturbed(s.stream));
    },
    text() { return consume(this).then(decodeUtf8); },
    json() { return consume(this).then((b) => JSON.parse(decodeUtf8(b))); },
    arrayBuffer() { return consume(this).then((b) => b.buffer); },
    bytes() { return consume(this); },
    blob() {
      const type = this.headers.get('content-type') || '';
      return consume(this).then((b) => new Blob([b], { type }));
    },
    formData() {
      const type = this.headers.get('content-type') || '';
      return consume(this).then((b) => {
        if (/^multipart\/form-data/i.test(type)) return decodeMultipart(b, type);
        if (/^application\/x-www-form-urlencoded/i.test(type)) return decodeUrlEncoded(decodeUtf8(b));
        throw new TypeError('Failed to parse body as FormData: the content type is "' + type + '".');
      });
    },
  }));
}

/** The body's size in bytes when known without reading it (for printing), else null. */
function knownSize(target) {
  const s = target[kBody];
  return s && s.stream === null ? (s.bytes === null ? 0 : s.bytes.length) : null;
}

module.exports = { initBody, cloneBody, moveBody, mixBody, knownSize };
