// The global `crypto` (Web Crypto subset): getRandomValues and randomUUID; no subtle.
'use strict';

const nodeCrypto = require('../node/crypto');

class Crypto {
  getRandomValues(arr) { return nodeCrypto.getRandomValues(arr); }
  randomUUID() { return nodeCrypto.randomUUID(); }
  get subtle() { return undefined; }
  get [Symbol.toStringTag]() { return 'Crypto'; }
}

module.exports = { Crypto, crypto: new Crypto() };
