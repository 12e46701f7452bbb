// node:fs: the synchronous API over the host bridge (HostBridge.java), callback forms on top of it,
// and fs.promises (node:fs/promises). Bytes cross the bridge as latin1 strings (see _bytes.js).
// Streams and watchers are not provided; fd functions are a small emulation over whole-file calls.
'use strict';

const host = require('../internal/host');
const pathMod = require('./path');
const bytes = require('./_bytes');
const { Buffer } = require('./buffer');
const hfs = host.fs;

const errnos = {
  ENOENT: [-2, 'no such file or directory'],
  EEXIST: [-17, 'file already exists'],
  ENOTEMPTY: [-39, 'directory not empty'],
  EACCES: [-13, 'permission denied'],
  EPERM: [-1, 'operation not permitted'],
  ENOTDIR: [-20, 'not a directory'],
  EISDIR: [-21, 'illegal operation on a directory'],
  EINVAL: [-22, 'invalid argument'],
  EIO: [-5, 'i/o error'],
  ELOOP: [-40, 'too many symbolic links encountered'],
  EBADF: [-9, 'bad file descriptor'],
};

function uvError(code, syscall, path, dest) {
  const [errno, desc] = errnos[code] || [-5, 'i/o error'];
  let message = code + ': ' + desc + ', ' + syscall;
  if (path !== undefined) message += " '" + path + "'";
  if (dest !== undefined) message += " -> '" + dest + "'";
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

function isErr(r) {
  return r !== null && typeof r === 'object' && typeof r.$err === 'string';
}

// Runs a host call; an error record becomes a thrown Node-shaped error.
function check(r, syscall, path, dest) {
  if (isErr(r)) throw uvError(r.$err, syscall, path, dest);
  return r;
}

function invalidArg(name, expected, value) {
  let received;
  if (value === null || value === undefined) received = String(value);
  else if (typeof value === 'object') received = 'an instance of ' + ((value.constructor && value.constructor.name) || 'Object');
  else received = 'type ' + typeof value + ' (' + String(value) + ')';
  const e = new TypeError('The "' + name + '" argument must be ' + expected + '. Received ' + received);
  e.code = 'ERR_INVALID_ARG_TYPE';
  return e;
}

// The path as given (for messages) and as absolute (for the host).
function toPath(p, name) {
  if (typeof p === 'string') return p;
  if (p instanceof Uint8Array) return bytes.utf8Decode(p);
  if (p && typeof p === 'object' && typeof p.href === 'string' && p.protocol !== undefined) {
    if (p.protocol !== 'file:') {
      const e = new TypeError('The URL must be of scheme file');
      e.code = 'ERR_INVALID_URL_SCHEME';
      throw e;
    }
    return require('./url').fileURLToPath(p);
  }
  throw invalidArg(name || 'path', 'of type string or an instance of Buffer or URL', p);
}

function abs(p) {
  return pathMod.resolve(p);
}

function options(o, defaults) {
  if (o === undefined || o === null || typeof o === 'function') return Object.assign({}, defaults);
  if (typeof o === 'string') return Object.assign({}, defaults, { encoding: o });
  return Object.assign({}, defaults, o);
}

function toBytes(data, encoding) {
  if (typeof data === 'string') return bytes.encode(data, encoding);
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw invalidArg('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}

// ---- Stats / Dirent ---------------------------------------------------------------------------

const S_IFMT = 0o170000, S_IFREG = 0o100000, S_IFDIR = 0o040000, S_IFLNK = 0o120000;
const S_IFCHR = 0o020000, S_IFBLK = 0o060000, S_IFIFO = 0o010000, S_IFSOCK = 0o140000;

class Stats {
  constructor(r) {
    this.dev = r.dev || 0;
    this.mode = r.mode;
    this.nlink = r.nlink || 1;
    this.uid = r.uid || 0;
    this.gid = r.gid || 0;
    this.rdev = 0;
    this.blksize = 4096;
    this.ino = r.ino || 0;
    this.size = r.size;
    this.blocks = Math.ceil(r.size / 512);
    this.atimeMs = r.atimeMs;
    this.mtimeMs = r.mtimeMs;
    this.ctimeMs = r.ctimeMs;
    this.birthtimeMs = r.birthtimeMs;
    this.atime = new Date(r.atimeMs);
    this.mtime = new Date(r.mtimeMs);
    this.ctime = new Date(r.ctimeMs);
    this.birthtime = new Date(r.birthtimeMs);
    if (!this.mode) this.mode = r.isDirectory ? S_IFDIR | 0o755 : r.isSymbolicLink ? S_IFLNK | 0o777 : S_IFREG | 0o644;
  }
  isFile() { return (this.mode & S_IFMT) === S_IFREG; }
  isDirectory() { return (this.mode & S_IFMT) === S_IFDIR; }
  isSymbolicLink() { return (this.mode & S_IFMT) === S_IFLNK; }
  isBlockDevice() { return (this.mode & S_IFMT) === S_IFBLK; }
  isCharacterDevice() { return (this.mode & S_IFMT) === S_IFCHR; }
  isFIFO() { return (this.mode & S_IFMT) === S_IFIFO; }
  isSocket() { return (this.mode & S_IFMT) === S_IFSOCK; }
}

class Dirent {
  constructor(name, type, dir) {
    this.name = name;
    this.parentPath = dir;
    this.path = dir;
    Object.defineProperty(this, '_type', { value: type, enumerable: false });
  }
  isFile() { return this._type === 'file'; }
  isDirectory() { return this._type === 'dir'; }
  isSymbolicLink() { return this._type === 'symlink'; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
}

// ---- sync API ---------------------------------------------------------------------------------

function existsSync(p) {
  try {
    return hfs.exists(abs(toPath(p))) === true;
  } catch (e) {
    return false;
  }
}

function readFileSync(p, opts) {
  const o = options(opts, { encoding: null, flag: 'r' });
  if (typeof p === 'number') return fdRead(p, o.encoding);
  const path = toPath(p);
  const enc = o.encoding ? bytes.normalizeEncoding(o.encoding) : null;
  if (o.encoding && enc === null) {
    const e = new TypeError("The argument 'encoding' is invalid encoding. Received '" + o.encoding + "'");
    e.code = 'ERR_INVALID_ARG_VALUE';
    throw e;
  }
  if (enc === 'utf8') return check(hfs.readText(abs(path)), 'open', path);
  const data = bytes.latin1ToBytes(check(hfs.readBytes(abs(path)), 'open', path));
  if (enc) return bytes.decode(data, enc);
  return Buffer.from(data.buffer, data.byteOffset, data.length);
}

function writeAny(path, data, o, append, syscall) {
  if (typeof path === 'number') return fdWrite(path, data, o.encoding);
  path = toPath(path);
  const flag = o.flag || (append ? 'a' : 'w');
  const a = abs(path);
  if (flag.includes('x') && hfs.exists(a) === true) throw uvError('EEXIST', 'open', path);
  const isAppend = flag.startsWith('a');
  if (typeof data === 'string' && (bytes.normalizeEncoding(o.encoding) || 'utf8') === 'utf8') {
    check(hfs.writeText(a, data, isAppend), syscall, path);
  } else {
    const b = toBytes(data, o.encoding);
    check(hfs.writeBytes(a, bytes.bytesToLatin1(b), isAppend), syscall, path);
  }
  if (o.mode !== undefined && !isAppend) hfs.chmod(a, parseMode(o.mode));
}

function writeFileSync(p, data, opts) {
  writeAny(p, data, options(opts, { encoding: 'utf8', flag: 'w' }), false, 'open');
}

function appendFileSync(p, data, opts) {
  const o = options(opts, { encoding: 'utf8', flag: 'a' });
  writeAny(p, data, o, true, 'open');
}

function statSync(p, opts) {
  const path = toPath(p);
  const r = hfs.stat(abs(path), true);
  if (isErr(r) && r.$err === 'ENOENT' && opts && opts.throwIfNoEntry === false) return undefined;
  return new Stats(check(r, 'stat', path));
}

function lstatSync(p, opts) {
  const path = toPath(p);
  const r = hfs.stat(abs(path), false);
  if (isErr(r) && r.$err === 'ENOENT' && opts && opts.throwIfNoEntry === false) return undefined;
  return new Stats(check(r, 'lstat', path));
}

function readdirSync(p, opts) {
  const o = options(opts, { encoding: 'utf8', withFileTypes: false, recursive: false });
  const path = toPath(p);
  const out = [];
  const walk = (dir, rel) => {
    const list = check(hfs.readdir(abs(dir)), 'scandir', dir);
    for (let i = 0; i < list.length; i++) {
      const name = list[i][0], type = list[i][1];
      const relName = rel ? rel + '/' + name : name;
      if (o.withFileTypes) out.push(new Dirent(name, type, rel ? path + '/' + rel : path));
      else out.push(o.encoding === 'buffer' ? Buffer.from(relName) : relName);
      if (o.recursive && type === 'dir') walk(dir + '/' + name, relName);
    }
  };
  walk(path, '');
  return out;
}

function parseMode(m) {
  return typeof m === 'string' ? parseInt(m, 8) : m;
}

function mkdirSync(p, opts) {
  const o = typeof opts === 'number' || typeof opts === 'string' ? { mode: opts } : options(opts, { recursive: false });
  const path = toPath(p);
  const r = hfs.mkdir(abs(path), !!o.recursive);
  if (isErr(r)) throw uvError(r.$err, 'mkdir', path);
  if (o.mode !== undefined && r !== null) hfs.chmod(abs(path), parseMode(o.mode) & 0o777);
  return o.recursive && r !== null ? r : undefined;
}

function rmSync(p, opts) {
  const o = options(opts, { recursive: false, force: false });
  const path = toPath(p);
  const a = abs(path);
  const st = hfs.stat(a, false);
  if (isErr(st)) {
    if (st.$err === 'ENOENT' && o.force) return;
    throw uvError(st.$err, 'lstat', path);
  }
  if (st.isDirectory && !o.recursive) {
    const e = new Error('Path is a directory: rm returned EISDIR (is a directory) ' + path);
    e.name = 'SystemError';
    e.code = 'ERR_FS_EISDIR';
    e.errno = 21;
    e.syscall = 'rm';
    e.path = path;
    e.info = { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 };
    throw e;
  }
  check(hfs.rm(a, !!o.recursive), 'rm', path);
}

function unlinkSync(p) {
  const path = toPath(p);
  check(hfs.unlink(abs(path)), 'unlink', path);
}

function rmdirSync(p, opts) {
  const path = toPath(p);
  if (opts && opts.recursive) return rmSync(path, { recursive: true, force: true });
  check(hfs.rmdir(abs(path)), 'rmdir', path);
}

function renameSync(from, to) {
  const f = toPath(from, 'oldPath'), t = toPath(to, 'newPath');
  check(hfs.rename(abs(f), abs(t)), 'rename', f, t);
}

function copyFileSync(src, dest, mode) {
  const s = toPath(src, 'src'), d = toPath(dest, 'dest');
  check(hfs.copyFile(abs(s), abs(d), ((mode || 0) & 1) === 1), 'copyfile', s, d);
}

function cpSync(src, dest, opts) {
  const o = options(opts, { recursive: false, force: true, errorOnExist: false });
  const s = toPath(src, 'src'), d = toPath(dest, 'dest');
  const st = statSync(s);
  if (st.isDirectory()) {
    if (!o.recursive) {
      const e = new Error('Recursive option is required to copy a directory: ' + s);
      e.name = 'SystemError';
      e.code = 'ERR_FS_EISDIR';
      throw e;
    }
    mkdirSync(d, { recursive: true });
    for (const name of readdirSync(s)) cpSync(s + '/' + name, d + '/' + name, o);
  } else {
    if (existsSync(d)) {
      if (o.errorOnExist && !o.force) throw uvError('EEXIST', 'cp', d);
      if (!o.force) return;
    }
    copyFileSync(s, d);
  }
}

function realpathSync(p, opts) {
  const path = toPath(p);
  const r = check(hfs.realpath(abs(path)), 'lstat', path);
  return opts === 'buffer' || (opts && opts.encoding === 'buffer') ? Buffer.from(r) : r;
}
realpathSync.native = realpathSync;

function mkdtempSync(prefix) {
  const p = toPath(prefix, 'prefix');
  const r = hfs.mkdtemp(abs(p));
  if (isErr(r)) throw uvError(r.$err, 'mkdtemp', p + 'XXXXXX');
  // keep a relative prefix relative, like Node
  return pathMod.isAbsolute(p) ? r : p + r.slice(r.length - 6);
}

function accessSync(p, mode) {
  const path = toPath(p);
  check(hfs.access(abs(path), mode || 0), 'access', path);
}

function chmodSync(p, mode) {
  const path = toPath(p);
  check(hfs.chmod(abs(path), parseMode(mode)), 'chmod', path);
}

function toMs(t) {
  if (t instanceof Date) return t.getTime();
  if (typeof t === 'string') return Number(t) * 1000;
  return t * 1000;
}

function utimesSync(p, atime, mtime) {
  const path = toPath(p);
  check(hfs.utimes(abs(path), toMs(atime), toMs(mtime)), 'utime', path);
}

function symlinkSync(target, p) {
  const t = toPath(target, 'target'), path = toPath(p);
  check(hfs.symlink(t, abs(path)), 'symlink', t, path);
}

function readlinkSync(p) {
  const path = toPath(p);
  return check(hfs.readlink(abs(path)), 'readlink', path);
}

function truncateSync(p, len) {
  const path = toPath(p);
  const data = readFileSync(path);
  const n = len || 0;
  const out = Buffer.alloc(n);
  data.copy(out, 0, 0, Math.min(n, data.length));
  writeFileSync(path, out);
}

// ---- file descriptors (emulated: each write goes straight to the file) ------------------------

const fds = new Map();
let nextFd = 10;

function openSync(p, flags, mode) {
  const path = toPath(p);
  const f = flags === undefined ? 'r' : typeof flags === 'number' ? numericFlags(flags) : flags;
  const a = abs(path);
  const exists = hfs.exists(a) === true;
  if (f.includes('x') && exists) throw uvError('EEXIST', 'open', path);
  if (f.startsWith('r')) {
    const st = hfs.stat(a, true);
    if (isErr(st)) throw uvError(st.$err, 'open', path);
  } else if (f.startsWith('w') || !exists) {
    check(hfs.writeText(a, '', false), 'open', path);
  }
  const fd = nextFd++;
  fds.set(fd, { path, abs: a, flags: f, pos: 0 });
  return fd;
}

function numericFlags(n) {
  const acc = n & 3;
  if (n & 1024) return acc === 2 ? 'a+' : 'a';
  if (n & 512 || n & 64) return (acc === 2 ? 'w+' : 'w') + (n & 128 ? 'x' : '');
  return acc === 2 ? 'r+' : 'r';
}

function fdEntry(fd, syscall) {
  const e = fds.get(fd);
  if (!e) throw uvError('EBADF', syscall);
  return e;
}

function closeSync(fd) {
  fdEntry(fd, 'close');
  fds.delete(fd);
}

function fdRead(fd, encoding) {
  const e = fdEntry(fd, 'read');
  return readFileSync(e.path, { encoding });
}

function fdWrite(fd, data, encoding) {
  const e = fdEntry(fd, 'write');
  const b = toBytes(data, encoding);
  check(hfs.writeBytes(e.abs, bytes.bytesToLatin1(b), true), 'write', e.path);
  e.pos += b.length;
  return b.length;
}

function writeSync(fd, data, offsetOrPosition, lengthOrEncoding) {
  if (typeof data === 'string') return fdWrite(fd, data, typeof lengthOrEncoding === 'string' ? lengthOrEncoding : 'utf8');
  const off = typeof offsetOrPosition === 'number' ? offsetOrPosition : 0;
  const len = typeof lengthOrEncoding === 'number' ? lengthOrEncoding : data.byteLength - off;
  return fdWrite(fd, new Uint8Array(data.buffer, data.byteOffset + off, len));
}

function readSync(fd, buffer, offset, length, position) {
  if (offset !== null && typeof offset === 'object') ({ offset, length, position } = offset);
  const e = fdEntry(fd, 'read');
  const data = bytes.latin1ToBytes(check(hfs.readBytes(e.abs), 'read', e.path));
  offset = offset || 0;
  length = length === undefined ? buffer.byteLength - offset : length;
  const pos = typeof position === 'number' && position >= 0 ? position : e.pos;
  const n = Math.max(0, Math.min(length, data.length - pos));
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(data.subarray(pos, pos + n), offset);
  if (!(typeof position === 'number' && position >= 0)) e.pos += n;
  return n;
}

function fstatSync(fd) {
  return statSync(fdEntry(fd, 'fstat').path);
}

function fsyncSync(fd) { fdEntry(fd, 'fsync'); }

// ---- callback API -----------------------------------------------------------------------------

// Callbacks complete on the real loop, as libuv's do in Node: fake timers do not hold them back.
function later(fn) {
  const timers = require('../runtime/timers').nativeTimers();
  if (timers) timers.setImmediate(fn);
  else Promise.resolve().then(fn);
}

function callbackify(syncFn, name) {
  const f = function (...args) {
    const cb = args.pop();
    if (typeof cb !== 'function') {
      throw invalidArg('cb', 'of type function', cb);
    }
    let result, error = null;
    try { result = syncFn(...args); } catch (e) { error = e; }
    later(() => (error ? cb(error) : cb(null, result)));
  };
  Object.defineProperty(f, 'name', { value: name });
  return f;
}

const syncApi = {
  readFileSync, writeFileSync, appendFileSync, statSync, lstatSync, readdirSync, mkdirSync, rmSync,
  unlinkSync, rmdirSync, renameSync, copyFileSync, cpSync, realpathSync, mkdtempSync, accessSync,
  chmodSync, utimesSync, symlinkSync, readlinkSync, truncateSync, openSync, closeSync, writeSync,
  readSync, fstatSync, fsyncSync,
};

const constants = {
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  COPYFILE_EXCL: 1, COPYFILE_FICLONE: 2, COPYFILE_FICLONE_FORCE: 4,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_EXCL: 128, O_NOCTTY: 256, O_TRUNC: 512,
  O_APPEND: 1024, O_DIRECTORY: 65536, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16,
  S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, UV_FS_COPYFILE_EXCL: 1,
};

const fs = Object.assign({}, syncApi, {
  existsSync,
  Stats,
  Dirent,
  constants,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
});

for (const [name, fn] of Object.entries(syncApi)) {
  fs[name.slice(0, -4)] = callbackify(fn, name.slice(0, -4));
}
fs.realpath.native = fs.realpath;
fs.exists = function exists(p, cb) {
  const r = existsSync(p);
  later(() => cb(r));
};

fs.__uvError = uvError;

// fs.promises: the same subset as promise-returning functions (required lazily to avoid a cycle).
Object.defineProperty(fs, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return require('./fs/promises'); },
});

module.exports = fs;
