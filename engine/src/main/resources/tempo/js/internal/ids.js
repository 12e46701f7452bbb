// Stable ids for files, describe blocks and tests: the reporters, the timing cache, JUnit XML and the
// TUI selection all key on them. A test's id is its file path plus the names of its describe chain.
'use strict';

const SEP = ' > ';

function testPath(names) {
  return names.join(SEP);
}

function testId(file, names) {
  return file + '::' + testPath(names);
}

module.exports = { SEP, testPath, testId };
