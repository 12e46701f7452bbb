// Puts the module-mock and stub APIs on the test API objects: bun's mock.module, the jest object's
// and vi's module functions, jest.replaceProperty and vi's stubs (restoreAllMocks also undoes
// replaceProperty, as in Jest).
'use strict';

const { createStubs } = require('./stubs');

function install({ jest, vi, mock, mocks, moduleMocks, env }) {
  const stubs = createStubs(env);
  const m = moduleMocks.api;
  mock.module = m.bunModule;

  Object.assign(jest, m.jest);
  m.bindJest(jest);
  jest.replaceProperty = stubs.replaceProperty;
  const restoreAll = jest.restoreAllMocks;
  jest.restoreAllMocks = () => {
    restoreAll();
    stubs.restoreReplaced();
    return jest;
  };

  Object.assign(vi, m.vi);
  vi.mocked = (x) => x;
  vi.stubGlobal = (name, value) => { stubs.stubGlobal(name, value); return vi; };
  vi.unstubAllGlobals = () => { stubs.unstubAllGlobals(); return vi; };
  vi.stubEnv = (name, value) => { stubs.stubEnv(name, value); return vi; };
  vi.unstubAllEnvs = () => { stubs.unstubAllEnvs(); return vi; };
  void mocks;
}

module.exports = { install };
