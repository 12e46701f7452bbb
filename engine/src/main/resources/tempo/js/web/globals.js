// installGlobals(global): the web/node globals a test file expects, installed like Node does
// (non-enumerable, writable, configurable): URL, URLSearchParams, structuredClone, atob, btoa,
// AbortController, AbortSignal, EventTarget, Event, CustomEvent, DOMException, crypto, Crypto,
// Buffer and global (= the global object). console, process, timers and queueMicrotask are installed
// by their owners (node/console.js, node/process.js, the event loop).
'use strict';

function installGlobals(global) {
  const g = global || globalThis;
  const { URL, URLSearchParams } = require('./url');
  const { structuredClone } = require('./structured_clone');
  const { AbortController, AbortSignal } = require('./abort');
  const { Event, CustomEvent, EventTarget } = require('./event_target');
  const DOMException = require('./dom_exception');
  const { Crypto, crypto } = require('./crypto');
  const { Buffer, atob, btoa } = require('../node/buffer');

  const define = (name, value) => {
    Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
  };
  define('global', g);
  define('URL', URL);
  define('URLSearchParams', URLSearchParams);
  define('structuredClone', structuredClone);
  define('atob', atob);
  define('btoa', btoa);
  define('AbortController', AbortController);
  define('AbortSignal', AbortSignal);
  define('EventTarget', EventTarget);
  define('Event', Event);
  define('CustomEvent', CustomEvent);
  if (typeof g.DOMException !== 'function') define('DOMException', DOMException);
  define('Crypto', Crypto);
  define('crypto', crypto);
  define('Buffer', Buffer);
  return g;
}

module.exports = { installGlobals };
