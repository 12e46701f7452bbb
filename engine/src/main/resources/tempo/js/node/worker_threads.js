// node:worker_threads as seen from the main thread of a test file: message channels work within the
// file's context; starting a Worker thread is not supported (it throws, naming the script).
'use strict';

const { MessageChannel, MessagePort, receiveMessageOnPort } = require('../web/message_channel');

const environmentData = new Map();

class Worker {
  constructor(filename) {
    throw new Error('worker_threads.Worker is not supported by tempo (new Worker(' + JSON.stringify(String(filename)) + '))');
  }
}

module.exports = {
  isMainThread: true,
  parentPort: null,
  workerData: null,
  threadId: 0,
  resourceLimits: {},
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  MessageChannel,
  MessagePort,
  get BroadcastChannel() { return require('../web/broadcast_channel').BroadcastChannel; },
  receiveMessageOnPort,
  Worker,
  getEnvironmentData: (key) => environmentData.get(key),
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
};
