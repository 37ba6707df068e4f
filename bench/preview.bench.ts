/// <reference lib="dom" />
// Code in these files also runs inside the page (evaluate callbacks), so it needs the DOM types.
/**
 * Pipeline preview speed, in headless Chromium, against anchors measured in the same run:
 * - editing one diagram of a 20-diagram answer, against re-rendering all 20 (what previews that
 *   redraw everything do) and against that one diagram's bare `mermaid.render`;
 * - JavaScript loaded for a flowchart-only answer, against Mermaid's single bundle.
 * Run: node test/webview/build.mjs && node out/bench/preview.bench.js
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { launchPreviewBrowser, REPO_ROOT } from '../test/webview/harness';
import type { PanelDiagram, PanelToHostMessage, StatsMessage } from '../src/protocol';

const DIAGRAMS = 20;
const EDITS = 25;
/** Re-rendering all 20 takes as long as 20 edits, so that anchor is sampled on every fifth edit only. */
const RENDER_ALL_EVERY = 5;

interface BenchGlobals {
  __posted: PanelToHostMessage[];
  __postedAt: number[];
  bareRender(sources: string[]): Promise<number>;
  postMessage(message: unknown, origin: string): void;
}

function pipelineSource(i: number, label: string): string {
  return [
    'flowchart LR',
    `    logs${i}[(Event logs ${i})] --> etl${i}[Data pipeline]`,
    `    etl${i} --> fs${i}[(Feature store)] --> train${i}["Training<br/>${label}"]`,
    `    train${i} --> reg${i}[(Registry)] --> serve${i}[Serving] --> out${i}[Top K]`,
  ].join('\n');
}

