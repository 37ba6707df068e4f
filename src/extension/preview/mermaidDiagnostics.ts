import * as vscode from 'vscode';
import type { DiagramProblem } from '../../protocol';

/**
 * Mermaid's errors as editor diagnostics, on the line inside the fence that Mermaid blames.
 * Each report from the panel is the complete set for one document version, so it replaces the
 * previous one and fixed diagrams lose their squiggle.
 */
export class MermaidDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('mlsd-mermaid');

  show(document: vscode.TextDocument, problems: readonly DiagramProblem[]): void {
    this.collection.set(
      document.uri,
      problems.map((problem) => {
        const line = document.lineAt(Math.min(problem.line, document.lineCount - 1));
        const range = new vscode.Range(line.lineNumber, line.firstNonWhitespaceCharacterIndex, line.lineNumber, line.text.length);
        const diagnostic = new vscode.Diagnostic(range, problem.message, vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'mermaid';
        return diagnostic;
      }),
    );
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    this.collection.dispose();
  }
}
