// node:util/types: brand checks through built-in getters/methods, so Symbol.toStringTag cannot fool them.
'use strict';

const toString = Object.prototype.toString;
const isObj = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');

function brand(getterOwner, key) {
  const d = Object.getOwnPropertyDescriptor(getterOwner, key);
  const get = d && (d.get || d.value);
  return (v) => {
    if (!isObj(v)) return false;
    try { get.call(v); return true; } catch (e) { return false; }
  };
}

const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(typedArrayProto, Symbol.toStringTag).get;
function typedName(v) {
  return isObj(v) ? typedArrayTag.call(v) : undefined;
}

const isMap = brand(Map.prototype, 'size');
const isSet = brand(Set.prototype, 'size');
const isDate = brand(Date.prototype, 'getTime');
const isArrayBuffer = brand(ArrayBuffer.prototype, 'byteLength');
const isSharedArrayBuffer = typeof SharedArrayBuffer === 'function' ? brand(SharedArrayBuffer.prototype, 'byteLength') : () => false;
const isDataView = brand(DataView.prototype, 'byteLength');
const regexpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
function isRegExp(v) {
  if (!isObj(v) || v === RegExp.prototype) return false;
  try { regexpSource.call(v); return true; } catch (e) { return false; }
}
function isWeakMap(v) {
  if (!isObj(v)) return false;
  try { WeakMap.prototype.has.call(v, {}); return true; } catch (e) { return false; }
}
function isWeakSet(v) {
  if (!isObj(v)) return false;
  try { WeakSet.prototype.has.call(v, {}); return true; } catch (e) { return false; }
}
function boxed(proto) {
  return (v) => {
    if (typeof v !== 'object' || v === null) return false;
    try { proto.valueOf.call(v); return true; } catch (e) { return false; }
  };
}
const isNumberObject = boxed(Number.prototype);
const isStringObject = boxed(String.prototype);
const isBooleanObject = boxed(Boolean.prototype);
const isBigIntObject = boxed(BigInt.prototype);
const isSymbolObject = boxed(Symbol.prototype);

const types = {
  isMap, isSet, isDate, isRegExp, isWeakMap, isWeakSet, isDataView,
  isArrayBuffer, isSharedArrayBuffer,
  isAnyArrayBuffer: (v) => isArrayBuffer(v) || isSharedArrayBuffer(v),
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isTypedArray: (v) => typedName(v) !== undefined,
  isPromise: (v) => isObj(v) && (v instanceof Promise || toString.call(v) === '[object Promise]'),
  isNativeError: (v) => isObj(v) && toString.call(v) === '[object Error]',
  isNumberObject, isStringObject, isBooleanObject, isBigIntObject, isSymbolObject,
  isBoxedPrimitive: (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) || isBigIntObject(v) || isSymbolObject(v),
  isArgumentsObject: (v) => isObj(v) && toString.call(v) === '[object Arguments]',
  isAsyncFunction: (v) => typeof v === 'function' && /^\[object Async(Generator)?Function\]$/.test(toString.call(v)),
  isGeneratorFunction: (v) => typeof v === 'function' && /^\[object (Async)?GeneratorFunction\]$/.test(toString.call(v)),
  isGeneratorObject: (v) => isObj(v) && /^\[object (Async)?Generator\]$/.test(toString.call(v)),
  isMapIterator: (v) => isObj(v) && toString.call(v) === '[object Map Iterator]',
  isSetIterator: (v) => isObj(v) && toString.call(v) === '[object Set Iterator]',
  isModuleNamespaceObject: (v) => isObj(v) && Object.getPrototypeOf(v) === null && v[Symbol.toStringTag] === 'Module',
  isProxy: () => false,
  isExternal: () => false,
  isKeyObject: () => false,
  isCryptoKey: () => false,
  isWeakRef: (v) => typeof WeakRef === 'function' && isObj(v) && toString.call(v) === '[object WeakRef]',
};
for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array', 'Int16Array',
  'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
  types['is' + name] = (v) => typedName(v) === name;
}

module.exports = types;
