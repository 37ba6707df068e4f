import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagramsOfFixture, fixtureUri, launchPreviewBrowser, type PreviewBrowser } from './harness';

describe('preview webview against hostile diagrams', () => {
  let browser: PreviewBrowser;
  before(async () => {
    browser = await launchPreviewBrowser();
  });
  after(async () => browser.close());

  it('runs nothing and fetches nothing beyond its own bundle', async () => {
    const preview = await browser.open('dark');
    const hugeLabel = 'feature '.repeat(5000);
    const diagrams = diagramsOfFixture('hostile.md').map((d) => ({ ...d, source: d.source.replace('HUGE_LABEL', hugeLabel) }));
    await preview.update({ uri: fixtureUri('hostile.md'), version: 1, diagrams });
    const stats = await preview.settled(1);
    assert.equal(stats.pending, 0);
    assert.ok(stats.rendered >= 3, `${stats.rendered} hostile diagrams drawn, ${stats.failed} refused`);
    // Click every node and link a user might click.
    for (const node of await preview.page.$$('section.diagram svg .node, section.diagram svg a')) await node.click({ force: true }).catch(() => undefined);
    await preview.page.waitForTimeout(300);

    assert.equal(await preview.page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned), undefined);
    assert.deepEqual(preview.dialogs, []);
    const dom = await preview.page.$$eval('#diagrams *', (elements) => ({
      scripts: elements.filter((e) => e.tagName.toLowerCase() === 'script').length,
      frames: elements.filter((e) => ['iframe', 'object', 'embed'].includes(e.tagName.toLowerCase())).length,
      handlers: elements.flatMap((e) => Array.from(e.attributes).filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => a.name)),
      links: elements.flatMap((e) =>
        Array.from(e.attributes)
          .filter((a) => /href|src/i.test(a.name) && !a.value.startsWith('#'))
          .map((a) => a.value),
      ),
    }));
    assert.deepEqual(dom, { scripts: 0, frames: 0, handlers: [], links: [] });
    const ownFile = (path: string) => path.startsWith('/dist/webview/') || path === '/media/preview.css' || path === '/preview.html';
    // Mermaid measures labels in the live page, so the browser does try the hostile <img>: the
    // CSP must refuse it before it leaves the page.
    const attempted = preview.requests.filter((url) => !ownFile(new URL(url).pathname));
    assert.deepEqual(attempted.map((url) => [url, preview.failures.get(url)]), attempted.map((url) => [url, 'csp']));
    assert.deepEqual(browser.served.filter((path) => !ownFile(path)), []);
    assert.ok((await preview.cspViolations()).every((v) => /^(img-src|script-src-attr|frame-src|child-src)/.test(v)));
    assert.ok(await preview.page.$eval('section.diagram:nth-of-type(4) svg', (svg) => (svg.textContent ?? '').length > 30_000), 'the huge label is drawn');
    await preview.close();
  });

  it('serves the page under a strict CSP with a nonce', async () => {
    const preview = await browser.open('light');
    const csp = await preview.page.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) => meta.getAttribute('content') ?? '');
    assert.match(csp, /^default-src 'none'; script-src 'nonce-[A-Za-z0-9]{32}' http:\/\/127\.0\.0\.1:\d+; /);
    assert.doesNotMatch(csp, /unsafe-eval|https?:\/\/(?!127\.0\.0\.1)/);
    assert.match(csp, /; img-src data:;/);
    // An inline script without the nonce is refused.
    await preview.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = '(globalThis).__pwned = "inline"';
      document.body.appendChild(script);
    });
    assert.equal(await preview.page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned), undefined);
    assert.ok((await preview.cspViolations()).some((v) => v.startsWith('script-src')));
    await preview.close();
  });
});
