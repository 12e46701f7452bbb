// Mock functions with Jest's semantics: fn / spyOn / mock (bun's alias of fn), plus the *AllMocks
// helpers. Every mock carries `_isMockFunction = true`, which expect's mock matchers look for.
'use strict';

const allMocks = new Set();
const spies = new Set();
let invocationCounter = 0;

function freshState() {
  const state = {
    calls: [],
    results: [],
    instances: [],
    contexts: [],
    invocationCallOrder: [],
  };
  Object.defineProperty(state, 'lastCall', {
    get() { return this.calls.length > 0 ? this.calls[this.calls.length - 1] : undefined; },
    enumerable: false,
    configurable: true,
  });
  return state;
}

function isClassConstructor(f) {
  try {
    return /^class[\s{]/.test(Function.prototype.toString.call(f));
  } catch (e) {
    return false;
  }
}

function fn(implementation) {
  if (implementation !== undefined && typeof implementation !== 'function') {
    throw new TypeError('mock(): implementation must be a function, got ' + typeof implementation);
  }
  let state = freshState();
  const config = {
    impl: implementation,
    once: [],
    name: undefined,
    restore: null,
  };

  function currentImpl() {
    if (config.once.length > 0) return config.once.shift();
    return config.impl;
  }

  const mockConstructor = function (...args) {
    const newTarget = new.target;
    state.calls.push(args);
    state.contexts.push(this);
    state.invocationCallOrder.push(++invocationCounter);
    const instanceIndex = state.instances.length;
    state.instances.push(this);
    const result = { type: 'incomplete', value: undefined };
    state.results.push(result);
    const impl = currentImpl();
    let value;
    try {
      if (newTarget) {
        if (impl === undefined) {
          value = this;
        } else if (isClassConstructor(impl)) {
          value = Reflect.construct(impl, args, newTarget);
          state.instances[instanceIndex] = value;
        } else {
          const r = impl.apply(this, args);
          value = r !== null && (typeof r === 'object' || typeof r === 'function') ? r : this;
        }
      } else {
        value = impl === undefined ? undefined : impl.apply(this, args);
      }
    } catch (e) {
      result.type = 'throw';
      result.value = e;
      throw e;
    }
    result.type = 'return';
    result.value = newTarget && impl === undefined ? undefined : value;
    return value;
  };

  Object.defineProperty(mockConstructor, '_isMockFunction', { value: true, enumerable: false });
  Object.defineProperty(mockConstructor, 'mock', {
    get() { return state; },
    set(v) { state = v; },
    enumerable: false,
    configurable: true,
  });
  if (implementation && implementation.name) {
    try { Object.defineProperty(mockConstructor, 'name', { value: implementation.name, configurable: true }); } catch (e) { /* ignore */ }
  }

  const m = mockConstructor;
  m.getMockImplementation = () => config.impl;
  m.getMockName = () => config.name === undefined ? 'jest.fn()' : config.name;
  m.mockName = (name) => { config.name = name; return m; };
  m.mockClear = () => { state = freshState(); return m; };
  m.mockReset = () => {
    m.mockClear();
    config.impl = undefined;
    config.once = [];
    config.name = undefined;
    return m;
  };
  m.mockRestore = () => {
    m.mockReset();
    if (config.restore) {
      config.restore();
      spies.delete(m);
    }
    return undefined;
  };
  m.mockImplementation = (f) => { config.impl = f; return m; };
  m.mockImplementationOnce = (f) => { config.once.push(f); return m; };
  m.mockReturnValue = (v) => m.mockImplementation(() => v);
  m.mockReturnValueOnce = (v) => m.mockImplementationOnce(() => v);
  m.mockResolvedValue = (v) => m.mockImplementation(() => Promise.resolve(v));
  m.mockResolvedValueOnce = (v) => m.mockImplementationOnce(() => Promise.resolve(v));
  m.mockRejectedValue = (v) => m.mockImplementation(() => Promise.reject(v));
  m.mockRejectedValueOnce = (v) => m.mockImplementationOnce(() => Promise.reject(v));
  m.mockReturnThis = () => m.mockImplementation(function () { return this; });
  m.withImplementation = (f, callback) => {
    const previous = config.impl;
    const previousOnce = config.once;
    config.impl = f;
    config.once = [];
    const restore = () => { config.impl = previous; config.once = previousOnce; };
    let r;
    try {
      r = callback();
    } catch (e) {
      restore();
      throw e;
    }
    if (r && typeof r.then === 'function') {
      return r.then((v) => { restore(); return v; }, (e) => { restore(); throw e; });
    }
    restore();
    return undefined;
  };
  // internal: spyOn installs the restorer here
  Object.defineProperty(m, '_setRestore', { value: (f) => { config.restore = f; }, enumerable: false });

  allMocks.add(m);
  return m;
}

function isMockFunction(f) {
  return typeof f === 'function' && f._isMockFunction === true;
}

function findDescriptor(obj, key) {
  let o = obj;
  while (o !== null && o !== undefined) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d) return { descriptor: d, owner: o };
    o = Object.getPrototypeOf(o);
  }
  return null;
}

