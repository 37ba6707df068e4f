// Options shared by the Node and the web worker runners of the integration suite.
export const mochaOptions: Mocha.MochaOptions = {
  ui: 'bdd',
  color: false,
  // The first test in a run waits for the workbench and the extension to activate.
  timeout: 30_000,
};

/** Specs may use either `describe`/`it` or `suite`/`test`: register the tdd globals beside bdd's. */
export function enableBothInterfaces(mocha: Mocha, interfaces: typeof Mocha.interfaces): void {
  interfaces.tdd(mocha.suite);
}

export function failuresToResult(failures: number, resolve: () => void, reject: (error: Error) => void): void {
  if (failures > 0) reject(new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`));
  else resolve();
}
