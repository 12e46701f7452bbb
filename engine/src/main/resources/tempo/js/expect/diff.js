// Line diff for matcher messages (computed on the host), printed the way bun/Jest show it:
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

// Edit script between two line arrays: [{ op: '=' | '-' | '+', line }], '-' from a, '+' from b, by the
// host's differ (java-diff-utils): a changed block lists its removed lines before the added ones.
function diffLines(a, b) {
  const flat = require('../internal/host').diffLines(a, b);
  const ops = [];
  for (let i = 0; i < flat.length; i += 2) ops.push({ op: flat[i], line: flat[i + 1] });
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

module.exports = { diffLines, diffStrings };
