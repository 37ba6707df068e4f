import type * as vscode from 'vscode';
import { lazyDiagramParser } from '../mermaidParser/load';
import { activateShared } from './activate';

// The Node extension host loads this bundle as a CommonJS module: these are that module's own.
// They are declared here alone, so the code shared with the web worker host cannot use them.
declare const require: (id: string) => unknown;
declare const __dirname: string;

export function activate(context: vscode.ExtensionContext): void {
  // Node can run Mermaid's parser, so answers get Mermaid's verdicts without the preview open;
  // dist/extension.node.js sits beside dist/mermaid-parser.js.
  activateShared(context, { parseDiagram: lazyDiagramParser(() => require(`${__dirname}/mermaid-parser.js`)) });
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
