import type * as vscode from 'vscode';
import { lazyDiagramParser } from '../mermaidParser/load';
import { activateShared } from './activate';
import { loadBundleInWebHost } from './bundleInWebHost';

export function activate(context: vscode.ExtensionContext): void {
  // Mermaid's parser runs in the worker too: answers get Mermaid's verdicts without the preview
  // open. dist/extension.browser.js sits beside dist/mermaid-parser.browser.js.
  activateShared(context, {
    parseDiagram: lazyDiagramParser(() => loadBundleInWebHost(context.extensionUri, 'dist/mermaid-parser.browser.js')),
  });
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
