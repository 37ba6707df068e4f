// The extension activates only when a Markdown document opens, in a VS Code at least as new as its
// engine, and contributes its commands and the framework view. Runs in both extension hosts.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'mlsd.mlsd-drafter';

interface Manifest {
  engines: { vscode: string };
  contributes: { commands: { command: string }[]; views: Record<string, { id: string }[]> };
}

function ourExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  return extension;
}

async function eventually(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) assert.fail(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

function minorVersion(version: string): [number, number] {
  const match = /(\d+)\.(\d+)/.exec(version);
  assert.ok(match, `no version in ${version}`);
  return [Number(match[1]), Number(match[2])];
}

// Node's global process exists only in the Node extension host.
const host = typeof (globalThis as { process?: unknown }).process === 'object' ? 'Node' : 'web worker';

describe(`activation in VS Code ${vscode.version}, ${host} extension host`, () => {
  it('is loaded but not active before any Markdown document opens', () => {
    // Holds only while this file runs first: the other specs open answers.
    assert.equal(ourExtension().isActive, false);
  });

  it('runs in a VS Code that satisfies its engine', () => {
    const manifest = ourExtension().packageJSON as Manifest;
    const [needMajor, needMinor] = minorVersion(manifest.engines.vscode);
    const [major, minor] = minorVersion(vscode.version);
    assert.ok(major > needMajor || (major === needMajor && minor >= needMinor), `VS Code ${vscode.version} is older than ${manifest.engines.vscode}`);
  });

  it('activates when a Markdown answer opens', async function () {
    // The first activation in a cold workbench can take seconds on a busy machine.
    this.timeout(90_000);
    const document = await vscode.workspace.openTextDocument(fixture('feed-ranking.mlsd.md'));
    assert.equal(document.languageId, 'markdown');
    await vscode.window.showTextDocument(document);
    await eventually(() => ourExtension().isActive, 'the extension is active', 80_000);
  });

  it('contributes its commands, all named mlsd.*', async () => {
    const commands = (ourExtension().packageJSON as Manifest).contributes.commands.map((c) => c.command);
    assert.ok(commands.length > 0, 'no commands contributed');
    for (const command of commands) assert.match(command, /^mlsd\./);
    assert.ok(commands.includes('mlsd.checkAnswer'), 'mlsd.checkAnswer is not contributed');
  });

  it('contributes the framework view, which the workbench can show', async () => {
    const views = Object.values((ourExtension().packageJSON as Manifest).contributes.views).flat();
    assert.ok(views.some((view) => view.id === 'mlsd.framework'), 'mlsd.framework is not contributed');
    // The workbench creates a focus command for every view it registered from a manifest.
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('mlsd.framework.focus'), 'the workbench has no mlsd.framework view');
    await vscode.commands.executeCommand('mlsd.framework.focus');
  });
});
