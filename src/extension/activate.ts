import * as vscode from 'vscode';
import type { DiagramParser } from '../core/api';
import { AnswerStore } from './answerStore';
import { registerChecklist } from './checklist/register';
import { registerPreview } from './preview/register';
import { registerFramework } from './framework/register';

/** What an extension host offers beyond the shared API. */
export interface HostAbilities {
  /** Mermaid's parser, loaded the way the host loads code; without it only the preview reports Mermaid's errors. */
  parseDiagram?: DiagramParser;
}

/** Shared by the Node and the web worker entry points. */
export function activateShared(context: vscode.ExtensionContext, host: HostAbilities = {}): void {
  try {
    const store = new AnswerStore(host.parseDiagram);
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
