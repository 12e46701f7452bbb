// BroadcastChannel inside one context, as bun has it: a message posted on a channel is cloned when it is
// posted and delivered, as one task of the real event loop, to every other open channel of the same
// name, in the order they were made (never to the one that posted it).
'use strict';

const { EventTarget, defineEventHandler } = require('./event_target');
const { MessageEvent, messageTask } = require('./message_channel');
const DOMException = require('./dom_exception');

const kState = Symbol('broadcastChannel');
/** Open channels by name, in the order they were made. */
const open = new Map();

function state(channel, member) {
  const s = channel && channel[kState];
  if (!s) throw new TypeError('BroadcastChannel.prototype.' + member + ' called on an object that is not a BroadcastChannel');
  return s;
}

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new TypeError('Not enough arguments');
    super();
    const s = { name: String(name), closed: false, ref: true };
    Object.defineProperty(this, kState, { value: s });
    let same = open.get(s.name);
    if (!same) open.set(s.name, (same = new Set()));
    same.add(this);
  }

  get name() { return state(this, 'name').name; }

  postMessage(message) {
    const s = state(this, 'postMessage');
    if (arguments.length === 0) throw new TypeError('Not enough arguments');
    if (s.closed) throw new DOMException('This BroadcastChannel is closed', 'InvalidStateError');
    const { structuredClone } = require('./structured_clone');
    const receivers = Array.from(open.get(s.name) || []).filter((c) => c !== this);
    if (receivers.length === 0) {
      structuredClone(message); // what cannot be cloned still throws
      return;
    }
    const copies = receivers.map(() => structuredClone(message));
    messageTask(() => {
      receivers.forEach((channel, i) => {
        if (!channel[kState].closed) channel.dispatchEvent(new MessageEvent('message', { data: copies[i], origin: '' }));
      });
    });
  }

  close() {
    const s = state(this, 'close');
    if (s.closed) return;
    s.closed = true;
    const same = open.get(s.name);
    if (same) {
      same.delete(this);
      if (same.size === 0) open.delete(s.name);
    }
  }

  ref() { state(this, 'ref').ref = true; return this; }
  unref() { state(this, 'unref').ref = false; return this; }
  hasRef() { return state(this, 'hasRef').ref; }

  get [Symbol.toStringTag]() { return 'BroadcastChannel'; }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = { BroadcastChannel };
