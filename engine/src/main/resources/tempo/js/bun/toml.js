// Bun.TOML.parse and require() of a .toml file: TOML through the host's parser (tomlj), errors as bun words them.
'use strict';

const host = require('../internal/host');

/** The value of TOML text; a SyntaxError "TOML Parse error: ..." (with where, when known) when it does not parse. */
function parse(text, where) {
  const r = host.tomlToJson(String(text));
  if (typeof r !== 'string') throw new SyntaxError('TOML Parse error: ' + (where ? where + ':' : '') + r.error);
  return JSON.parse(r);
}

module.exports = { TOML: { parse: (text) => parse(text) }, parseFile: (path, text) => parse(text, path) };
