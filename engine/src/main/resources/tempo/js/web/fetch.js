// fetch(): data: URLs, file: URLs (read from disk, as bun does) and http(s): through the host, each answered
// in a later turn of the event loop (a host task, which fake timers leave alone). A request in flight cannot
// be aborted; a signal already aborted rejects at once.
'use strict';

const host = require('../internal/host');
const { Request } = require('./request');
const { networkResponse } = require('./response');
const { readAllBytes } = require('./readable_stream');
const bytes = require('../node/_bytes');

function typeError(message, code, extra) {
  const e = new TypeError(message);
  if (code !== undefined) e.code = code;
  return Object.assign(e, extra);
}

/** A data: URL's bytes and media type (bun leaves the type out when the URL gives none). */
function dataUrl(href) {
  const comma = href.indexOf(',');
  if (comma === -1) throw typeError('fetch() URL is invalid');
  let meta = href.slice(5, comma);
  const base64 = /;base64$/i.test(meta);
  if (base64) meta = meta.slice(0, -7);
  const data = decodeURIComponent(href.slice(comma + 1).replace(/%(?![0-9a-f]{2})/gi, '%25'));
  const body = base64 ? bytes.base64Decode(data.replace(/\s+/g, '')) : new TextEncoder().encode(data);
  let type = meta.trim() || null;
  if (type !== null && !/;\s*charset=/i.test(type) && /^(text\/|application\/json)/i.test(type)) type += ';charset=utf-8';
  return { body, type };
}

function later(run) {
  return new Promise((resolve, reject) => host.enqueueTask(() => {
    try {
      resolve(run());
    } catch (e) {
      reject(e);
    }
  }));
}

function fromFile(request) {
  const fs = require('../node/fs');
  const path = require('../node/url').fileURLToPath(request.url);
  return later(() => networkResponse(fs.readFileSync(path), { status: 200 }, request.url, false));
}

async function fromNetwork(request) {
  const headers = [];
  for (const [k, v] of request.headers) headers.push(k, v);
  if (!request.headers.has('user-agent')) headers.push('user-agent', globalThis.navigator ? globalThis.navigator.userAgent : 'tempo');
  const body = request.method === 'GET' || request.method === 'HEAD' || request.body === null ? null
    : bytes.bytesToLatin1(await readAllBytes(request.body));
  return later(() => {
    const r = host.httpFetch(request.method, request.url, headers, body, request.redirect !== 'manual' && request.redirect !== 'error');
    if (r.error) throw typeError(r.message, r.error, { path: request.url, errno: 0 });
    if (request.redirect === 'error' && r.status >= 300 && r.status < 400) {
      throw typeError('fetch() redirect failed: the response was a redirect and redirect is "error"');
    }
    const pairs = [];
    for (let i = 0; i + 1 < r.headers.length; i += 2) pairs.push([r.headers[i], r.headers[i + 1]]);
    const noBody = request.method === 'HEAD' || r.status === 204 || r.status === 304;
    return networkResponse(noBody ? null : bytes.latin1ToBytes(r.body), { status: r.status, headers: pairs }, r.url, r.redirected);
  });
}

function fetch(input, init = undefined) {
  let request;
  try {
    request = new Request(input, init);
  } catch (e) {
    return Promise.reject(/Invalid URL/.test(e.message) ? typeError('fetch() URL is invalid') : e);
  }
  const signal = init && init.signal != null ? init.signal : input instanceof Request ? input.signal : null;
  if (signal && signal.aborted) return Promise.reject(signal.reason);
  const scheme = request.url.slice(0, request.url.indexOf(':') + 1).toLowerCase();
  if (scheme === 'data:') {
    try {
      const { body, type } = dataUrl(request.url);
      return later(() => networkResponse(body, { status: 200, headers: type ? { 'content-type': type } : {} }, request.url, false));
    } catch (e) {
      return Promise.reject(e);
    }
  }
  if (scheme === 'file:') return fromFile(request);
  if (scheme === 'http:' || scheme === 'https:') return fromNetwork(request);
  return Promise.reject(typeError('protocol must be http:, https: or s3:'));
}

// bun's fetch has these beside the call itself.
fetch.preconnect = function preconnect() {};

module.exports = { fetch };
