/** "MLSD 18/26" in the status bar for the active answer; a click runs Check Answer. */
import * as vscode from 'vscode';
import type { CheckOutcome } from '../../core/api';
import type { AnswerStore } from '../answerStore';
import { CHECK_ANSWER_COMMAND, isReport } from './reportView';

export function registerCoverageStatus(context: vscode.ExtensionContext, store: AnswerStore): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('mlsd.coverage', vscode.StatusBarAlignment.Right, 100);
  item.name = 'MLSD Answer Coverage';
  item.command = CHECK_ANSWER_COMMAND;

  const show = (editor: vscode.TextEditor | undefined): void => {
    const outcome = editor && !isReport(editor.document.uri) ? store.outcomeOf(editor.document) : undefined;
    if (!outcome?.report.isAnswer) {
      item.hide();
      return;
    }
    const { covered, total } = outcome.report.coverage;
    item.text = `MLSD ${covered}/${total}`;
    item.tooltip = coverageTooltip(outcome);
    item.show();
  };
  const isActive = (uri: vscode.Uri): boolean =>
    vscode.window.activeTextEditor?.document.uri.toString() === uri.toString();

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(show),
    store.onDidCheck(({ document }) => {
      if (isActive(document.uri)) show(vscode.window.activeTextEditor);
    }),
    store.onDidForget((uri) => {
      if (isActive(uri)) item.hide();
    }),
  );
  show(vscode.window.activeTextEditor);
  return item;
}

function coverageTooltip(outcome: CheckOutcome): vscode.MarkdownString {
  const rows = outcome.framework.steps.map((step) => {
    const items = outcome.items.filter((state) => state.step === step.id);
    const covered = items.filter((state) => state.status === 'covered').length;
    const needsNumber = items.filter((state) => state.status === 'needs-number').length;
    const extra = needsNumber > 0 ? ` (${needsNumber} need a number)` : '';
    return `| ${escapeCell(step.title)} | ${covered}/${items.length}${extra} |`;
  });
  const tooltip = new vscode.MarkdownString(
    [`**Checklist coverage** (${escapeCell(outcome.framework.title)})`, '', '| step | covered |', '| --- | --- |', ...rows, '', 'Click to run Check Answer.'].join('\n'),
  );
  return tooltip;
}

function escapeCell(text: string): string {
  return text.replace(/[|\\*_`[\]<>]/g, (character) => `\\${character}`);
}
