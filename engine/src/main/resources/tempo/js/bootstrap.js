// Evaluated once per context before anything else. It receives the host bridge and returns the
// loader for tempo's own CommonJS modules under tempo/js/ (ids like "expect/printer").
// Internal modules require each other with relative ids ("./printer", "../node/util"), and reach
// the Java side through require('internal/host') (or '../internal/host'): the bridge object.
(function bootstrap(host) {
  'use strict';
  const cache = new Map();

  function requireInternal(id) {
    // The host bridge itself: Java-implemented functions (file system, clock, output) live on it.
    if (id === 'internal/host') return host;
    const hit = cache.get(id);
    if (hit) return hit.exports;
    const fn = host.compileInternal(id);
    if (!fn) throw new Error('tempo internal module not found: ' + id);
    const module = { id, exports: {} };
    cache.set(id, module);
    // The host has already rewritten literal relative requires to ids (InternalModules.withResolvedRequires);
    // a computed relative one is resolved by the host once per module and spec.
    let resolved = null; // spec -> id
    const localRequire = (spec) => {
      if (spec.charCodeAt(0) !== 46 /* . */) return requireInternal(spec);
      if (resolved === null) resolved = new Map();
      let target = resolved.get(spec);
      if (target === undefined) {
        target = host.resolveInternal(id, spec);
        resolved.set(spec, target);
      }
      return requireInternal(target);
    };
    try {
      const slash = id.lastIndexOf('/');
      fn.call(module.exports, module.exports, localRequire, module, 'tempo:' + id + '.js', 'tempo:' + (slash === -1 ? id : id.slice(0, slash)));
    } catch (e) {
      cache.delete(id);
      throw e;
    }
    return module.exports;
  }

  return requireInternal;
})
