// Entry of the integration suite in the Node extension host (`extensionTestsPath`): runs every
// out/test/integration/suite/*.spec.js with mocha.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { enableBothInterfaces, failuresToResult, mochaOptions } from './mochaOptions';

export function run(): Promise<void> {
  const mocha = new Mocha(mochaOptions);
  enableBothInterfaces(mocha, Mocha.interfaces);
  const suiteDir = join(__dirname, 'suite');
  const specs = readdirSync(suiteDir).filter((f) => f.endsWith('.spec.js')).sort();
  if (specs.length === 0) return Promise.reject(new Error(`no integration specs in ${suiteDir}`));
  for (const spec of specs) mocha.addFile(join(suiteDir, spec));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => failuresToResult(failures, resolve, reject));
  });
}
