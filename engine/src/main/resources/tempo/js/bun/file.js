// Bun.file and Bun.write: a BunFile is a Blob whose bytes are the file's, read when asked for (so it can name
// a file that does not exist yet); Bun.write puts a string, bytes, a Blob, a BunFile or a Response's body into
// a file, making its folder first, and resolves to the number of bytes written.
'use strict';

const fs = require('../node/fs');
const pathModule = require('../node/path');
const { Blob, bytesOf, kReadNow } = require('../web/blob');
const { viewOf } = require('../node/_bytes');

const TYPES = {
  json: 'application/json;charset=utf-8', txt: 'text/plain;charset=utf-8', md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8', html: 'text/html;charset=utf-8', htm: 'text/html;charset=utf-8',
  css: 'text/css;charset=utf-8', xml: 'application/xml', svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg',
  jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', ico: 'image/vnd.microsoft.icon', wasm: 'application/wasm',
  pdf: 'application/pdf', zip: 'application/zip', gz: 'application/gzip', tar: 'application/x-tar',
  mp3: 'audio/mpeg', wav: 'audio/wav', mp4: 'video/mp4', webm: 'video/webm', woff: 'font/woff', woff2: 'font/woff2',
  ttf: 'font/ttf', otf: 'font/otf', toml: 'application/toml', yaml: 'text/yaml;charset=utf-8', yml: 'text/yaml;charset=utf-8',
};
for (const ext of ['js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx']) TYPES[ext] = 'text/javascript;charset=utf-8';

/** The MIME type bun gives a file by its extension. */
function typeOf(path) {
  const base = pathModule.basename(path);
  const dot = base.lastIndexOf('.');
  return (dot > 0 && TYPES[base.slice(dot + 1).toLowerCase()]) || 'application/octet-stream';
}

function pathOf(p) {
  if (p instanceof BunFile) return p.name;
  if (p && typeof p === 'object' && typeof p.href === 'string') return require('../node/url').fileURLToPath(p);
  return String(p);
}

const kFile = Symbol('file');
const later = (read) => Promise.resolve().then(read);

class BunFile extends Blob {
  constructor(path, options, range) {
    super([]);
    this[kFile] = { path: pathOf(path), type: options && options.type ? String(options.type) : typeOf(pathOf(path)),
      start: range ? range.start : 0, end: range ? range.end : undefined };
  }

  get name() { return this[kFile].path; }
  get type() { return this[kFile].type; }

  get size() {
    const f = this[kFile];
    let total;
    try {
      total = fs.statSync(f.path).size;
    } catch (e) {
      return 0;
    }
    const end = f.end === undefined ? total : Math.min(f.end, total);
    return Math.max(0, end - Math.min(f.start, total));
  }

  get lastModified() {
    try {
      return fs.statSync(this[kFile].path).mtimeMs;
    } catch (e) {
      return 0;
    }
  }

  /** The bytes now on disk (in this file's range); throws ENOENT as Node's fs does. */
  [kReadNow]() {
    const f = this[kFile];
    const all = fs.readFileSync(f.path);
    const b = new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
    return f.start === 0 && f.end === undefined ? b : b.slice(f.start, f.end === undefined ? b.length : f.end);
  }

  exists() { return later(() => fs.existsSync(this[kFile].path) && !fs.statSync(this[kFile].path).isDirectory()); }
  text() { return later(() => new TextDecoder().decode(this[kReadNow]())); }
  json() { return this.text().then(JSON.parse); }
  bytes() { return later(() => this[kReadNow]().slice()); }
  arrayBuffer() { return later(() => this[kReadNow]().slice().buffer); }
  stream() {
    const { ReadableStream } = require('../web/readable_stream');
    return new ReadableStream({ pull: (c) => { c.enqueue(this[kReadNow]()); c.close(); } });
  }

  slice(start, end, type) {
    const f = this[kFile];
    const from = f.start + (start === undefined ? 0 : Math.max(0, Math.trunc(start)));
    const to = end === undefined ? f.end : f.start + Math.max(0, Math.trunc(end));
    return new BunFile(f.path, { type: type === undefined ? f.type : type }, { start: from, end: to });
  }

  write(data) { return write(this, data); }
  delete() { return later(() => fs.unlinkSync(this[kFile].path)); }
  unlink() { return this.delete(); }
  stat() { return later(() => fs.statSync(this[kFile].path)); }
}

// bun reports a BunFile as a Blob.
Object.defineProperty(BunFile.prototype, Symbol.toStringTag, { get() { return 'Blob'; } });
Object.defineProperty(BunFile.prototype, 'constructor', { value: Blob, writable: true, configurable: true });

function file(path, options) {
  if (typeof path === 'number') throw new TypeError('Bun.file: file descriptors are not supported by tempo');
  return new BunFile(path, options);
}

/** What Bun.write puts in the file, as bytes (a Response's or Request's body is read first). */
async function bytesToWrite(input) {
  if (typeof input === 'string') return new TextEncoder().encode(input);
  if (input instanceof Blob) return bytesOf(input);
  const view = viewOf(input);
  if (view !== null) return view;
  if (input && typeof input.arrayBuffer === 'function' && 'bodyUsed' in input) return new Uint8Array(await input.arrayBuffer());
  if (Array.isArray(input)) return bytesOf(new Blob(input));
  throw new TypeError('Bun.write: the data must be a string, a Blob, a BunFile, an ArrayBuffer, a TypedArray or a Response');
}

function write(destination, input) {
  return bytesToWrite(input).then((data) => {
    const path = pathOf(destination);
    fs.mkdirSync(pathModule.dirname(path), { recursive: true });
    fs.writeFileSync(path, data);
    return data.length;
  });
}

module.exports = { file, write, BunFile };
