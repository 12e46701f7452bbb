// Snapshot matchers (toMatchSnapshot, toMatchInlineSnapshot, toThrowErrorMatchingSnapshot,
// toThrowErrorMatchingInlineSnapshot) and the snapshot state of the one test file this context runs:
// its __snapshots__/<file>.snap, the inline snapshots to write into sources, and bun's counts. The
// runtime reaches it through expect/snapshot-session, which configures it as it loads (on a snapshot
// matcher's first use) and saves it when the file's tests are over.
'use strict';

const session = require('./snapshot-session');
const fmt = require('./snapshot-format');
const u = require('./utils');
const { hint, usage } = require('./hint');
const { equals, iterableEquality, subsetEquality, isAsymmetric } = require('./equals');
const { diffStrings } = require('./diff');

let host = null;
let testFile = null;
let update = false;
let ci = false;
let keepObsolete = false;

let stored = null; // Map key -> text from the .snap file, read on first use
let header = null; // the .snap file's own header line (Jest's is kept when snapshots are added)
let dirty = false;
const used = new Set();
const counters = new Map(); // test name + hint -> calls so far in the current test
const kept = session.kept; // names of tests that were skipped, todo or failed: their snapshots are not obsolete
const inline = []; // { file, line, column, matcher, serialized, snapshotArg }
const counts = { total: 0, passed: 0, added: 0, failed: 0 };

function configure(options) {
  host = options.host;
  testFile = options.file;
  update = !!options.update;
  ci = !!options.ci;
  keepObsolete = !!options.filtered;
}

function snapPath() {
  return session.snapPath(testFile);
}

function snapshots() {
  if (stored === null) {
    const text = host ? host.snapshotRead(snapPath()) : null;
    stored = new Map();
    if (text !== null && text !== undefined) {
      try {
        stored = fmt.parseSnapFile(String(text));
        header = fmt.headerOf(String(text));
      } catch (e) {
        throw new Error('cannot read snapshot file ' + snapPath() + ': ' + (e && e.message));
      }
    }
  }
  return stored;
}

/** A test starts (or is retried): its snapshot counters start again. */
function beginTest() {
  counters.clear();
}

function nextKey(testName, snapshotHint) {
  const base = testName + (snapshotHint ? ': ' + snapshotHint : '');
  const n = (counters.get(base) || 0) + 1;
  counters.set(base, n);
  return fmt.snapshotKey(testName, snapshotHint, n);
}

// ---- property matchers ----

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !isAsymmetric(v) && !(v instanceof Date) && !(v instanceof RegExp);
}

// The received value with the property matchers put in place of the values they matched.
function deepMerge(target, source) {
  if (Array.isArray(target) && Array.isArray(source)) {
    const out = target.slice();
    source.forEach((s, i) => { out[i] = isPlainObject(s) && isPlainObject(out[i]) ? deepMerge(out[i], s) : s; });
    return out;
  }
  if (!isPlainObject(target) || !isPlainObject(source)) return source;
  const out = Object.assign(Object.create(Object.getPrototypeOf(target)), target);
  for (const key of Object.keys(source)) {
    out[key] = isPlainObject(source[key]) && isPlainObject(target[key]) ? deepMerge(target[key], source[key]) : source[key];
  }
  return out;
}

function checkProperties(ctx, name, received, properties, expectedArg) {
  if (typeof properties !== 'object' || properties === null) {
    throw usage(ctx, name, expectedArg, u.EXPECTED_COLOR('properties') + ' must be an object',
      u.printWithType('Expected properties', properties, u.printExpected));
  }
  if (typeof received !== 'object' || received === null) {
    throw usage(ctx, name, expectedArg,
      u.RECEIVED_COLOR('received') + ' value must be an object when the matcher has ' + u.EXPECTED_COLOR('properties'),
      u.printWithType('Received', received, u.printReceived));
  }
  if (equals(received, properties, [iterableEquality, subsetEquality])) return null;
  return {
    pass: false,
    message: () => hint(ctx, name, expectedArg) + '\n\nExpected properties: ' + u.printExpected(properties)
      + '\nReceived value:      ' + u.printReceived(received),
  };
}

// ---- the matchers ----

function notAllowed(ctx, name) {
  if (ctx.isNot) throw usage(ctx, name, '', 'Snapshot matchers cannot be used with ' + u.BOLD_WEIGHT('not'));
}

function currentName(ctx) {
  const n = ctx.currentTestName;
  return n === undefined || n === null ? '' : String(n);
}

