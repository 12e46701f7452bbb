// Bun.YAML.parse and require() of a .yaml/.yml file: YAML through the host's parser (SnakeYAML, plain data only),
// errors as bun words them. Bun.YAML.stringify is not provided.
'use strict';

const host = require('../internal/host');

/** The value of YAML text; a SyntaxError "YAML Parse error: ..." when it does not parse. */
function parse(text, where) {
  const r = host.yamlToJs(String(text));
  if (typeof r !== 'string') throw new SyntaxError('YAML Parse error: ' + (where ? where + ': ' : '') + r.error);
  return new Function('return (' + r + ');')();
}

module.exports = { YAML: { parse: (text) => parse(text) }, parseFile: (path, text) => parse(text, path) };
