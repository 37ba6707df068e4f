/**
 * Checklist findings as diagnostics in the Problems panel, fed only by the shared answer
 * store: one collection 'mlsd', cleared for closed files, non-answers and when the linter is
 * switched off.
 */
import * as vscode from 'vscode';
import type { FindingDetail } from '../../core/api';
import type { Span } from '../../core/answer';
import type { Severity } from '../../core/framework';
import type { AnswerStore, CheckedDocument } from '../answerStore';
import { isReport } from './reportView';

export const DIAGNOSTIC_SOURCE = 'mlsd';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function spanToRange(span: Span): vscode.Range {
  return new vscode.Range(span.line, span.character, span.endLine, span.endCharacter);
}

/** Address of a rule's explanation inside the installed extension. */
export function ruleDocsUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules.md').with({ fragment: ruleId });
}

/** Whether the document's findings are in the Problems panel: an answer, with the linter on. */
export function showsFindings({ document, outcome }: CheckedDocument): boolean {
  const enabled = vscode.workspace.getConfiguration('mlsd', document.uri).get<boolean>('lint.enabled', true);
  return enabled && outcome.report.isAnswer && !isReport(document.uri);
}

export function registerFindingDiagnostics(context: vscode.ExtensionContext, store: AnswerStore): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  const toDiagnostic = (finding: FindingDetail): vscode.Diagnostic => {
    const diagnostic = new vscode.Diagnostic(spanToRange(finding.span), finding.message, SEVERITIES[finding.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: finding.rule, target: ruleDocsUri(context.extensionUri, finding.rule) };
    return diagnostic;
  };
  const update = ({ document, outcome }: CheckedDocument): void => {
    if (!showsFindings({ document, outcome })) {
      collection.delete(document.uri);
      return;
    }
    collection.set(document.uri, outcome.findings.map(toDiagnostic));
  };
  context.subscriptions.push(
    collection,
    store.onDidCheck(update),
    store.onDidForget((uri) => collection.delete(uri)),
  );
  // Documents checked before this listener existed.
  for (const document of vscode.workspace.textDocuments) {
    const outcome = store.outcomeOf(document);
    if (outcome) update({ document, outcome });
  }
  return collection;
}

/** Problems in the workspace's `.mlsdrc.json`, shown on that file; the defaults keep working meanwhile. */
export function registerConfigDiagnostics(context: vscode.ExtensionContext, store: AnswerStore): void {
  const collection = vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE}-config`);
  let shownOn: vscode.Uri | undefined;
  const refresh = (): void => {
    if (shownOn) collection.delete(shownOn);
    shownOn = store.configUri;
    if (!shownOn || store.configProblems.length === 0) return;
    collection.set(
      shownOn,
      store.configProblems.map((problem) => {
        const position = new vscode.Position(problem.line, problem.character);
        const diagnostic = new vscode.Diagnostic(new vscode.Range(position, position), problem.message, vscode.DiagnosticSeverity.Error);
        diagnostic.source = DIAGNOSTIC_SOURCE;
        return diagnostic;
      }),
    );
  };
  context.subscriptions.push(collection, store.onDidChangeConfig(refresh));
  refresh();
}
