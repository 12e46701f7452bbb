// ANSI SGR colouring for matcher messages (reporters strip it when colour is off).
'use strict';

const wrap = (open, close) => (s) => '\u001b[' + open + 'm' + s + '\u001b[' + close + 'm';

module.exports = {
  expected: wrap(32, 39), // green
  received: wrap(31, 39), // red
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  inverse: wrap(7, 27),
  cyan: wrap(36, 39),
  yellow: wrap(33, 39),
};
