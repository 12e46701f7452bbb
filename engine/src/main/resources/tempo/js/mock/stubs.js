// Replacing values for a while: jest.replaceProperty (undone by restoreAllMocks or the returned
// handle's restore()), vi.stubGlobal / vi.unstubAllGlobals and vi.stubEnv / vi.unstubAllEnvs.
'use strict';

function createStubs(env) {
  // env: the process.env object
  const replaced = [];
  const globals = new Map(); // name -> original descriptor (or null when there was none)
  const envs = new Map(); // name -> original value (undefined when unset)

  function replaceProperty(object, key, value) {
    if (object === null || object === undefined || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new Error('replaceProperty could not find an object on which to replace ' + String(key));
    }
    if (key === undefined) throw new Error('No property name supplied');
    let d = null;
    for (let o = object; o; o = Object.getPrototypeOf(o)) {
      d = Object.getOwnPropertyDescriptor(o, key);
      if (d) break;
    }
    if (!d) throw new Error(String(key) + ' property does not exist');
    if (!d.configurable) throw new Error(String(key) + ' is not declared configurable');
    if (d.get !== undefined) {
      throw new Error('Cannot replace the ' + String(key) + ' property because it has a getter. Use `jest.spyOn(object, \''
        + String(key) + '\', \'get\').mockReturnValue(value)` instead.');
    }
    if (typeof d.value === 'function') {
      throw new Error('Cannot replace the ' + String(key) + ' property because it is a function. Use `jest.spyOn(object, \''
        + String(key) + '\')` instead.');
    }
    const own = Object.prototype.hasOwnProperty.call(object, key);
    const existing = replaced.find((r) => r.object === object && r.key === key);
    if (existing) {
      existing.handle.replaceValue(value);
      return existing.handle;
    }
    const original = own ? Object.getOwnPropertyDescriptor(object, key) : null;
    Object.defineProperty(object, key, { value, writable: true, configurable: true, enumerable: original ? original.enumerable : d.enumerable });
    const record = { object, key };
    const handle = {
      replaceValue(v) {
        object[key] = v;
        return handle;
      },
      restore() {
        if (original) Object.defineProperty(object, key, original);
        else delete object[key];
        const i = replaced.indexOf(record);
        if (i >= 0) replaced.splice(i, 1);
      },
    };
    record.handle = handle;
    replaced.push(record);
    return handle;
  }

  function restoreReplaced() {
    for (const r of replaced.slice().reverse()) r.handle.restore();
  }

  function stubGlobal(name, value) {
    if (!globals.has(name)) globals.set(name, Object.getOwnPropertyDescriptor(globalThis, name) || null);
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: true });
  }

  function unstubAllGlobals() {
    for (const [name, d] of globals) {
      if (d) Object.defineProperty(globalThis, name, d);
      else delete globalThis[name];
    }
    globals.clear();
  }

  function stubEnv(name, value) {
    if (!envs.has(name)) envs.set(name, Object.prototype.hasOwnProperty.call(env, name) ? env[name] : undefined);
    if (value === undefined) delete env[name];
    else env[name] = typeof value === 'boolean' && (name === 'PROD' || name === 'DEV' || name === 'SSR') ? (value ? '1' : '') : String(value);
  }

  function unstubAllEnvs() {
    for (const [name, v] of envs) {
      if (v === undefined) delete env[name];
      else env[name] = v;
    }
    envs.clear();
  }

  return { replaceProperty, restoreReplaced, stubGlobal, unstubAllGlobals, stubEnv, unstubAllEnvs };
}

module.exports = { createStubs };
