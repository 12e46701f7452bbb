// The User Timing part of `performance` (mark, measure, the entry buffer, timeOrigin, toJSON) and the
// classes around it: Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure,
// PerformanceObserver and PerformanceObserverEntryList. GraalJS's own `performance` has only now():
// upgrade() gives that same object (so performance.now keeps its identity) the Performance prototype.
'use strict';

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kCreate = Symbol('create');
const ENTRY_TYPES = ['mark', 'measure'];

const illegal = () => new TypeError('Illegal constructor');

function cloneDetail(detail) {
  return detail === undefined || detail === null ? null : require('./structured_clone').structuredClone(detail);
}

function checkTime(value, what) {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) {
    throw new TypeError(what + ' must be a finite number >= 0 (got ' + String(value) + ')');
  }
  return n;
}

class PerformanceEntry {
  #name; #type; #start; #duration;
  constructor(key, name, type, start, duration) {
    if (key !== kCreate) throw illegal();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
  }
  get name() { return this.#name; }
  get entryType() { return this.#type; }
  get startTime() { return this.#start; }
  get duration() { return this.#duration; }
  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
  }
  get [Symbol.toStringTag]() { return 'PerformanceEntry'; }
  [customInspect](depth, options, inspect) {
    return this.constructor.name + ' ' + inspect(this.toJSON(), options);
  }
}

class PerformanceMark extends PerformanceEntry {
  #detail;
  constructor(name, options) {
    if (arguments.length === 0) throw new TypeError("PerformanceMark: the 'name' argument is required");
    const opts = options == null ? {} : options;
    const start = opts.startTime === undefined ? (upgraded || globalThis.performance).now() : checkTime(opts.startTime, 'PerformanceMark startTime');
    super(kCreate, String(name), 'mark', start, 0);
    this.#detail = cloneDetail(opts.detail);
  }
  get detail() { return this.#detail; }
  toJSON() { return { ...super.toJSON(), detail: this.detail }; }
  get [Symbol.toStringTag]() { return 'PerformanceMark'; }
}

class PerformanceMeasure extends PerformanceEntry {
  #detail;
  constructor(key, name, start, duration, detail) {
    if (key !== kCreate) throw illegal();
    super(kCreate, name, 'measure', start, duration);
    this.#detail = detail;
  }
  get detail() { return this.#detail; }
  toJSON() { return { ...super.toJSON(), detail: this.detail }; }
  get [Symbol.toStringTag]() { return 'PerformanceMeasure'; }
}

// ---- the entry buffer and the observers of one context ----
const buffer = [];
const observers = new Set();

function byStartTime(list) {
  return list.slice().sort((a, b) => a.startTime - b.startTime);
}

function select(list, name, type) {
  return byStartTime(list.filter((e) => (name === undefined || e.name === name) && (type === undefined || e.entryType === type)));
}

function record(entry) {
  buffer.push(entry);
  for (const o of observers) o[kCreate](entry);
  return entry;
}

/** A mark's time: its name's latest mark, or a number. */
function markTime(mark, what) {
  if (typeof mark === 'number') return checkTime(mark, what);
  const name = String(mark);
  for (let i = buffer.length - 1; i >= 0; i--) {
    if (buffer[i].entryType === 'mark' && buffer[i].name === name) return buffer[i].startTime;
  }
  throw new SyntaxError("No mark named '" + name + "' exists");
}

class Performance {
  constructor() { throw illegal(); }

  mark(name, options) {
    return record(new PerformanceMark(name, options));
  }

  measure(name, startOrOptions, endMark) {
    if (arguments.length === 0) throw new TypeError("performance.measure: the 'name' argument is required");
    const options = startOrOptions !== null && typeof startOrOptions === 'object' ? startOrOptions : null;
    if (options !== null && endMark !== undefined) {
      throw new TypeError('performance.measure: an options object cannot be combined with an end mark');
    }
    if (options !== null && options.start !== undefined && options.end !== undefined && options.duration !== undefined) {
      throw new TypeError('performance.measure: options cannot have start, end and duration all at once');
    }
    let end;
    if (endMark !== undefined) end = markTime(endMark, 'performance.measure end');
    else if (options !== null && options.end !== undefined) end = markTime(options.end, 'performance.measure end');
    else if (options !== null && options.start !== undefined && options.duration !== undefined) {
      end = markTime(options.start, 'performance.measure start') + checkTime(options.duration, 'performance.measure duration');
    } else end = this.now();
    let start;
    if (options !== null && options.start !== undefined) start = markTime(options.start, 'performance.measure start');
    else if (options !== null && options.duration !== undefined && options.end !== undefined) {
      start = end - checkTime(options.duration, 'performance.measure duration');
    } else if (options === null && startOrOptions !== undefined) start = markTime(startOrOptions, 'performance.measure start');
    else start = 0;
    const detail = options === null ? null : cloneDetail(options.detail);
    return record(new PerformanceMeasure(kCreate, String(name), start, end - start, detail));
  }

  getEntries() { return select(buffer); }
  getEntriesByName(name, type) { return select(buffer, String(name), type === undefined ? undefined : String(type)); }
  getEntriesByType(type) { return select(buffer, undefined, String(type)); }
  clearMarks(name) { clear('mark', name); }
  clearMeasures(name) { clear('measure', name); }

  get timeOrigin() { return origin; }
  toJSON() { return { timeOrigin: this.timeOrigin }; }
  get [Symbol.toStringTag]() { return 'Performance'; }
}

function clear(type, name) {
  for (let i = buffer.length - 1; i >= 0; i--) {
    if (buffer[i].entryType === type && (name === undefined || buffer[i].name === String(name))) buffer.splice(i, 1);
  }
}

class PerformanceObserverEntryList {
  #entries;
  constructor(key, entries) {
    if (key !== kCreate) throw illegal();
    this.#entries = entries;
  }
  getEntries() { return select(this.#entries); }
  getEntriesByName(name, type) { return select(this.#entries, String(name), type === undefined ? undefined : String(type)); }
  getEntriesByType(type) { return select(this.#entries, undefined, String(type)); }
  get [Symbol.toStringTag]() { return 'PerformanceObserverEntryList'; }
}

class PerformanceObserver {
  #callback; #types = new Set(); #queue = []; #scheduled = false;
  constructor(callback) {
    if (typeof callback !== 'function') throw new TypeError('PerformanceObserver: the callback must be a function');
    this.#callback = callback;
  }

  static get supportedEntryTypes() { return ENTRY_TYPES.slice(); }

  observe(options) {
    const opts = options == null ? {} : options;
    if (opts.entryTypes !== undefined && opts.type !== undefined) {
      throw new TypeError('PerformanceObserver.observe: give either entryTypes or type, not both');
    }
    const types = opts.entryTypes !== undefined ? Array.from(opts.entryTypes, String) : opts.type !== undefined ? [String(opts.type)] : null;
    if (types === null) throw new TypeError('PerformanceObserver.observe: entryTypes or type is required');
    if (opts.entryTypes !== undefined) this.#types.clear();
    for (const t of types) if (ENTRY_TYPES.includes(t)) this.#types.add(t);
    if (this.#types.size === 0) return;
    observers.add(this);
    if (opts.type !== undefined && opts.buffered) {
      for (const e of buffer) if (e.entryType === opts.type) this[kCreate](e);
    }
  }

  disconnect() {
    observers.delete(this);
    this.#types.clear();
    this.#queue = [];
  }

  takeRecords() {
    const taken = this.#queue;
    this.#queue = [];
    return taken;
  }

  /** An entry was recorded: queue it, and deliver the queue as a task (as the spec does). */
  [kCreate](entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#queue.push(entry);
    if (this.#scheduled) return;
    this.#scheduled = true;
    setTimeout(() => {
      this.#scheduled = false;
      const entries = this.takeRecords();
      if (entries.length > 0) this.#callback(new PerformanceObserverEntryList(kCreate, entries), this);
    }, 0);
  }

  get [Symbol.toStringTag]() { return 'PerformanceObserver'; }
}

let origin = 0;
let upgraded = null;

/** Gives GraalJS's performance object the Performance prototype; timeOrigin is the epoch ms its now() counts from. */
function upgrade(perf, timeOrigin) {
  origin = timeOrigin;
  upgraded = perf;
  Object.setPrototypeOf(perf, Performance.prototype);
  return perf;
}

module.exports = {
  upgrade, Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver, PerformanceObserverEntryList,
};
