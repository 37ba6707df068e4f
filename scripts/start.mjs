// `npm start`: builds the extension, then opens it on examples/ (or the folder given as argument):
// in desktop VS Code (`code --extensionDevelopmentPath`) when a `code` command exists, otherwise in
// a local VS Code server whose address it prints. Ctrl-C stops the server.
// Usage: npm start [-- <folder>]      PORT=<n> picks the server's port (default: a free one).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureHost, vscodeVersion } from './vscode-host/provision.mjs';
import { startCodeServer } from './vscode-host/server.mjs';
import { workbenchUrl } from './vscode-host/workbench.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const folder = resolve(process.argv[2] ?? join(root, 'examples'));

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}

if (!existsSync(folder) || !statSync(folder).isDirectory()) fail(`${folder} is not a folder`);
const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) fail('the build failed');

const desktop = spawnSync('code', ['--version'], { encoding: 'utf8' });
if (desktop.status === 0) {
  console.log(`Opening ${folder} in VS Code ${desktop.stdout.split('\n')[0]} with the extension in development mode.`);
  const code = spawn('code', [`--extensionDevelopmentPath=${root}`, folder], { stdio: 'inherit' });
  code.on('exit', (status) => process.exit(status ?? 0));
} else {
  let paths;
  try {
    paths = ensureHost();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const server = await startCodeServer({ paths, port: Number(process.env.PORT ?? 0) }).catch((error) => fail(error.message));
  // The workbench loads the extension from the project folder in development mode, as desktop VS Code would.
  const url = workbenchUrl(server.url, { folder, extensionDevelopmentPaths: [root] });
  console.log(`\nVS Code ${vscodeVersion(paths)} (no desktop VS Code found) is serving ${folder} with the extension loaded.`);
  console.log(`Open this address in a browser:\n\n  ${url}\n\n(${server.url} alone opens it without the extension.) Press Ctrl-C to stop.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the VS Code server…');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
