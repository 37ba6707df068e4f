// Screenshots of the preview in each theme, for the README and for looking at:
// node test/webview/build.mjs && node out/test/webview/takeScreenshots.js
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { diagramsOfFixture, fixtureUri, launchPreviewBrowser, REPO_ROOT } from './harness';
import type { ThemeName } from './themes';

const SHOTS: Array<[ThemeName, string]> = [
  ['light', 'preview-light.png'],
  ['dark', 'preview-dark.png'],
  ['high-contrast', 'preview-high-contrast.png'],
  ['high-contrast-light', 'preview-high-contrast-light.png'],
];

async function main(): Promise<void> {
  const folder = join(REPO_ROOT, 'media/screenshots');
  mkdirSync(folder, { recursive: true });
  const browser = await launchPreviewBrowser();
  try {
    const forms = diagramsOfFixture('forms.md');
    const [badArrow] = diagramsOfFixture('broken.md');
    for (const [theme, file] of SHOTS) {
      const preview = await browser.open(theme, { width: 560, height: 820 });
      const uri = fixtureUri('forms.md');
      // The broken diagram first renders good, then breaks, so its last good picture shows dimmed.
      const good = { ...badArrow, source: badArrow.source.replace('B --> --> C', 'B --> C[Features]'), id: 'good' };
      await preview.update({ uri, version: 1, diagrams: [forms[1], good, forms[2]] });
      await preview.settled(1);
      await preview.update({ uri, version: 2, diagrams: [forms[1], badArrow, forms[2]] });
      await preview.settled(2);
      await preview.page.evaluate((message) => (globalThis as unknown as Window).postMessage(message, '*'), {
        type: 'highlight', uri, version: 2, diagramId: forms[1].id,
      });
      await preview.page.evaluate(() => scrollTo(0, 0));
      await preview.page.screenshot({ path: join(folder, file) });
      await preview.close();
    }
  } finally {
    await browser.close();
  }
}

void main();
