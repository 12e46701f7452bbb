// DOMException (GraalJS has none): name, message and the legacy numeric code.
'use strict';

const codes = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

class DOMException extends Error {
  constructor(message, options) {
    super(message === undefined ? '' : String(message));
    let name = 'Error';
    if (typeof options === 'string') name = options;
    else if (options && typeof options === 'object') {
      if (options.name !== undefined) name = String(options.name);
      if ('cause' in options) Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
    }
    Object.defineProperty(this, 'name', { value: name, writable: true, configurable: true });
  }
  get code() { return codes[this.name] || 0; }
  get [Symbol.toStringTag]() { return 'DOMException'; }
}
for (const [k, v] of Object.entries(codes)) {
  const constName = k.replace(/Error$/, '').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() + '_ERR';
  Object.defineProperty(DOMException, constName, { value: v, enumerable: true });
}

// The global is this class (web/globals.js installs it on first use). Reading globalThis.DOMException here
// would run that lazy global's loader while this module is still loading, and it would take this module's
// unfinished exports for the global.
module.exports = DOMException;
