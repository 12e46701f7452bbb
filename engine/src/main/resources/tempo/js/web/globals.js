// installGlobals(global): the web/node globals a test file expects, installed like Node does
// (non-enumerable, writable, configurable): URL, URLSearchParams, structuredClone, atob, btoa, AbortController,
// AbortSignal, EventTarget, Event, CustomEvent, ErrorEvent, CloseEvent, MessageChannel, MessagePort, MessageEvent,
// BroadcastChannel, DOMException, crypto, Crypto, SubtleCrypto, CryptoKey, Buffer, Blob, File, Headers, FormData,
// Request, Response, fetch, ReadableStream (its reader, controller and queuing strategies), WritableStream (its
// writer and controller), TransformStream, TextEncoderStream, TextDecoderStream, navigator, global and
// self (= the global object) and the global object's addEventListener, removeEventListener and dispatchEvent.
// console, process, timers and queueMicrotask are installed by their owners (node/console.js, node/process.js,
// the event loop).
'use strict';

/**
 * Defines a global (non-enumerable, writable, configurable) whose value load() gives on first use:
 * the first read (or write) replaces the accessor with a plain data property, as if it had been
 * installed eagerly. load() must give the same value each time (a restored descriptor reads again).
 */
function defineLazy(g, name, load) {
  const define = (value) => {
    Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
    return value;
  };
  Object.defineProperty(g, name, {
    get() { return define(load()); },
    set: define,
    configurable: true,
    enumerable: false,
  });
}

function installGlobals(global) {
  const g = global || globalThis;
  // Loaded on first use: most test files touch none of these, and loading them all costs every
  // file's context several milliseconds (and the first one far more).
  const lazy = (name, load) => defineLazy(g, name, load);
  Object.defineProperty(g, 'global', { value: g, writable: true, configurable: true, enumerable: false });
  lazy('URL', () => require('./url').URL);
  lazy('URLSearchParams', () => require('./url').URLSearchParams);
  lazy('structuredClone', () => require('./structured_clone').structuredClone);
  lazy('atob', () => require('../node/buffer').atob);
  lazy('btoa', () => require('../node/buffer').btoa);
  lazy('AbortController', () => require('./abort').AbortController);
  lazy('AbortSignal', () => require('./abort').AbortSignal);
  lazy('EventTarget', () => require('./event_target').EventTarget);
  lazy('Event', () => require('./event_target').Event);
  lazy('CustomEvent', () => require('./event_target').CustomEvent);
  lazy('ErrorEvent', () => require('./event_target').ErrorEvent);
  lazy('CloseEvent', () => require('./event_target').CloseEvent);
  lazy('MessageChannel', () => require('./message_channel').MessageChannel);
  lazy('MessagePort', () => require('./message_channel').MessagePort);
  lazy('MessageEvent', () => require('./message_channel').MessageEvent);
  lazy('BroadcastChannel', () => require('./broadcast_channel').BroadcastChannel);
  if (typeof g.DOMException !== 'function') lazy('DOMException', () => require('./dom_exception'));
  lazy('Crypto', () => require('./crypto').Crypto);
  lazy('crypto', () => require('./crypto').crypto);
  lazy('SubtleCrypto', () => require('./subtle_crypto').SubtleCrypto);
  lazy('CryptoKey', () => require('./subtle_crypto').CryptoKey);
  lazy('Buffer', () => require('../node/buffer').Buffer);
  lazy('Blob', () => require('./blob').Blob);
  lazy('File', () => require('./blob').File);
  lazy('Headers', () => require('./headers').Headers);
  lazy('FormData', () => require('./form_data').FormData);
  lazy('Request', () => require('./request').Request);
  lazy('Response', () => require('./response').Response);
  lazy('fetch', () => require('./fetch').fetch);
  lazy('ReadableStream', () => require('./readable_stream').ReadableStream);
  lazy('ReadableStreamDefaultReader', () => require('./readable_stream').ReadableStreamDefaultReader);
  lazy('ReadableStreamDefaultController', () => require('./readable_stream').ReadableStreamDefaultController);
  lazy('CountQueuingStrategy', () => require('./readable_stream').CountQueuingStrategy);
  for (const name of ['WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'TransformStream',
    'TextEncoderStream', 'TextDecoderStream']) {
    lazy(name, () => require('./writable_stream')[name]);
  }
  lazy('ByteLengthQueuingStrategy', () => require('./readable_stream').ByteLengthQueuingStrategy);
  lazy('navigator', () => require('./navigator').navigator);
  // The global object is an EventTarget too, as in bun and browsers (self is the global itself).
  Object.defineProperty(g, 'self', { value: g, writable: true, configurable: true, enumerable: false });
  let target = null;
  const globalTarget = () => target || (target = new (require('./event_target').EventTarget)());
  for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
    Object.defineProperty(g, name, {
      value: { [name](...args) { return globalTarget()[name](...args); } }[name],
      writable: true, configurable: true, enumerable: false,
    });
  }
  return g;
}

const PERFORMANCE_CLASSES = ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList'];

/**
 * performance with User Timing (web/performance.js, loaded on first use) and its classes. Called once the
 * clock has replaced performance.now: the object stays GraalJS's, so that now() keeps its identity.
 */
function installPerformance(global) {
  const g = global || globalThis;
  const native = g.performance;
  if (!native) return;
  const timeOrigin = Date.now() - native.now();
  defineLazy(g, 'performance', () => require('./performance').upgrade(native, timeOrigin));
  for (const name of PERFORMANCE_CLASSES) defineLazy(g, name, () => require('./performance')[name]);
}

module.exports = { installGlobals, installPerformance, defineLazy };
