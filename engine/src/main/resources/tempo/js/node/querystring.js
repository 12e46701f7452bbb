// node:querystring: parse/stringify/escape/unescape.
'use strict';

function escape(s) {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

function unescape(s) {
  try { return decodeURIComponent(s); } catch (e) {
    return s.replace(/%([0-9a-fA-F]{2})/g, (m, h) => String.fromCharCode(parseInt(h, 16)));
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  const enc = (options && options.encodeURIComponent) || escape;
  if (obj === null || typeof obj !== 'object') return '';
  const parts = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = enc(stringifyPrimitive(k)) + eq;
    if (Array.isArray(v)) for (const x of v) parts.push(ks + enc(stringifyPrimitive(x)));
    else parts.push(ks + enc(stringifyPrimitive(v)));
  }
  return parts.join(sep);
}

function parse(str, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  const dec = (options && options.decodeURIComponent) || unescape;
  const max = options && typeof options.maxKeys === 'number' ? options.maxKeys : 1000;
  const obj = Object.create(null);
  if (typeof str !== 'string' || str.length === 0) return obj;
  let parts = str.split(sep);
  if (max > 0) parts = parts.slice(0, max);
  for (const part of parts) {
    if (part === '') continue;
    const i = part.indexOf(eq);
    const k = dec((i >= 0 ? part.slice(0, i) : part).replace(/\+/g, ' '));
    const v = i >= 0 ? dec(part.slice(i + eq.length).replace(/\+/g, ' ')) : '';
    if (!(k in obj)) obj[k] = v;
    else if (Array.isArray(obj[k])) obj[k].push(v);
    else obj[k] = [obj[k], v];
  }
  return obj;
}

module.exports = { parse, stringify, escape, unescape, decode: parse, encode: stringify };
