// Snapshot text: how values are serialized into snapshots (pretty-format with Jest 29+'s snapshot
// options and bun's leaf prints), the .snap file format, and inline snapshots inside test sources
// (stripping and adding their indentation, finding the matcher call and rewriting its argument).
'use strict';

const { printValue, normalize } = require('./printer');

const HEADER = '// Bun Snapshot v1, https://bun.sh/docs/test/snapshots';

// bun names a function only when it was declared with a name: `function named() {}` prints
// [Function: named], an arrow held in a variable prints [Function]; classes print [class A].
const functionPlugin = {
  test: (v) => typeof v === 'function' && v._isMockFunction !== true,
  serialize(fn) {
    let src = '';
    try { src = Function.prototype.toString.call(fn); } catch (e) { /* exotic */ }
    const cls = /^class\b\s*([\w$]*)/.exec(src);
    if (cls) return cls[1] ? '[class ' + fn.name + ']' : '[class]';
    const declared = /^(?:async\s+)?function\s*\*?\s*([\w$]+)/.exec(src);
    return declared ? '[Function: ' + fn.name + ']' : '[Function]';
  },
};

// Objects without a prototype print like plain objects, as in pretty-format.
const nullProtoPlugin = {
  test: (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === null,
  serialize: (v, config, indentation, depth, refs, printer) => printer(Object.assign({}, v), config, indentation, depth, refs),
};

const CONFIG = normalize({
  indent: 2,
  escapeString: false,
  printBasicPrototype: false,
  printFunctionName: false,
  plugins: [functionPlugin, nullProtoPlugin],
});

/** A value as its snapshot text (without the extra line breaks a multi-line snapshot gets). */
function serialize(value) {
  return printValue(value, CONFIG, '', 0, []).replace(/\r\n?/g, '\n');
}

// The styles Jest wrote snapshots in: Jest 29+'s default, and before 29 `Object {` / `Array [` with
// escaped strings (and the mixes its snapshotFormat option allows). Functions print as [Function].
const JEST_CONFIGS = [[false, false], [true, true], [true, false], [false, true]].map(([basic, escape]) => normalize({
  indent: 2,
  escapeString: escape,
  printBasicPrototype: basic,
  printFunctionName: false,
  plugins: [nullProtoPlugin],
}));

/**
 * Whether a stored snapshot is the value as one of Jest's snapshot styles prints it: a .snap file or
 * inline snapshot Jest wrote still matches, and is only rewritten in bun's style under -u.
 */
function matchesJestStyle(value, stored) {
  for (const config of JEST_CONFIGS) {
    const text = addExtraLineBreaks(printValue(value, config, '', 0, []).replace(/\r\n?/g, '\n'));
    if (text === stored) return true;
  }
  return false;
}

/** Multi-line snapshots are stored between a leading and a trailing line break. */
function addExtraLineBreaks(text) {
  return text.includes('\n') ? '\n' + text + '\n' : text;
}

function escapeBacktick(text) {
  return text.replace(/`|\\|\$\{/g, '\\$&');
}

// Jest's natural order: runs of digits compare as numbers, so "t 2" comes before "t 10".
function naturalCompare(a, b) {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) || [], pb = b.match(re) || [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i], y = pb[i];
    if (x === y) continue;
    const nx = /^\d/.test(x), ny = /^\d/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** The snapshots of a .snap file (bun's or Jest's) as a Map of key to stored text. */
function parseSnapFile(text) {
  const data = Object.create(null);
  // The file is a script assigning template literals to exports[...], read the way Jest reads it.
  new Function('exports', text)(data);
  const out = new Map();
  for (const key of Object.keys(data)) out.set(key, String(data[key]).replace(/\r\n?/g, '\n'));
  return out;
}

/** The header comment of a .snap file's text ("// Jest Snapshot v1, ..."), or null when it has none. */
function headerOf(text) {
  const m = /^\/\/ [^\n]*Snapshot v\d[^\n]*/.exec(text);
  return m === null ? null : m[0];
}

/** A .snap file for the snapshots of a Map, keys sorted as Jest sorts them, under bun's header or `header`. */
function printSnapFile(snapshots, header) {
  const keys = Array.from(snapshots.keys()).sort(naturalCompare);
  const entries = keys.map((k) => 'exports[`' + escapeBacktick(k) + '`] = `' + escapeBacktick(snapshots.get(k)) + '`;');
  return (header || HEADER) + '\n\n' + entries.join('\n\n') + '\n';
}

/** The key of the n-th snapshot of a test: "describe test 1", or "describe test: hint 1". */
function snapshotKey(testName, hint, n) {
  return testName + (hint ? ': ' + hint : '') + ' ' + n;
}

/**
 * An inline snapshot as written in the source, without the indentation it was given there: when it
 * spans three lines or more with blank first and last lines and every other line is blank or starts
 * with the first content line's indentation, that indentation is removed and the last line emptied.
 */
function stripAddedIndentation(snapshot) {
  const m = /^([^\S\n]*)\S/m.exec(snapshot);
  if (m === null || !m[1]) return snapshot;
  const indentation = m[1];
  const lines = snapshot.split('\n');
  if (lines.length <= 2) return snapshot;
  if (lines[0].trim() !== '' || lines[lines.length - 1].trim() !== '') return snapshot;
  for (let i = 1; i < lines.length - 1; i++) {
    if (lines[i] === '') continue;
    if (!lines[i].startsWith(indentation)) return snapshot;
    lines[i] = lines[i].slice(indentation.length);
  }
  lines[lines.length - 1] = '';
  return lines.join('\n');
}

/**
 * The template literal to write for a serialized value in a source whose call line is indented by
 * `indentation`: one line as is; more lines each indented one level deeper (blank lines left blank),
 * the closing backtick back at the call's indentation.
 */
function inlineLiteral(serialized, indentation) {
  const text = escapeBacktick(serialized);
  if (!serialized.includes('\n')) return '`' + text + '`';
  const inner = indentation + '  ';
  return '`\n' + text.split('\n').map((l) => (l === '' ? '' : inner + l)).join('\n') + '\n' + indentation + '`';
}

// ---- finding a matcher call in a source ----

function offsetOf(source, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = source.indexOf('\n', offset);
    if (nl === -1) return source.length;
    offset = nl + 1;
  }
  return Math.min(source.length, offset + Math.max(0, column - 1));
}

// Skips a string or template literal starting at i (at its quote); returns the index after it.
function skipString(source, i) {
  const q = source[i];
  i++;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\') { i += 2; continue; }
    if (ch === q) return i + 1;
    if (q === '`' && ch === '$' && source[i + 1] === '{') {
      i = skipBalanced(source, i + 1, '}');
      continue;
    }
    if (q !== '`' && ch === '\n') return i;
    i++;
  }
  return i;
}

function skipComment(source, i) {
  if (source[i + 1] === '/') {
    const nl = source.indexOf('\n', i);
    return nl === -1 ? source.length : nl;
  }
  const end = source.indexOf('*/', i + 2);
  return end === -1 ? source.length : end + 2;
}

// From an opening bracket at i, the index after its matching close.
function skipBalanced(source, i, close) {
  i++;
  while (i < source.length) {
    const ch = source[i];
    if (ch === close) return i + 1;
    if (ch === '"' || ch === "'" || ch === '`') i = skipString(source, i);
    else if (ch === '/' && (source[i + 1] === '/' || source[i + 1] === '*')) i = skipComment(source, i);
    else if (ch === '(') i = skipBalanced(source, i, ')');
    else if (ch === '[') i = skipBalanced(source, i, ']');
    else if (ch === '{') i = skipBalanced(source, i, '}');
    else i++;
  }
  return i;
}

/**
 * The call of `matcher` at or after (line, column): where its name is and the spans of its top-level
 * arguments ({start, end} offsets, trimmed), or null when it is not there.
 */
function findCall(source, line, column, matcher) {
  const from = offsetOf(source, line, column);
  const re = new RegExp('\\b' + matcher + '\\s*\\(', 'g');
  re.lastIndex = from;
  const m = re.exec(source);
  if (m === null) return null;
  const open = m.index + m[0].length - 1;
  const args = [];
  let i = open + 1;
  let first = -1; // the current argument's first and last token, comments left out
  let last = -1;
  const push = () => {
    if (first !== -1) args.push({ start: first, end: last });
    first = last = -1;
  };
  while (i < source.length) {
    const ch = source[i];
    if (ch === ')') { push(); return { nameAt: m.index, open, close: i, args }; }
    if (ch === ',') { push(); i++; continue; }
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '/' && (source[i + 1] === '/' || source[i + 1] === '*')) { i = skipComment(source, i); continue; }
    if (first === -1) first = i;
    if (ch === '"' || ch === "'" || ch === '`') i = skipString(source, i);
    else if (ch === '(') i = skipBalanced(source, i, ')');
    else if (ch === '[') i = skipBalanced(source, i, ']');
    else if (ch === '{') i = skipBalanced(source, i, '}');
    else i++;
    last = i;
  }
  return null;
}

