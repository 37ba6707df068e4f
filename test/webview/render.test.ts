import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagramsOfFixture, fixtureUri, launchPreviewBrowser, type PreviewBrowser } from './harness';
import type { ProblemsMessage } from '../../src/protocol';

describe('preview webview renders the diagrams of real answers', () => {
  let browser: PreviewBrowser;
  before(async () => {
    browser = await launchPreviewBrowser();
  });
  after(async () => browser.close());

  it('draws every fence form as an SVG, in document order, with no CSP violation', async () => {
    const preview = await browser.open('dark');
    const diagrams = diagramsOfFixture('forms.md');
    assert.equal(diagrams.length, 7, 'the fixture holds seven Mermaid blocks');
    await preview.update({ uri: fixtureUri('forms.md'), version: 1, diagrams });
    const stats = await preview.settled(1);
    const errors = await preview.page.$$eval('.diagram-message:not([hidden])', (nodes) => nodes.map((n) => n.textContent));
    assert.deepEqual(errors, []);
    assert.deepEqual({ rendered: stats.rendered, failed: stats.failed }, { rendered: 7, failed: 0 });
    const cards = await preview.page.$$eval('section.diagram', (sections) =>
      sections.map((section) => ({
        label: section.querySelector('.diagram-label')?.textContent,
        svgs: section.querySelectorAll('svg').length,
        text: section.querySelector('svg')?.textContent ?? '',
      })),
    );
    assert.deepEqual(
      cards.map((card) => card.svgs),
      [1, 1, 1, 1, 1, 1, 1],
    );
    assert.deepEqual(
      cards.map((card) => card.label),
      diagrams.map((d) => `${d.diagramType} · line ${d.sourceStartLine + 1}`),
    );
    assert.match(cards[1].text, /Candidate generation/);
    assert.match(cards[1].text, /two-tower, ANN/);
    assert.match(cards[2].text, /score 500 candidates/);
    assert.match(cards[3].text, /Offline/);
    assert.match(cards[5].text, /Ranker/, 'the indented block inside a list renders');
    assert.match(cards[6].text, /Retrain/, 'the {mermaid} block renders');
    assert.deepEqual(await preview.cspViolations(), []);
    await preview.close();
  });

  it('loads the ELK layout only for a diagram that asks for it', async () => {
    const preview = await browser.open('dark');
    const uri = fixtureUri('forms.md');
    const diagrams = diagramsOfFixture('forms.md');
    await preview.update({ uri, version: 1, diagrams });
    await preview.settled(1);
    const elkLoaded = () => preview.requests.some((url) => /\/elk-[^/]*\.js$/.test(url));
    assert.equal(elkLoaded(), false, 'no diagram of forms.md asks for ELK');
    const elk = { ...diagrams[0], id: 'elk', source: `%%{init: {"layout": "elk"}}%%\n${diagrams[0].source}` };
    await preview.update({ uri, version: 2, diagrams: [...diagrams, elk] });
    const stats = await preview.settled(2);
    assert.equal(stats.rendered, 8);
    assert.equal(elkLoaded(), true);
    await preview.close();
  });

  it('places each error on its document line and keeps the rest working', async () => {
    const preview = await browser.open('light');
    const uri = fixtureUri('broken.md');
    const diagrams = diagramsOfFixture('broken.md');
    await preview.update({ uri, version: 3, diagrams });
    const stats = await preview.settled(3);
    assert.deepEqual({ rendered: stats.rendered, failed: stats.failed }, { rendered: 1, failed: 2 });
    const messages = await preview.page.$$eval('section.diagram', (sections) =>
      sections.map((section) => section.querySelector('.diagram-message:not([hidden])')?.textContent ?? undefined),
    );
    // broken.md: the bad arrow is on line 8 (1-based); the untyped block starts on line 14.
    assert.match(messages[0] ?? '', /^Line 8: /);
    assert.match(messages[1] ?? '', /^Line 14: This block names no diagram type/);
    assert.equal(messages[2], undefined);
    const problems = (await preview.posted()).filter((m): m is ProblemsMessage => m.type === 'problems' && m.version === 3);
    assert.equal(problems.length, 1);
    assert.deepEqual(
      problems[0].problems.map((p) => p.line),
      [7, 13],
    );
    await preview.close();
  });
});
