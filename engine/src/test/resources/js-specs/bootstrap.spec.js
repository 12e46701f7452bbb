spec('internal modules load once and share their exports', () => {
  const a = requireInternal('internal/ids');
  const b = requireInternal('internal/ids');
  ok(a === b, 'same module object');
  eq(a.testId('/p/a.test.ts', ['outer', 'inner']), '/p/a.test.ts::outer > inner');
});

spec('a missing internal module names itself', () => {
  throws(() => requireInternal('no/such'), 'tempo internal module not found: no/such');
});

spec('async specs are awaited', async () => {
  const v = await Promise.resolve(41);
  eq(v + 1, 42);
});
