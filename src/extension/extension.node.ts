import type * as vscode from 'vscode';
import { activateShared } from './activate';

export function activate(context: vscode.ExtensionContext): void {
  activateShared(context);
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
