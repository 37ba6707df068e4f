// The checklist linter in a real VS Code: findings appear on an answer and vanish once covered,
// quick fixes and the fix-all edit are single undo steps, ordinary Markdown stays silent, and
// Check Answer opens a per-step report. Runs in both extension hosts (no Node built-ins).
import * as assert from 'assert';
import * as vscode from 'vscode';

const ANSWER = 'search-gaps.mlsd.md';

// Node's global process exists only in the Node extension host.
const host = typeof (globalThis as { process?: unknown }).process === 'object' ? 'Node' : 'web worker';

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function eventually<T>(probe: () => T | undefined | false, what: string, timeoutMs = 15_000): Promise<T> {
  return eventuallyAsync(async () => {
    const value = probe();
    return value === false ? undefined : value;
  }, () => what, timeoutMs);
}

/** `eventually` for a probe that has to await (a command's answer). */
async function eventuallyAsync<T>(probe: () => Promise<T | undefined>, what: () => string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) assert.fail(`timed out waiting until ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : undefined;
}

function findings(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'mlsd');
}

function findingOf(uri: vscode.Uri, rule: string): vscode.Diagnostic | undefined {
  return findings(uri).find((diagnostic) => ruleOf(diagnostic) === rule);
}

async function openAnswer(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixture(ANSWER));
  return vscode.window.showTextDocument(document);
}

/** Undoes in the answer's editor until its text is back to the file's content (tests never save). */
async function restore(editor: vscode.TextEditor, original: string): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  for (let step = 0; step < 10 && editor.document.getText() !== original; step++) {
    await vscode.commands.executeCommand('undo');
  }
  assert.equal(editor.document.getText(), original, 'the answer could not be restored');
}

describe('checklist linter', () => {
  let editor: vscode.TextEditor;
  let original: string;

  before(async () => {
    editor = await openAnswer();
    original = editor.document.getText();
  });

  afterEach(async () => {
    await restore(editor, original);
  });

  it('shows findings on an answer, each linked to its rule\'s explanation', async () => {
    const uri = editor.document.uri;
    const missingMetric = await eventually(() => findingOf(uri, 'business-metric'), 'business-metric is reported');
    assert.equal(missingMetric.severity, vscode.DiagnosticSeverity.Error);
    for (const diagnostic of findings(uri)) {
      const code = diagnostic.code;
      assert.ok(typeof code === 'object' && code !== null, 'code carries a link');
      assert.ok(code.target.path.endsWith('/docs/rules.md'), code.target.toString());
      assert.equal(code.target.fragment, String(code.value));
      assert.ok(diagnostic.range.end.line < editor.document.lineCount);
    }
    // Step 4 is missing entirely: its error-level items are reported.
    assert.ok(findingOf(uri, 'offline-metric'), 'a missing offline metric is reported');
  });

  it('drops a finding once the answer covers it', async () => {
    const uri = editor.document.uri;
    await eventually(() => findingOf(uri, 'business-metric'), 'business-metric is reported');
    const line = original.split('\n').findIndex((text) => text.startsWith('- Users type a query'));
    assert.ok(line > 0, 'the fixture has the line the edit goes above');
    await editor.edit((edit) =>
      edit.insert(new vscode.Position(line, 0), '- Business goal: increase orders per searching user by 3% (north star: revenue per session).\n'),
    );
    await eventually(() => !findingOf(uri, 'business-metric'), 'business-metric is gone');
    assert.ok(findingOf(uri, 'offline-metric'), 'other findings stay');
  });

  it('inserts an item\'s template as a quick fix, undone in one step', async () => {
    const uri = editor.document.uri;
    const diagnostic = await eventually(() => findingOf(uri, 'business-metric'), 'business-metric is reported');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value,
    );
    const insert = actions.find((action) => action.title.startsWith('Insert template for'));
    assert.ok(insert?.edit, `no template quick fix among: ${actions.map((action) => action.title).join(', ')}`);
    assert.ok(actions.some((action) => action.title === 'Disable business-metric for this line'));
    assert.ok(actions.some((action) => action.title === 'Disable business-metric for this file'));

    assert.ok(await vscode.workspace.applyEdit(insert.edit));
    const inserted = editor.document.getText();
    assert.notEqual(inserted, original);
    // The template lands in step 1's section, before step 2's heading.
    const added = inserted.length - original.length;
    assert.ok(added > 0);
    assert.ok(inserted.indexOf('## 2. Data') > original.indexOf('## 2. Data'), 'inserted above step 2');
    assert.ok(inserted.startsWith(original.slice(0, original.indexOf('## 2. Data') - 1)), 'nothing before it changed');

    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original, 'one undo restores the answer');
  });

  it('silences a rule for the whole file with an inline comment, offering the one-line form too', async () => {
    const uri = editor.document.uri;
    const diagnostic = await eventually(() => findingOf(uri, 'business-metric'), 'business-metric is reported');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value,
    );
    assert.ok(actions.some((action) => action.title === 'Disable business-metric for this line'));
    const disable = actions.find((action) => action.title === 'Disable business-metric for this file');
    assert.ok(disable?.edit);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.ok(editor.document.getText().startsWith('<!-- mlsd-disable business-metric -->\n'));
    await eventually(() => !findingOf(uri, 'business-metric'), 'business-metric is silenced');
  });

  it('silences a finding on a diagram\'s label with a Mermaid comment, keeping the diagram valid', async () => {
    const uri = editor.document.uri;
    await eventually(() => findings(uri).length > 0, 'the answer is checked');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, '\n\n```mermaid\nflowchart LR\n  Q[query] --> R["ranking within the latency budget"]\n```\n'));
    const labelLine = editor.document.getText().split('\n').findIndex((text) => text.includes('within the latency budget'));
    const diagnostic = await eventually(
      () => findings(uri).find((d) => ruleOf(d) === 'latency-budget' && d.range.start.line === labelLine),
      'latency-budget is reported on the label',
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value,
    );
    const disable = actions.find((action) => action.title === 'Disable latency-budget for this line');
    assert.ok(disable?.edit);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.equal(editor.document.lineAt(labelLine).text, '  %% mlsd-disable-next-line latency-budget');
    await eventually(() => !findings(uri).some((d) => ruleOf(d) === 'latency-budget' && d.range.start.line === labelLine + 1), 'the label\'s finding is silenced');
    assert.ok(!findings(uri).some((d) => ruleOf(d) === 'diagram-valid'), 'the diagram stays valid');
  });

  it(`reports a diagram Mermaid cannot parse on the line Mermaid blames, with the preview closed (${host} host)`, async () => {
    const uri = editor.document.uri;
    await eventually(() => findings(uri).length > 0, 'the answer is checked');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, '\n\n```mermaid\nflowchart LR\n  Q[query] --> R[ranker]\n  R --> --> S[results]\n```\n'));
    const brokenLine = editor.document.getText().split('\n').indexOf('  R --> --> S[results]');
    // The first diagram of a session loads Mermaid's parser (about half a second, more on a busy machine).
    const broken = await eventually(() => findingOf(uri, 'diagram-valid'), 'diagram-valid is reported', 60_000);
    assert.equal(broken.range.start.line, brokenLine);
    assert.equal(broken.severity, vscode.DiagnosticSeverity.Error);
    assert.match(broken.message, /^Mermaid cannot draw this diagram: parse error near “.*R --> --> S\[results\]”: expected .+, got 'LINK'\.$/);
    assert.equal(vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.range.start.line === brokenLine).length, 1, 'one squiggle on the line');

    const line = editor.document.lineAt(brokenLine).range;
    await editor.edit((edit) => edit.replace(line, '  R --> S[results]'));
    await eventually(() => !findingOf(uri, 'diagram-valid'), 'the repaired diagram is no longer reported');
  });

  it('inserts every missing step section with the fix-all action, undone in one step', async () => {
    const uri = editor.document.uri;
    await eventually(() => findings(uri).length > 0, 'the answer is checked');
    // Asked again until offered: right after the previous test's undo steps, the workbench may
    // still be handing the restored text to the extension host when the first request arrives.
    let offered: vscode.CodeAction[] = [];
    const fixAll = await eventuallyAsync(async () => {
      offered = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.mlsd',
      );
      return offered.find((action) => action.title === 'Insert All Missing Step Sections' && action.edit !== undefined);
    }, () => `a fix-all is offered (offered: ${offered.map((action) => action.title).join(', ') || 'nothing'})`);
    assert.ok(fixAll.edit && (await vscode.workspace.applyEdit(fixAll.edit)));
    const text = editor.document.getText();
    assert.match(text, /^## .*Evaluation/m, `the evaluation step has a section:\n${text}`);
    assert.ok(text.startsWith(original.trimEnd()), 'the new section follows the existing ones');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original, 'one undo restores the answer');
  });

  it('leaves an ordinary README without findings', async () => {
    await eventually(() => findings(editor.document.uri).length > 0, 'the answer is checked');
    const readme = await vscode.workspace.openTextDocument(fixture('README.md'));
    await vscode.window.showTextDocument(readme, { preview: false });
    // Give the linter the time it takes for the answer (well under a second) several times over.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.deepEqual(findings(readme.uri), []);
    await vscode.window.showTextDocument(editor.document);
  });

  it('flags problems in .mlsdrc.json on that file while the defaults keep working', async () => {
    const config = fixture('.mlsdrc.json');
    const configFindings = (): vscode.Diagnostic[] =>
      vscode.languages.getDiagnostics(config).filter((diagnostic) => diagnostic.source === 'mlsd');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{\n  "rules": { "qps": "loud" }\n}\n'));
    try {
      const problems = await eventually(() => configFindings().length > 0 && configFindings(), 'the config problem is shown');
      assert.equal(problems.length, 1);
      assert.equal(problems[0]?.range.start.line, 1);
      assert.match(problems[0]?.message ?? '', /qps/);
      assert.ok(findingOf(editor.document.uri, 'business-metric'), 'the answer is still checked');
    } finally {
      await vscode.workspace.fs.delete(config);
    }
    await eventually(() => configFindings().length === 0, 'the config problem is gone with the file');
  });

  it('Check Answer opens a per-step report of the active answer', async () => {
    await vscode.window.showTextDocument(editor.document);
    const reportUri = await vscode.commands.executeCommand<vscode.Uri | undefined>('mlsd.checkAnswer');
    assert.ok(reportUri, 'the command returns the report it opened');
    assert.equal(reportUri.scheme, 'mlsd-report');
    const report = await vscode.workspace.openTextDocument(reportUri);
    const text = report.getText();
    assert.match(text, /^# Check Answer: .*search-gaps\.mlsd\.md/m);
    assert.match(text, /\*\*\d+\/\d+ covered\*\*/);
    assert.match(text, /^## 1\. .+ — \d+\/\d+$/m);
    assert.match(text, /^## 4\. .+ — \d+\/\d+\n\nBudget: \d+ min · no section yet$/m, 'step 4 has no section');
    assert.match(text, /✗ missing \| \*\*.+\*\*/);
    assert.match(text, /Budget: \d+ min/);
    // The report is not an answer: it gets no findings of its own.
    assert.deepEqual(findings(reportUri), []);
    await vscode.window.showTextDocument(editor.document);
  });
});
