// test.each / describe.each case names, checked against bun 1.4.5 for the same tables.
const { formatName, cases } = requireInternal('test/each');
const pretty = (v, inString) => (inString && typeof v === 'string' ? v : requireInternal('expect/printer').format(v));
const name = (title, args, index) => formatName(title, args, index || 0, pretty);

spec('each names: placeholders take only arguments of their type, as bun does', () => {
  eq(name('d=%d i=%i f=%f s=%s j=%j o=%o O=%O p=%p #=%# %%', [1.5, 's', true, { a: 1 }, [1, 2], null]),
    'd=1.5 i=%i f=%f s=%s j=[1,2] o=null O=%O p=%p #=%# %%');
  eq(name('bool %s', [true]), 'bool %s');
  eq(name('str %s', ['x']), 'str x');
  eq(name('i=%i i=%i d=%d i=%i f=%f', [1, 1.5, -2, 1n, NaN]), 'i=1 i=%i d=-2 i=%i f=NaN');
  eq(name('i=%i d=%d i=%i', [Infinity, -0, 2.0]), 'i=%i d=0 i=2');
  eq(name('x=%x y=%s', ['a', 1]), 'x=x y=a');
  eq(name('%c%s', ['s']), 'cs');
  eq(name('%# %%', ['a'], 3), '3 %');
  eq(name('%s %# %%', ['a']), 'a %# %%');
  eq(name('j=%j o=%o', [undefined, () => 1]), 'j= o=');
  eq(name('p=%p p=%p', ['q', 'r']), 'p="q" p="r"');
  eq(name('end %', ['a']), 'end %');
});

spec('each names: $field reads the first argument when it is an object', () => {
  eq(name('$name $v $o.q', [{ name: 'n', v: 2, o: { q: 1 } }]), 'n 2 1');
  eq(name('[$missing] [$n] [$z] [$e] [$t]', [{ n: null, z: 0, e: '', t: true }]), '[$missing] [$n] [0] [] [true]');
  eq(name('$a.b.c $a.x.y', [{ a: { b: { c: 'deep' } } }]), 'deep $a.x.y');
  eq(name('multi $a %s %i', [{ a: 1 }, 2]), 'multi 1 %s 2');
  eq(name('obj row %s $a', [{ a: 1 }]), 'obj row %s 1');
  eq(name('$a', ['not an object']), '$a');
});

spec('each cases: array rows are spread, other rows are one argument', () => {
  eq(cases([[1, 2], 3]).map((c) => c.args), [[1, 2], [3]]);
  throws(() => cases('x'), '.each expects an array or a tagged template table');
});
