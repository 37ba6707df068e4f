import type * as vscode from 'vscode';
import type { AnswerStore } from '../answerStore';

export function registerChecklist(_context: vscode.ExtensionContext, _store: AnswerStore): void {
  // Filled in by the checklist feature.
}
