// TOML and YAML as bun reads them: Bun.TOML.parse, Bun.YAML.parse and require() of .toml, .yaml and .yml files,
// through the host's parsers (tomlj; SnakeYAML, plain data only), errors in bun's words. Bun.YAML.stringify is
// not provided.
'use strict';

const host = require('../internal/host');

const NAMES = { toml: 'TOML', yaml: 'YAML' };

/** The value of TOML or YAML text; a SyntaxError "TOML Parse error: ..." when it does not parse (file: where). */
function parse(type, text, file) {
  const r = host.dataToJs(type, String(text));
  if (typeof r !== 'string') {
    // TOML's messages start with line:column, joined to the file name as a position is
    const where = file === undefined ? '' : file + (type === 'toml' ? ':' : ': ');
    throw new SyntaxError(NAMES[type] + ' Parse error: ' + where + r.error);
  }
  return new Function('return (' + r + ');')();
}

module.exports = { parse, TOML: { parse: (text) => parse('toml', text) }, YAML: { parse: (text) => parse('yaml', text) } };