function spyOn(object, methodKey, accessType) {
  if (object === null || object === undefined || (typeof object !== 'object' && typeof object !== 'function')) {
    throw new TypeError('Cannot use spyOn on a primitive value; ' + (object === null ? 'null' : typeof object) + ' given');
  }
  const found = findDescriptor(object, methodKey);
  const isOwn = found !== null && found.owner === object;

  if (accessType === 'get' || accessType === 'set') {
    if (!found) throw new TypeError('Property `' + String(methodKey) + '` does not exist');
    const d = found.descriptor;
    const original = d[accessType];
    if (isMockFunction(original)) return original;
    if (typeof original !== 'function') {
      throw new TypeError('Property `' + String(methodKey) + '` does not have access type ' + accessType);
    }
    if (!d.configurable) throw new TypeError('Property `' + String(methodKey) + '` is not declared configurable');
    const m = fn(original);
    Object.defineProperty(object, methodKey, Object.assign({}, d, { [accessType]: m }));
    m._setRestore(() => {
      if (isOwn) Object.defineProperty(object, methodKey, d);
      else delete object[methodKey];
    });
    spies.add(m);
    return m;
  }

  const original = object[methodKey];
  if (isMockFunction(original)) return original;
  if (typeof original !== 'function') {
    throw new TypeError('Cannot spy on the `' + String(methodKey) + '` property because it is not a function; '
      + (original === null ? 'null' : typeof original) + ' given instead');
  }
  const m = fn(original);
  const d = found.descriptor;
  if (d.get && !d.set && !('value' in d) && !d.configurable) {
    throw new TypeError('Cannot spy on the `' + String(methodKey) + '` property because it is not configurable');
  }
  if (isOwn && d.configurable === false && d.writable === false) {
    throw new TypeError('Cannot spy on the `' + String(methodKey) + '` property because it is not writable');
  }
  if (isOwn && !d.configurable) {
    object[methodKey] = m;
  } else {
    Object.defineProperty(object, methodKey, {
      value: m,
      writable: true,
      configurable: true,
      enumerable: isOwn ? !!d.enumerable : false,
    });
  }
  m._setRestore(() => {
    if (!isOwn) delete object[methodKey];
    else if (!d.configurable) object[methodKey] = original;
    else Object.defineProperty(object, methodKey, d);
  });
  spies.add(m);
  return m;
}

function clearAllMocks() {
  for (const m of allMocks) m.mockClear();
}

function resetAllMocks() {
  for (const m of allMocks) m.mockReset();
}

function restoreAllMocks() {
  for (const m of Array.from(spies)) m.mockRestore();
  spies.clear();
}

function mocked(x) {
  return x;
}

// bun: `mock(fn)` creates a mock; `mock.restore()` restores spies; `mock.clearAllMocks()` too.
function mock(implementation) {
  return fn(implementation);
}
mock.restore = restoreAllMocks;
mock.clearAllMocks = clearAllMocks;

module.exports = { fn, spyOn, mock, isMockFunction, clearAllMocks, resetAllMocks, restoreAllMocks, mocked };
