import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { diagramsOfFixture, fixtureUri, launchPreviewBrowser, type PreviewBrowser, type PreviewPage } from './harness';

const FIRST = 'section.diagram:nth-of-type(1)';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the first diagram's picture is drawn on screen. */
async function pictureBox(page: Page): Promise<Box> {
  return page.$eval(`${FIRST} svg`, (svg) => {
    const { x, y, width, height } = svg.getBoundingClientRect();
    return { x, y, width, height };
  });
}

/** A point inside the first diagram's viewport, as fractions of its width and height. */
async function viewportPoint(page: Page, across = 0.5, down = 0.5): Promise<{ x: number; y: number }> {
  const box = await page.locator(`${FIRST} .diagram-viewport`).boundingBox();
  assert.ok(box, 'the first diagram has a viewport on screen');
  return { x: box.x + box.width * across, y: box.y + box.height * down };
}

async function reveals(preview: PreviewPage): Promise<number> {
  return (await preview.posted()).filter((m) => m.type === 'reveal').length;
}

function near(actual: number, expected: number, what: string, tolerance = 1.5): void {
  assert.ok(Math.abs(actual - expected) < tolerance, `${what}: ${actual} is not ${expected}`);
}

describe('preview webview pans and zooms a diagram', () => {
  let browser: PreviewBrowser;
  let preview: PreviewPage;
  let home: Box;
  before(async () => {
    browser = await launchPreviewBrowser();
    preview = await browser.open('dark');
    await preview.update({ uri: fixtureUri('forms.md'), version: 1, diagrams: diagramsOfFixture('forms.md').slice(0, 2) });
    await preview.settled(1);
    home = await pictureBox(preview.page);
  });
  after(async () => browser.close());

  it('moves the picture with a drag, and the drag does not reveal the source', async () => {
    const { page } = preview;
    const start = await viewportPoint(page);
    const revealsBefore = await reveals(preview);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 30, start.y + 10, { steps: 5 });
    await page.mouse.move(start.x + 60, start.y + 20, { steps: 5 });
    await page.mouse.up();
    const moved = await pictureBox(page);
    near(moved.x - home.x, 60, 'horizontal shift');
    near(moved.y - home.y, 20, 'vertical shift');
    near(moved.width, home.width, 'width');
    assert.equal(await reveals(preview), revealsBefore, 'a drag is not a click');

    await page.click(`${FIRST} button[title="Reset zoom and position"]`);
    assert.deepEqual(await pictureBox(page), home);
  });

  it('zooms around the pointer with Ctrl + wheel; a plain wheel leaves the picture alone', async () => {
    const { page } = preview;
    // Off the centre, where the zoom buttons zoom around, so the pointer's part is seen.
    const pointer = await viewportPoint(page, 0.3, 0.4);
    await page.mouse.move(pointer.x, pointer.y);
    await page.mouse.wheel(0, -150);
    const plain = await pictureBox(page);
    near(plain.width, home.width, 'width after a plain wheel');

    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -150);
    await page.keyboard.up('Control');
    const zoomed = await pictureBox(page);
    const factor = zoomed.width / home.width;
    assert.ok(factor > 1.3, `the picture grew (${factor.toFixed(2)}×)`);
    // The point of the picture under the pointer stays under it.
    const pointerNow = await viewportPoint(page, 0.3, 0.4);
    const fractionBefore = (pointerNow.x - plain.x) / plain.width;
    const fractionAfter = (pointerNow.x - zoomed.x) / zoomed.width;
    assert.ok(Math.abs(fractionBefore - fractionAfter) < 0.01, `${fractionBefore} vs ${fractionAfter}`);

    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 300);
    await page.keyboard.up('Control');
    assert.ok((await pictureBox(page)).width < zoomed.width, 'Ctrl + wheel down zooms out');

    await page.click(`${FIRST} button[title="Reset zoom and position"]`);
    assert.deepEqual(await pictureBox(page), plain);
    assert.equal(await page.$eval(`${FIRST} .diagram-viewport`, (v) => v.classList.contains('is-zoomed')), false);
  });

  it('zooms in and out with the buttons and keeps the other diagram as it was', async () => {
    const { page } = preview;
    const other = await page.$eval('section.diagram:nth-of-type(2) svg', (svg) => svg.getBoundingClientRect().width);
    const before = await pictureBox(page);
    await page.click(`${FIRST} button[title="Zoom in"]`);
    near((await pictureBox(page)).width / before.width, 1.25, 'zoom-in factor', 0.01);
    await page.click(`${FIRST} button[title="Zoom out"]`);
    await page.click(`${FIRST} button[title="Zoom out"]`);
    near((await pictureBox(page)).width / before.width, 0.8, 'zoom-out factor', 0.01);
    assert.equal(await page.$eval('section.diagram:nth-of-type(2) svg', (svg) => svg.getBoundingClientRect().width), other);
    await page.click(`${FIRST} button[title="Reset zoom and position"]`);
    assert.deepEqual(await pictureBox(page), before);
  });
});
