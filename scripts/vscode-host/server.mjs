// Starts a private code-server (the VS Code server with its web workbench) on a free loopback port.
// Every instance gets its own HOME, TMPDIR, XDG folders, user data and extensions folder, so
// several instances can run at once on one machine without sharing anything.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const READY_TIMEOUT_MS = 60_000;
const LISTENING = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/;

/**
 * @param {object} options
 * @param {{ node: string, codeServerEntry: string }} options.paths  from provision.mjs
 * @param {Record<string, unknown>} [options.userSettings]  written to the user's settings.json
 * @param {string} [options.extensionsDir]  defaults to a fresh empty folder
 * @param {string} [options.userDataDir]  defaults to a fresh empty folder
 * @param {number} [options.port]  defaults to one the system picks
 */
export async function startCodeServer({ paths, userSettings = {}, extensionsDir, userDataDir, port = 0 }) {
  const root = mkdtempSync(join(tmpdir(), 'mlsd-vscode-host-'));
  const dirs = {
    home: join(root, 'home'),
    tmp: join(root, 'tmp'),
    config: join(root, 'xdg-config'),
    data: join(root, 'xdg-data'),
    cache: join(root, 'xdg-cache'),
    userData: userDataDir ?? join(root, 'user-data'),
    extensions: extensionsDir ?? join(root, 'extensions'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(
    join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, ...userSettings }, null, 2),
  );

  const logFile = join(root, 'code-server.log');
  const log = createWriteStream(logFile);
  const child = spawn(
    paths.node,
    [
      paths.codeServerEntry,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', dirs.userData,
      '--extensions-dir', dirs.extensions,
      // Without the smoke-test driver the workbench ignores extension-test parameters and hangs.
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    {
      env: {
        ...process.env,
        HOME: dirs.home,
        TMPDIR: dirs.tmp,
        XDG_CONFIG_HOME: dirs.config,
        XDG_DATA_HOME: dirs.data,
        XDG_CACHE_HOME: dirs.cache,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so stopping it also stops the extension hosts it spawns.
      detached: true,
    },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);

  let exited = false;
  child.on('exit', () => { exited = true; });

  const stop = async () => {
    if (!exited) {
      killGroup(child.pid, 'SIGTERM');
      const gone = await waitFor(() => exited, 5000);
      if (!gone) killGroup(child.pid, 'SIGKILL');
    }
    log.end();
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
  const logTail = (lines = 40) => {
    try {
      return readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  };

  try {
    const actualPort = await new Promise((resolvePort, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`code-server did not start within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
      const onData = (chunk) => {
        seen += chunk.toString();
        const match = LISTENING.exec(seen);
        if (match) {
          clearTimeout(timer);
          resolvePort(Number(match[1]));
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited during start-up (${code ?? signal})`));
      });
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`could not run ${paths.node}: ${error.message}`));
      });
    });
    const url = `http://127.0.0.1:${actualPort}`;
    await waitForHealth(url);
    return { url, port: actualPort, dirs, stop, logTail };
  } catch (error) {
    const tail = logTail();
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- code-server log ---\n${tail}`);
  }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

async function waitFor(predicate, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (predicate()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return predicate();
}

async function waitForHealth(url) {
  const until = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < until) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url}/healthz did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}
