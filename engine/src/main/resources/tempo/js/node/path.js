// node:path, POSIX flavour. path.win32 is the same POSIX implementation (tempo runs on POSIX hosts);
// only its sep/delimiter differ, which is enough for code that merely reads them.
'use strict';

function cwd() {
  const p = globalThis.process;
  if (p && typeof p.cwd === 'function') return p.cwd();
  const host = require('../internal/host');
  return typeof host.cwd === 'function' ? host.cwd() : '/';
}

function assertPath(p, name) {
  if (typeof p !== 'string') {
    const e = new TypeError('The "' + (name || 'path') + '" argument must be of type string. Received ' + describe(p));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
}

function describe(v) {
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'function') return 'function ' + (v.name || '');
  if (typeof v === 'object') return 'an instance of ' + ((v.constructor && v.constructor.name) || 'Object');
  return 'type ' + typeof v + ' (' + (typeof v === 'string' ? "'" + v + "'" : String(v)) + ')';
}

// Resolves . and .. segments; keeps leading .. for relative paths.
function normalizeSegments(path, allowAboveRoot) {
  const out = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else out.push(seg);
  }
  return out.join('/');
}

function resolve(...args) {
  let resolved = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1 && !absolute; i--) {
    const p = i >= 0 ? args[i] : cwd();
    assertPath(p, 'paths[' + i + ']');
    if (p.length === 0) continue;
    resolved = p + '/' + resolved;
    absolute = p.charCodeAt(0) === 47;
  }
  resolved = normalizeSegments(resolved, !absolute);
  if (absolute) return '/' + resolved;
  return resolved.length > 0 ? resolved : '.';
}

function normalize(p) {
  assertPath(p);
  if (p.length === 0) return '.';
  const absolute = p.charCodeAt(0) === 47;
  const trailing = p.charCodeAt(p.length - 1) === 47;
  let out = normalizeSegments(p, !absolute);
  if (out.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) out += '/';
  return absolute ? '/' + out : out;
}

function isAbsolute(p) {
  assertPath(p);
  return p.length > 0 && p.charCodeAt(0) === 47;
}

function join(...args) {
  if (args.length === 0) return '.';
  const parts = [];
  for (const a of args) {
    assertPath(a);
    if (a.length > 0) parts.push(a);
  }
  if (parts.length === 0) return '.';
  return normalize(parts.join('/'));
}

function relative(from, to) {
  assertPath(from, 'from');
  assertPath(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  const f = from === '/' ? [] : from.slice(1).split('/');
  const t = to === '/' ? [] : to.slice(1).split('/');
  let i = 0;
  while (i < f.length && i < t.length && f[i] === t[i]) i++;
  const up = f.slice(i).map(() => '..');
  return up.concat(t.slice(i)).join('/');
}

function dirname(p) {
  assertPath(p);
  if (p.length === 0) return '.';
  const absolute = p.charCodeAt(0) === 47;
  let end = -1;
  let matchedSlash = true;
  for (let i = p.length - 1; i >= 1; --i) {
    if (p.charCodeAt(i) === 47) {
      if (!matchedSlash) { end = i; break; }
    } else matchedSlash = false;
  }
  if (end === -1) return absolute ? '/' : '.';
  if (absolute && end === 1) return '//';
  return p.slice(0, end);
}

function basename(p, suffix) {
  assertPath(p);
  if (suffix !== undefined) assertPath(suffix, 'ext');
  let end = p.length;
  while (end > 0 && p.charCodeAt(end - 1) === 47) end--;
  if (end === 0) return '';
  let start = p.lastIndexOf('/', end - 1) + 1;
  let base = p.slice(start, end);
  if (suffix !== undefined && suffix.length > 0 && base !== suffix && base.endsWith(suffix)) {
    base = base.slice(0, base.length - suffix.length);
  }
  return base;
}

function extname(p) {
  assertPath(p);
  const base = basename(p);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return '';
  return base.slice(dot);
}

function parse(p) {
  assertPath(p);
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (p.length === 0) return ret;
  const absolute = p.charCodeAt(0) === 47;
  if (absolute) ret.root = '/';
  ret.base = basename(p);
  ret.ext = extname(p);
  ret.name = ret.ext ? ret.base.slice(0, ret.base.length - ret.ext.length) : ret.base;
  let end = p.length;
  while (end > 1 && p.charCodeAt(end - 1) === 47) end--;
  const trimmed = p.slice(0, end);
  const slash = trimmed.lastIndexOf('/');
  if (slash > 0) ret.dir = trimmed.slice(0, slash);
  else if (slash === 0) ret.dir = '/';
  if (ret.base === '' && absolute) ret.dir = '/';
  return ret;
}

function format(obj) {
  if (obj === null || typeof obj !== 'object') {
    const e = new TypeError('The "pathObject" argument must be of type object. Received ' + describe(obj));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  const dir = obj.dir || obj.root;
  let ext = obj.ext || '';
  if (ext && ext[0] !== '.') ext = '.' + ext;
  const base = obj.base || (obj.name || '') + ext;
  if (!dir) return base;
  return dir === obj.root ? dir + base : dir + '/' + base;
}

function toNamespacedPath(p) {
  return p;
}

function matchesGlob(p, pattern) {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') { i++; re += '(?:.*/)?'; } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$').test(p);
}

const posix = {
  sep: '/',
  delimiter: ':',
  resolve, normalize, isAbsolute, join, relative, dirname, basename, extname, parse, format,
  toNamespacedPath, matchesGlob,
};
posix.posix = posix;
const win32 = Object.assign({}, posix, { sep: '\\', delimiter: ';' });
win32.posix = posix;
win32.win32 = win32;
posix.win32 = win32;

module.exports = posix;
