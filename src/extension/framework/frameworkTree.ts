/**
 * The "Framework" view: the active answer's steps and items with their state. Reads results
 * from the shared answer store only, refreshes debounced, and follows the active editor and
 * the cursor without taking focus from the editor.
 */
import * as vscode from 'vscode';
import type { CheckOutcome } from '../../core/api';
import type { Severity } from '../../core/framework';
import { stepAtLine } from '../../core/stepSections';
import type { AnswerStore } from '../answerStore';
import { frameworkRows, type FrameworkRows, type ItemRow, type StepRow } from './treeModel';

export type FrameworkRow = StepRow | ItemRow;

export const ACTIVE_IS_ANSWER_KEY = 'mlsd.activeIsAnswer';
export const REVEAL_ITEM_COMMAND = 'mlsd.framework.revealItem';
export const REVEAL_STEP_COMMAND = 'mlsd.framework.revealStep';
export const OFFER_TEMPLATE_COMMAND = 'mlsd.framework.offerTemplate';

// Long enough to fold a burst of checks into one repaint, short enough to feel immediate.
const REFRESH_DELAY_MS = 120;
const FOLLOW_CURSOR_DELAY_MS = 150;

export class FrameworkTree implements vscode.TreeDataProvider<FrameworkRow>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FrameworkRow | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<FrameworkRow>;

  /** The answer shown, when the active editor holds one. */
  document: vscode.TextDocument | undefined;
  rows: FrameworkRows | undefined;
  private outcome: CheckOutcome | undefined;
  private refreshTimer: unknown;
  private cursorTimer: unknown;
  private followedStep: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: AnswerStore) {
    this.view = vscode.window.createTreeView('mlsd.framework', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshNow()),
      store.onDidCheck(({ document }) => {
        if (document === this.document || document === vscode.window.activeTextEditor?.document) this.refreshSoon();
      }),
      store.onDidChangeConfig(() => this.refreshSoon()),
      store.onDidForget((uri) => {
        if (uri.toString() === this.document?.uri.toString()) this.refreshNow();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document === this.document) this.followCursorSoon(event.textEditor);
      }),
      this.view.onDidChangeVisibility(({ visible }) => {
        if (!visible) return;
        this.refreshNow();
        // A step followed while the view was hidden was never revealed: reveal it now.
        this.followedStep = undefined;
        const editor = vscode.window.activeTextEditor;
        if (editor && editor.document === this.document) this.followCursorSoon(editor);
      }),
    );
    this.refreshNow();
  }

  /** Recomputes the rows for the active editor at once. */
  refreshNow(): void {
    if (this.refreshTimer !== undefined) clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    const editor = vscode.window.activeTextEditor;
    const outcome = editor ? this.store.outcomeOf(editor.document) : undefined;
    const isAnswer = outcome?.report.isAnswer === true;
    const previous = this.document;
    this.document = isAnswer ? editor?.document : undefined;
    this.outcome = isAnswer ? outcome : undefined;
    const document = this.document;
    this.rows = this.outcome && document ? frameworkRows(this.outcome, (line) => lineText(document, line)) : undefined;
    if (this.document !== previous) {
      this.followedStep = undefined;
      if (this.document && editor) this.followCursorSoon(editor);
    }
    // The title, not the description: a container with a single view does not show descriptions.
    const framework = this.outcome && this.outcome.framework.id !== 'default' ? `: ${this.outcome.framework.title}` : '';
    this.view.title = this.rows ? `Framework${framework} · ${this.rows.covered}/${this.rows.total}` : 'Framework';
    void vscode.commands.executeCommand('setContext', ACTIVE_IS_ANSWER_KEY, isAnswer);
    this.changed.fire(undefined);
  }

  refreshSoon(): void {
    if (this.refreshTimer !== undefined) return;
    this.refreshTimer = setTimeout(() => this.refreshNow(), REFRESH_DELAY_MS);
  }

  /** The check behind the rows shown. */
  get shownOutcome(): CheckOutcome | undefined {
    return this.outcome;
  }

  getChildren(row?: FrameworkRow): FrameworkRow[] {
    if (!this.rows) return [];
    if (!row) return this.rows.steps;
    return row.kind === 'step' ? row.items : [];
  }

  getParent(row: FrameworkRow): FrameworkRow | undefined {
    return row.kind === 'item' ? this.rows?.steps.find((step) => step.stepId === row.stepId) : undefined;
  }

  getTreeItem(row: FrameworkRow): vscode.TreeItem {
    return row.kind === 'step' ? this.stepItem(row) : this.itemItem(row);
  }

  private stepItem(row: StepRow): vscode.TreeItem {
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = row.id;
    item.description = row.description;
    const complete = row.total > 0 && row.covered === row.total;
    if (complete) item.iconPath = new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
    else if (row.sectionLine === undefined) item.iconPath = new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('problemsWarningIcon.foreground'));
    else item.iconPath = new vscode.ThemeIcon('circle-large-outline');
    const where = row.sectionLine === undefined ? 'No section for this step yet: Insert Template adds one.' : `Section at line ${row.sectionLine + 1}.`;
    item.tooltip = new vscode.MarkdownString(
      `**${row.label}**\n\n${row.covered} of ${row.total} items covered · about ${row.minutes} minutes in a 45-minute mock.\n\n${where}`,
    );
    const missing = row.items.some((child) => child.status === 'missing');
    item.contextValue = missing || row.sectionLine === undefined ? 'mlsd.step.incomplete' : 'mlsd.step';
    item.command = { command: REVEAL_STEP_COMMAND, title: 'Go to Section', arguments: [row.stepId] };
    return item;
  }

  private itemItem(row: ItemRow): vscode.TreeItem {
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    item.id = row.id;
    item.description = row.description;
    item.iconPath = statusIcon(row);
    item.contextValue = `mlsd.item.${row.status}`;
    const state =
      row.status === 'covered'
        ? `Covered at line ${(row.evidence?.line ?? 0) + 1}.`
        : row.status === 'needs-number'
          ? `Mentioned at line ${(row.evidence?.line ?? 0) + 1}, but without a number.`
          : 'Missing: Insert Template adds a starting point.';
    item.tooltip = new vscode.MarkdownString(`**${row.label}** \`${row.itemId}\`\n\n${row.why}\n\n${state}`);
    item.command =
      row.status === 'missing'
        ? { command: OFFER_TEMPLATE_COMMAND, title: 'Insert Template', arguments: [row.itemId] }
        : { command: REVEAL_ITEM_COMMAND, title: 'Go to Evidence', arguments: [row.itemId] };
    item.accessibilityInformation = { label: `${row.label}: ${row.status === 'needs-number' ? 'needs a number' : row.status}` };
    return item;
  }

  /** After the cursor settles, reveals and selects the step being written, leaving focus in the editor. */
  private followCursorSoon(editor: vscode.TextEditor): void {
    if (this.cursorTimer !== undefined) clearTimeout(this.cursorTimer);
    this.cursorTimer = setTimeout(() => {
      this.cursorTimer = undefined;
      if (editor.document !== this.document || !this.outcome || !this.rows) return;
      const stepId = stepAtLine(this.outcome, editor.selection.active.line);
      if (!stepId || stepId === this.followedStep) return;
      const row = this.rows.steps.find((step) => step.stepId === stepId);
      if (!row) return;
      this.followedStep = stepId;
      if (this.view.visible) void this.view.reveal(row, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
    }, FOLLOW_CURSOR_DELAY_MS);
  }

  /** The step the cursor was last in, as revealed in the view. */
  get stepFollowed(): string | undefined {
    return this.followedStep;
  }

  dispose(): void {
    if (this.refreshTimer !== undefined) clearTimeout(this.refreshTimer);
    if (this.cursorTimer !== undefined) clearTimeout(this.cursorTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

const severityColor: Record<Severity, string> = {
  error: 'problemsErrorIcon.foreground',
  warning: 'problemsWarningIcon.foreground',
  info: 'problemsInfoIcon.foreground',
  hint: 'descriptionForeground',
};

function statusIcon(row: ItemRow): vscode.ThemeIcon {
  if (row.status === 'covered') return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
  if (row.status === 'needs-number') return new vscode.ThemeIcon('symbol-number', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  return new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor(severityColor[row.severity]));
}

function lineText(document: vscode.TextDocument, line: number): string {
  return line >= 0 && line < document.lineCount ? document.lineAt(line).text : '';
}
