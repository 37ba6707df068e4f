// Packaging smoke test: `npm run package` makes mlsd-drafter-<version>.vsix; its file list holds the
// bundles, media, templates, schemas and documents and nothing else; code-server installs it into a
// fresh extensions folder; and the installed copy activates in the workbench when an answer opens.
// Prints one PASS/FAIL line per check and ends with "package smoke: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { ensureHost } from './vscode-host/provision.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const launcher = join(root, 'scripts', 'vscode-host', 'launcher.mjs');
const workspace = join(root, 'test', 'fixtures', 'workspace');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `${manifest.name}-${manifest.version}.vsix`);

let passed = 0;
let failed = 0;
function check(ok, what, detail = '') {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${what}${!ok && detail ? `\n     ${detail.replaceAll('\n', '\n     ')}` : ''}`);
  if (ok) passed++;
  else failed++;
  return ok;
}

function filesIn(folder) {
  const abs = join(root, folder);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true })
    .map((f) => join(abs, String(f)))
    .filter((f) => statSync(f).isFile())
    .map((f) => relative(root, f).split('\\').join('/'));
}

function vsixEntries() {
  // The .vsix is a zip; python3's zipfile (a required system package) lists it.
  const list = spawnSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', vsix], { encoding: 'utf8' });
  if (list.status !== 0) throw new Error(`cannot list ${vsix}: ${list.stderr}`);
  return list.stdout.split('\n').filter(Boolean);
}

function checkContents() {
  const entries = vsixEntries();
  const inside = new Set(entries.filter((e) => e.startsWith('extension/')).map((e) => e.slice('extension/'.length).toLowerCase()));
  const required = [
    'package.json',
    manifest.main.replace(/^\.\//, ''),
    manifest.browser.replace(/^\.\//, ''),
    'dist/webview/main.js',
    'dist/cli.js',
    // The CLI and each extension host load Mermaid's parser from beside their own bundle.
    'dist/mermaid-parser.js',
    'dist/mermaid-parser.browser.js',
    'readme.md',
    'changelog.md',
    ...['media', 'templates', 'schemas', 'docs'].flatMap(filesIn),
  ];
  const missing = required.filter((f) => !inside.has(f.toLowerCase()));
  // vsce may store the licence with an extension.
  if (!['license', 'license.txt', 'license.md'].some((f) => inside.has(f))) missing.push('LICENSE');
  check(missing.length === 0, `the .vsix holds the bundles, media, templates, schemas, docs, README, CHANGELOG and LICENSE (${entries.length} files)`, `missing: ${missing.join(', ')}`);
  const forbidden = entries.filter((e) =>
    /(^|\/)node_modules\//.test(e) ||
    /^extension\/(src|test|out|bench|scripts|examples|\.vscode-test|\.ci)\//.test(e) ||
    /\.(map|ts)$/.test(e),
  );
  check(forbidden.length === 0, 'the .vsix holds no node_modules, sources, tests, scripts or source maps', forbidden.slice(0, 20).join('\n'));
}

function isolatedEnv(base) {
  const env = { ...process.env };
  for (const [name, folder] of [['HOME', 'home'], ['TMPDIR', 'tmp'], ['XDG_CONFIG_HOME', 'config'], ['XDG_DATA_HOME', 'data'], ['XDG_CACHE_HOME', 'cache']]) {
    env[name] = join(base, folder);
    mkdirSync(env[name], { recursive: true });
  }
  return env;
}

async function buildProbe(folder) {
  await esbuild.build({
    entryPoints: [join(root, 'test', 'integration', 'packageProbe', 'probe.ts')],
    outfile: join(folder, 'probe.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
  });
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({ name: 'package-probe', publisher: 'mlsd-test', version: '0.0.0', engines: { vscode: manifest.engines.vscode } }, null, 2),
  );
}

async function main() {
  rmSync(vsix, { force: true });
  const build = spawnSync('npm', ['run', 'package'], { cwd: root, stdio: 'inherit' });
  if (!check(build.status === 0 && existsSync(vsix), `npm run package makes ${relative(root, vsix)}`, `npm run package exited with ${build.status}`)) return;
  checkContents();

  const paths = ensureHost();
  const scratch = mkdtempSync(join(tmpdir(), 'mlsd-package-smoke-'));
  try {
    const extensionsDir = join(scratch, 'extensions');
    const install = spawnSync(
      paths.node,
      [paths.codeServerEntry, '--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', join(scratch, 'user-data')],
      { env: isolatedEnv(join(scratch, 'env')), encoding: 'utf8' },
    );
    const installedFolder = join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
    if (!check(install.status === 0 && existsSync(join(installedFolder, 'package.json')), `code-server --install-extension installs it into ${relative(scratch, installedFolder)}`, `${install.stdout}${install.stderr}`)) return;

    // The packaged command line finds Mermaid's parser beside itself and blames both broken diagrams.
    const cli = spawnSync(process.execPath, [join(installedFolder, 'dist', 'cli.js'), 'check', join(root, 'test', 'fixtures', 'cli', 'broken-diagram.mlsd.md')], { encoding: 'utf8' });
    const blamed = cli.stdout.split('\n').filter((line) => / error Mermaid cannot draw this diagram: .* diagram-valid$/.test(line));
    check(cli.status === 1 && blamed.length === 2, 'the installed CLI runs Mermaid\'s parser on every diagram', `exit ${cli.status}\n${cli.stdout}${cli.stderr}`);

    const workspaceCopy = join(scratch, 'workspace');
    cpSync(workspace, workspaceCopy, { recursive: true });
    const probe = join(scratch, 'probe');
    await buildProbe(probe);
    let code;
    try {
      code = await runTests({
        vscodeExecutablePath: launcher,
        extensionDevelopmentPath: probe,
        extensionTestsPath: join(probe, 'probe.js'),
        launchArgs: [workspaceCopy, `--extensions-dir=${extensionsDir}`, `--user-data-dir=${join(scratch, 'user-data')}`],
      });
    } catch (error) {
      code = typeof error?.code === 'number' ? error.code : 1;
    }
    check(code === 0, 'the installed extension activates in VS Code when an answer opens and reports a broken diagram', `the probe exited with ${code}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  check(false, 'packaging smoke test ran to the end', error instanceof Error ? error.message : String(error));
}
console.log(`package smoke: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
