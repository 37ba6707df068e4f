// Runs every built benchmark (out/bench/*.bench.js) one after the other, each in its own
// Node process with --expose-gc so that heap figures are measured after collection.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const folder = 'out/bench';
const benches = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.bench.js')).sort() : [];
if (benches.length === 0) {
  console.error(`No benchmarks in ${folder}; build them with: node scripts/build.mjs --tests`);
  process.exit(1);
}
let failed = 0;
for (const bench of benches) {
  const result = spawnSync(process.execPath, ['--expose-gc', join(folder, bench)], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${bench} failed (exit ${result.status ?? result.signal})`);
    failed++;
  }
}
process.exit(failed > 0 ? 1 : 0);
