import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureUri, launchPreviewBrowser, type PreviewBrowser } from './harness';
import type { PanelDiagram, StatsMessage } from '../../src/protocol';

/** A long answer: `count` distinct pipelines, ten lines apart. */
function pipelines(count: number, edit = ''): PanelDiagram[] {
  return Array.from({ length: count }, (_, i) => {
    const source = `flowchart LR\n    A${i}[Logs ${i}${edit}] --> B${i}[Features] --> C${i}[Model ${i}]`;
    return { id: `p${i}${edit}`, source, diagramType: 'flowchart', sourceStartLine: i * 10 + 1, startLine: i * 10, endLine: i * 10 + 4 };
  });
}

describe('preview webview on a long answer', () => {
  let browser: PreviewBrowser;
  before(async () => {
    browser = await launchPreviewBrowser();
  });
  after(async () => browser.close());

  it('renders the visible diagrams first and the other 190 afterwards', async () => {
    const preview = await browser.open('dark', { width: 800, height: 700 });
    await preview.update({ uri: fixtureUri('long.md'), version: 1, diagrams: pipelines(200) });
    // The first progress report that shows any picture: only diagrams at the top are drawn.
    const firstDrawn = await preview.page.waitForFunction(() => {
      const drawn = Array.from(document.querySelectorAll('section.diagram'))
        .map((card, index) => (card.querySelector('svg') ? index : -1))
        .filter((index) => index >= 0);
      return drawn.length >= 3 ? drawn : undefined;
    });
    const indexes = (await firstDrawn.jsonValue()) as number[];
    assert.ok(Math.max(...indexes) < 20, `first pictures at ${indexes.join(', ')}`);
    // A shared test machine can take a while for 200 renders; the order is what is asserted.
    const stats = await preview.settled(1, { timeoutMs: 400_000 });
    assert.deepEqual({ rendered: stats.rendered, pending: stats.pending }, { rendered: 200, pending: 0 });
    await preview.close();
  });

  it('keeps memory bounded across hundreds of updates', async () => {
    const preview = await browser.open('dark', { width: 800, height: 700 });
    const uri = fixtureUri('long.md');
    const cdp = await preview.page.context().newCDPSession(preview.page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    };
    await cdp.send('Performance.enable');
    const domNodes = () => preview.page.evaluate(() => document.getElementsByTagName('*').length);
    let version = 1;
    const base = pipelines(20);
    // Each update edits one diagram into a source never seen before, as typing does.
    const editOne = async (i: number) => {
      const diagrams = base.map((d, n) => (n === i % 20 ? pipelines(20, `e${i}`)[n] : d));
      await preview.update({ uri, version: ++version, diagrams });
      await preview.settled(version);
    };
    await preview.update({ uri, version, diagrams: base });
    await preview.settled(version);
    for (let i = 0; i < 20; i++) await editOne(i);
    const [heapBefore, nodesBefore] = [await heap(), await domNodes()];
    for (let i = 20; i < 170; i++) await editOne(i);
    const [heapAfter, nodesAfter] = [await heap(), await domNodes()];
    assert.ok(heapAfter < heapBefore * 1.5, `heap went from ${(heapBefore / 1e6).toFixed(1)} MB to ${(heapAfter / 1e6).toFixed(1)} MB over 150 updates`);
    // Mermaid's scratch elements and replaced pictures leave nothing behind.
    assert.ok(Math.abs(nodesAfter - nodesBefore) < nodesBefore * 0.1, `DOM went from ${nodesBefore} to ${nodesAfter} elements`);
    const messages = (await preview.posted()).filter((m): m is StatsMessage => m.type === 'stats' && m.version === version);
    assert.equal(messages.at(-1)?.stats.rendered, 20);
    await preview.close();
  });
});
