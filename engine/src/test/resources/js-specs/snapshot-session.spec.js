// expect/snapshot-session: what the runtime calls for snapshots; expect/snapshot loads only when needed.
const session = requireInternal('expect/snapshot-session');

// A stand-in host: .snap files in a map; what was read, written and asked about is recorded.
const files = new Map();
const asked = [];
const host = {
  snapshotExists(p) { asked.push('exists ' + p); return files.has(p); },
  snapshotRead(p) { asked.push('read ' + p); return files.has(p) ? files.get(p) : null; },
  snapshotWrite(p, text) { asked.push('write ' + p); files.set(p, text); },
  snapshotDelete(p) { asked.push('delete ' + p); files.delete(p); },
};

spec('the .snap file of a test file is __snapshots__/<name>.snap next to it', () => {
  eq(session.snapPath('/p/src/a.test.ts'), '/p/src/__snapshots__/a.test.ts.snap');
});

spec('before any snapshot matcher: zero counts, nothing obsolete, the .snap file not even looked at', () => {
  session.configure({ host, file: '/p/a.test.js', update: false, ci: false, filtered: false });
  session.beginTest();
  session.keepSnapshotsOf('skipped');
  const saved = session.save();
  eq(saved.counts, { total: 0, passed: 0, added: 0, failed: 0 });
  eq(saved.obsolete, null);
  eq(asked, []);
});

spec('under update with no .snap file: only its existence is checked', () => {
  session.configure({ host, file: '/p/a.test.js', update: true, ci: false, filtered: false });
  asked.length = 0;
  eq(session.save().counts, { total: 0, passed: 0, added: 0, failed: 0 });
  eq(asked, ['exists /p/__snapshots__/a.test.js.snap']);
});

spec('under update with a .snap file: snapshots no test checked are removed, a kept test keeps its own', () => {
  files.set('/p/__snapshots__/a.test.js.snap', '// Bun Snapshot v1, https://bun.sh/docs/test/snapshots\n\n'
    + 'exports[`plain 1`] = `"x"`;\n\nexports[`skipped 1`] = `"y"`;\n');
  asked.length = 0;
  const saved = session.save();
  eq(saved.obsolete, { file: '/p/a.test.js', keys: ['plain 1'], removed: true });
  eq(files.get('/p/__snapshots__/a.test.js.snap'), '// Bun Snapshot v1, https://bun.sh/docs/test/snapshots\n\n'
    + 'exports[`skipped 1`] = `"y"`;\n');
});

spec('the snapshot matchers load with their module, configured by the session', () => {
  const { expect } = requireInternal('expect/index');
  const { beginTest } = requireInternal('expect/index');
  beginTest('snap', '/p/a.test.js');
  session.beginTest();
  expect({ a: 1 }).toMatchSnapshot();
  const saved = session.save();
  eq(saved.counts.added, 1);
  ok(files.get('/p/__snapshots__/a.test.js.snap').includes('exports[`snap 1`]'));
});
