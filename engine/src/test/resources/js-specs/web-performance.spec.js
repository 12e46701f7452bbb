const timing = requireInternal('web/performance');
let clock = 10;
const perf = timing.upgrade({ now: () => clock }, 1000);

spec('upgrade keeps the object and its now(), adds timeOrigin and toJSON', () => {
  ok(perf instanceof timing.Performance);
  eq([perf.now(), perf.timeOrigin, perf.toJSON(), Object.prototype.toString.call(perf)], [10, 1000, { timeOrigin: 1000 }, '[object Performance]']);
  throws(() => new timing.Performance(), 'Illegal constructor');
});

spec('mark: now or a given startTime, a cloned detail, recorded in the buffer', () => {
  perf.clearMarks();
  perf.clearMeasures();
  const detail = { x: 1 };
  const a = perf.mark('a', { detail });
  clock = 15;
  const b = perf.mark('b', { startTime: 12 });
  ok(a instanceof timing.PerformanceMark && a instanceof timing.PerformanceEntry);
  eq(a.toJSON(), { name: 'a', entryType: 'mark', startTime: 10, duration: 0, detail: { x: 1 } });
  ok(a.detail !== detail);
  eq([b.startTime, b.detail, Object.keys(a)], [12, null, []]);
  eq(perf.getEntriesByType('mark').map((e) => e.name), ['a', 'b']);
  eq(new timing.PerformanceMark('free', { startTime: 3 }).startTime, 3);
  eq(perf.getEntries().length, 2);
  throws(() => perf.mark('neg', { startTime: -1 }), 'PerformanceMark startTime must be a finite number >= 0 (got -1)');
});

spec('measure: between marks, from options, to now; missing marks and bad options throw', () => {
  perf.clearMarks();
  perf.clearMeasures();
  clock = 20;
  perf.mark('s');
  clock = 50;
  perf.mark('e');
  clock = 70;
  const between = perf.measure('between', 's', 'e');
  eq([between.entryType, between.startTime, between.duration, between.detail], ['measure', 20, 30, null]);
  eq([perf.measure('toNow', 's').duration, perf.measure('all').startTime, perf.measure('all').duration], [50, 0, 70]);
  const o = perf.measure('opts', { start: 's', duration: 5, detail: [1] });
  eq([o.startTime, o.duration, o.detail], [20, 5, [1]]);
  const back = perf.measure('back', { end: 'e', duration: 10 });
  eq([back.startTime, back.duration], [40, 10]);
  eq(perf.measure('nums', { start: 1, end: 4 }).duration, 3);
  const missing = throws(() => perf.measure('x', 'nope'), "No mark named 'nope' exists");
  ok(missing instanceof SyntaxError);
  throws(() => perf.measure('x', { start: 's' }, 'e'), 'cannot be combined with an end mark');
  throws(() => perf.measure('x', { start: 1, end: 2, duration: 1 }), 'start, end and duration all at once');
  throws(() => new timing.PerformanceMeasure(), 'Illegal constructor');
});

spec('getEntries sorts by startTime; getEntriesByName filters by type; clear by name', () => {
  perf.clearMarks();
  perf.clearMeasures();
  clock = 5;
  perf.mark('late', { startTime: 9 });
  perf.mark('early', { startTime: 1 });
  perf.measure('early', 'early', 'late');
  eq(perf.getEntries().map((e) => e.entryType + ':' + e.name), ['mark:early', 'measure:early', 'mark:late']);
  eq(perf.getEntriesByName('early', 'measure').length, 1);
  eq(perf.getEntriesByName('early').length, 2);
  perf.clearMarks('early');
  eq(perf.getEntries().map((e) => e.entryType + ':' + e.name), ['measure:early', 'mark:late']);
  perf.clearMeasures();
  eq(perf.getEntriesByType('measure'), []);
});

spec('PerformanceObserver: queued entries of its types, delivered together as one task', () => {
  perf.clearMarks();
  const tasks = [];
  const realSetTimeout = globalThis.setTimeout;
  globalThis.setTimeout = (fn) => tasks.push(fn);
  try {
    const seen = [];
    const obs = new timing.PerformanceObserver((list, o) => seen.push([list.getEntries().map((e) => e.name), o === obs]));
    obs.observe({ entryTypes: ['mark'] });
    perf.mark('one');
    perf.mark('two');
    perf.measure('ignored');
    eq([seen.length, tasks.length], [0, 1]);
    tasks.shift()();
    eq(seen, [[['one', 'two'], true]]);
    perf.mark('three');
    eq(obs.takeRecords().map((e) => e.name), ['three']);
    tasks.shift()();
    eq(seen.length, 1);
    obs.disconnect();
    perf.mark('four');
    eq(tasks.length, 0);
    const buffered = new timing.PerformanceObserver(() => {});
    buffered.observe({ type: 'mark', buffered: true });
    eq(buffered.takeRecords().map((e) => e.name), ['one', 'two', 'three', 'four']);
    buffered.disconnect();
    eq(timing.PerformanceObserver.supportedEntryTypes, ['mark', 'measure']);
    throws(() => new timing.PerformanceObserver(), 'the callback must be a function');
    throws(() => buffered.observe({}), 'entryTypes or type is required');
  } finally {
    globalThis.setTimeout = realSetTimeout;
  }
});

spec('node:perf_hooks gives the global performance and the classes', () => {
  const hooks = requireInternal('node/perf_hooks');
  ok(hooks.performance === globalThis.performance);
  ok(hooks.PerformanceObserver === timing.PerformanceObserver && hooks.PerformanceMark === timing.PerformanceMark);
  eq(hooks.constants.NODE_PERFORMANCE_GC_MAJOR, 4);
});

spec('installPerformance: the same performance object, upgraded on first use, and the classes as globals', () => {
  const { installPerformance } = requireInternal('web/globals');
  const native = { now: () => 7 };
  const g = { performance: native };
  installPerformance(g);
  eq(Object.keys(g), []);
  ok(Object.getPrototypeOf(native) === Object.prototype, 'not upgraded before first use');
  ok(g.performance === native && native instanceof g.Performance);
  ok(Math.abs(g.performance.timeOrigin + 7 - Date.now()) < 1000);
  ok(g.PerformanceObserver === timing.PerformanceObserver && g.PerformanceEntry === timing.PerformanceEntry);
});

spec('performance.now() has sub-millisecond resolution, as in bun', () => {
  const a = performance.now();
  let b = a;
  for (let i = 0; i < 1e6 && b === a; i++) b = performance.now();
  ok(b > a, 'time moves');
  ok(b - a < 1, 'the next distinct reading is less than a millisecond later: ' + (b - a));
  let fractional = !Number.isInteger(a) || !Number.isInteger(b);
  for (let i = 0; i < 10 && !fractional; i++) fractional = !Number.isInteger(performance.now());
  ok(fractional, 'readings are not whole milliseconds');
});
