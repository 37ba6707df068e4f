import type * as vscode from 'vscode';
import type { AnswerStore } from '../answerStore';

export function registerPreview(_context: vscode.ExtensionContext, _store: AnswerStore): void {
  // Filled in by the preview feature.
}
