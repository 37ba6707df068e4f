// One esbuild target per bundle; type checking is a separate `npm run typecheck`.
// Usage: node scripts/build.mjs [--production] [--tests] [--watch]
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const production = process.argv.includes('--production');
const withTests = process.argv.includes('--tests');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  // Templates are data read by pure core code: bundled as text, never read from disk.
  loader: { '.md': 'text' },
  metafile: true,
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
};

const targets = [
  {
    name: 'extension (node)',
    entryPoints: ['src/extension/extension.node.ts'],
    outfile: 'dist/extension.node.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    name: 'extension (browser)',
    entryPoints: ['src/extension/extension.browser.ts'],
    outfile: 'dist/extension.browser.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
  },
  {
    name: 'webview',
    entryPoints: ['src/webview/main.ts'],
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'esm',
    splitting: true,
    target: 'es2022',
    chunkNames: 'chunks/[name]-[hash]',
  },
  {
    name: 'cli',
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // Loaded by the CLI and the Node extension host only when an answer holds a diagram:
    // Mermaid is several megabytes.
    name: 'mermaid parser (node)',
    entryPoints: ['src/mermaidParser/parser.ts'],
    outfile: 'dist/mermaid-parser.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    alias: { dompurify: './src/mermaidParser/noSanitizer.ts' },
  },
  {
    // The same parser for the web worker extension host, which fetches and evaluates this file
    // itself (it has no `require`) on the first answer with a diagram.
    name: 'mermaid parser (browser)',
    entryPoints: ['src/mermaidParser/parser.ts'],
    outfile: 'dist/mermaid-parser.browser.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    minify: true,
    alias: { dompurify: './src/mermaidParser/noSanitizer.ts' },
  },
  {
    name: 'core library',
    entryPoints: ['src/core/index.ts'],
    outfile: 'dist/core.js',
    platform: 'neutral',
    format: 'cjs',
    target: 'es2022',
    mainFields: ['module', 'main'],
  },
];

function filesUnder(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => f.endsWith(suffix) && statSync(f).isFile());
}

// mocha's browser build is a UMD script in a `"type": "module"` package: bundled as ESM, it would
// assign the bundle's own `module.exports`. Run it as a script instead, so it only defines its globals.
const mochaBrowserBuildAsScript = {
  name: 'mocha-browser-build-as-script',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]mocha[\\/]mocha\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return { contents: `(function (module, exports, define) {\n${source}\n}).call(globalThis);`, loader: 'js' };
    });
  },
};

if (withTests) {
  targets.push(
    {
      name: 'unit tests',
      entryPoints: filesUnder('test/unit', '.test.ts'),
      outdir: 'out/test/unit',
      outbase: 'test/unit',
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['fast-check'],
    },
    {
      name: 'webview tests',
      entryPoints: filesUnder('test/webview', '.test.ts'),
      outdir: 'out/test/webview',
      outbase: 'test/webview',
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['playwright-core'],
    },
    {
      name: 'integration tests (node host)',
      entryPoints: ['test/integration/index.node.ts', ...filesUnder('test/integration/suite', '.spec.ts')],
      outdir: 'out/test/integration',
      outbase: 'test/integration',
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode', 'mocha'],
    },
    {
      name: 'integration tests (web worker host)',
      entryPoints: ['test/integration/index.browser.ts'],
      outfile: 'out/test/integration/index.browser.js',
      platform: 'browser',
      format: 'cjs',
      target: 'es2022',
      external: ['vscode'],
      mainFields: ['browser', 'module', 'main'],
      // The specs are bundled statically; the runner requires each name of this list.
      define: {
        ...common.define,
        'process.platform': '"browser"',
        global: 'globalThis',
        INTEGRATION_SPECS: JSON.stringify(
          filesUnder('test/integration/suite', '.spec.ts').map((f) => relative('test/integration/suite', f)).sort(),
        ),
      },
      inject: ['test/integration/browserShims.ts'],
      plugins: [mochaBrowserBuildAsScript],
    },
    {
      name: 'benchmarks',
      entryPoints: filesUnder('bench', '.bench.ts'),
      outdir: 'out/bench',
      outbase: 'bench',
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['markdownlint', 'markdownlint/*', 'mermaid', 'playwright-core', 'esbuild'],
    },
  );
}

function bytes(n) {
  return n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} kB`;
}

function printSizes(name, metafile) {
  const outputs = Object.entries(metafile.outputs).filter(([f]) => !f.endsWith('.map'));
  const total = outputs.reduce((sum, [, o]) => sum + o.bytes, 0);
  const hasMermaid = Object.keys(metafile.inputs).some((f) => f.includes('node_modules/mermaid/'));
  const extra = outputs.length > 1 ? ` in ${outputs.length} files` : ` ${relative('.', outputs[0][0])}`;
  console.log(`  ${name.padEnd(36)} ${bytes(total).padStart(10)}${extra}${hasMermaid ? ' (includes Mermaid)' : ''}`);
}

rmSync('dist', { recursive: true, force: true });
if (withTests) rmSync('out', { recursive: true, force: true });

const started = Date.now();
const built = await Promise.all(
  targets
    .filter((t) => t.entryPoints.length > 0)
    .map(async ({ name, ...options }) => {
      const config = { ...common, ...options, define: { ...common.define, ...(options.define ?? {}) } };
      if (watch) {
        const ctx = await esbuild.context(config);
        await ctx.watch();
        return { name, metafile: undefined };
      }
      const result = await esbuild.build(config);
      return { name, metafile: result.metafile };
    }),
);

if (!watch) {
  console.log(`Built ${production ? 'for packaging (minified)' : 'for development'} in ${Date.now() - started} ms:`);
  for (const { name, metafile } of built) {
    if (!name.includes('tests') && name !== 'benchmarks') printSizes(name, metafile);
  }
  for (const { name, metafile } of built) {
    if ((name.startsWith('extension') || name === 'cli' || name === 'core library') &&
        Object.keys(metafile.inputs).some((f) => f.includes('node_modules/mermaid/'))) {
      console.error(`error: the ${name} bundle must not contain Mermaid`);
      process.exit(1);
    }
  }
} else {
  console.log('Watching for changes…');
}
