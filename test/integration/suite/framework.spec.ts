// The Framework view in a real VS Code: what its rows show for answers at different stages and
// after edits, where templates land (one undo step each), New Answer, Treat as Answer, cursor
// following and the mock timer. Runs in both extension hosts (no Node built-ins).
import * as assert from 'assert';
import * as vscode from 'vscode';

interface ItemRowData {
  itemId: string;
  status: string;
  description: string;
  label: string;
}
interface StepRowData {
  stepId: string;
  label: string;
  description: string;
  items: ItemRowData[];
}
interface TreeRows {
  document: string | undefined;
  title: string | undefined;
  steps: StepRowData[];
  followedStep: string | undefined;
  timer: string;
}

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function rows(): Promise<TreeRows> {
  return (await vscode.commands.executeCommand<TreeRows>('mlsd.framework.rows'))!;
}

async function eventually<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) assert.fail(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The rows once the tree shows the given document. */
async function rowsFor(document: vscode.TextDocument, ready: (rows: TreeRows) => boolean = () => true): Promise<TreeRows> {
  return eventually(async () => {
    const current = await rows();
    return current.document === document.uri.toString() && ready(current) ? current : undefined;
  }, `the tree shows ${document.uri.path}`);
}

function itemOf(tree: TreeRows, itemId: string): ItemRowData | undefined {
  return tree.steps.flatMap((step) => step.items).find((item) => item.itemId === itemId);
}

let copies = 0;

/**
 * Opens a copy of a fixture as an untitled document under a path of its own (an untitled name
 * reused by VS Code could be mistaken for an earlier document): edits made by a test can never
 * reach the fixture on disk.
 */
async function open(name: string): Promise<vscode.TextEditor> {
  const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixture(name)));
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/framework-spec/${++copies}/${name.split('/').pop()}` });
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), content));
  return editor;
}

/** Undoes until the text is back to the file's content, counting the undo steps it took. */
async function undoAll(editor: vscode.TextEditor, original: string): Promise<number> {
  await vscode.window.showTextDocument(editor.document);
  let steps = 0;
  while (editor.document.getText() !== original && steps < 10) {
    await vscode.commands.executeCommand('undo');
    steps++;
  }
  assert.equal(editor.document.getText(), original, 'the answer could not be restored');
  return steps;
}

function lineOf(document: vscode.TextDocument, pattern: RegExp): number {
  for (let line = 0; line < document.lineCount; line++) if (pattern.test(document.lineAt(line).text)) return line;
  return -1;
}

/**
 * Runs Insert Template and waits until the edit has reached this extension host's copy of the
 * document. The workbench refuses a snippet aimed at a document version it has moved past (a
 * just-finished undo may still be on its way here), so a refused insert is tried again.
 */
async function insertSettled(editor: vscode.TextEditor, original: string, target: { itemId: string } | { stepId: string }): Promise<void> {
  await eventually(async () => vscode.commands.executeCommand<boolean>('mlsd.insertTemplate', target), 'the template is inserted');
  await vscode.commands.executeCommand('leaveSnippet');
  await eventually(async () => editor.document.getText() !== original, 'the insertion reaches the document');
}

describe('framework tree', () => {
  afterEach(async () => {
    // Untitled copies close without a save prompt only when reverted.
    for (let editors = 0; editors < 20 && vscode.window.activeTextEditor; editors++) {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows nothing (the welcome) for a Markdown file that is not an answer', async () => {
    await open('framework/plain-notes.md');
    const tree = await eventually(async () => {
      const current = await rows();
      return current.document === undefined ? current : undefined;
    }, 'the tree is empty');
    assert.deepEqual(tree.steps, []);
    assert.equal(tree.title, 'Framework');
  });

  it('lists an early draft\'s steps in order with covered, needs-a-number and missing items', async () => {
    const editor = await open('framework/early-draft.mlsd.md');
    const tree = await rowsFor(editor.document);
    assert.deepEqual(tree.steps.map((step) => step.stepId), ['clarify', 'architecture', 'deep-dive', 'evaluation']);
    const business = itemOf(tree, 'business-metric');
    assert.equal(business?.status, 'covered');
    assert.equal(business?.description, 'The business goal is more listening time per user.');
    assert.deepEqual([itemOf(tree, 'qps')?.status, itemOf(tree, 'qps')?.description], ['needs-number', 'needs a number']);
    assert.equal(itemOf(tree, 'ab-test')?.status, 'missing');
    // Recommendation-only items apply: the answer says `problem: rec`.
    assert.ok(itemOf(tree, 'cold-start'), 'cold start is listed for a recommender');
    const covered = tree.steps.flatMap((step) => step.items).filter((item) => item.status === 'covered').length;
    const total = tree.steps.flatMap((step) => step.items).length;
    assert.equal(tree.title, `Framework · ${covered}/${total}`);
    const [clarify] = tree.steps;
    const clarifyCovered = clarify!.items.filter((item) => item.status === 'covered').length;
    assert.match(clarify!.description, new RegExp(`^${clarifyCovered}/${clarify!.items.length} · \\d+ min$`));
  });

  it('selects a covered item\'s evidence and jumps to a step\'s section on click', async () => {
    const editor = await open('framework/early-draft.mlsd.md');
    await rowsFor(editor.document);
    await vscode.commands.executeCommand('mlsd.framework.revealItem', 'business-metric');
    const selection = vscode.window.activeTextEditor!.selection;
    assert.equal(selection.start.line, lineOf(editor.document, /^- The business goal/));
    assert.ok(!selection.isEmpty, 'the evidence is selected');
    await vscode.commands.executeCommand('mlsd.framework.revealStep', 'evaluation');
    assert.equal(vscode.window.activeTextEditor!.selection.active.line, lineOf(editor.document, /^## Evaluation & Monitoring/));
  });

  it('updates the rows after an edit', async () => {
    const editor = await open('framework/early-draft.mlsd.md');
    const original = editor.document.getText();
    const before = await rowsFor(editor.document);
    const line = lineOf(editor.document, /^- QPS will be high/);
    await editor.edit((edit) => edit.replace(editor.document.lineAt(line).range, '- Peak QPS: about 40k requests per second.'));
    const after = await rowsFor(editor.document, (current) => itemOf(current, 'qps')?.status === 'covered');
    assert.equal(itemOf(after, 'qps')?.description, 'Peak QPS: about 40k requests per second.');
    const count = (tree: TreeRows) => Number(/ (\d+)\/\d+$/.exec(tree.title ?? '')?.[1]);
    assert.equal(count(after), count(before) + 1);
    await undoAll(editor, original);
  });

  it('inserts a missing item\'s template at the end of its step\'s section, as one undo step', async () => {
    const editor = await open('framework/early-draft.mlsd.md');
    const original = editor.document.getText();
    await rowsFor(editor.document);
    await insertSettled(editor, original, { itemId: 'latency-budget' });
    const document = editor.document;
    const clarify = lineOf(document, /^## Clarification & Scope/);
    const architecture = lineOf(document, /^## High-Level Architecture/);
    const added = document.getText().split('\n').findIndex((text, index) => index > 0 && !original.split('\n').includes(text) && text.trim() !== '');
    assert.ok(added > clarify && added < architecture, `inserted at line ${added}, between ${clarify} and ${architecture}`);
    await rowsFor(document, (current) => itemOf(current, 'latency-budget')?.status !== 'missing');
    assert.equal(await undoAll(editor, original), 1);
  });

  it('adds a missing step as a new section in framework order, as one undo step', async () => {
    const editor = await open('framework/early-draft.mlsd.md');
    const original = editor.document.getText();
    await rowsFor(editor.document);
    await insertSettled(editor, original, { stepId: 'deep-dive' });
    const tree = await rowsFor(editor.document, (current) => current.steps.find((step) => step.stepId === 'deep-dive')!.items.some((item) => item.status !== 'missing'));
    const deepDive = tree.steps.find((step) => step.stepId === 'deep-dive')!;
    const headingLine = lineOf(editor.document, new RegExp(`^## .*${deepDive.label.split(' ')[0]}`));
    assert.ok(headingLine > lineOf(editor.document, /^## High-Level Architecture/), 'after the architecture section');
    assert.ok(headingLine < lineOf(editor.document, /^## Evaluation & Monitoring/), 'before the evaluation section');
    assert.equal(await undoAll(editor, original), 1);
  });

  it('follows the cursor to the step being written', async () => {
    const editor = await open('framework/early-draft.mlsd.md');
    await rowsFor(editor.document);
    for (const [pattern, step] of [[/^- Offline: NDCG/, 'evaluation'], [/^- Data sources/, 'architecture']] as const) {
      const line = lineOf(editor.document, pattern);
      editor.selection = new vscode.Selection(line, 3, line, 3);
      await eventually(async () => (await rows()).followedStep === step, `the tree follows the cursor into ${step}`);
    }
  });

  it('offers templates on `mlsd-`, the missing items of the step being written first', async () => {
    const editor = await open('framework/early-draft.mlsd.md');
    const original = editor.document.getText();
    await rowsFor(editor.document);
    const line = lineOf(editor.document, /^- Out of scope/);
    await editor.edit((edit) => edit.insert(new vscode.Position(line + 1, 0), '- mlsd-\n'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(line + 1, 7), '-');
    const ours = list.items
      .filter((item) => typeof item.label === 'object' && item.label.label.startsWith('mlsd-'))
      .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))
      .map((item) => (item.label as vscode.CompletionItemLabel).label);
    const tree = await rows();
    const clarifyMissing = tree.steps[0]!.items.filter((item) => item.status === 'missing').map((item) => `mlsd-${item.itemId}`);
    assert.ok(clarifyMissing.length > 0);
    assert.deepEqual(ours.slice(0, clarifyMissing.length), clarifyMissing);
    assert.ok(ours.includes('mlsd-scope') && ours.includes('mlsd-eval'), 'step templates are offered too');
    await undoAll(editor, original);
  });

  it('follows the framework an answer names in its front matter', async () => {
    const editor = await open('framework/seven-step.md');
    const tree = await rowsFor(editor.document);
    assert.equal(tree.steps.length, 7);
    assert.deepEqual(tree.steps.slice(0, 2).map((step) => step.label), ['Clarifying Requirements', 'Framing the Problem as an ML Task']);
    assert.match(tree.title ?? '', /^Framework: Seven steps .* · \d+\/\d+$/);
    assert.equal(itemOf(tree, 'business-metric')?.status, 'covered');
  });

  it('treats a Markdown file as an answer by adding front matter, as one undo step', async () => {
    const editor = await open('framework/plain-notes.md');
    const original = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand<boolean>('mlsd.treatAsAnswer'), true);
    assert.match(editor.document.getText(), /^---\nframework: default\n---\n\n# Reading notes/);
    const tree = await rowsFor(editor.document);
    assert.equal(tree.steps.length, 4);
    assert.equal(await undoAll(editor, original), 1);
  });

  it('creates a New Answer whose every step is present and whose pipeline is valid', async () => {
    const uriText = await vscode.commands.executeCommand<string>('mlsd.newAnswer', { problem: 'fraud-detection', framework: 'default' });
    assert.ok(uriText, 'a document was created');
    const uri = vscode.Uri.parse(uriText);
    try {
      assert.match(uri.path, /\/fraud-detection(-\d+)?\.mlsd\.md$/);
      const document = vscode.window.activeTextEditor!.document;
      assert.equal(document.uri.toString(), uri.toString());
      assert.match(document.getText(), /^---\ntitle: Payment fraud detection\nproblem: cls\nframework: default\n---\n# Payment fraud detection/);
      const tree = await rowsFor(document);
      for (const step of tree.steps) assert.ok(lineOf(document, new RegExp(`^## .*${step.label.replace(/[&.]/g, '.')}`)) >= 0, `a heading for ${step.label}`);
      assert.equal(itemOf(tree, 'diagram')?.status, 'covered');
      assert.equal(itemOf(tree, 'diagram-valid')?.status, 'covered');
      assert.equal(itemOf(tree, 'business-metric')?.status, 'missing', 'content gaps stay flagged');
      assert.equal(await undoAll(vscode.window.activeTextEditor!, ''), 1);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('counts the mock down from the first step and pauses and resets from commands', async () => {
    await open('framework/early-draft.mlsd.md');
    await vscode.commands.executeCommand('mlsd.timer.reset');
    await vscode.commands.executeCommand('mlsd.timer.start');
    const running = (await rows()).timer;
    assert.match(running, /^\$\(watch\) Clarification & Scope \d+:\d\d$/);
    await vscode.commands.executeCommand('mlsd.timer.pause');
    assert.match((await rows()).timer, /^\$\(debug-pause\) Clarification & Scope \d+:\d\d$/);
    await vscode.commands.executeCommand('mlsd.timer.reset');
  });
});
