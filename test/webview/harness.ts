/// <reference lib="dom" />
// Code in these files also runs inside the page (evaluate callbacks), so it needs the DOM types.
/**
 * Runs the built preview webview in real headless Chromium inside a page that behaves like a VS
 * Code webview: the page HTML and CSP the extension generates, `acquireVsCodeApi` recording what
 * the panel posts, the theme's `--vscode-*` colours and body classes, and resources served only
 * from the two folders the extension allows (dist/webview and media) on 127.0.0.1. Every request
 * the page makes is recorded.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { parseAnswer } from '../../src/core/parse/index';
import { toPanelDiagrams } from '../../src/extension/preview/panelDiagrams';
import { createNonce, previewHtml } from '../../src/extension/preview/previewHtml';
import type { PanelDiagram, PanelToHostMessage, RenderStats, StatsMessage, UpdateMessage } from '../../src/protocol';
import { THEMES, themeStyle, type ThemeName } from './themes';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/vscode-host/chromium.mjs';

export const REPO_ROOT = resolve(process.cwd());
/** Where the built bundle lies: the repository, or the root given to test/webview/build.mjs. */
const DEFAULT_BUILD_ROOT = resolve(process.env['MLSD_BUILD_ROOT'] ?? REPO_ROOT);
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** Stands in for VS Code's webview API; like the real one, it may be acquired only once. */
const VSCODE_API_STUB = `
  window.__posted = [];
  window.__postedAt = [];
  window.__cspViolations = [];
  // Called with each posted message, so waiting for one needs no polling inside the page.
  window.__onPosted = new Set();
  let acquired = false;
  let state = undefined;
  window.acquireVsCodeApi = () => {
    if (acquired) throw new Error('An instance of the VS Code API has already been acquired');
    acquired = true;
    return {
      postMessage: (message) => {
        window.__postedAt.push(performance.now());
        const copy = JSON.parse(JSON.stringify(message));
        window.__posted.push(copy);
        for (const listener of window.__onPosted) listener(copy);
      },
      getState: () => state,
      setState: (next) => { state = next; },
    };
  };
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
  });
`;

export interface PreviewBrowser {
  origin: string;
  /** Every path the local server was asked for, by any page. */
  served: string[];
  /** Opens a fresh preview page in the given theme. */
  open(theme: ThemeName, viewport?: { width: number; height: number }): Promise<PreviewPage>;
  close(): Promise<void>;
}

