// A console call's arguments as one line of bun's console output: values separated by spaces, each
// printed by console-format; a string followed by more arguments is a template whose %s %d %i %f %o %O
// %j %c take them in order. As in bun, any such string is a template (console.log('x', '%s', 'y')
// prints "x y"), %d and %i truncate Number(value) (so '12abc' gives NaN), %s uses the value's own
// string (an object gives "[object Object]"), %c takes its argument and prints nothing, and once the
// arguments run out the rest of the template prints as written, "%%" included.
'use strict';

const { Formatter, tagOf } = require('./console-format');

const MAX_BEFORE_E_NOTATION = 1e21;
const MIN_BEFORE_E_NOTATION = 0.000001;

/** bun converts with ToNumber, which refuses a BigInt (Number() would not). */
function toNumber(v) {
  if (typeof v === 'bigint') throw new TypeError("Conversion from 'BigInt' to 'number' is not allowed.");
  return typeof v === 'number' ? v : Number(v);
}

/** %d and %i: parseInt's answer, computed the way bun does from the number. */
function integer(v) {
  if (typeof v === 'symbol') return 'NaN';
  let n = toNumber(v);
  if (!Number.isFinite(n)) return 'NaN';
  if (n === 0) return '0';
  const sign = n < 0 ? -1 : 1;
  n = Math.abs(n);
  if (n >= MAX_BEFORE_E_NOTATION) {
    while (n >= 10) n /= 10;
  } else if (n < MIN_BEFORE_E_NOTATION) {
    while (n < 1) n *= 10;
  }
  return String(Math.floor(n) * sign);
}

/** %f: parseFloat's answer. */
function float(v) {
  const n = typeof v === 'symbol' ? NaN : toNumber(v);
  if (Number.isNaN(n)) return 'NaN';
  return Object.is(n, -0) ? '0' : String(n);
}

function json(v) {
  try {
    const s = JSON.stringify(v);
    return s === undefined ? 'undefined' : s;
  } catch (e) {
    return '[Circular]';
  }
}

/** Writes the template into f, taking arguments from rest (an array it shortens). */
function template(f, text, rest) {
  f.add(text.length);
  let i = 0;
  let start = 0;
  while (i < text.length && rest.length > 0) {
    if (text[i] !== '%' || i + 1 >= text.length) {
      i++;
      continue;
    }
    const c = text[i + 1];
    if (c === '%') {
      f.write(text.slice(start, i + 1));
      i += 2;
      start = i;
      continue;
    }
    if (!'sdifoOjc'.includes(c)) {
      i++;
      continue;
    }
    f.write(text.slice(start, i));
    const value = rest.shift();
    if (c === 's') f.string('' + value, tagOf(value) === 'regexp');
    else if (c === 'd' || c === 'i') f.write(integer(value));
    else if (c === 'f') f.write(float(value));
    else if (c === 'o' || c === 'O') f.format(value);
    else if (c === 'j') f.write(json(value));
    i += 2;
    start = i;
  }
  f.write(text.slice(start));
}

/**
 * The text of one console call, without its newline. options: indent (console.group levels),
 * describeStack (see console-format).
 */
function formatArgs(args, options) {
  const f = new Formatter(options);
  f.writeIndent();
  const rest = Array.prototype.slice.call(args);
  let first = true;
  while (rest.length > 0) {
    if (!first) f.write(' ');
    first = false;
    const value = rest.shift();
    if (typeof value === 'string' && rest.length > 0) template(f, value, rest);
    else f.format(value);
  }
  return f.out;
}

module.exports = { formatArgs };
