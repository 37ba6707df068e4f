import * as vscode from 'vscode';
import { AnswerStore } from './answerStore';
import { registerChecklist } from './checklist/register';
import { registerPreview } from './preview/register';
import { registerFramework } from './framework/register';

/** Shared by the Node and the web worker entry points. */
export function activateShared(context: vscode.ExtensionContext): void {
  try {
    const store = new AnswerStore();
    context.subscriptions.push(store);
    registerChecklist(context, store);
    registerFramework(context, store);
    registerPreview(context, store);
  } catch (error) {
    // A failed activation would otherwise leave the user with silently missing features.
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`ML System Design Drafter failed to start: ${reason}`);
    throw error;
  }
}
