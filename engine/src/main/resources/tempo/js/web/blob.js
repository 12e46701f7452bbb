// Blob and File (the File API): immutable bytes with a MIME type, built from strings (UTF-8),
// ArrayBuffers, typed arrays, DataViews and other Blobs; read back with text(), arrayBuffer(),
// bytes() and json(); cut with slice(). A File adds a name and a lastModified time.
'use strict';

const { viewOf, joinBytes } = require('../node/_bytes');

// Blob -> { bytes: Uint8Array, type, name, lastModified }: nothing of it is an own property of the object.
const slots = new WeakMap();
// A Blob whose bytes live elsewhere (Bun.file's BunFile) gives them through this method when they are needed.
const kReadNow = Symbol('readNow');

/** The type as the File API keeps it: lower-cased, or "" when it has a character outside U+0020-U+007E. */
function normalizeType(type) {
  if (type === undefined) return '';
  const t = String(type);
  return /^[\u0020-\u007e]*$/.test(t) ? t.toLowerCase() : '';
}

/** A part's bytes, not copied: concat copies them all into the Blob's own. */
function partBytes(part) {
  if (part instanceof Blob) return bytesOf(part);
  return viewOf(part) || new TextEncoder().encode(String(part));
}

function concat(parts) {
  return joinBytes(parts.map(partBytes));
}

function partsOf(blobParts, what) {
  if (blobParts === undefined) return [];
  if (blobParts === null || typeof blobParts !== 'object' || typeof blobParts[Symbol.iterator] !== 'function') {
    throw new TypeError("Failed to construct '" + what + "': The provided value cannot be converted to a sequence.");
  }
  return Array.from(blobParts);
}

function slot(blob, member) {
  const s = slots.get(blob);
  if (!s) throw new TypeError(member + ' called on an object that is not a Blob');
  return s;
}

const content = (blob, method) => slot(blob, 'Blob.prototype.' + method).bytes;

/** A relative slice position: negative counts from the end; clamped to [0, size]. */
function position(value, size, fallback) {
  if (value === undefined) return fallback;
  const n = Math.trunc(Number(value)) || 0;
  return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
}

class Blob {
  constructor(blobParts, options) {
    slots.set(this, { bytes: concat(partsOf(blobParts, new.target === File ? 'File' : 'Blob')),
      type: normalizeType(options ? options.type : undefined) });
  }

  get size() { return content(this, 'size').length; }
  get type() { return slot(this, 'Blob.prototype.type').type; }

  slice(start, end, contentType) {
    const b = content(this, 'slice');
    const from = position(start, b.length, 0);
    const to = position(end, b.length, b.length);
    const out = new Blob([], { type: contentType });
    slots.get(out).bytes = b.slice(from, Math.max(from, to));
    return out;
  }

  text() {
    try {
      return Promise.resolve(new TextDecoder().decode(content(this, 'text')));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  arrayBuffer() {
    try {
      return Promise.resolve(content(this, 'arrayBuffer').slice().buffer);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  bytes() {
    try {
      return Promise.resolve(content(this, 'bytes').slice());
    } catch (e) {
      return Promise.reject(e);
    }
  }

  json() {
    return this.text().then(JSON.parse);
  }

  get [Symbol.toStringTag]() { return 'Blob'; }
}

class File extends Blob {
  constructor(fileBits, fileName, options) {
    if (arguments.length < 2) {
      throw new TypeError("Failed to construct 'File': 2 arguments required, but only " + arguments.length + ' present.');
    }
    super(fileBits, options);
    const s = slots.get(this);
    s.name = String(fileName);
    const lm = options && options.lastModified !== undefined ? Number(options.lastModified) : Date.now();
    s.lastModified = Math.trunc(lm) || 0;
  }

  get name() { return slot(this, 'File.prototype.name').name; }
  get lastModified() { return slot(this, 'File.prototype.lastModified').lastModified; }
  get [Symbol.toStringTag]() { return 'File'; }
}

// As in bun and browsers: new Blob() takes no required argument, new File() two.
Object.defineProperty(Blob, 'length', { value: 0 });
Object.defineProperty(File, 'length', { value: 2 });

/** A copy of a Blob or File for structuredClone, or null when value is neither. */
function cloneBlob(value) {
  const s = slots.get(value);
  if (!s) return null;
  const out = value instanceof File
    ? new File([], value.name, { type: value.type, lastModified: value.lastModified })
    : new Blob([], { type: value.type });
  slots.get(out).bytes = bytesOf(value);
  return out;
}

/** A Blob's bytes, not copied (read them only): for bodies built from Blobs. */
function bytesOf(blob) {
  return typeof blob[kReadNow] === 'function' ? blob[kReadNow]() : slot(blob, 'bytesOf').bytes;
}

module.exports = { Blob, File, cloneBlob, bytesOf, kReadNow };
