// node:os over the host bridge.
'use strict';

const host = require('../internal/host');
const h = host.os;

function cpus() {
  const n = h.cpus();
  const out = [];
  for (let i = 0; i < n; i++) out.push({ model: 'unknown', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } });
  return out;
}

const constants = {
  signals: { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9,
    SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15 },
  errno: { ENOENT: 2, EEXIST: 17, EACCES: 13, EISDIR: 21, ENOTDIR: 20, ENOTEMPTY: 39, EINVAL: 22, EPERM: 1 },
  priority: { PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20 },
};

module.exports = {
  EOL: h.EOL(),
  devNull: '/dev/null',
  constants,
  hostname: () => h.hostname(),
  platform: () => h.platform(),
  type: () => h.type(),
  release: () => h.release(),
  version: () => h.release(),
  machine: () => ({ x64: 'x86_64', arm64: 'aarch64' })[h.arch()] || h.arch(),
  arch: () => h.arch(),
  cpus,
  availableParallelism: () => h.cpus(),
  totalmem: () => h.totalmem(),
  freemem: () => h.freemem(),
  homedir: () => h.homedir(),
  tmpdir: () => h.tmpdir(),
  uptime: () => h.uptime(),
  loadavg: () => { const l = h.loadavg(); return [l, l, l]; },
  endianness: () => 'LE',
  networkInterfaces: () => ({}),
  getPriority: () => 0,
  setPriority: () => {},
  userInfo: (opts) => {
    const u = h.userInfo();
    const r = { uid: u.uid, gid: u.gid, username: u.username, homedir: u.homedir, shell: u.shell === undefined ? null : u.shell };
    if (opts && opts.encoding === 'buffer') {
      const { Buffer } = require('./buffer');
      r.username = Buffer.from(r.username);
      r.homedir = Buffer.from(r.homedir);
      if (r.shell) r.shell = Buffer.from(r.shell);
    }
    return r;
  },
};
