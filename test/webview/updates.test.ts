import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagramsOfFixture, fixtureUri, launchPreviewBrowser, type PreviewBrowser } from './harness';
import type { ImageMessage, PanelDiagram, PanelToHostMessage, ProblemsMessage } from '../../src/protocol';

/** The same diagram with new source text (and so a new id), as the parser would give it. */
function edited(diagram: PanelDiagram, source: string): PanelDiagram {
  return { ...diagram, source, id: `${diagram.id}-edited-${source.length}` };
}

function problemsOf(messages: PanelToHostMessage[], version: number): ProblemsMessage | undefined {
  return messages.find((m): m is ProblemsMessage => m.type === 'problems' && m.version === version);
}

describe('preview webview follows edits', () => {
  let browser: PreviewBrowser;
  before(async () => {
    browser = await launchPreviewBrowser();
  });
  after(async () => browser.close());

  it('re-renders only the changed diagram; the others keep their DOM and zoom', async () => {
    const preview = await browser.open('dark');
    const uri = fixtureUri('forms.md');
    const diagrams = diagramsOfFixture('forms.md');
    await preview.update({ uri, version: 1, diagrams });
    await preview.settled(1);
    // Zoom the first diagram in and tag every SVG node, to see which survive the update.
    await preview.page.click('section.diagram:nth-of-type(1) button[title="Zoom in"]');
    const zoomBefore = await preview.page.$eval('section.diagram:nth-of-type(1) .diagram-canvas', (e) => e.getAttribute('style'));
    await preview.page.$$eval('section.diagram svg', (svgs) => svgs.forEach((svg, i) => svg.setAttribute('data-probe', String(i))));

    const next = [...diagrams];
    next[2] = edited(diagrams[2], diagrams[2].source.replace('top 50', 'top 25'));
    await preview.update({ uri, version: 2, diagrams: next });
    const stats = await preview.settled(2);
    assert.equal(stats.rendersThisUpdate, 1);
    assert.equal(stats.rendered, 7);
    const probes = await preview.page.$$eval('section.diagram svg', (svgs) => svgs.map((svg) => svg.getAttribute('data-probe')));
    assert.deepEqual(probes, ['0', '1', null, '3', '4', '5', '6']);
    assert.match(await preview.page.$eval('section.diagram:nth-of-type(3) svg', (svg) => svg.textContent ?? ''), /top 25/);
    assert.equal(await preview.page.$eval('section.diagram:nth-of-type(1) .diagram-canvas', (e) => e.getAttribute('style')), zoomBefore);
    assert.match(zoomBefore ?? '', /scale\(1\.25\)/);
    await preview.close();
  });

  it('keeps the last good picture, dimmed, while a diagram is broken, and clears the error when fixed', async () => {
    const preview = await browser.open('light');
    const uri = fixtureUri('forms.md');
    const diagrams = diagramsOfFixture('forms.md').slice(0, 2);
    await preview.update({ uri, version: 1, diagrams });
    await preview.settled(1);
    const broken = [edited(diagrams[0], `${diagrams[0].source}\n    fs --> --> x`), diagrams[1]];
    await preview.update({ uri, version: 2, diagrams: broken });
    const stats = await preview.settled(2);
    assert.deepEqual({ rendered: stats.rendered, failed: stats.failed }, { rendered: 1, failed: 1 });
    const card = await preview.page.$eval('section.diagram:nth-of-type(1)', (section) => ({
      dimmed: section.classList.contains('has-error'),
      opacity: getComputedStyle(section.querySelector('.diagram-canvas') as Element).opacity,
      oldPicture: section.querySelector('svg')?.textContent ?? '',
      message: section.querySelector('.diagram-message')?.textContent ?? '',
    }));
    assert.equal(card.dimmed, true);
    assert.ok(Number(card.opacity) < 1);
    assert.match(card.oldPicture, /Model registry/);
    // The added line is the seventh of the source; the source starts on line 8 (1-based).
    const errorLine = diagrams[0].sourceStartLine + 6;
    assert.match(card.message, new RegExp(`^Line ${errorLine + 1}: `));
    assert.deepEqual(problemsOf(await preview.posted(), 2)?.problems.map((p) => p.line), [errorLine]);

    await preview.update({ uri, version: 3, diagrams });
    await preview.settled(3);
    assert.deepEqual(problemsOf(await preview.posted(), 3)?.problems, []);
    assert.equal(await preview.page.$$eval('.diagram.has-error', (nodes) => nodes.length), 0);
    await preview.close();
  });

  it('drops an update older than the one it shows', async () => {
    const preview = await browser.open('dark');
    const uri = fixtureUri('forms.md');
    const diagrams = diagramsOfFixture('forms.md');
    await preview.update({ uri, version: 5, diagrams: diagrams.slice(0, 1) });
    await preview.settled(5);
    await preview.update({ uri, version: 4, diagrams });
    await preview.update({ uri, version: 6, diagrams: diagrams.slice(0, 2) });
    await preview.settled(6);
    assert.equal(await preview.page.$$eval('section.diagram', (nodes) => nodes.length), 2);
    assert.equal((await preview.posted()).some((m) => m.type === 'stats' && m.version === 4), false);
    await preview.close();
  });

  it('re-renders every diagram in the new theme when the editor theme changes', async () => {
    const preview = await browser.open('light');
    const uri = fixtureUri('forms.md');
    const diagrams = diagramsOfFixture('forms.md').slice(0, 3);
    await preview.update({ uri, version: 1, diagrams });
    const first = await preview.settled(1);
    const fillBefore = await preview.page.$eval('section.diagram .node rect, section.diagram .node path', (e) => getComputedStyle(e).fill);
    await preview.page.evaluate(() => {
      document.documentElement.style.setProperty('--vscode-editor-background', '#1f1f1f');
      document.documentElement.style.setProperty('--vscode-editor-foreground', '#cccccc');
      document.documentElement.style.setProperty('--vscode-editorWidget-background', '#202020');
      document.body.className = 'vscode-dark';
      document.body.dataset['vscodeThemeKind'] = 'vscode-dark';
    });
    await preview.page.waitForFunction(
      (total) => (globalThis as unknown as { __posted: PanelToHostMessage[] }).__posted.some(
        (m) => m.type === 'stats' && m.stats.pending === 0 && m.stats.rendersTotal >= total + 3,
      ),
      first.rendersTotal,
    );
    const fillAfter = await preview.page.$eval('section.diagram .node rect, section.diagram .node path', (e) => getComputedStyle(e).fill);
    assert.notEqual(fillAfter, fillBefore);
    assert.equal(fillAfter, 'rgb(32, 32, 32)');
    await preview.close();
  });

  it('reveals the source line on click and outlines the diagram under the cursor', async () => {
    const preview = await browser.open('dark', { width: 700, height: 500 });
    const uri = fixtureUri('forms.md');
    const diagrams = diagramsOfFixture('forms.md');
    await preview.update({ uri, version: 1, diagrams });
    await preview.settled(1);
    await preview.page.click('section.diagram:nth-of-type(2) .diagram-viewport');
    const reveal = (await preview.posted()).find((m) => m.type === 'reveal');
    assert.deepEqual(reveal, { type: 'reveal', uri, version: 1, diagramId: diagrams[1].id, line: diagrams[1].sourceStartLine });

    await preview.page.evaluate((message) => (globalThis as unknown as Window).postMessage(message, '*'), {
      type: 'highlight', uri, version: 1, diagramId: diagrams[6].id,
    });
    await preview.page.waitForFunction(() => {
      const card = document.querySelector('section.diagram.is-current');
      if (!card) return false;
      const box = card.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight + 1;
    });
    assert.equal(await preview.page.$$eval('section.diagram.is-current', (nodes) => nodes.map((n) => n.getAttribute('data-diagram-id'))).then((ids) => ids.join()), diagrams[6].id);
    await preview.close();
  });

  it('shows an empty state whose button asks for the starter pipeline', async () => {
    const preview = await browser.open('dark');
    const uri = fixtureUri('empty.md');
    await preview.update({ uri, version: 1, diagrams: diagramsOfFixture('empty.md') });
    await preview.settled(1);
    assert.equal(await preview.page.isVisible('#empty-state'), true);
    await preview.page.click('#insert-starter');
    assert.deepEqual((await preview.posted()).find((m) => m.type === 'insertStarter'), { type: 'insertStarter', uri, version: 1 });
    await preview.close();
  });

  it('exports a PNG at twice the size and an SVG file, on a white or theme background', async () => {
    const preview = await browser.open('dark');
    const uri = fixtureUri('forms.md');
    const diagrams = diagramsOfFixture('forms.md').slice(0, 2);
    await preview.update({ uri, version: 1, diagrams });
    await preview.settled(1);
    const ask = async (requestId: number, format: 'png' | 'svg', background: 'theme' | 'white') => {
      await preview.page.evaluate((message) => (globalThis as unknown as Window).postMessage(message, '*'), {
        type: 'imageRequest', uri, version: 1, requestId, diagramId: diagrams[1].id, format, background,
      });
      const handle = await preview.page.waitForFunction(
        (id) => (globalThis as unknown as { __posted: PanelToHostMessage[] }).__posted.find((m) => m.type === 'image' && m.requestId === id),
        requestId,
      );
      return (await handle.jsonValue()) as ImageMessage;
    };
    const png = await ask(1, 'png', 'white');
    assert.equal(png.error, undefined);
    const bytes = Buffer.from(png.data ?? '', 'base64');
    assert.equal(bytes.subarray(1, 4).toString('ascii'), 'PNG');
    const pngWidth = bytes.readUInt32BE(16);
    const viewBoxWidth = await preview.page.$eval('section.diagram:nth-of-type(2) svg', (svg) => Number(svg.getAttribute('viewBox')?.split(/\s+/)[2]));
    assert.ok(Math.abs(pngWidth - 2 * viewBoxWidth) <= 2, `PNG ${pngWidth}px wide for a ${viewBoxWidth}px diagram`);
    const svg = await ask(2, 'svg', 'theme');
    assert.match(svg.data ?? '', /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg.data ?? '', /background-color:\s*#1f1f1f/);
    assert.match(svg.data ?? '', /Candidate generation/);
    await preview.close();
  });
});
