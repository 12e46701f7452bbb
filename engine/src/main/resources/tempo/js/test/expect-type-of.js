// expectTypeOf (vitest, bun): type assertions are checked by the TypeScript compiler, not at run
// time, so every call in the chain accepts anything and returns the chain again.
'use strict';

function chain() {
  const fn = function () { return proxy; };
  const proxy = new Proxy(fn, {
    get(target, prop) {
      if (prop === 'then') return undefined;
      if (prop === Symbol.toPrimitive) return () => 'expectTypeOf';
      return proxy;
    },
    apply() { return proxy; },
  });
  return proxy;
}

function expectTypeOf() {
  return chain();
}

module.exports = { expectTypeOf };
