// A special URL's non-ASCII host as ASCII, the common part of UTS #46 processing that WHATWG URL
// does: the ideographic full stops separate labels too, labels are NFC-normalized and lowercased,
// and a label with non-ASCII characters becomes "xn--" + its punycode (RFC 3492). Not covered: the
// rest of the UTS #46 mapping table (width folding, disallowed code points).
'use strict';

const BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700, INITIAL_BIAS = 72, INITIAL_N = 128;

function adapt(delta, points, first) {
  delta = first ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / points);
  let k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

const digit = (d) => String.fromCharCode(d < 26 ? 97 + d : 22 + d); // a-z, then 0-9

/** RFC 3492 encoding of one label (code points, not UTF-16 units). */
function punycode(label) {
  const points = Array.from(label, (c) => c.codePointAt(0));
  let out = points.filter((p) => p < 128).map((p) => String.fromCharCode(p)).join('');
  const basic = out.length;
  let handled = basic;
  if (basic > 0) out += '-';
  let n = INITIAL_N, delta = 0, bias = INITIAL_BIAS;
  while (handled < points.length) {
    const m = Math.min(...points.filter((p) => p >= n));
    delta += (m - n) * (handled + 1);
    n = m;
    for (const p of points) {
      if (p < n) delta++;
      if (p !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
        if (q < t) break;
        out += digit(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      out += digit(q);
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return out;
}

function domainToASCII(host) {
  return host.normalize('NFC').toLowerCase().split(/[.\u3002\uFF0E\uFF61]/)
    .map((label) => (/[^\x00-\x7f]/.test(label) ? 'xn--' + punycode(label) : label))
    .join('.');
}

module.exports = { domainToASCII, punycode };
