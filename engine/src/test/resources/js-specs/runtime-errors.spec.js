// describeThrown: what the host reports for anything thrown, as bun prints it.
const { describeThrown, ThrownAt } = requireInternal('runtime/errors');
const inspect = (v) => JSON.stringify(v);

spec('errors: an Error keeps its name, message and stack', () => {
  const r = describeThrown(new TypeError('bad'), inspect);
  eq([r.name, r.message, r.thrown], ['TypeError', 'bad', null]);
  ok(r.stack.includes('bad'));
});

spec('errors: primitives head with their value and, without a location, are printed under it', () => {
  eq([describeThrown('str', inspect).message, describeThrown('str', inspect).thrown], ['str', 'str']);
  eq([describeThrown(42, inspect).message, describeThrown(42, inspect).thrown], ['42', '42']);
  eq([describeThrown(undefined, inspect).message, describeThrown(undefined, inspect).thrown], ['undefined', undefined]);
  eq(describeThrown(null, inspect).message, 'null');
  eq(describeThrown('', inspect).message, '');
});

spec('errors: objects: a bare heading unless they have a message', () => {
  const plain = describeThrown({ a: 1 }, inspect);
  eq([plain.name, plain.message, plain.thrown], ['', '', '{"a":1}']);
  const like = describeThrown({ name: 'Custom', message: 'msg' }, inspect);
  eq([like.name, like.message], ['Custom', 'msg']);
});

spec('errors: a value thrown where the host saw it has that stack and is not printed again', () => {
  const r = describeThrown(new ThrownAt('str', '    at <anonymous> (/a.js:1:2)\n'), inspect);
  eq([r.name, r.message, r.stack, r.thrown], ['', 'str', '    at <anonymous> (/a.js:1:2)\n', null]);
});
