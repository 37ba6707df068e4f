import * as vscode from 'vscode';
import type { AnswerStore } from '../answerStore';
import { ChecklistCodeActions } from './codeActions';
import { registerConfigDiagnostics, registerFindingDiagnostics } from './diagnostics';
import { insertMissingSections } from './missingSections';
import { registerReportView } from './reportView';
import { registerCoverageStatus } from './statusBar';

/** The checklist linter: diagnostics, quick fixes, the coverage status and the Check Answer report. */
export function registerChecklist(context: vscode.ExtensionContext, store: AnswerStore): void {
  registerFindingDiagnostics(context, store);
  registerConfigDiagnostics(context, store);
  registerReportView(context, store);
  registerCoverageStatus(context, store);
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      { language: 'markdown' },
      new ChecklistCodeActions(store),
      ChecklistCodeActions.metadata,
    ),
    vscode.commands.registerCommand('mlsd.insertMissingSections', () => insertMissingSections(store)),
  );
}
