// node:console: the console of this context (installed by the runtime).
'use strict';
module.exports = globalThis.console;
