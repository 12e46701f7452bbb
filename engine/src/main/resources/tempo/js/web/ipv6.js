// The WHATWG URL standard's IPv6 address parser and serializer, for hosts written as [address]:
// "[2001:db8::1]" is valid and serializes compressed and lower-case; two "::", a piece of five hex
// digits or a bad embedded IPv4 part makes the URL invalid.
'use strict';

const HEX = /[0-9a-fA-F]/;
const DIGIT = /[0-9]/;

/** The eight 16-bit pieces of an IPv6 address (the text between the brackets), or null if invalid. */
function parseIpv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let piece = 0;
  let compress = null;
  let p = 0;
  const c = () => input[p];
  if (c() === ':') {
    if (input[p + 1] !== ':') return null;
    p += 2;
    piece++;
    compress = piece;
  }
  while (c() !== undefined) {
    if (piece === 8) return null;
    if (c() === ':') {
      if (compress !== null) return null;
      p++;
      piece++;
      compress = piece;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && c() !== undefined && HEX.test(c())) {
      value = value * 16 + parseInt(c(), 16);
      p++;
      length++;
    }
    if (c() === '.') {
      if (length === 0 || piece > 6) return null;
      p -= length;
      if (!embeddedIpv4(piece)) return null;
      piece += 2;
      break;
    } else if (c() === ':') {
      p++;
      if (c() === undefined) return null;
    } else if (c() !== undefined) {
      return null;
    }
    address[piece] = value;
    piece++;
  }
  if (compress !== null) {
    let swaps = piece - compress;
    piece = 7;
    while (piece !== 0 && swaps > 0) {
      const t = address[piece];
      address[piece] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      piece--;
      swaps--;
    }
  } else if (piece !== 8) {
    return null;
  }
  return address;

  /** Four dotted decimal numbers filling pieces at and after `at`; false if malformed. */
  function embeddedIpv4(at) {
    let seen = 0;
    while (c() !== undefined) {
      let part = null;
      if (seen > 0) {
        if (c() === '.' && seen < 4) p++;
        else return false;
      }
      if (c() === undefined || !DIGIT.test(c())) return false;
      while (c() !== undefined && DIGIT.test(c())) {
        const n = c().charCodeAt(0) - 48;
        if (part === null) part = n;
        else if (part === 0) return false;
        else part = part * 10 + n;
        if (part > 255) return false;
        p++;
      }
      address[at] = address[at] * 0x100 + part;
      seen++;
      if (seen === 2) at++;
    }
    return seen === 4;
  }
}

/** The address as a URL writes it: lower-case hex, the first longest run of two or more zero pieces as "::". */
function serializeIpv6(address) {
  let compress = null;
  let best = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > best) { best = j - i; compress = i; }
    i = j;
  }
  let out = '';
  let skipZeros = false;
  for (let i = 0; i < 8; i++) {
    if (skipZeros && address[i] === 0) continue;
    skipZeros = false;
    if (compress === i) {
      out += i === 0 ? '::' : ':';
      skipZeros = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

module.exports = { parseIpv6, serializeIpv6 };
