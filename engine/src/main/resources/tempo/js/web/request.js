// Request (the Fetch standard): an absolute URL, a method, headers, a body and the options fetch() reads.
'use strict';

const { Headers, TOKEN } = require('./headers');
const { URL } = require('./url');
const { initBody, cloneBody, moveBody, mixBody } = require('./body');

const kReq = Symbol('request');
const NORMALIZED = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH']);

function methodOf(m) {
  const s = String(m);
  if (!TOKEN.test(s)) throw new TypeError("Failed to construct 'Request': '" + s + "' is not a valid HTTP method.");
  const upper = s.toUpperCase();
  return NORMALIZED.has(upper) ? upper : s;
}

function neverAborted() {
  const { AbortController } = require('./abort');
  return new AbortController().signal;
}

class Request {
  constructor(input, init) {
    const i = init == null ? {} : init;
    const from = input instanceof Request ? input[kReq] : null;
    let url;
    if (from) {
      url = from.url;
    } else {
      try {
        url = new URL(String(input)).href;
      } catch (e) {
        throw new TypeError("Failed to construct 'Request': Invalid URL \"" + String(input) + '"');
      }
    }
    const headers = new Headers(i.headers !== undefined ? i.headers : from ? from.headers : undefined);
    this[kReq] = {
      url,
      method: i.method !== undefined ? methodOf(i.method) : from ? from.method : 'GET',
      headers,
      signal: i.signal != null ? i.signal : from ? from.signal : null,
      redirect: i.redirect !== undefined ? String(i.redirect) : from ? from.redirect : 'follow',
      cache: i.cache !== undefined ? String(i.cache) : from ? from.cache : 'default',
      credentials: i.credentials !== undefined ? String(i.credentials) : from ? from.credentials : 'include',
      mode: i.mode !== undefined ? String(i.mode) : from ? from.mode : 'cors',
      referrer: i.referrer !== undefined ? String(i.referrer) : 'about:client',
      referrerPolicy: i.referrerPolicy !== undefined ? String(i.referrerPolicy) : '',
      integrity: i.integrity !== undefined ? String(i.integrity) : '',
      keepalive: !!i.keepalive,
    };
    if (i.body !== undefined) initBody(this, i.body, headers);
    else if (!(input instanceof Request && moveBody(input, this))) initBody(this, null, headers);
  }

  get url() { return this[kReq].url; }
  get method() { return this[kReq].method; }
  get headers() { return this[kReq].headers; }
  get signal() {
    const r = this[kReq];
    return r.signal || (r.signal = neverAborted());
  }
  get redirect() { return this[kReq].redirect; }
  get cache() { return this[kReq].cache; }
  get credentials() { return this[kReq].credentials; }
  get mode() { return this[kReq].mode; }
  get referrer() { return this[kReq].referrer; }
  get referrerPolicy() { return this[kReq].referrerPolicy; }
  get integrity() { return this[kReq].integrity; }
  get keepalive() { return this[kReq].keepalive; }
  get destination() { return ''; }

  clone() {
    const copy = Object.create(Request.prototype);
    copy[kReq] = Object.assign({}, this[kReq], { headers: new Headers(this[kReq].headers) });
    cloneBody(this, copy);
    return copy;
  }

  get [Symbol.toStringTag]() { return 'Request'; }
}
mixBody(Request.prototype);

module.exports = { Request };
