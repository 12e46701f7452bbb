// Vitest's chai-style assertions on expect (expect/chai.js): the words, the flags, Jest's matchers after them,
// the failure messages, and one assertion counted per check.
const { expect, getState, resetState } = requireInternal('expect/index');

function failure(fn) {
  try { fn(); } catch (e) { return e; }
  throw new Error('expected the assertion to fail');
}

spec('equality, deep equality, types and truthiness', () => {
  expect(1).to.equal(1);
  expect('a').to.be.a('string');
  expect([]).to.be.an('array');
  expect({ a: [1] }).to.deep.equal({ a: [1] });
  expect({ a: [1] }).to.eql({ a: [1] });
  expect({ a: 1 }).not.to.equal({ a: 1 });
  expect(true).to.be.true;
  expect(null).to.be.null;
  expect(undefined).to.be.undefined;
  expect(0).not.to.be.ok;
  expect('').to.be.empty;
  expect(NaN).to.be.NaN;
  expect(1).to.exist;
  const e = failure(() => expect('a').to.equal('b'));
  eq([e.name, plain(e.message), e.expected, e.actual], ['AssertionError', "expected 'a' to equal 'b'", 'b', 'a']);
  eq(plain(failure(() => expect(false).to.be.true).message), 'expected false to be true');
  eq(plain(failure(() => expect(1).not.to.equal(1)).message), 'expected 1 to not equal 1');
});

spec('include, property, length, comparisons, match, members, keys, oneOf, instanceOf, satisfy', () => {
  expect([1, 2]).to.include(2);
  expect('hello').to.contain('ell');
  expect({ a: 1, b: 2 }).to.include({ a: 1 });
  expect([{ a: 1 }]).to.deep.include({ a: 1 });
  expect(new Set([3])).to.include(3);
  expect({ a: { b: 2 } }).to.have.property('a').that.deep.equals({ b: 2 });
  expect({ a: { b: 2 } }).to.have.nested.property('a.b', 2);
  expect({ a: 1 }).to.have.own.property('a');
  expect(Object.create({ inherited: 1 })).not.to.have.own.property('inherited');
  expect([1, 2, 3]).to.have.lengthOf(3);
  expect('ab').to.have.length(2);
  expect(5).to.be.above(4).and.to.be.below(6);
  expect(5).to.be.at.least(5);
  expect(5).to.be.at.most(5);
  expect(5).to.be.within(1, 10);
  expect(1.5).to.be.closeTo(1.4, 0.2);
  expect('abc').to.match(/b/);
  expect([1, 2]).to.have.members([2, 1]);
  expect({ x: 1, y: 2 }).to.have.keys('x', 'y');
  expect(2).to.be.oneOf([1, 2]);
  expect(new TypeError('t')).to.be.instanceOf(Error);
  expect(3).to.satisfy((n) => n % 2 === 1);
  eq(plain(failure(() => expect([1]).to.include(2)).message), 'expected [ 1 ] to include 2');
  eq(plain(failure(() => expect([1, 2]).to.have.lengthOf(3)).message), 'expected [ 1, 2 ] to have a length of 3 but got 2');
});

spec('throw, and Jest matchers after chai words', () => {
  const boom = () => { throw new TypeError('boom here'); };
  expect(boom).to.throw();
  expect(boom).to.throw(TypeError);
  expect(boom).to.throw('boom');
  expect(boom).to.throw(/here$/);
  expect(boom).to.throw(TypeError, 'here');
  expect(() => {}).not.to.throw();
  expect({ a: 1, b: 2 }).to.toMatchObject({ a: 1 });
  expect(1).to.not.toBe(2);
  eq(plain(failure(() => expect(() => {}).to.throw()).message), 'expected [Function (anonymous)] to throw an error');
});

spec('each check counts as one assertion', () => {
  resetState();
  expect(1).to.equal(1);
  expect(true).to.be.true;
  expect([1]).to.have.lengthOf(1).and.include(1);
  eq(getState().assertionCalls, 4);
});
