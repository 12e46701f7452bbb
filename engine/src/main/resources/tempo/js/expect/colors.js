// ANSI SGR colouring for matcher messages (reporters strip it when colour is off). Every span ends
// with a full reset, as bun's messages do.
'use strict';

const wrap = (open) => (s) => '\u001b[' + open + 'm' + s + '\u001b[0m';

module.exports = {
  expected: wrap(32), // green
  received: wrap(31), // red
  dim: wrap(2),
  bold: wrap(1),
  inverse: wrap(7),
  cyan: wrap(36),
  yellow: wrap(33),
};
