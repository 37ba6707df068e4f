import * as vscode from 'vscode';

/**
 * Loads a CommonJS bundle that ships beside the extension's own, in the web worker extension
 * host. That host has no `require` and blocks `importScripts`; it loads extensions themselves
 * by fetching their code and evaluating it as a function of `module` and `exports`, and a
 * bundle of ours is loaded the same way. The bundle must need no `require` of its own.
 */
export async function loadBundleInWebHost(extensionUri: vscode.Uri, file: string): Promise<unknown> {
  const location = vscode.Uri.joinPath(extensionUri, file);
  const source = await readText(location);
  const module: { exports: unknown } = { exports: {} };
  // The source URL names the file in the developer tools' stack traces.
  const evaluate = new Function('module', 'exports', `${source}\n//# sourceURL=${location.toString(true)}`) as (
    module: { exports: unknown },
    exports: unknown,
  ) => void;
  evaluate(module, module.exports);
  return module.exports;
}

/**
 * An extension installed from a gallery lives at an https address, which the workspace file
 * system cannot read but the worker can fetch; a local or remote one (code-server) is read
 * through the file system.
 */
async function readText(location: vscode.Uri): Promise<string> {
  if (location.scheme === 'https' || location.scheme === 'http') {
    const response = await fetch(location.toString(true));
    if (!response.ok) throw new Error(`${location.toString(true)}: ${response.status} ${response.statusText}`);
    return response.text();
  }
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(location));
}
