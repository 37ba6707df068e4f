// The pipeline preview in the real VS Code: it renders the answer's diagrams, follows edits, and
// turns Mermaid errors into diagnostics on the right line. Runs in both extension hosts.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { StatsMessage } from '../../../src/protocol';

async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > until) assert.fail(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Read from the extension's own folder: the workspace may be a copy elsewhere. */
async function fixtureText(name: string): Promise<string> {
  const extension = vscode.extensions.getExtension('mlsd.mlsd-drafter');
  assert.ok(extension, 'the extension is not loaded');
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'test', 'fixtures', 'preview', name));
  return new TextDecoder().decode(bytes);
}

/** The panel's report for the document's current version once nothing is pending. */
function settledStats(document: vscode.TextDocument): () => Promise<StatsMessage | undefined> {
  return async () => {
    const latest = await vscode.commands.executeCommand<StatsMessage | undefined>('mlsd.preview.stats');
    const current = latest?.uri === document.uri.toString() && latest.version === document.version;
    return current && latest.stats.pending === 0 ? latest : undefined;
  };
}

/**
 * Mermaid's errors: from the panel (source `mermaid`), or from the checker where the extension
 * host runs Mermaid's parser itself (`diagram-valid`), which then takes the panel's place.
 */
function mermaidDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => {
    const code = diagnostic.code;
    const rule = typeof code === 'object' && code !== null ? String(code.value) : undefined;
    return diagnostic.source === 'mermaid' || (diagnostic.source === 'mlsd' && rule === 'diagram-valid');
  });
}

describe('pipeline preview', function () {
  // A cold webview loads Mermaid on its first render; a busy machine needs the margin.
  this.timeout(180_000);
  let editor: vscode.TextEditor;
  let answer: vscode.Uri | undefined;

  // A file of its own in the workspace: untitled documents can be recycled between specs.
  before(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixture workspace is not open');
    answer = vscode.Uri.joinPath(folder.uri, `preview-${Date.now()}.mlsd.md`);
    await vscode.workspace.fs.writeFile(answer, new TextEncoder().encode(await fixtureText('forms.md')));
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(answer));
  });

  after(async () => {
    // Unset when opening the answer failed; there is nothing to close then.
    if (editor) {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    if (answer) await vscode.workspace.fs.delete(answer);
  });

  it('opens beside the answer and renders each of its diagrams', async () => {
    await vscode.commands.executeCommand('mlsd.openPreview');
    const report = await eventually(settledStats(editor.document), 'the preview has rendered the answer');
    assert.deepEqual({ diagrams: report.stats.diagrams, rendered: report.stats.rendered, failed: report.stats.failed }, {
      diagrams: 7,
      rendered: 7,
      failed: 0,
    });
  });

  it('follows an edit by re-rendering only the edited diagram', async () => {
    const line = editor.document.getText().split('\n').findIndex((text) => text.includes('R-->>S: top 50'));
    assert.ok(line > 0, 'the fixture has the sequence diagram line');
    const at = editor.document.lineAt(line).range;
    await editor.edit((edit) => edit.replace(at, '    R-->>S: top 25 after re-ranking'));
    const report = await eventually(settledStats(editor.document), 'the preview shows the edit');
    assert.equal(report.stats.rendered, 7);
    assert.equal(report.stats.rendersThisUpdate, 1);
  });

  it('shows a broken diagram as a diagnostic on its line, and clears it when fixed', async () => {
    const fence = editor.document.getText().split('\n').findIndex((text) => text.startsWith('flowchart LR'));
    const brokenLine = fence + 2;
    await editor.edit((edit) => edit.insert(new vscode.Position(brokenLine, 0), '    etl --> --> nowhere\n'));
    await eventually(() => (mermaidDiagnostics(editor.document.uri).length > 0 ? true : undefined), 'a Mermaid diagnostic appears');
    const report = await eventually(settledStats(editor.document), 'the preview reports the error');
    assert.equal(report.stats.failed, 1);
    // Once the panel has reported, the error has one squiggle, whoever reports it.
    const diagnostics = mermaidDiagnostics(editor.document.uri);
    assert.equal(diagnostics.length, 1, diagnostics.map((diagnostic) => `${diagnostic.source}: ${diagnostic.message}`).join('\n'));
    assert.equal(diagnostics[0].range.start.line, brokenLine);
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);

    await vscode.commands.executeCommand('undo');
    await eventually(() => (mermaidDiagnostics(editor.document.uri).length === 0 ? true : undefined), 'the diagnostic clears');
  });

  // Reloading the window would end the test run; the registered serializer gets a fresh panel and
  // the state the page saves instead, as VS Code hands them over after a reload.
  it('restores a locked preview of the answer from its saved state', async () => {
    const other = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Notes\n\n```mermaid\nflowchart LR\n    a --> b\n```\n' });
    await vscode.window.showTextDocument(other, { preview: false });
    try {
      await vscode.commands.executeCommand('mlsd.preview.deserialize', { uri: editor.document.uri.toString(), locked: true });
      const restored = await eventually(settledStats(editor.document), 'the restored preview has rendered the answer');
      assert.deepEqual({ diagrams: restored.stats.diagrams, rendered: restored.stats.rendered }, { diagrams: 7, rendered: 7 });

      // Locked: with another Markdown editor active, the panel still follows the answer.
      await vscode.window.showTextDocument(other, { preview: false });
      const edit = new vscode.WorkspaceEdit();
      edit.insert(editor.document.uri, new vscode.Position(editor.document.lineCount, 0), '\n```mermaid\nflowchart LR\n    ranker --> top_k\n```\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const followed = await eventually(settledStats(editor.document), 'the restored preview shows the edit of the answer');
      assert.deepEqual({ diagrams: followed.stats.diagrams, rendersThisUpdate: followed.stats.rendersThisUpdate }, { diagrams: 8, rendersThisUpdate: 1 });
    } finally {
      await vscode.window.showTextDocument(other);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
