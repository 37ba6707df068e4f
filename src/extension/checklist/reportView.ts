/**
 * "MLSD: Check Answer": the whole checklist of an answer as a read-only Markdown document
 * (scheme `mlsd-report`) shown in the Markdown preview beside the answer, kept up to date as
 * the answer is re-checked. Works the same in the Node and the web worker extension host.
 */
import * as vscode from 'vscode';
import { reportMarkdown } from '../../core/format/reportMarkdown';
import type { AnswerStore } from '../answerStore';

export const CHECK_ANSWER_COMMAND = 'mlsd.checkAnswer';
export const REPORT_SCHEME = 'mlsd-report';

/** Reports are Markdown with step headings: the checklist features must not check them as answers. */
export function isReport(uri: vscode.Uri): boolean {
  return uri.scheme === REPORT_SCHEME;
}

/** The report's address carries the answer's address in its query. */
export function reportUriFor(answer: vscode.Uri): vscode.Uri {
  const base = answer.path.split('/').pop() || 'answer';
  return vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${base.replace(/\.(md|markdown)$/i, '')} report.md`, query: answer.toString() });
}

class ReportContent implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** Reports that were produced and not closed: the ones to refresh. */
  readonly shown = new Set<string>();

  constructor(private readonly store: AnswerStore) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const source = vscode.Uri.parse(uri.query);
    this.shown.add(uri.toString());
    const document = await vscode.workspace.openTextDocument(source);
    const outcome = this.store.outcomeOf(document);
    const fileName = vscode.workspace.asRelativePath(source);
    if (!outcome) return `# Check Answer: ${fileName}\n\nOnly Markdown files are checked.\n`;
    return reportMarkdown(outcome, {
      fileName,
      lineLink: (line) => source.with({ fragment: `L${line + 1}` }).toString(),
      totalMinutes: vscode.workspace.getConfiguration('mlsd', source).get<number>('timer.totalMinutes', 45),
    });
  }

  refresh(answer: vscode.Uri): void {
    const report = reportUriFor(answer);
    if (this.shown.has(report.toString())) this.changed.fire(report);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerReportView(context: vscode.ExtensionContext, store: AnswerStore): void {
  const content = new ReportContent(store);
  context.subscriptions.push(
    content,
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, content),
    store.onDidCheck(({ document }) => content.refresh(document.uri)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.uri.scheme === REPORT_SCHEME) content.shown.delete(document.uri.toString());
    }),
    vscode.commands.registerCommand(CHECK_ANSWER_COMMAND, (target?: vscode.Uri) => checkAnswer(target)),
  );
}

/** Opens the report of the given or the active Markdown file; returns its address. */
async function checkAnswer(target: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const editorDocument = vscode.window.activeTextEditor?.document;
  const answer = target instanceof vscode.Uri ? target : editorDocument?.uri;
  if (!answer || (!target && editorDocument?.languageId !== 'markdown')) {
    void vscode.window.showInformationMessage('Open a Markdown answer to check it.');
    return undefined;
  }
  const report = reportUriFor(answer);
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', report);
  } catch {
    // Without the built-in Markdown preview the report is still readable as text.
    const document = await vscode.workspace.openTextDocument(report);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  }
  return report;
}
