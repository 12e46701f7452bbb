// node:fs/promises: promise forms of the node:fs sync subset (each runs the sync call, settles async).
'use strict';

const fs = require('../fs');

const names = ['readFile', 'writeFile', 'appendFile', 'stat', 'lstat', 'readdir', 'mkdir', 'rm', 'unlink',
  'rmdir', 'rename', 'copyFile', 'cp', 'realpath', 'mkdtemp', 'access', 'chmod', 'utimes', 'symlink',
  'readlink', 'truncate'];

const promises = { constants: fs.constants };
for (const name of names) {
  const sync = fs[name + 'Sync'];
  promises[name] = {
    [name](...args) {
      return new Promise((resolve) => resolve(sync(...args)));
    },
  }[name];
}

class FileHandle {
  constructor(fd) { this.fd = fd; }
  async readFile(opts) { return fs.readFileSync(this.fd, opts); }
  async writeFile(data, opts) { fs.writeSync(this.fd, data, undefined, typeof opts === 'string' ? opts : opts && opts.encoding); }
  async write(data, ...rest) { const bytesWritten = fs.writeSync(this.fd, data, ...rest); return { bytesWritten, buffer: data }; }
  async read(buffer, offset, length, position) { const bytesRead = fs.readSync(this.fd, buffer, offset, length, position); return { bytesRead, buffer }; }
  async stat() { return fs.fstatSync(this.fd); }
  async close() { fs.closeSync(this.fd); }
}

promises.open = async function open(path, flags, mode) {
  return new FileHandle(fs.openSync(path, flags, mode));
};

module.exports = promises;
