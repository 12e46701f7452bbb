// The global `crypto` (Web Crypto subset): getRandomValues, randomUUID and subtle (web/subtle_crypto.js).
'use strict';

const nodeCrypto = require('../node/crypto');

class Crypto {
  getRandomValues(arr) { return nodeCrypto.getRandomValues(arr); }
  randomUUID() { return nodeCrypto.randomUUID(); }
  get subtle() { return require('./subtle_crypto').subtle; }
  get [Symbol.toStringTag]() { return 'Crypto'; }
}

module.exports = { Crypto, crypto: new Crypto() };
