// Entry of the integration suite in the web worker extension host: the same specs, bundled with
// mocha's browser build. INTEGRATION_SPECS lists test/integration/suite/*.spec.ts (set by the build);
// the template-literal require lets the bundler include each of them.
// Defines the globals `mocha` and `Mocha` (see the build's mocha plugin).
import 'mocha/mocha.js';
import { enableBothInterfaces, failuresToResult, mochaOptions } from './mochaOptions';

declare const INTEGRATION_SPECS: string[];

export function run(): Promise<void> {
  // The browser build defaults to its HTML reporter, which needs a DOM; the worker has a console.
  mocha.setup({ ...mochaOptions, reporter: 'spec' });
  enableBothInterfaces(mocha, Mocha.interfaces);
  if (INTEGRATION_SPECS.length === 0) return Promise.reject(new Error('no integration specs were bundled'));
  for (const name of INTEGRATION_SPECS) {
    // Evaluated after setup, so the spec files find describe/it/suite/test defined.
    require(`./suite/${name}`);
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => failuresToResult(failures, resolve, reject));
  });
}
