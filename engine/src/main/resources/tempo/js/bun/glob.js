// Bun.Glob: match() tests a path against a glob (*, **, ?, [...], [!...], {a,b}, \ escapes, a leading ! to
// negate); scan() and scanSync() walk a folder for the paths that match, relative to it (or absolute), files
// only unless told otherwise, hidden entries only with `dot`, symbolic links to folders not followed.
'use strict';

const fs = require('../node/fs');
const pathModule = require('../node/path');

const escapeRe = (c) => c.replace(/[.+^$()|[\]{}\\/*?]/g, '\\$&');

/** The regular expression source for a glob (without the leading !). */
function translate(glob) {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\' && i + 1 < glob.length) {
      out += escapeRe(glob[++i]);
    } else if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        i++;
        if (atStart && glob[i + 1] === '/') {
          out += '(?:.*/)?';
          i++;
        } else {
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) {
        out += '\\[';
      } else {
        let body = glob.slice(i + 1, end);
        const negate = body[0] === '!' || body[0] === '^';
        if (negate) body = body.slice(1);
        out += '[' + (negate ? '^' : '') + body.replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else if (c === '{') {
      let depth = 0;
      let j = i;
      for (; j < glob.length; j++) {
        if (glob[j] === '{') depth++;
        else if (glob[j] === '}' && --depth === 0) break;
      }
      if (j === glob.length) {
        out += '\\{';
      } else {
        const parts = [];
        let level = 0;
        let start = i + 1;
        for (let k = i + 1; k < j; k++) {
          if (glob[k] === '{') level++;
          else if (glob[k] === '}') level--;
          else if (glob[k] === ',' && level === 0) {
            parts.push(glob.slice(start, k));
            start = k + 1;
          }
        }
        parts.push(glob.slice(start, j));
        out += '(?:' + parts.map(translate).join('|') + ')';
        i = j;
      }
    } else {
      out += escapeRe(c);
    }
  }
  return out;
}

class Glob {
  constructor(pattern) {
    const p = String(pattern);
    this.negated = p.startsWith('!') && !p.startsWith('!(');
    this.pattern = p;
    this.regex = new RegExp('^' + translate(this.negated ? p.slice(1) : p) + '$');
    // A pattern that names hidden entries itself ("/.git", ".env*") finds them without `dot`.
    this.namesHidden = /(^|\/)\./.test(this.negated ? p.slice(1) : p);
  }

  match(path) {
    return this.regex.test(String(path).replace(/\\/g, '/')) !== this.negated;
  }

  * scanSync(options) {
    const o = typeof options === 'string' ? { cwd: options } : options || {};
    const cwd = pathModule.resolve(o.cwd === undefined ? globalThis.process.cwd() : String(o.cwd));
    const onlyFiles = o.onlyFiles !== false;
    const dot = !!o.dot || this.namesHidden;
    const walk = function* (dir, rel, glob) {
      let entries;
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        return;
      }
      for (const entry of entries) {
        if (!dot && entry.name.startsWith('.')) continue;
        const relPath = rel === '' ? entry.name : rel + '/' + entry.name;
        const full = dir + '/' + entry.name;
        let isDir = entry.isDirectory();
        if (entry.isSymbolicLink() && o.followSymlinks) {
          try {
            isDir = fs.statSync(full).isDirectory();
          } catch (e) {
            if (o.throwErrorOnBrokenSymlink) throw e;
          }
        }
        if ((!isDir || !onlyFiles) && glob.match(relPath)) yield o.absolute ? full : relPath;
        if (isDir && (!entry.isSymbolicLink() || o.followSymlinks)) yield* walk(full, relPath, glob);
      }
    };
    yield* walk(cwd, '', this);
  }

  async * scan(options) {
    yield* this.scanSync(options);
  }
}

module.exports = { Glob };
