// Opens the code-server workbench in headless Debian Chromium (playwright-core, no browser
// download) with the smoke-test automation hooks the workbench calls to report a test run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/**
 * The workbench URL that opens `folder` and, when given, loads an extension in development mode
 * and runs an extension test entry: paths are on the server's file system.
 */
export function workbenchUrl(serverUrl, { folder, extensionDevelopmentPaths = [], extensionTestsPath }) {
  const remote = (path) => `vscode-remote://${new URL(serverUrl).host}${path}`;
  const payload = extensionDevelopmentPaths.map((p) => ['extensionDevelopmentPath', remote(p)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `${serverUrl}/?${query}`;
}

/**
 * Launches Chromium and opens `url`.
 * @param {object} options
 * @param {(type: string, args: unknown[]) => void} [options.onLog]  the extension host's console
 * @param {(code: number) => void} [options.onExit]  the extension test run's exit code
 */
export async function openWorkbench(url, { onLog, onExit, viewport = { width: 1400, height: 900 } } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'mlsd-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const browserErrors = [];
  page.on('pageerror', (error) => browserErrors.push(error.message));
  if (onLog) await page.exposeFunction('codeAutomationLog', (type, args) => onLog(type, args));
  if (onExit) await page.exposeFunction('codeAutomationExit', (code) => onExit(code));
  await page.goto(url);
  return {
    page,
    browserErrors,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
