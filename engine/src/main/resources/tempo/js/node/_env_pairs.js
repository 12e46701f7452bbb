// A child process's environment for the host's process runner: [name, value, ...], undefined values left out
// (as Node and bun do). Shared by node:child_process and Bun.spawn.
'use strict';

function envPairs(env) {
  const out = [];
  for (const k of Object.keys(env)) {
    if (env[k] !== undefined) out.push(k, String(env[k]));
  }
  return out;
}

module.exports = { envPairs };
