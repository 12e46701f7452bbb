// WHATWG URL and URLSearchParams for the common cases: special schemes (http, https, ws, wss, ftp,
// file), relative resolution against a base, percent-encoding sets, live searchParams, non-ASCII
// hosts as punycode (idna.js). Not covered: IPv4 number forms.
'use strict';

const SPECIAL = { 'ftp:': '21', 'file:': '', 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };
const encoder = new TextEncoder();

function pctEncodeChar(ch) {
  let out = '';
  for (const b of encoder.encode(ch)) out += '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
  return out;
}

const C0 = (c) => c < 0x20 || c > 0x7e;
const FRAGMENT = (c) => C0(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
const QUERY = (c) => C0(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
const SPECIAL_QUERY = (c) => QUERY(c) || c === 0x27;
const PATH = (c) => QUERY(c) || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d;
const USERINFO = (c) => PATH(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 ||
  (c >= 0x5b && c <= 0x5e) || c === 0x7c;

function encodeSet(str, set) {
  let out = '';
  for (const ch of str) {
    const c = ch.codePointAt(0);
    out += set(c) ? pctEncodeChar(ch) : ch;
  }
  return out;
}

function invalid(input, base) {
  const e = new TypeError('Invalid URL');
  e.code = 'ERR_INVALID_URL';
  e.input = input;
  if (base !== undefined) e.base = base;
  return e;
}

function parseHost(host, special) {
  if (host.startsWith('[')) {
    if (!host.endsWith(']')) return null;
    const { parseIpv6, serializeIpv6 } = require('./ipv6');
    const address = parseIpv6(host.slice(1, -1));
    return address === null ? null : '[' + serializeIpv6(address) + ']';
  }
  if (!special) return encodeSet(host, C0);
  let h;
  try { h = decodeURIComponent(host); } catch (e) { h = host; }
  h = /[^\x00-\x7f]/.test(h) ? require('./idna').domainToASCII(h) : h.toLowerCase();
  if (/[\u0000\t\n\r #/:<>?@[\\\]^|%]/.test(h)) return null;
  if (/^[0-9.]+$/.test(h) && /\d$/.test(h)) {
    const parts = h.split('.');
    if (parts.length === 4 && parts.every((p) => p !== '' && Number(p) <= 255)) return parts.map(Number).join('.');
    if (parts.some((p) => p !== '' && Number(p) > 255) && parts.length <= 4) return null;
  }
  return h;
}

function normalizePath(segments, special) {
  const out = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    const low = s.toLowerCase();
    const isDot = s === '.' || low === '%2e';
    const isDotDot = s === '..' || low === '.%2e' || low === '%2e.' || low === '%2e%2e';
    const last = i === segments.length - 1;
    if (isDotDot) {
      if (out.length > 0) out.pop();
      if (last) out.push('');
    } else if (isDot) {
      if (last) out.push('');
    } else {
      out.push(encodeSet(s, PATH));
    }
  }
  return out;
}

// A parsed URL record: { scheme, username, password, host (null for none), port, path (array or
// opaque string), query (null or string), fragment (null or string) }
function parse(input, base) {
  input = String(input).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const r = { scheme: '', username: '', password: '', host: null, port: '', path: [], query: null, fragment: null };
  let rest = input;
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(rest);
  let special;
  // fragment and query split off first
  const splitTail = (s, isSpecial) => {
    const hi = s.indexOf('#');
    if (hi >= 0) { r.fragment = encodeSet(s.slice(hi + 1), FRAGMENT); s = s.slice(0, hi); }
    const qi = s.indexOf('?');
    if (qi >= 0) { r.query = encodeSet(s.slice(qi + 1), isSpecial ? SPECIAL_QUERY : QUERY); s = s.slice(0, qi); }
    return s;
  };
  if (m) {
    r.scheme = m[1].toLowerCase();
    rest = rest.slice(m[0].length);
    special = (r.scheme + ':') in SPECIAL;
    if (special) rest = rest.replace(/\\/g, '/');
    if (special && base && base.scheme === r.scheme && !rest.startsWith('/') && r.scheme !== 'file') {
      return relative(rest, base, r, true);
    }
    if (r.scheme === 'file') return parseFile(rest, base && base.scheme === 'file' ? base : null, r);
    if (special) {
      rest = rest.replace(/^\/+/, '');
      return parseAuthorityAndPath(rest, r, true);
    }
    if (rest.startsWith('//')) return parseAuthorityAndPath(rest.slice(2), r, false);
    rest = splitTail(rest, false);
    if (rest.startsWith('/')) {
      r.path = normalizePath(rest.slice(1).split('/'), false);
    } else {
      r.path = encodeSet(rest, C0);
    }
    return r;
  }
  if (!base) return null;
  r.scheme = base.scheme;
  special = (r.scheme + ':') in SPECIAL;
  if (typeof base.path === 'string') {
    // opaque-path base: only fragments resolve
    if (!rest.startsWith('#')) return null;
    Object.assign(r, base, { fragment: encodeSet(rest.slice(1), FRAGMENT) });
    return r;
  }
  if (special) rest = rest.replace(/\\/g, '/');
  if (r.scheme === 'file') return parseFile(rest, base, r);
  return relative(rest, base, r, special);
}

function relative(rest, base, r, special) {
  if (rest.startsWith('//')) {
    return parseAuthorityAndPath(special ? rest.replace(/^\/+/, '') : rest.slice(2), r, special);
  }
  r.username = base.username;
  r.password = base.password;
  r.host = base.host;
  r.port = base.port;
  if (rest === '') {
    r.path = base.path.slice();
    r.query = base.query;
    return r;
  }
  if (rest.startsWith('#')) {
    r.path = base.path.slice();
    r.query = base.query;
    r.fragment = encodeSet(rest.slice(1), FRAGMENT);
    return r;
  }
  const hi = rest.indexOf('#');
  if (hi >= 0) { r.fragment = encodeSet(rest.slice(hi + 1), FRAGMENT); rest = rest.slice(0, hi); }
  const qi = rest.indexOf('?');
  if (qi >= 0) { r.query = encodeSet(rest.slice(qi + 1), special ? SPECIAL_QUERY : QUERY); rest = rest.slice(0, qi); }
  if (rest === '') {
    r.path = base.path.slice();
    if (qi < 0) r.query = base.query;
    return r;
  }
  if (rest.startsWith('/')) {
    r.path = normalizePath(rest.slice(1).split('/'), special);
  } else {
    const dir = base.path.slice(0, -1);
    r.path = normalizePath(dir.concat(rest.split('/')), special);
  }
  return r;
}

function parseAuthorityAndPath(rest, r, special) {
  let end = rest.search(special ? /[/?#\\]/ : /[/?#]/);
  if (end < 0) end = rest.length;
  let auth = rest.slice(0, end);
  let tail = rest.slice(end);
  const at = auth.lastIndexOf('@');
  if (at >= 0) {
    const info = auth.slice(0, at);
    auth = auth.slice(at + 1);
    const colon = info.indexOf(':');
    r.username = encodeSet(colon >= 0 ? info.slice(0, colon) : info, USERINFO);
    r.password = colon >= 0 ? encodeSet(info.slice(colon + 1), USERINFO) : '';
  }
  const pm = /:(\d*)$/.exec(auth);
  if (pm && !(auth.startsWith('[') && !auth.slice(0, pm.index).endsWith(']'))) {
    auth = auth.slice(0, pm.index);
    if (pm[1] !== '') {
      const port = Number(pm[1]);
      if (port > 65535) return null;
      r.port = String(port) === SPECIAL[r.scheme + ':'] ? '' : String(port);
    }
  } else if (/:[^\]]*$/.test(auth) && !auth.startsWith('[')) {
    return null;
  }
  if (special && auth === '') return null;
  const host = parseHost(auth, special);
  if (host === null) return null;
  r.host = host;
  const hi = tail.indexOf('#');
  if (hi >= 0) { r.fragment = encodeSet(tail.slice(hi + 1), FRAGMENT); tail = tail.slice(0, hi); }
  const qi = tail.indexOf('?');
  if (qi >= 0) { r.query = encodeSet(tail.slice(qi + 1), special ? SPECIAL_QUERY : QUERY); tail = tail.slice(0, qi); }
  if (special) tail = tail.replace(/\\/g, '/');
  if (tail === '') r.path = special ? [''] : [];
  else r.path = normalizePath(tail.slice(1).split('/'), special);
  return r;
}

function parseFile(rest, base, r) {
  rest = rest.replace(/\\/g, '/');
  const hi = rest.indexOf('#');
  if (hi >= 0) { r.fragment = encodeSet(rest.slice(hi + 1), FRAGMENT); rest = rest.slice(0, hi); }
  const qi = rest.indexOf('?');
  if (qi >= 0) { r.query = encodeSet(rest.slice(qi + 1), SPECIAL_QUERY); rest = rest.slice(0, qi); }
  r.host = '';
  if (rest.startsWith('//')) {
    rest = rest.slice(2);
    let end = rest.indexOf('/');
    if (end < 0) end = rest.length;
    const host = rest.slice(0, end);
    if (!/^[a-zA-Z][:|]$/.test(host)) {
      const h = parseHost(host, true);
      if (h === null && host !== '') return null;
      r.host = h === 'localhost' || h === null ? '' : h;
      rest = rest.slice(end);
    }
    r.path = normalizePath((rest.startsWith('/') ? rest.slice(1) : rest).split('/'), true);
    if (rest === '') r.path = [''];
    return r;
  }
  if (rest.startsWith('/')) {
    if (base) r.host = base.host;
    r.path = normalizePath(rest.slice(1).split('/'), true);
    return r;
  }
  if (base) {
    r.host = base.host;
    if (rest === '') {
      r.path = base.path.slice();
      if (qi < 0) r.query = base.query;
      return r;
    }
    r.path = normalizePath(base.path.slice(0, -1).concat(rest.split('/')), true);
    return r;
  }
  r.path = normalizePath(rest.split('/'), true);
  return r;
}

function serializePath(r) {
  if (typeof r.path === 'string') return r.path;
  let p = '';
  if (r.host === null && r.path.length > 1 && r.path[0] === '') p = '/.';
  for (const s of r.path) p += '/' + s;
  return p;
}

function serialize(r, excludeFragment) {
  let out = r.scheme + ':';
  if (r.host !== null) {
    out += '//';
    if (r.username !== '' || r.password !== '') {
      out += r.username;
      if (r.password !== '') out += ':' + r.password;
      out += '@';
    }
    out += r.host;
    if (r.port !== '') out += ':' + r.port;
  }
  out += serializePath(r);
  if (r.query !== null) out += '?' + r.query;
  if (!excludeFragment && r.fragment !== null) out += '#' + r.fragment;
  return out;
}

// ---- URLSearchParams --------------------------------------------------------------------------

function formEncode(s) {
  let out = '';
  for (const ch of String(s).toWellFormed ? String(s).toWellFormed() : String(s)) {
    const c = ch.codePointAt(0);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
        c === 0x2a || c === 0x2d || c === 0x2e || c === 0x5f) out += ch;
    else if (c === 0x20) out += '+';
    else out += pctEncodeChar(ch);
  }
  return out;
}

function formDecode(s) {
  const bytes = [];
  const str = s.replace(/\+/g, ' ');
  for (let i = 0; i < str.length; i++) {
    const ch = str[i];
    if (ch === '%' && /^[0-9a-fA-F]{2}$/.test(str.substr(i + 1, 2))) {
      bytes.push(parseInt(str.substr(i + 1, 2), 16));
      i += 2;
    } else {
      const cp = str.codePointAt(i);
      if (cp > 0xffff) i++;
      for (const b of encoder.encode(String.fromCodePoint(cp))) bytes.push(b);
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

function parseQuery(q) {
  const list = [];
  if (!q) return list;
  for (const part of q.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq >= 0 ? part.slice(0, eq) : part;
    const value = eq >= 0 ? part.slice(eq + 1) : '';
    list.push([formDecode(name), formDecode(value)]);
  }
  return list;
}

const kList = Symbol('list');
const kUrl = Symbol('url');

class URLSearchParams {
  constructor(init) {
    this[kList] = [];
    this[kUrl] = null;
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      if (typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          const p = Array.from(pair);
          if (p.length !== 2) {
            const e = new TypeError('Each query pair must be an iterable [name, value] tuple');
            e.code = 'ERR_INVALID_TUPLE';
            throw e;
          }
          this[kList].push([String(p[0]), String(p[1])]);
        }
      } else {
        for (const k of Object.keys(init)) this[kList].push([k, String(init[k])]);
      }
    } else {
      let s = String(init);
      if (s.startsWith('?')) s = s.slice(1);
      this[kList] = parseQuery(s);
    }
  }

  get size() { return this[kList].length; }

  _update() {
    const u = this[kUrl];
    if (u) {
      const s = this.toString();
      u[kRecord].query = s === '' ? null : s;
    }
  }

  append(name, value) {
    this[kList].push([String(name), String(value)]);
    this._update();
  }

  delete(name, value) {
    name = String(name);
    this[kList] = this[kList].filter(([k, v]) => k !== name || (value !== undefined && v !== String(value)));
    this._update();
  }

  get(name) {
    name = String(name);
    const e = this[kList].find(([k]) => k === name);
    return e ? e[1] : null;
  }

  getAll(name) {
    name = String(name);
    return this[kList].filter(([k]) => k === name).map(([, v]) => v);
  }

  has(name, value) {
    name = String(name);
    return this[kList].some(([k, v]) => k === name && (value === undefined || v === String(value)));
  }

  set(name, value) {
    name = String(name);
    value = String(value);
    const i = this[kList].findIndex(([k]) => k === name);
    if (i < 0) this[kList].push([name, value]);
    else {
      this[kList][i][1] = value;
      this[kList] = this[kList].filter(([k], j) => k !== name || j === i);
    }
    this._update();
  }

  sort() {
    const indexed = this[kList].map((e, i) => [e, i]);
    indexed.sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]));
    this[kList] = indexed.map(([e]) => e);
    this._update();
  }

  forEach(fn, thisArg) {
    for (const [k, v] of this[kList].slice()) fn.call(thisArg, v, k, this);
  }

  *entries() { for (const [k, v] of this[kList]) yield [k, v]; }
  *keys() { for (const [k] of this[kList]) yield k; }
  *values() { for (const [, v] of this[kList]) yield v; }
  [Symbol.iterator]() { return this.entries(); }

  toString() {
    return this[kList].map(([k, v]) => formEncode(k) + '=' + formEncode(v)).join('&');
  }

  get [Symbol.toStringTag]() { return 'URLSearchParams'; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (this[kList].length === 0) return 'URLSearchParams {}';
    const parts = this[kList].map(([k, v]) => inspect(k) + ' => ' + inspect(v));
    return 'URLSearchParams { ' + parts.join(', ') + ' }';
  }
}
Object.defineProperty(URLSearchParams.prototype, '_update', { enumerable: false });

// ---- URL --------------------------------------------------------------------------------------

const kRecord = Symbol('record');
const kParams = Symbol('params');

class URL {
  constructor(input, base) {
    if (arguments.length === 0) {
      const e = new TypeError('The "url" argument must be specified');
      e.code = 'ERR_MISSING_ARGS';
      throw e;
    }
    let baseRecord;
    if (base !== undefined) {
      baseRecord = parse(String(base));
      if (!baseRecord) throw invalid(String(input), String(base));
    }
    const r = parse(String(input), baseRecord);
    if (!r) throw invalid(String(input), base === undefined ? undefined : String(base));
    this[kRecord] = r;
    const params = new URLSearchParams(r.query || '');
    params[kUrl] = this;
    this[kParams] = params;
  }

  static canParse(input, base) {
    try {
      new URL(input, base);
      return true;
    } catch (e) {
      return false;
    }
  }

  static parse(input, base) {
    try {
      return new URL(input, base);
    } catch (e) {
      return null;
    }
  }

  get href() { return serialize(this[kRecord]); }
  set href(v) {
    const r = parse(String(v));
    if (!r) throw invalid(String(v));
    this[kRecord] = r;
    this[kParams][kList] = parseQuery(r.query || '');
  }

  get origin() {
    const r = this[kRecord];
    if (r.scheme === 'blob') {
      try { return new URL(serializePath(r)).origin; } catch (e) { return 'null'; }
    }
    if (!((r.scheme + ':') in SPECIAL) || r.scheme === 'file') return 'null';
    return r.scheme + '://' + r.host + (r.port !== '' ? ':' + r.port : '');
  }

  get protocol() { return this[kRecord].scheme + ':'; }
  set protocol(v) {
    const m = /^([a-zA-Z][a-zA-Z0-9+.-]*)/.exec(String(v));
    if (!m) return;
    const scheme = m[1].toLowerCase();
    const r = this[kRecord];
    const wasSpecial = (r.scheme + ':') in SPECIAL, isSpecial = (scheme + ':') in SPECIAL;
    if (wasSpecial !== isSpecial) return;
    if (scheme === 'file' && (r.username || r.password || r.port)) return;
    if (r.scheme === 'file' && r.host === '') return;
    r.scheme = scheme;
    if (r.port === SPECIAL[scheme + ':']) r.port = '';
  }

  get username() { return this[kRecord].username; }
  set username(v) {
    const r = this[kRecord];
    if (r.host === null || r.host === '' || r.scheme === 'file') return;
    r.username = encodeSet(String(v), USERINFO);
  }

  get password() { return this[kRecord].password; }
  set password(v) {
    const r = this[kRecord];
    if (r.host === null || r.host === '' || r.scheme === 'file') return;
    r.password = encodeSet(String(v), USERINFO);
  }

  get host() {
    const r = this[kRecord];
    if (r.host === null) return '';
    return r.port !== '' ? r.host + ':' + r.port : r.host;
  }
  set host(v) {
    const r = this[kRecord];
    if (typeof r.path === 'string') return;
    const s = String(v);
    const m = /^(\[[^\]]*\]|[^:/?#\\]*)(?::(\d*))?/.exec(s);
    if (!m || m[1] === '') return;
    const h = parseHost(m[1], (r.scheme + ':') in SPECIAL);
    if (h === null) return;
    r.host = h;
    if (m[2] !== undefined && m[2] !== '') {
      const port = Number(m[2]);
      if (port <= 65535) r.port = String(port) === SPECIAL[r.scheme + ':'] ? '' : String(port);
    }
  }

  get hostname() { const h = this[kRecord].host; return h === null ? '' : h; }
  set hostname(v) {
    const r = this[kRecord];
    if (typeof r.path === 'string') return;
    const s = String(v).split(/[:/?#\\]/)[0];
    if (s === '' && (r.scheme + ':') in SPECIAL && r.scheme !== 'file') return;
    const h = parseHost(s, (r.scheme + ':') in SPECIAL);
    if (h !== null) r.host = h;
  }

  get port() { return this[kRecord].port; }
  set port(v) {
    const r = this[kRecord];
    if (r.host === null || r.host === '' || r.scheme === 'file') return;
    const s = String(v);
    if (s === '') { r.port = ''; return; }
    const m = /^\d+/.exec(s);
    if (!m) return;
    const port = Number(m[0]);
    if (port > 65535) return;
    r.port = String(port) === SPECIAL[r.scheme + ':'] ? '' : String(port);
  }

  get pathname() { return serializePath(this[kRecord]); }
  set pathname(v) {
    const r = this[kRecord];
    if (typeof r.path === 'string') return;
    const special = (r.scheme + ':') in SPECIAL;
    let s = String(v);
    if (special) s = s.replace(/\\/g, '/');
    if (s.startsWith('/')) s = s.slice(1);
    else if (!special && s === '') { r.path = []; return; }
    r.path = normalizePath(s.split('/'), special);
  }

  get search() {
    const q = this[kRecord].query;
    return q === null || q === '' ? '' : '?' + q;
  }
  set search(v) {
    const r = this[kRecord];
    let s = String(v);
    if (s === '') {
      r.query = null;
      this[kParams][kList] = [];
      return;
    }
    if (s.startsWith('?')) s = s.slice(1);
    r.query = encodeSet(s, (r.scheme + ':') in SPECIAL ? SPECIAL_QUERY : QUERY);
    this[kParams][kList] = parseQuery(s);
  }

  get searchParams() { return this[kParams]; }

  get hash() {
    const f = this[kRecord].fragment;
    return f === null || f === '' ? '' : '#' + f;
  }
  set hash(v) {
    let s = String(v);
    if (s === '') { this[kRecord].fragment = null; return; }
    if (s.startsWith('#')) s = s.slice(1);
    this[kRecord].fragment = encodeSet(s, FRAGMENT);
  }

  toString() { return this.href; }
  toJSON() { return this.href; }

  get [Symbol.toStringTag]() { return 'URL'; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const obj = {
      href: this.href, origin: this.origin, protocol: this.protocol, username: this.username,
      password: this.password, host: this.host, hostname: this.hostname, port: this.port,
      pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash,
    };
    if (depth < 0) return '[URL]';
    return 'URL ' + inspect(obj, Object.assign({}, options, { depth }));
  }

  static createObjectURL() {
    throw new Error('URL.createObjectURL is not supported by tempo');
  }

  static revokeObjectURL() {}
}

module.exports = { URL, URLSearchParams, parseURL: parse, serializeURL: serialize };
