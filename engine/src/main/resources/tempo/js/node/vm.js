// node:vm on GraalJS realms (V8's d8 Realm API, which the runtime takes off the global at set-up): a
// context is a realm of its own, with its own built-ins (an array made there is not an instance of this
// Array, as in Node). A contextified sandbox is copied onto the realm's global before code runs there, and
// what the code left on that global (new or changed properties) is copied back after, so reads and writes of
// globals reach the sandbox as they do in Node. The timeout, microtaskMode and filename options have no
// effect; modules (vm.SourceTextModule) are not provided.
'use strict';

const host = require('../internal/host');

// sandbox -> { realm, global: the realm's global, builtins: Set of that global's own keys at creation,
//   last: Map of each key to the value last copied between sandbox and global }
const contexts = new WeakMap();

function realms() {
  const Realm = host.v8Realm;
  if (!Realm) throw new Error('node:vm needs the realm support tempo enables at start-up');
  return Realm;
}

function checkCode(code) {
  if (typeof code !== 'string') {
    throw new TypeError('The "code" argument must be of type string. Received ' + (code === null ? 'null' : typeof code));
  }
}

function createContext(sandbox, options) {
  const box = sandbox === undefined ? {} : sandbox;
  if (box === null || (typeof box !== 'object' && typeof box !== 'function')) {
    throw new TypeError('The "contextObject" argument must be of type object. Received ' + (box === null ? 'null' : typeof box));
  }
  if (contexts.has(box)) return box;
  const Realm = realms();
  const realm = Realm.create();
  const global = Realm.global(realm);
  contexts.set(box, { realm, global, builtins: new Set(Reflect.ownKeys(global)), last: new Map() });
  return box;
}

function isContext(object) {
  if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
    throw new TypeError('The "object" argument must be of type object. Received ' + (object === null ? 'null' : typeof object));
  }
  return contexts.has(object);
}

function contextOf(sandbox) {
  const c = sandbox !== null && (typeof sandbox === 'object' || typeof sandbox === 'function') ? contexts.get(sandbox) : undefined;
  if (!c) throw new TypeError('The "contextifiedObject" argument must be an vm.Context');
  return c;
}

/** Runs code in the sandbox's realm, the sandbox's properties as its globals (copied in, and back out). */
function runIn(code, sandbox) {
  const c = contextOf(sandbox);
  for (const key of Reflect.ownKeys(sandbox)) {
    const value = sandbox[key];
    c.global[key] = value;
    c.last.set(key, value);
  }
  try {
    return realms().eval(c.realm, code);
  } finally {
    for (const key of Reflect.ownKeys(c.global)) {
      if (c.builtins.has(key) && !c.last.has(key)) continue;
      const value = c.global[key];
      if (!c.last.has(key) || c.last.get(key) !== value || !(key in sandbox)) sandbox[key] = value;
      c.last.set(key, value);
    }
  }
}

function runInThisContext(code) {
  checkCode(code);
  return (0, eval)(code);
}

function runInContext(code, sandbox) {
  checkCode(code);
  return runIn(code, sandbox);
}

function runInNewContext(code, sandbox) {
  checkCode(code);
  return runIn(code, createContext(sandbox));
}

class Script {
  constructor(code, options) {
    checkCode(code);
    // a syntax error is the constructor's, as in Node
    new Function(code); // eslint-disable-line no-new-func
    this.code = code;
    this.filename = options && typeof options === 'object' && options.filename ? String(options.filename) : 'evalmachine.<anonymous>';
    this.cachedDataRejected = false;
  }

  runInThisContext() {
    return runInThisContext(this.code);
  }

  runInContext(sandbox) {
    return runInContext(this.code, sandbox);
  }

  runInNewContext(sandbox) {
    return runInNewContext(this.code, sandbox);
  }

  createCachedData() {
    return require('./buffer').Buffer.alloc(0);
  }
}

/** A function of params with code as its body, made in the parsing context's realm (this one unless given). */
function compileFunction(code, params, options) {
  checkCode(code);
  const names = Array.isArray(params) ? params.map(String) : [];
  const parsing = options && options.parsingContext;
  if (parsing) return runIn('(function (' + names.join(', ') + ') {\n' + code + '\n})', parsing);
  return new Function(...names, code); // eslint-disable-line no-new-func
}

module.exports = {
  Script,
  compileFunction,
  createContext,
  isContext,
  runInContext,
  runInNewContext,
  runInThisContext,
  constants: Object.freeze({ USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('USE_MAIN_CONTEXT_DEFAULT_LOADER'), DONT_CONTEXTIFY: Symbol('DONT_CONTEXTIFY') }),
};
