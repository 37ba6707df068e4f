#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's `runTests` launches, where no
// desktop VS Code can be used: it translates the Electron-style flags into a run of the same
// extension tests inside a private code-server, driven by headless Chromium, prints the extension
// host's report and exits with the suite's exit code.
//
// Understood: --extensionDevelopmentPath, --extensionTestsPath, --extensionDevelopmentKind=web (run
// the extension in the web worker extension host), --extensions-dir, a folder to open. User data
// is always a fresh folder. Other Electron flags are accepted and ignored.
// Environment: MLSD_VSCODE_HOST_TIMEOUT seconds before the run is abandoned (default 900);
// MLSD_VSCODE_HOST_VERBOSE=1 also prints the workbench's own log lines.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { ensureHost, vscodeVersion, CODE_SERVER_VERSION } from './provision.mjs';
import { startCodeServer } from './server.mjs';
import { openWorkbench, workbenchUrl } from './workbench.mjs';

const timeoutSeconds = Number(process.env.MLSD_VSCODE_HOST_TIMEOUT ?? 900);
const verbose = process.env.MLSD_VSCODE_HOST_VERBOSE === '1';

// The workbench logs through the same channel as the extension host's console; these are its own
// status lines (connection set-up, tagged service logs, failed lookups of online services that this
// offline host cannot reach). Shown with MLSD_VSCODE_HOST_VERBOSE=1.
const WORKBENCH_CHATTER = [
  /^\[[A-Za-z][\w :-]*\] /,
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^Creation of workbench contribution /,
  /ENOTFOUND/,
  /^Timed out waiting for authentication provider/,
];
function isWorkbenchChatter(line) {
  return WORKBENCH_CHATTER.some((pattern) => pattern.test(line));
}

function parseArgs(argv) {
  const options = { extensionDevelopmentPaths: [], extensionTestsPath: undefined, kind: undefined, extensionsDir: undefined, folder: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      options.folder = resolve(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const takesValue = ['extensionDevelopmentPath', 'extensionTestsPath', 'extensionDevelopmentKind', 'extensions-dir', 'user-data-dir'].includes(name);
    const value = eq !== -1 ? arg.slice(eq + 1) : takesValue ? argv[++i] : undefined;
    if (name === 'extensionDevelopmentPath') options.extensionDevelopmentPaths.push(resolve(value));
    else if (name === 'extensionTestsPath') options.extensionTestsPath = resolve(value);
    else if (name === 'extensionDevelopmentKind') options.kind = value;
    else if (name === 'extensions-dir') options.extensionsDir = resolve(value);
  }
  return options;
}

/** `runTests` points at a compiled test entry; the workbench needs the file itself. */
function testEntryFile(path) {
  if (existsSync(path) && statSync(path).isFile()) return path;
  for (const candidate of [`${path}.js`, join(path, 'index.js')]) if (existsSync(candidate)) return candidate;
  return path;
}

function extensionIds(paths) {
  return paths.map((p) => {
    const manifest = JSON.parse(readFileSync(join(p, 'package.json'), 'utf8'));
    return `${manifest.publisher}.${manifest.name}`;
  });
}

// Everything the run started, stopped exactly once whichever way it ends.
let server;
let workbench;
let timer;
let finishing = false;
async function finish(code, message) {
  if (finishing) return;
  finishing = true;
  clearTimeout(timer);
  if (message) console.error(message);
  await workbench?.close();
  await server?.stop();
  process.exit(code);
}
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(signal, () => void finish(code, `launcher: stopped by ${signal}`));
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!options.extensionTestsPath) throw new Error('no --extensionTestsPath given: this launcher only runs extension tests');
  if (options.folder && !statSync(options.folder).isDirectory()) throw new Error(`${options.folder} is not a folder`);
  const webWorker = options.kind === 'web';

  const paths = ensureHost();
  const userSettings = webWorker
    ? { 'remote.extensionKind': Object.fromEntries(extensionIds(options.extensionDevelopmentPaths).map((id) => [id, ['web']])) }
    : {};

  server = await startCodeServer({ paths, userSettings, extensionsDir: options.extensionsDir });
  console.log(
    `VS Code ${vscodeVersion(paths)} (code-server ${CODE_SERVER_VERSION}) at ${server.url}, ` +
      `${webWorker ? 'web worker' : 'Node'} extension host`,
  );
  timer = setTimeout(() => {
    const errors = workbench?.browserErrors.slice(-10).join('\n') ?? '';
    void finish(
      1,
      `launcher: TIMEOUT: the extension tests did not finish within ${timeoutSeconds} s ` +
        '(set MLSD_VSCODE_HOST_TIMEOUT to change it).\n' +
        `--- workbench errors ---\n${errors}\n--- code-server log ---\n${server.logTail()}`,
    );
  }, timeoutSeconds * 1000);

  const url = workbenchUrl(server.url, {
    folder: options.folder,
    extensionDevelopmentPaths: options.extensionDevelopmentPaths,
    extensionTestsPath: testEntryFile(options.extensionTestsPath),
  });
  workbench = await openWorkbench(url, {
    onLog: (type, args) => {
      const line = Array.isArray(args) ? format(...args) : String(args);
      if (!verbose && isWorkbenchChatter(line)) return;
      (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
    },
    onExit: (code) => void finish(typeof code === 'number' ? code : 1),
  });
}

main().catch((error) => void finish(1, `launcher: ${error instanceof Error ? error.message : String(error)}`));
