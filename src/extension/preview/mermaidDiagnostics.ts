import * as vscode from 'vscode';
import type { DiagramProblem } from '../../protocol';
import type { AnswerStore, CheckedDocument } from '../answerStore';
import { showsFindings } from '../checklist/diagnostics';

/**
 * Mermaid's errors as editor diagnostics, on the line inside the fence that Mermaid blames.
 * Each report from the panel is the complete set for one document version, so it replaces the
 * previous one and fixed diagrams lose their squiggle. Where the checker already reports a
 * diagram as broken (`diagram-valid`, when the host runs Mermaid's parser), the panel's report
 * of the same line is left out: one problem, one squiggle.
 */
export class MermaidDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('mlsd-mermaid');
  /** The panel's last report per document, shown again as the checker's findings change. */
  private readonly reported = new Map<string, { version: number; problems: readonly DiagramProblem[] }>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: AnswerStore) {
    this.subscription = store.onDidCheck((checked) => {
      // A report about an older version keeps the squiggles the editor moved along with the edits.
      if (this.reported.get(checked.document.uri.toString())?.version === checked.document.version) this.render(checked);
    });
  }

  /** The panel's complete set of problems for the document's current version. */
  show(document: vscode.TextDocument, problems: readonly DiagramProblem[]): void {
    this.reported.set(document.uri.toString(), { version: document.version, problems });
    const outcome = this.store.outcomeOf(document);
    if (outcome) this.render({ document, outcome });
  }

  clear(uri: vscode.Uri): void {
    this.reported.delete(uri.toString());
    this.collection.delete(uri);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }

  private render(checked: CheckedDocument): void {
    const { document, outcome } = checked;
    const problems = this.reported.get(document.uri.toString())?.problems ?? [];
    const checkerLines = showsFindings(checked)
      ? new Set(outcome.findings.filter((finding) => finding.rule === 'diagram-valid').map((finding) => finding.span.line))
      : new Set<number>();
    this.collection.set(
      document.uri,
      problems
        .filter((problem) => !checkerLines.has(problem.line))
        .map((problem) => {
          const line = document.lineAt(Math.min(problem.line, document.lineCount - 1));
          const range = new vscode.Range(line.lineNumber, line.firstNonWhitespaceCharacterIndex, line.lineNumber, line.text.length);
          const diagnostic = new vscode.Diagnostic(range, problem.message, vscode.DiagnosticSeverity.Error);
          diagnostic.source = 'mermaid';
          return diagnostic;
        }),
    );
  }
}