function lineIndentation(source, offset) {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(source.slice(start))[0];
}

/**
 * A source with inline snapshots written in. Each edit: { line, column, matcher, serialized,
 * snapshotArg (the call had a snapshot argument to replace) }. Throws when a call cannot be found.
 */
function rewriteInline(source, edits) {
  const changes = [];
  const seen = new Set();
  for (const e of edits) {
    const call = findCall(source, e.line, e.column, e.matcher);
    if (call === null) throw new Error('could not find the ' + e.matcher + '() call at line ' + e.line + ' to write its snapshot');
    if (seen.has(call.open)) continue;
    seen.add(call.open);
    const literal = inlineLiteral(e.serialized, lineIndentation(source, call.nameAt));
    if (e.snapshotArg && call.args.length > 0) {
      const last = call.args[call.args.length - 1];
      changes.push({ start: last.start, end: last.end, text: literal });
    } else if (call.args.length > 0) {
      const last = call.args[call.args.length - 1];
      changes.push({ start: last.end, end: last.end, text: ', ' + literal });
    } else {
      changes.push({ start: call.open + 1, end: call.close, text: literal });
    }
  }
  changes.sort((a, b) => b.start - a.start);
  let out = source;
  for (const c of changes) out = out.slice(0, c.start) + c.text + out.slice(c.end);
  return out;
}

module.exports = {
  HEADER,
  serialize,
  matchesJestStyle,
  addExtraLineBreaks,
  escapeBacktick,
  naturalCompare,
  parseSnapFile,
  headerOf,
  printSnapFile,
  snapshotKey,
  stripAddedIndentation,
  inlineLiteral,
  findCall,
  rewriteInline,
};