/** The answer with each diagram's training label; ids follow the source, as the host's content hash does. */
function answer(labels: readonly string[]): PanelDiagram[] {
  return labels.map((label, i) => {
    const source = pipelineSource(i, label);
    return { id: `d${i}-${label}`, source, diagramType: 'flowchart', sourceStartLine: i * 8 + 1, startLine: i * 8, endLine: i * 8 + 5 };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function buildMinified(root: string): Promise<void> {
  await esbuild.build({
    entryPoints: { main: join(REPO_ROOT, 'src/webview/main.ts'), bareRender: join(REPO_ROOT, 'bench/previewBareRender.ts') },
    outdir: join(root, 'dist/webview'),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2022',
    chunkNames: 'chunks/[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'mlsd-preview-bench-'));
  await buildMinified(root);
  const browser = await launchPreviewBrowser({ buildRoot: root });
  try {
    const preview = await browser.open('dark', { width: 900, height: 4000 });
    const jsBytes: Array<Promise<number>> = [];
    preview.page.on('response', (response) => {
      if (response.url().endsWith('.js')) jsBytes.push(response.body().then((body) => body.length));
    });
    const loaded = async () => (await Promise.all(jsBytes)).reduce((sum, n) => sum + n, 0);
    const uri = 'file:///bench/answer.md';
    let version = 1;

    const labels: string[] = Array.from({ length: DIAGRAMS }, () => 'GBDT');
    await preview.update({ uri, version, diagrams: answer(labels) });
    await preview.settled(version, { timeoutMs: 600_000 });
    const flowchartOnlyBytes = await loaded();

    const page = preview.page;
    await page.addScriptTag({ url: `${browser.origin}/dist/webview/bareRender.js`, type: 'module' });
    await page.waitForFunction(() => typeof (globalThis as unknown as BenchGlobals).bareRender === 'function');

    const updateMs: number[] = [];
    const bareMs: number[] = [];
    const allMs: number[] = [];
    const pairRatios: number[] = [];
    const rendersPerEdit: number[] = [];
    for (let edit = 0; edit < EDITS; edit++) {
      const label = `edit ${edit}`;
      // Edits accumulate, as typing does: each update differs from the one before in one diagram only.
      labels[edit % DIAGRAMS] = label;
      const diagrams = answer(labels);
      version += 1;
      const message = { type: 'update', uri, version, diagrams, locked: false, title: 'answer.md' };
      // Each measurement starts with no layout or style work pending from the previous one.
      const flush = () => page.evaluate(() => document.body.getBoundingClientRect().height);
      // The edited diagram rendered bare, with a fresh label so nothing could be reused.
      const measureBare = async () => {
        await flush();
        const source = pipelineSource(edit % DIAGRAMS, `${label} bare`);
        bareMs.push(await page.evaluate((text) => (globalThis as unknown as BenchGlobals).bareRender([text]), source));
      };
      // From the update's post to the panel's report that nothing is pending, both read from the page's
      // clock: message delivery, matching the cards, Mermaid, sanitising and inserting the new SVG. The
      // wait for it runs no probe in the page (see the harness), so only the panel's work is counted.
      const measureUpdate = async () => {
        await flush();
        const postedAt = await page.evaluate((m) => {
          const at = performance.now();
          (globalThis as unknown as BenchGlobals).postMessage(m, '*');
          return at;
        }, message);
        const stats = await preview.settled(version, { timeoutMs: 600_000 });
        rendersPerEdit.push(stats.rendersThisUpdate);
        const settledAt = await page.evaluate((v) => {
          const g = globalThis as unknown as BenchGlobals;
          const index = g.__posted.findIndex((m) => m.type === 'stats' && m.version === v && (m as StatsMessage).stats.pending === 0);
          return g.__postedAt[index];
        }, version);
        updateMs.push(settledAt - postedAt);
      };
      // Alternating which goes first, so that warm-up favours neither.
      if (edit % 2 === 0) {
        await measureBare();
        await measureUpdate();
      } else {
        await measureUpdate();
        await measureBare();
      }
      // Each edit's own pair: neighbours in time share the machine's load, so their ratio is steadier.
      pairRatios.push(updateMs[updateMs.length - 1] / bareMs[bareMs.length - 1]);
      if (edit % RENDER_ALL_EVERY !== 0) continue;
      await flush();
      allMs.push(await page.evaluate((sources) => (globalThis as unknown as BenchGlobals).bareRender(sources), diagrams.map((d) => `${d.source}\n`)));
    }

    const before = await loaded();
    version += 1;
    await preview.update({ uri, version, diagrams: [...answer(labels), { id: 'seq', source: 'sequenceDiagram\n    A->>B: score', diagramType: 'sequenceDiagram', sourceStartLine: 400, startLine: 399, endLine: 402 }] });
    await preview.settled(version, { timeoutMs: 600_000 });
    const sequenceExtraBytes = (await loaded()) - before;
    const singleBundleBytes = statSync(join(REPO_ROOT, 'node_modules/mermaid/dist/mermaid.min.js')).size;

    const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
    const update = median(updateMs);
    const bare = median(bareMs);
    const all = median(allMs);
    console.log(`Pipeline preview, ${DIAGRAMS}-diagram answer, median of ${EDITS} edits (minified build, headless Chromium):`);
    console.log(`  Mermaid renders per one-diagram edit: ${rendersPerEdit.join(', ')} (re-render all: ${DIAGRAMS})`);
    console.log(`  edit one diagram, update to settled:  ${update.toFixed(1)} ms`);
    console.log(`  bare mermaid.render of that diagram:  ${bare.toFixed(1)} ms   -> update / bare render = ${(update / bare).toFixed(2)}x (goal <= 1.2x)`);
    console.log(`  same, median of each edit's own ratio:          -> update / bare render = ${median(pairRatios).toFixed(2)}x (goal <= 1.2x)`);
    console.log(`  re-render all ${DIAGRAMS} diagrams bare:       ${all.toFixed(1)} ms   -> re-render all / update = ${(all / update).toFixed(1)}x (median of ${allMs.length})`);
    console.log(`  JavaScript loaded, flowchart-only:    ${kb(flowchartOnlyBytes)} vs Mermaid single bundle (mermaid.min.js) ${kb(singleBundleBytes)} -> ${(flowchartOnlyBytes / singleBundleBytes).toFixed(2)}x`);
    console.log(`  adding a sequence diagram loads:      ${kb(sequenceExtraBytes)} more`);
  } finally {
    await browser.close();
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
