// Runs the integration suite (out/test/integration, built by `node scripts/build.mjs --tests`) inside
// a real VS Code through @vscode/test-electron's runTests, once per extension host.
// Where VS Code can be downloaded, runTests uses the downloaded desktop VS Code; otherwise (no
// network to it, as on offline build machines) it runs the same suite through our code-server launcher.
// Usage: node scripts/run-integration.mjs [node] [web]     (default: both hosts)
// MLSD_VSCODE_HOST=code-server skips the download attempt; MLSD_VSCODE_HOST=download forbids the fallback.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const launcher = join(root, 'scripts', 'vscode-host', 'launcher.mjs');
const workspace = join(root, 'test', 'fixtures', 'workspace');
// The desktop release matching the code-server the offline host provides.
const DESKTOP_VERSION = '1.139.1';

const hosts = {
  node: { label: 'Node extension host', entry: 'index.node.js', args: [] },
  web: { label: 'web worker extension host', entry: 'index.browser.js', args: ['--extensionDevelopmentKind=web'] },
};

/** The desktop VS Code runTests would download, or our launcher when it cannot be had. */
export async function vscodeExecutable() {
  const choice = process.env.MLSD_VSCODE_HOST;
  if (choice === 'code-server') return launcher;
  try {
    return await downloadAndUnzipVSCode({ version: DESKTOP_VERSION, timeout: 20_000 });
  } catch (error) {
    if (choice === 'download') throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.log(`VS Code ${DESKTOP_VERSION} cannot be downloaded here (${reason}); using the local code-server host.`);
    return launcher;
  }
}

/** Runs the suite in one host; resolves to its exit code (0 when every test passed). */
export async function runIntegration(hostName, executable) {
  const host = hosts[hostName];
  const extensionTestsPath = join(root, 'out', 'test', 'integration', host.entry);
  if (!existsSync(extensionTestsPath)) {
    console.error(`error: ${extensionTestsPath} is missing: run \`node scripts/build.mjs --tests\` first`);
    return 1;
  }
  // Fresh profile folders and a copy of the fixture workspace: specs may edit and create files, and
  // concurrent runs on one machine share nothing.
  const profile = mkdtempSync(join(tmpdir(), 'mlsd-integration-'));
  const workspaceCopy = join(profile, 'workspace');
  cpSync(workspace, workspaceCopy, { recursive: true });
  try {
    console.log(`Integration tests in the ${host.label}`);
    return await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: root,
      extensionTestsPath,
      launchArgs: [
        workspaceCopy,
        '--disable-extensions',
        `--user-data-dir=${join(profile, 'user-data')}`,
        `--extensions-dir=${join(profile, 'extensions')}`,
        ...host.args,
      ],
    });
  } catch (error) {
    return typeof error?.code === 'number' && error.code !== 0 ? error.code : 1;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const requested = process.argv.slice(2);
  const names = requested.length > 0 ? requested : Object.keys(hosts);
  const unknown = names.filter((n) => !(n in hosts));
  if (unknown.length > 0) {
    console.error(`error: unknown host ${unknown.join(', ')} (expected node, web)`);
    process.exit(2);
  }
  const executable = await vscodeExecutable();
  let failed = 0;
  for (const name of names) {
    const code = await runIntegration(name, executable);
    console.log(`${hosts[name].label}: ${code === 0 ? 'passed' : `FAILED (exit code ${code})`}`);
    if (code !== 0) failed++;
  }
  process.exit(failed === 0 ? 0 : 1);
}
