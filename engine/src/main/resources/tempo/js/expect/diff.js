// Line diff for matcher messages: an LCS over lines, printed the way bun/Jest show it:
//
//     {                    (common lines, dim)
//   -   "a": 2,            (only in expected, green)
//   +   "a": 1,            (only in received, red)
//     }
//
//   - Expected  - 1
//   + Received  + 1
'use strict';

const c = require('./colors');

// Edit script between two line arrays: [{ op: '=' | '-' | '+', line }], '-' from a, '+' from b.
// The host's differ (java-diff-utils) when there is one; the LCS below otherwise.
function diffLines(a, b) {
  const host = require('../internal/host');
  if (host && typeof host.diffLines === 'function') {
    const flat = host.diffLines(a, b);
    const ops = [];
    for (let i = 0; i < flat.length; i += 2) ops.push({ op: flat[i], line: flat[i + 1] });
    return ops;
  }
  return lcsDiff(a, b);
}

function lcsDiff(a, b) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length, endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const ops = [];
  for (let i = 0; i < start; i++) ops.push({ op: '=', line: a[i] });
  const ma = a.slice(start, endA), mb = b.slice(start, endB);
  const n = ma.length, m = mb.length;
  if (n * m > 4000000) {
    for (const line of ma) ops.push({ op: '-', line });
    for (const line of mb) ops.push({ op: '+', line });
  } else {
    // lcs[i][j] = LCS length of ma[i..] and mb[j..]
    const lcs = [];
    for (let i = 0; i <= n; i++) lcs.push(new Int32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i][j] = ma[i] === mb[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    let i = 0, j = 0;
    while (i < n && j < m) {
      if (ma[i] === mb[j]) { ops.push({ op: '=', line: ma[i] }); i++; j++; }
      else if (lcs[i + 1][j] >= lcs[i][j + 1]) { ops.push({ op: '-', line: ma[i] }); i++; }
      else { ops.push({ op: '+', line: mb[j] }); j++; }
    }
    while (i < n) ops.push({ op: '-', line: ma[i++] });
    while (j < m) ops.push({ op: '+', line: mb[j++] });
  }
  for (let i = endA; i < a.length; i++) ops.push({ op: '=', line: a[i] });
  return ops;
}

function printLine(op, line) {
  if (op === '-') return c.expected('- ') + c.expected(line);
  if (op === '+') return c.received('+ ') + c.received(line);
  return '  \u001b[0m' + c.dim(line);
}

function annotation(aLabel, bLabel, removed, added) {
  const aCount = String(removed), bCount = String(added);
  const width = Math.max(aCount.length, bCount.length);
  const labelWidth = Math.max(aLabel.length, bLabel.length);
  return c.expected('- ' + aLabel.padEnd(labelWidth) + '  - ' + aCount.padStart(width)) + '\n'
    + c.received('+ ' + bLabel.padEnd(labelWidth) + '  + ' + bCount.padStart(width));
}

// Diff of two already-printed multi-line strings (expected first).
function diffStrings(expected, received, options) {
  const opts = options || {};
  const ops = diffLines(expected.split('\n'), received.split('\n'));
  let removed = 0, added = 0;
  const body = ops.map((o) => {
    if (o.op === '-') removed++;
    else if (o.op === '+') added++;
    return printLine(o.op, o.line);
  });
  return body.join('\n') + '\n\n' + annotation(opts.aAnnotation || 'Expected', opts.bAnnotation || 'Received', removed, added);
}

module.exports = { diffLines, diffStrings, lcsDiff };
