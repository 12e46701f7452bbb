// Response (the Fetch standard): a status, headers and a body; Response.json, Response.error and
// Response.redirect; printed as bun prints one.
'use strict';

const { Headers } = require('./headers');
const { URL } = require('./url');
const { initBody, cloneBody, mixBody, knownSize } = require('./body');

const kRes = Symbol('response');

class Response {
  constructor(body, init) {
    const i = init == null ? {} : init;
    const status = i.status !== undefined ? Number(i.status) : 200;
    if (!(status === 101 || (Number.isInteger(status) && status >= 200 && status <= 599))) {
      throw new RangeError('The status provided (' + i.status + ') must be 101 or in the range of [200, 599]');
    }
    const headers = new Headers(i.headers);
    this[kRes] = { status, statusText: i.statusText !== undefined ? String(i.statusText) : '', headers, type: 'default',
      url: '', redirected: false };
    initBody(this, body, headers);
  }

  get status() { return this[kRes].status; }
  get statusText() { return this[kRes].statusText; }
  get ok() { return this[kRes].status >= 200 && this[kRes].status <= 299; }
  get headers() { return this[kRes].headers; }
  get type() { return this[kRes].type; }
  get url() { return this[kRes].url; }
  get redirected() { return this[kRes].redirected; }

  clone() {
    const copy = Object.create(Response.prototype);
    copy[kRes] = Object.assign({}, this[kRes], { headers: new Headers(this[kRes].headers) });
    cloneBody(this, copy);
    return copy;
  }

  static json(data, init) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = new Response(text, init);
    if (!r.headers.has('content-type')) r.headers.set('content-type', 'application/json;charset=utf-8');
    return r;
  }

  static error() {
    const r = new Response(null);
    Object.assign(r[kRes], { status: 0, type: 'error' });
    return r;
  }

  static redirect(url, status) {
    const s = status === undefined ? 302 : Number(status);
    if (![301, 302, 303, 307, 308].includes(s)) throw new RangeError('Invalid status code: ' + status);
    return new Response(null, { status: s, headers: { location: new URL(String(url)).href } });
  }

  get [Symbol.toStringTag]() { return 'Response'; }

  // bun: Response (5 bytes) { ok: true, url: "", status: 200, ... }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const size = knownSize(this);
    const show = (v) => (typeof inspect === 'function' ? inspect(v, options) : JSON.stringify(v));
    const lines = ['ok: ' + show(this.ok), 'url: ' + show(this.url), 'status: ' + show(this.status),
      'statusText: ' + show(this.statusText), 'headers: ' + show(this.headers), 'redirected: ' + show(this.redirected),
      'bodyUsed: ' + show(this.bodyUsed)];
    return 'Response' + (size === null ? '' : ' (' + size + ' bytes)') + ' {\n  ' + lines.join(',\n  ') + '\n}';
  }
}
mixBody(Response.prototype);

const REASONS = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 206: 'Partial Content', 301: 'Moved Permanently',
  302: 'Found', 303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 410: 'Gone', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity',
  429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** A Response from the network: its final URL, whether a redirect led there, the status's reason phrase. */
function networkResponse(body, init, url, redirected) {
  const r = new Response(body, Object.assign({ statusText: REASONS[init.status] || '' }, init));
  Object.assign(r[kRes], { url, redirected: !!redirected, type: 'basic' });
  return r;
}

module.exports = { Response, networkResponse };
