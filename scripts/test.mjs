// `npm test`: every layer of tests, in order, each under a banner, then one summary line
// "N passed, N failed". A layer that cannot run counts as a failure; the exit code is non-zero
// when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './vscode-host/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command, echoing its output live; resolves to its exit code and its whole output. */
function run(command, args, env = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { output += d; process.stderr.write(d); });
    child.on('error', (error) => resolveRun({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code, signal) => resolveRun({ code: code ?? (signal ? 1 : 0), output }));
  });
}

function compiledTests(folder) {
  const abs = join(root, folder);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true }).map(String).filter((f) => f.endsWith('.test.js')).sort().map((f) => join(folder, f));
}

function count(output, patterns) {
  const sum = (regex) => [...output.matchAll(regex)].reduce((total, m) => total + Number(m[1]), 0);
  return { passed: sum(patterns.passed), failed: sum(patterns.failed) };
}
const NODE_TEST = { passed: /^(?:ℹ|#) pass (\d+)$/gm, failed: /^(?:ℹ|#) fail (\d+)$/gm };
const MOCHA = { passed: /^\s*(\d+) passing\b/gm, failed: /^\s*(\d+) failing\b/gm };
const SMOKE = { passed: /^package smoke: (\d+) passed/gm, failed: /^package smoke: \d+ passed, (\d+) failed/gm };

async function nodeTests(folder, what) {
  const files = compiledTests(folder);
  if (files.length === 0) return { code: 1, note: `no ${what} found in ${folder} (test files are test/${folder.split('/').pop()}/**/*.test.ts)` };
  const { code, output } = await run(process.execPath, ['--test', '--test-reporter=spec', ...files]);
  return { code, counts: count(output, NODE_TEST), note: `${files.length} files` };
}

async function integration(host) {
  const { code, output } = await run(process.execPath, ['scripts/run-integration.mjs', host]);
  // The spec reports the version it runs in; the offline launcher names it before starting.
  const version = /activation in VS Code ([\w.-]+),/.exec(output)?.[1] ?? /^VS Code ([\w.-]+) \(code-server/m.exec(output)?.[1];
  const counts = count(output, MOCHA);
  const note = version ? `VS Code ${version}` : 'VS Code version not reported';
  // A run whose report never arrived has no counts: it still fails.
  return { code: code === 0 && counts.passed === 0 ? 1 : code, counts, note: counts.passed === 0 && counts.failed === 0 ? `${note}, no mocha report` : note };
}

const layers = [
  {
    name: 'prerequisites',
    fatal: true,
    run: async () => {
      const missing = [];
      if (!existsSync(CHROMIUM_PATH)) missing.push(`${CHROMIUM_PATH} (run: sudo bash scripts/setup-system.sh)`);
      if (!existsSync(join(root, 'node_modules', 'playwright-core'))) missing.push('node_modules (run: npm ci)');
      if (Number(process.versions.node.split('.')[0]) < 20) missing.push(`Node 20 or newer (this is ${process.version})`);
      for (const m of missing) console.error(`missing: ${m}`);
      return { code: missing.length === 0 ? 0 : 1, note: missing.length === 0 ? `Chromium, Node ${process.version}` : `${missing.length} missing` };
    },
  },
  { name: 'type check', run: async () => ({ code: (await run('npm', ['run', '--silent', 'typecheck'])).code }) },
  { name: 'build (with tests)', run: async () => ({ code: (await run(process.execPath, ['scripts/build.mjs', '--tests'])).code }) },
  { name: 'unit tests', run: () => nodeTests('out/test/unit', 'unit tests') },
  { name: 'webview tests (Chromium)', run: () => nodeTests('out/test/webview', 'webview tests') },
  { name: 'integration tests (Node extension host)', run: () => integration('node') },
  { name: 'integration tests (web worker extension host)', run: () => integration('web') },
  {
    name: 'packaging smoke test',
    run: async () => {
      const { code, output } = await run(process.execPath, ['scripts/package-smoke.mjs']);
      return { code, counts: count(output, SMOKE) };
    },
  },
];

const results = [];
const started = Date.now();
for (const layer of layers) {
  console.log(`\n${'='.repeat(78)}\n== ${layer.name}\n${'='.repeat(78)}`);
  const layerStarted = Date.now();
  let result;
  try {
    result = await layer.run();
  } catch (error) {
    result = { code: 1, note: error instanceof Error ? error.message : String(error) };
  }
  result.seconds = (Date.now() - layerStarted) / 1000;
  results.push({ name: layer.name, ...result });
  console.log(`-- ${layer.name}: ${result.code === 0 ? 'ok' : 'FAILED'}${result.note ? ` (${result.note})` : ''} in ${result.seconds.toFixed(1)} s`);
  if (layer.fatal && result.code !== 0) break;
}

let passed = 0;
let failed = 0;
console.log(`\n${'='.repeat(78)}\n== summary (${((Date.now() - started) / 1000).toFixed(0)} s)\n${'='.repeat(78)}`);
for (const r of results) {
  const counts = r.counts ?? { passed: 0, failed: 0 };
  passed += counts.passed;
  // A layer that failed without reporting a failed test still counts once.
  failed += r.code !== 0 && counts.failed === 0 ? 1 : counts.failed;
  const tally = r.counts ? `${counts.passed} passed, ${counts.failed} failed` : '';
  console.log(`  ${(r.code === 0 ? 'ok' : 'FAILED').padEnd(7)} ${r.name.padEnd(48)} ${tally.padEnd(22)} ${r.note ?? ''}`);
}
const skipped = layers.length - results.length;
if (skipped > 0) {
  console.log(`  ${'FAILED'.padEnd(7)} ${skipped} later layer(s) not run: the prerequisites are missing`);
  failed += skipped;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.every((r) => r.code === 0) ? 0 : 1);
