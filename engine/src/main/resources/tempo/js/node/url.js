// node:url: the WHATWG URL classes plus fileURLToPath/pathToFileURL, format and the legacy parse/resolve.
'use strict';

const { URL, URLSearchParams } = require('../web/url');
const querystring = require('./querystring');

function fileURLToPath(u) {
  if (typeof u === 'string') u = new URL(u);
  else if (!(u instanceof URL) && !(u && typeof u.href === 'string')) {
    const e = new TypeError('The "path" argument must be of type string or an instance of URL. Received ' + String(u));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  if (u.protocol !== 'file:') {
    const e = new TypeError('The URL must be of scheme file');
    e.code = 'ERR_INVALID_URL_SCHEME';
    throw e;
  }
  if (u.hostname !== '') {
    const e = new TypeError('File URL host must be "localhost" or empty on linux');
    e.code = 'ERR_INVALID_FILE_URL_HOST';
    throw e;
  }
  const p = u.pathname;
  if (/%2f/i.test(p)) {
    const e = new TypeError('File URL path must not include encoded / characters');
    e.code = 'ERR_INVALID_FILE_URL_PATH';
    throw e;
  }
  return decodeURIComponent(p);
}

function pathToFileURL(p) {
  const path = require('./path');
  let resolved = path.resolve(p);
  if (p.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  let out = '';
  for (const ch of resolved) {
    if (ch === '%') out += '%25';
    else if (ch === '\\') out += '%5C';
    else if (ch === '\n') out += '%0A';
    else if (ch === '\r') out += '%0D';
    else if (ch === '\t') out += '%09';
    else if (ch === '#') out += '%23';
    else if (ch === '?') out += '%3F';
    else out += ch;
  }
  return new URL('file://' + out);
}

function urlToHttpOptions(u) {
  return {
    protocol: u.protocol, hostname: u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname,
    hash: u.hash, search: u.search, pathname: u.pathname, path: u.pathname + u.search, href: u.href,
    port: u.port !== '' ? Number(u.port) : undefined,
    auth: u.username || u.password ? decodeURIComponent(u.username) + ':' + decodeURIComponent(u.password) : undefined,
  };
}

// ---- legacy API -------------------------------------------------------------------------------

function Url() {
  this.protocol = null; this.slashes = null; this.auth = null; this.host = null; this.port = null;
  this.hostname = null; this.hash = null; this.search = null; this.query = null; this.pathname = null;
  this.path = null; this.href = null;
}

const slashedProtocols = new Set(['http:', 'https:', 'ftp:', 'gopher:', 'file:', 'ws:', 'wss:']);

function parse(str, parseQueryString, slashesDenoteHost) {
  if (str instanceof Url) return str;
  const u = new Url();
  let rest = String(str).trim();
  const hi = rest.indexOf('#');
  if (hi >= 0) { u.hash = rest.slice(hi); rest = rest.slice(0, hi); }
  const qi = rest.indexOf('?');
  if (qi >= 0) {
    u.search = rest.slice(qi);
    u.query = rest.slice(qi + 1);
    rest = rest.slice(0, qi);
  } else if (parseQueryString) {
    u.search = '';
    u.query = {};
  }
  if (parseQueryString && typeof u.query === 'string') u.query = querystring.parse(u.query);
  const pm = /^([a-zA-Z0-9.+-]+:)/.exec(rest);
  if (pm) {
    u.protocol = pm[1].toLowerCase();
    rest = rest.slice(pm[1].length);
  }
  if ((slashesDenoteHost || pm) && rest.startsWith('//') && !(u.protocol === 'javascript:')) {
    u.slashes = true;
    rest = rest.slice(2);
    let end = rest.search(/[/]/);
    if (end < 0) end = rest.length;
    let hostPart = rest.slice(0, end);
    rest = rest.slice(end);
    const at = hostPart.lastIndexOf('@');
    if (at >= 0) {
      u.auth = decodeURIComponent(hostPart.slice(0, at));
      hostPart = hostPart.slice(at + 1);
    }
    const portMatch = /:(\d*)$/.exec(hostPart);
    if (portMatch) {
      if (portMatch[1]) u.port = portMatch[1];
      hostPart = hostPart.slice(0, portMatch.index);
    }
    u.hostname = hostPart.toLowerCase();
    u.host = u.hostname + (u.port ? ':' + u.port : '');
    if (hostPart.startsWith('[')) u.hostname = u.hostname.slice(1, -1);
  }
  if (rest || u.host) u.pathname = rest || (slashedProtocols.has(u.protocol) ? '/' : null);
  if (u.pathname === null && slashedProtocols.has(u.protocol) && u.hostname) u.pathname = '/';
  u.path = (u.pathname || '') + (u.search || '') || null;
  u.href = format(u);
  return u;
}

function format(obj, options) {
  if (typeof obj === 'string') obj = parse(obj);
  if (obj instanceof URL) {
    const o = Object.assign({ auth: true, fragment: true, search: true, unicode: false }, options);
    let s = obj.protocol;
    if (obj.host !== '' || obj.protocol === 'file:') s += '//';
    if (o.auth && (obj.username || obj.password)) s += obj.username + (obj.password ? ':' + obj.password : '') + '@';
    s += obj.host + obj.pathname;
    if (o.search) s += obj.search;
    if (o.fragment) s += obj.hash;
    return s;
  }
  let auth = obj.auth || '';
  if (auth) auth = encodeURIComponent(auth).replace(/%3A/i, ':') + '@';
  let protocol = obj.protocol || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  let pathname = obj.pathname || '';
  let hash = obj.hash || '';
  let search = obj.search || '';
  let host = '';
  if (obj.host) host = auth + obj.host;
  else if (obj.hostname) {
    host = auth + (obj.hostname.includes(':') && !obj.hostname.startsWith('[') ? '[' + obj.hostname + ']' : obj.hostname);
    if (obj.port) host += ':' + obj.port;
  }
  if (!search && obj.query && typeof obj.query === 'object' && Object.keys(obj.query).length) {
    search = '?' + querystring.stringify(obj.query);
  } else if (!search && typeof obj.query === 'string' && obj.query) search = '?' + obj.query;
  if (search && search[0] !== '?') search = '?' + search;
  if (hash && hash[0] !== '#') hash = '#' + hash;
  if (obj.slashes || (slashedProtocols.has(protocol) && host !== '') || (protocol === 'file:')) {
    host = '//' + host;
    if (pathname && pathname[0] !== '/') pathname = '/' + pathname;
  }
  pathname = pathname.replace(/[?#]/g, encodeURIComponent);
  search = search.replace('#', '%23');
  return protocol + host + pathname + search + hash;
}

function resolve(from, to) {
  const base = new URL(from, 'resolve://');
  const r = new URL(to, base);
  if (r.protocol === 'resolve:') {
    const { pathname, search, hash } = r;
    if (!String(from).startsWith('/') && pathname.startsWith('/')) {
      return pathname.slice(1) + search + hash;
    }
    return pathname + search + hash;
  }
  return r.toString();
}

module.exports = {
  URL, URLSearchParams, fileURLToPath, pathToFileURL, urlToHttpOptions, format, parse, resolve, Url,
  domainToASCII: (d) => String(d).toLowerCase(),
  domainToUnicode: (d) => String(d),
};
