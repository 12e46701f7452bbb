// Message heads shared by the built-in matchers: the hint line and matcher-usage errors.
'use strict';

const u = require('./utils');

// bun names neither .resolves nor .rejects in the hints of its built-in matchers.
function hint(ctx, name, expected, extra) {
  return u.matcherHint(name, undefined, expected, Object.assign({ isNot: ctx.isNot }, extra || {}));
}

function usage(ctx, name, expected, generic, specific, extra) {
  return u.usageError(u.matcherErrorMessage(hint(ctx, name, expected, extra), generic, specific));
}

module.exports = { hint, usage };
