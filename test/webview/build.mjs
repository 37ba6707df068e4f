// Builds only what the browser tests and the preview benchmark need (the webview bundle, these
// tests, the benchmark), with the same webview options as scripts/build.mjs, so they can run
// while other bundles are mid-change. Usage: node test/webview/build.mjs [output root]
// With an output root, the bundle goes to <root>/dist/webview and the tests to <root>/out; run
// them with MLSD_BUILD_ROOT=<root> so the harness serves that bundle.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? '.';

const tests = readdirSync('test/webview')
  .filter((f) => f.endsWith('.test.ts') || f === 'takeScreenshots.ts')
  .map((f) => join('test/webview', f));

await Promise.all([
  esbuild.build({
    entryPoints: ['src/webview/main.ts'],
    outdir: join(root, 'dist/webview'),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    splitting: true,
    target: 'es2022',
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"development"' },
  }),
  esbuild.build({
    entryPoints: [...tests, 'bench/preview.bench.ts'],
    outdir: join(root, 'out'),
    outbase: '.',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    loader: { '.md': 'text' },
    external: ['playwright-core', 'esbuild', 'mermaid'],
  }),
]);