function mismatch(ctx, name, expectedArg, expected, received) {
  return {
    pass: false,
    message: () => hint(ctx, name, expectedArg) + '\n\n' + diffStrings(expected, received),
  };
}

function matchFile(ctx, name, received, snapshotHint, expectedArg) {
  counts.total++;
  const key = nextKey(currentName(ctx), snapshotHint);
  used.add(key);
  const serialized = fmt.addExtraLineBreaks(fmt.serialize(received));
  const all = snapshots();
  const has = all.has(key);
  if (update || (!has && !ci)) {
    if (!has || all.get(key) !== serialized) dirty = true;
    all.set(key, serialized);
    counts.added++;
    return { pass: true, message: () => '' };
  }
  if (!has) {
    return {
      pass: false,
      message: () => 'Snapshot creation is disabled in CI environments unless --update-snapshots is used\n'
        + 'To override, set the environment variable CI=false.\n\n'
        + 'Snapshot name: "' + key + '"\n'
        + 'Received: ' + fmt.addExtraLineBreaks(fmt.serialize(received)),
    };
  }
  const expected = all.get(key);
  if (expected === serialized || fmt.matchesJestStyle(received, expected)) {
    counts.passed++;
    return { pass: true, message: () => '' };
  }
  counts.failed++;
  return mismatch(ctx, name, expectedArg, expected, serialized);
}

