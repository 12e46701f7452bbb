// navigator as bun has it: userAgent "Bun/<version>", hardwareConcurrency and platform.
'use strict';

const os = require('../node/os');

class Navigator {
  get userAgent() { return 'Bun/' + (globalThis.Bun && globalThis.Bun.version ? globalThis.Bun.version : '1.4.5'); }
  get hardwareConcurrency() { return os.availableParallelism(); }
  get platform() {
    const name = { linux: 'Linux', darwin: 'MacIntel', win32: 'Win32' }[os.platform()] || os.platform();
    return os.platform() === 'linux' ? name + ' ' + os.machine() : name;
  }
  get [Symbol.toStringTag]() { return 'Navigator'; }
}

module.exports = { navigator: new Navigator(), Navigator };
