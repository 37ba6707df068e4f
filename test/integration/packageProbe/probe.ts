// Test entry of a tiny probe extension that the packaging smoke test loads next to the extension
// installed from the .vsix: it proves the installed copy (not a development copy) activates when a
// Markdown answer opens, that the workbench shows its framework view and that Mermaid's parser
// loads in its extension host. Each check logs one line.
import * as vscode from 'vscode';

const EXTENSION_ID = 'mlsd.mlsd-drafter';

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (!condition() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
  return condition();
}

export async function run(): Promise<void> {
  const failures: string[] = [];
  const check = (ok: boolean, what: string): void => {
    console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`);
    if (!ok) failures.push(what);
  };

  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  check(extension !== undefined, `${EXTENSION_ID} is installed`);
  if (extension) {
    const installed = extension.extensionUri.path.includes('/extensions/mlsd.mlsd-drafter-');
    check(installed, `it is the copy installed from the .vsix (${extension.extensionUri.path})`);
    check(!extension.isActive, 'it is not active before a Markdown document opens');
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'feed-ranking.mlsd.md'));
      await vscode.window.showTextDocument(document);
    }
    check(await waitUntil(() => extension.isActive, 20_000), 'it activates when a Markdown answer opens');
    const commands = await vscode.commands.getCommands(true);
    check(commands.includes('mlsd.framework.focus'), 'the workbench has its framework view');
    // The installed copy finds Mermaid's parser bundle beside its own and reports a broken diagram.
    const broken = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '---\nproblem: search\n---\n# Search ranking\n\n```mermaid\nflowchart LR\n  q[Query] --> --> r[Ranker]\n```\n',
    });
    await vscode.window.showTextDocument(broken);
    const reported = (): boolean =>
      vscode.languages.getDiagnostics(broken.uri).some((diagnostic) => {
        const code = diagnostic.code;
        return diagnostic.source === 'mlsd' && typeof code === 'object' && code.value === 'diagram-valid' && diagnostic.range.start.line === 7;
      });
    check(await waitUntil(reported, 60_000), 'the editor reports a diagram Mermaid cannot parse, on the line Mermaid blames');
  }
  console.log(`packaged extension: ${failures.length === 0 ? 'activates' : `${failures.length} check(s) failed`}`);
  if (failures.length > 0) throw new Error(failures.join('; '));
}