// The place in the user's source of the matcher call: the first stack frame that is not tempo's.
function callLocation() {
  const lines = String(new Error().stack || '').split('\n');
  for (const l of lines) {
    if (!/^\s+at /.test(l) || l.includes('tempo:')) continue;
    const m = /\(?((?:file:\/\/)?\/[^()]*?):(\d+):(\d+)\)?\s*$/.exec(l);
    if (m) return { file: m[1].replace(/^file:\/\//, ''), line: +m[2], column: +m[3] };
  }
  return null;
}

function matchInline(ctx, name, received, snapshot, hasSnapshot, expectedArg) {
  counts.total++;
  const plain = fmt.serialize(received);
  const serialized = fmt.addExtraLineBreaks(plain);
  if (hasSnapshot) {
    const expected = fmt.stripAddedIndentation(snapshot.replace(/\r\n?/g, '\n'));
    if (expected === serialized || (!update && fmt.matchesJestStyle(received, expected))) {
      counts.passed++;
      return { pass: true, message: () => '' };
    }
    if (!update) {
      counts.failed++;
      return mismatch(ctx, name, expectedArg, expected, serialized);
    }
  } else if (ci && !update) {
    return {
      pass: false,
      message: () => u.matcherErrorMessage(hint(ctx, name, ''),
        'Inline snapshot creation is disabled in CI environments unless --update-snapshots is used.\n'
        + 'To override, set the environment variable CI=false.', 'Received: ' + fmt.addExtraLineBreaks(fmt.serialize(received))),
    };
  }
  const where = callLocation();
  if (where === null) throw usage(ctx, name, '', 'cannot tell where in the source this ' + name + '() call is');
  // stack positions are the source's own (runtime/stacks.js maps them)
  inline.push({
    file: where.file,
    line: where.line,
    column: where.column,
    matcher: name,
    serialized: plain,
    snapshotArg: hasSnapshot,
  });
  if (hasSnapshot) counts.passed++;
  else counts.added++;
  return { pass: true, message: () => '' };
}

function toMatchSnapshot(received, propertiesOrHint, maybeHint) {
  const name = 'toMatchSnapshot';
  notAllowed(this, name);
  let properties;
  let snapshotHint = maybeHint;
  if (typeof propertiesOrHint === 'string') snapshotHint = propertiesOrHint;
  else properties = propertiesOrHint;
  const expectedArg = properties !== undefined ? 'properties' + (snapshotHint ? ', hint' : '') : snapshotHint ? 'hint' : '';
  if (snapshotHint !== undefined && typeof snapshotHint !== 'string') {
    throw usage(this, name, expectedArg, 'Snapshot hint must be a string', u.printWithType('Hint', snapshotHint, u.printExpected));
  }
  let value = received;
  if (properties !== undefined) {
    const failed = checkProperties(this, name, received, properties, expectedArg);
    if (failed) { counts.total++; counts.failed++; return failed; }
    value = deepMerge(received, properties);
  }
  return matchFile(this, name, value, snapshotHint, 'expected');
}

function toMatchInlineSnapshot(received, propertiesOrSnapshot, maybeSnapshot) {
  const name = 'toMatchInlineSnapshot';
  notAllowed(this, name);
  let properties;
  let snapshot = maybeSnapshot;
  let hasSnapshot = arguments.length >= 3;
  if (typeof propertiesOrSnapshot === 'string') {
    snapshot = propertiesOrSnapshot;
    hasSnapshot = true;
  } else {
    properties = propertiesOrSnapshot;
  }
  if (hasSnapshot && typeof snapshot !== 'string') {
    throw usage(this, name, '', 'Inline snapshot must be a string', u.printWithType('Inline snapshot', snapshot, u.printExpected));
  }
  let value = received;
  if (properties !== undefined) {
    const failed = checkProperties(this, name, received, properties, 'properties');
    if (failed) { counts.total++; counts.failed++; return failed; }
    value = deepMerge(received, properties);
  }
  return matchInline(this, name, value, snapshot, hasSnapshot, hasSnapshot ? 'expected' : '');
}

// What a thrown value snapshots as: its message (undefined for a thrown non-error, as in bun).
function thrownMessage(ctx, name, received) {
  if (ctx.promise === 'rejects') return { message: received != null ? received.message : undefined };
  if (typeof received !== 'function') {
    throw usage(ctx, name, '', u.RECEIVED_COLOR('received') + ' value must be a function',
      u.printWithType('Received', received, u.printReceived));
  }
  try {
    received();
  } catch (e) {
    return { message: e != null ? e.message : undefined };
  }
  return null;
}

function toThrowErrorMatchingSnapshot(received, snapshotHint) {
  const name = 'toThrowErrorMatchingSnapshot';
  notAllowed(this, name);
  const thrown = thrownMessage(this, name, received);
  if (thrown === null) throw usage(this, name, '', 'Received function did not throw');
  return matchFile(this, name, thrown.message, snapshotHint, snapshotHint ? 'hint' : '');
}

function toThrowErrorMatchingInlineSnapshot(received, snapshot) {
  const name = 'toThrowErrorMatchingInlineSnapshot';
  notAllowed(this, name);
  const hasSnapshot = arguments.length >= 2 && snapshot !== undefined;
  if (hasSnapshot && typeof snapshot !== 'string') {
    throw usage(this, name, '', 'Inline snapshot must be a string', u.printWithType('Inline snapshot', snapshot, u.printExpected));
  }
  const thrown = thrownMessage(this, name, received);
  if (thrown === null) throw usage(this, name, '', 'Received function did not throw');
  return matchInline(this, name, thrown.message, snapshot, hasSnapshot, hasSnapshot ? 'expected' : '');
}

// ---- the end of the file ----

// Whether a key belongs to a test that keeps its snapshots ("name 1" or "name: hint 1").
function ofKeptTest(key) {
  const base = key.replace(/ \d+$/, '');
  for (const name of kept) {
    if (base === name || base.startsWith(name + ': ')) return true;
  }
  return false;
}

/**
 * Writes what changed: the .snap file (under -u without its obsolete snapshots) and inline snapshots.
 * Returns the counts and the snapshots no test checked ({ file, keys, removed }); with a test-name
 * filter or .only none are, since the tests left out are not known.
 */
function save() {
  const obsolete = { file: testFile, keys: [], removed: update };
  if (update || stored !== null || used.size > 0) {
    const all = snapshots();
    for (const key of Array.from(all.keys())) {
      if (used.has(key) || ofKeptTest(key) || keepObsolete) continue;
      obsolete.keys.push(key);
      if (update) {
        all.delete(key);
        dirty = true;
      }
    }
    if (dirty) {
      if (all.size === 0) host.snapshotDelete(snapPath());
      else host.snapshotWrite(snapPath(), fmt.printSnapFile(all, update ? null : header));
    }
  }
  const byFile = new Map();
  for (const e of inline) {
    if (!byFile.has(e.file)) byFile.set(e.file, []);
    byFile.get(e.file).push(e);
  }
  for (const [file, edits] of byFile) {
    const source = String(host.snapshotRead(file));
    const out = fmt.rewriteInline(source, edits);
    if (out !== source) host.snapshotWrite(file, out);
  }
  obsolete.keys.sort(fmt.naturalCompare);
  return { counts, obsolete };
}

module.exports = {
  configure,
  beginTest,
  save,
  counts,
  matchers: { toMatchSnapshot, toMatchInlineSnapshot, toThrowErrorMatchingSnapshot, toThrowErrorMatchingInlineSnapshot },
};
session.attach(module.exports);
