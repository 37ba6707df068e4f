import type * as vscode from 'vscode';
import type { AnswerStore } from '../answerStore';

export function registerFramework(_context: vscode.ExtensionContext, _store: AnswerStore): void {
  // Filled in by the framework feature.
}
