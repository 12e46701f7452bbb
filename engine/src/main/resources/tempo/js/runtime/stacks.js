// Error stacks in the positions the user wrote. GraalJS formats a stack from the code it ran, which for
// a TypeScript file is swc's output; bun shows the .ts line:column. The default Error.prepareStackTrace
// installed here (bun has one too) writes V8's text with each frame of a transpiled file mapped back
// through its source map, and without tempo's own frames. A stack is formatted when it is first read,
// so a run that reads no stack pays nothing. A prepareStackTrace the code sets gets the user's call
// sites, their getFileName/getLineNumber/getColumnNumber/toString mapped the same way.
'use strict';

const { nameAndMessage } = require('./errors');

/**
 * @param host  { originalFrame(file, line, column) }: [file, line, column] as written, or null when the
 *              file is shown as it is
 * @param Err   the Error constructor to install on (the global one)
 */
function installStacks(host, Err) {
  const asIs = new Set(); // files the host said need nothing
  const places = new Map(); // file -> Map("line:column" -> [file, line, column] as written)
  const isOwn = (file) => file.startsWith('tempo:');

  /** [file, line, column] as written for a call site, or null when it is shown as it is. */
  function originalOf(site, file) {
    if (typeof file !== 'string' || asIs.has(file) || isOwn(file)) return null;
    const line = site.getLineNumber();
    const column = site.getColumnNumber();
    if (typeof line !== 'number' || typeof column !== 'number') return null;
    let known = places.get(file);
    const key = line + ':' + column;
    const seen = known && known.get(key);
    if (seen) return seen;
    const at = host.originalFrame(file, line, column);
    if (at == null) {
      asIs.add(file);
      return null;
    }
    if (!known) places.set(file, (known = new Map()));
    const mapped = [String(at[0]), at[1], at[2]];
    known.set(key, mapped);
    return mapped;
  }

  /**
   * A site's "fn (file:line:column)" text with the original place in it. GraalJS writes a function
   * without a name as its bare place, as it writes module top-level code; called from somewhere
   * ({@code called}), it is a function, which bun writes "<anonymous> (file:line:column)".
   */
  function siteText(site, file, at, called) {
    const text = String(site);
    const bare = called && text.charCodeAt(text.length - 1) !== 41; // no "(...)" around the place
    if (at === null) return bare ? '<anonymous> (' + text + ')' : text;
    const place = file + ':' + site.getLineNumber() + ':' + site.getColumnNumber();
    const i = text.lastIndexOf(place);
    const shown = i < 0 ? text : text.slice(0, i) + at[0] + ':' + at[1] + ':' + at[2] + text.slice(i + place.length);
    return bare ? '<anonymous> (' + shown + ')' : shown;
  }

  function header(error) {
    const { name, message } = nameAndMessage(error);
    if (message === '') return name;
    return name === '' ? message : name + ': ' + message;
  }

  function isUsers(site) {
    const file = site.getFileName();
    return typeof file !== 'string' || !isOwn(file);
  }

  function prepareStackTrace(error, sites) {
    let out = header(error);
    for (let i = 0; i < sites.length; i++) {
      const site = sites[i];
      const file = site.getFileName();
      if (typeof file === 'string' && isOwn(file)) continue;
      out += '\n    at ' + siteText(site, file, originalOf(site, file), i < sites.length - 1);
    }
    return out;
  }

  // ---- call sites for a prepareStackTrace the code sets ----
  let MappedSite = null;
  function mappedSiteClass(site) {
    class Mapped {
      constructor(raw, at) {
        this.raw = raw;
        this.at = at;
      }
      getFileName() { return this.at[0]; }
      getScriptNameOrSourceURL() { return this.at[0]; }
      getLineNumber() { return this.at[1]; }
      getColumnNumber() { return this.at[2]; }
      toString() { return siteText(this.raw, this.raw.getFileName(), this.at, false); }
    }
    for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(site))) {
      if (name === 'constructor' || Object.prototype.hasOwnProperty.call(Mapped.prototype, name)) continue;
      const method = site[name];
      if (typeof method !== 'function') continue;
      Object.defineProperty(Mapped.prototype, name, {
        value: function () { return method.apply(this.raw, arguments); },
        writable: true,
        configurable: true,
      });
    }
    return Mapped;
  }
  function mapSite(site) {
    const at = originalOf(site, site.getFileName());
    if (at === null) return site;
    if (MappedSite === null) MappedSite = mappedSiteClass(site);
    return new MappedSite(site, at);
  }

  const wrappers = new WeakMap(); // the code's function -> what GraalJS calls
  const unwrapped = new WeakMap(); // and back
  function wrapperOf(fn) {
    let w = wrappers.get(fn);
    if (w === undefined) {
      w = function prepareStackTrace(error, sites) {
        return fn.call(this, error, Array.isArray(sites) ? sites.filter(isUsers).map(mapSite) : sites);
      };
      wrappers.set(fn, w);
      unwrapped.set(w, fn);
    }
    return w;
  }

  // GraalJS reads Error.prepareStackTrace as an ordinary property, so what the getter returns is what
  // formats the stack: the default, or a wrapper of the code's function that maps its call sites.
  let current = prepareStackTrace;
  Object.defineProperty(Err, 'prepareStackTrace', {
    configurable: true,
    enumerable: false,
    // Anything but a function (undefined included) means the default formatting, which is the mapped one.
    get() {
      return typeof current === 'function' && current !== prepareStackTrace ? wrapperOf(current) : prepareStackTrace;
    },
    set(fn) {
      current = unwrapped.get(fn) || fn;
    },
  });
  return { prepareStackTrace };
}

module.exports = { installStacks };