export interface PreviewPage {
  page: Page;
  /** Every URL the page tried to request, in order, including those the CSP refused. */
  requests: string[];
  /** Why requests failed, by URL ('csp' when the Content Security Policy refused them). */
  failures: Map<string, string>;
  /** Dialogs (alert, confirm, prompt) the page tried to open. */
  dialogs: string[];
  update(message: Omit<UpdateMessage, 'type' | 'locked' | 'title'> & Partial<UpdateMessage>): Promise<void>;
  /** Resolves with the panel's report once every diagram of that version has settled. */
  settled(version: number, options?: { uri?: string; timeoutMs?: number }): Promise<RenderStats>;
  posted(): Promise<PanelToHostMessage[]>;
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

export async function launchPreviewBrowser({ buildRoot = DEFAULT_BUILD_ROOT } = {}): Promise<PreviewBrowser> {
  const served: string[] = [];
  const server = await serveResources(buildRoot, served);
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  const userDataDir = mkdtempSync(join(tmpdir(), 'mlsd-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 900, height: 1200 },
  });
  return {
    origin,
    served,
    open: (theme, viewport) => openPage(context, origin, theme, viewport),
    async close() {
      await context.close();
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function openPage(
  context: BrowserContext,
  origin: string,
  theme: ThemeName,
  viewport: { width: number; height: number } | undefined,
): Promise<PreviewPage> {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const requests: string[] = [];
  const dialogs: string[] = [];
  const failures = new Map<string, string>();
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => failures.set(request.url(), request.failure()?.errorText ?? 'failed'));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(VSCODE_API_STUB);
  await page.goto(`${origin}/preview.html?theme=${theme}`);
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).__posted.some((m) => m.type === 'ready'));
  const posted = () => page.evaluate(() => (globalThis as unknown as PageGlobals).__posted);
  return {
    page,
    requests,
    failures,
    dialogs,
    async update(message) {
      const full: UpdateMessage = { type: 'update', locked: false, title: 'answer.md', ...message };
      await page.evaluate((data) => (globalThis as unknown as PageGlobals).postMessage(data, '*'), full);
    },
    settled(version, { uri, timeoutMs = 60_000 } = {}) {
      // Waits on the page's own post instead of polling, so no probe runs while the panel works.
      return page.evaluate(
        ([v, u, timeout]) =>
          new Promise<RenderStats>((resolve, reject) => {
            const g = globalThis as unknown as PageGlobals;
            const isSettled = (m: PanelToHostMessage): m is StatsMessage =>
              m.type === 'stats' && m.version === v && (u === undefined || m.uri === u) && m.stats.pending === 0;
            const already = g.__posted.find(isSettled);
            if (already) return resolve(already.stats);
            const timer = setTimeout(() => {
              g.__onPosted.delete(listener);
              reject(new Error(`version ${v} did not settle within ${timeout} ms`));
            }, timeout);
            const listener = (m: PanelToHostMessage) => {
              if (!isSettled(m)) return;
              clearTimeout(timer);
              g.__onPosted.delete(listener);
              resolve(m.stats);
            };
            g.__onPosted.add(listener);
          }),
        [version, uri, timeoutMs] as const,
      );
    },
    posted,
    cspViolations: () => page.evaluate(() => (globalThis as unknown as PageGlobals).__cspViolations),
    close: () => page.close(),
  };
}

interface PageGlobals {
  __posted: PanelToHostMessage[];
  __onPosted: Set<(message: PanelToHostMessage) => void>;
  __cspViolations: string[];
  postMessage(message: unknown, targetOrigin: string): void;
}

/** The page as VS Code would build it: our HTML, the theme on <html> and <body>. */
function pageFor(origin: string, theme: ThemeName): string {
  const html = previewHtml({
    cspSource: origin,
    nonce: createNonce(),
    scriptUri: `${origin}/dist/webview/main.js`,
    styleUri: `${origin}/media/preview.css`,
  });
  const kind = theme === 'high-contrast-light' ? 'vscode-high-contrast-light' : THEMES[theme].bodyClass;
  return html
    .replace('<html lang="en">', `<html lang="en" style='${themeStyle(theme)}'>`)
    .replace('<body>', `<body class="${THEMES[theme].bodyClass}" data-vscode-theme-kind="${kind}">`);
}

function serveResources(buildRoot: string, served: string[]): Promise<Server> {
  // The extension's localResourceRoots, and where each is read from.
  const resourceRoots: Array<[prefix: string, folder: string]> = [
    ['/dist/webview/', join(buildRoot, 'dist/webview')],
    ['/media/', join(REPO_ROOT, 'media')],
  ];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    served.push(url.pathname);
    if (url.pathname === '/preview.html') {
      const theme = (url.searchParams.get('theme') ?? 'dark') as ThemeName;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(pageFor(`http://${request.headers.host ?? '127.0.0.1'}`, theme));
      return;
    }
    const root = resourceRoots.find(([prefix]) => url.pathname.startsWith(prefix));
    const file = root && normalize(join(root[1], decodeURIComponent(url.pathname.slice(root[0].length))));
    if (!root || !file || !file.startsWith(root[1] + sep) || !isFile(file)) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The diagrams of a Markdown fixture, as the host would send them (through the real parser). */
export function diagramsOfFixture(name: string): PanelDiagram[] {
  const text = readFileSync(join(REPO_ROOT, 'test/fixtures/preview', name), 'utf8');
  return toPanelDiagrams(parseAnswer(text).diagrams);
}

export function fixtureUri(name: string): string {
  return `file:///workspace/${name}`;
}
