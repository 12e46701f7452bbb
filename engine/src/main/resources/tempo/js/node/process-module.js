// node:process: the process object of this context (installed by the runtime).
'use strict';
module.exports = globalThis.process;
