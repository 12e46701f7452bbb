// node:perf_hooks: the global performance object (User Timing, see web/performance.js) and its classes.
// Not provided: monitorEventLoopDelay, createHistogram, eventLoopUtilization, timerify.
'use strict';

const timing = require('../web/performance');

module.exports = {
  performance: globalThis.performance,
  Performance: timing.Performance,
  PerformanceEntry: timing.PerformanceEntry,
  PerformanceMark: timing.PerformanceMark,
  PerformanceMeasure: timing.PerformanceMeasure,
  PerformanceObserver: timing.PerformanceObserver,
  PerformanceObserverEntryList: timing.PerformanceObserverEntryList,
  // the flags node gives its 'gc' entries (tempo records none)
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
