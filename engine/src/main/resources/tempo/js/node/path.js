// node:path (POSIX).
'use strict';

function normalizeParts(parts, absolute) {
  const out = [];
  for (const p of parts) {
    if (!p || p === '.') continue;
    if (p === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(p);
  }
  return out;
}

const path = {
  sep: '/',
  delimiter: ':',
  normalize(p) {
    if (p === '') return '.';
    const abs = p.startsWith('/');
    const trailing = p.endsWith('/');
    let r = normalizeParts(p.split('/'), abs).join('/');
    if (!r && !abs) r = '.';
    if (r && trailing) r += '/';
    return (abs ? '/' : '') + r;
  },
  join(...parts) {
    const joined = parts.filter((x) => { if (typeof x !== 'string') throw new TypeError('The "path" argument must be of type string'); return x !== ''; }).join('/');
    return joined ? path.normalize(joined) : '.';
  },
  resolve(...parts) {
    let r = '';
    for (let i = parts.length - 1; i >= 0 && !r.startsWith('/'); i--) if (parts[i]) r = parts[i] + (r ? '/' + r : '');
    if (!r.startsWith('/')) r = (typeof process !== 'undefined' ? process.cwd() : '/') + (r ? '/' + r : '');
    const n = '/' + normalizeParts(r.split('/'), true).join('/');
    return n;
  },
  isAbsolute: (p) => p.startsWith('/'),
  dirname(p) {
    if (!p) return '.';
    const s = p.replace(/\/+$/, '');
    const i = s.lastIndexOf('/');
    if (i < 0) return '.';
    return i === 0 ? '/' : s.slice(0, i);
  },
  basename(p, ext) {
    const s = p.replace(/\/+$/, '');
    let b = s.slice(s.lastIndexOf('/') + 1);
    if (ext && b.endsWith(ext) && b !== ext) b = b.slice(0, -ext.length);
    return b;
  },
  extname(p) {
    const b = path.basename(p);
    const i = b.lastIndexOf('.');
    return i <= 0 ? '' : b.slice(i);
  },
  relative(from, to) {
    const a = path.resolve(from).split('/').filter(Boolean);
    const b = path.resolve(to).split('/').filter(Boolean);
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return a.slice(i).map(() => '..').concat(b.slice(i)).join('/');
  },
  parse(p) {
    const root = p.startsWith('/') ? '/' : '';
    const base = path.basename(p);
    const ext = path.extname(p);
    const dir = p.includes('/') ? path.dirname(p) : '';
    return { root, dir, base, ext, name: ext ? base.slice(0, -ext.length) : base };
  },
  format(o) {
    const dir = o.dir || o.root || '';
    const base = o.base || (o.name || '') + (o.ext || '');
    return dir ? (dir.endsWith('/') ? dir + base : dir + '/' + base) : base;
  },
  toNamespacedPath: (p) => p,
};
path.posix = path;
path.win32 = path;
module.exports = path;
