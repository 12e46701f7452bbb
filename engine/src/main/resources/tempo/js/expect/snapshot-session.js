// The snapshot side of the one test file a context runs, as the runtime sees it: expect/snapshot (the
// matchers and the .snap state) loads only when a snapshot matcher is first used, or when the file
// ends under --update-snapshots with a .snap file to prune. Until then this holds what it will need
// (the file's options, the tests that keep their snapshots) and answers for it.
'use strict';

let options = null; // { host, file, update, ci, filtered }
let loaded = null; // expect/snapshot, once it has loaded
const kept = new Set(); // names of tests that were skipped, todo or failed: their snapshots are not obsolete
const NO_COUNTS = Object.freeze({ total: 0, passed: 0, added: 0, failed: 0 });

/** The .snap file of a test file: __snapshots__/<name>.snap next to it. */
function snapPath(testFile) {
  const slash = testFile.lastIndexOf('/');
  return testFile.slice(0, slash + 1) + '__snapshots__/' + testFile.slice(slash + 1) + '.snap';
}

function configure(o) {
  options = o;
  if (loaded !== null) loaded.configure(o);
}

/** Called by expect/snapshot as it loads: it takes the options and shares the kept names. */
function attach(snapshotModule) {
  loaded = snapshotModule;
  if (options !== null) snapshotModule.configure(options);
}

/** A test starts (or is retried): its snapshot counters start again. */
function beginTest() {
  if (loaded !== null) loaded.beginTest();
}

/** A test that did not run, or failed before checking them all, keeps its snapshots (as in Jest). */
function keepSnapshotsOf(name) {
  kept.add(name);
}

/**
 * Writes what changed and returns the counts and obsolete snapshots (see expect/snapshot's save).
 * With no snapshot matcher used there is nothing to count; only --update-snapshots looks at the
 * .snap file then, to remove the snapshots no test checked.
 */
function save() {
  if (loaded === null) {
    const o = options;
    if (o === null || !o.update || !o.host.snapshotExists(snapPath(o.file))) return { counts: NO_COUNTS, obsolete: null };
    require('./snapshot');
  }
  return loaded.save();
}

module.exports = { snapPath, configure, attach, beginTest, keepSnapshotsOf, save, kept };
