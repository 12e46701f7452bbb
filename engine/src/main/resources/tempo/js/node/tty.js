// node:tty. A test file's standard streams are never a terminal under tempo (the runner takes their output), so
// isatty is false for every descriptor, as process.stdout.isTTY is; ReadStream and WriteStream exist for
// `instanceof` checks and for code that makes one for a descriptor it was told is a terminal.
'use strict';

const { EventEmitter } = require('./events');

function isatty() {
  return false;
}

class ReadStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this.isTTY = true;
    this.isRaw = false;
  }
  setRawMode(mode) {
    this.isRaw = !!mode;
    return this;
  }
}

class WriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this.isTTY = true;
    this.columns = 80;
    this.rows = 24;
  }
  getColorDepth() { return 1; }
  hasColors(count) { return count === undefined ? false : count <= 2; }
  getWindowSize() { return [this.columns, this.rows]; }
  clearLine(dir, callback) { if (typeof callback === 'function') callback(); return true; }
  clearScreenDown(callback) { if (typeof callback === 'function') callback(); return true; }
  cursorTo(x, y, callback) { const cb = typeof y === 'function' ? y : callback; if (typeof cb === 'function') cb(); return true; }
  moveCursor(dx, dy, callback) { if (typeof callback === 'function') callback(); return true; }
  write(chunk, encoding, callback) {
    const cb = typeof encoding === 'function' ? encoding : callback;
    const text = typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
    require('../internal/host').write(this.fd === 2 ? 'stderr' : 'stdout', text);
    if (typeof cb === 'function') cb();
    return true;
  }
}

module.exports = { isatty, ReadStream, WriteStream };
