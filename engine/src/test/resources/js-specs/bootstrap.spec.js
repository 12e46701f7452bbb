spec('internal modules load once and share their exports', () => {
  const a = requireInternal('node/path');
  const b = requireInternal('node/path');
  ok(a === b, 'same module object');
  eq(a.join('/p', 'x', '..', 'a.test.ts'), '/p/a.test.ts');
});

spec('a missing internal module names itself', () => {
  throws(() => requireInternal('no/such'), 'tempo internal module not found: no/such');
});

spec('async specs are awaited', async () => {
  const v = await Promise.resolve(41);
  eq(v + 1, 42);
});
