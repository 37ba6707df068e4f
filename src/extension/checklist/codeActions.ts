/**
 * Quick fixes for checklist diagnostics (insert the item's template, disable the rule for the
 * line or the file) and the fix-all source action that inserts every missing step section.
 */
import * as vscode from 'vscode';
import type { CheckOutcome, FindingDetail } from '../../core/api';
import type { AnswerStore } from '../answerStore';
import { templateEdit } from '../insertTemplate';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { disableForFile, disableForLine, isInDiagram, type DisableEdit } from './disableComments';
import { missingSectionsEdit } from './missingSections';
import { isReport } from './reportView';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('mlsd');

export class ChecklistCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly store: AnswerStore) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (isReport(document.uri)) return [];
    const outcome = this.store.outcomeOf(document);
    if (!outcome?.report.isAnswer) return [];
    const actions: vscode.CodeAction[] = [];
    const wants = (kind: vscode.CodeActionKind): boolean => !context.only || context.only.intersects(kind);

    if (wants(vscode.CodeActionKind.QuickFix)) {
      for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
        const rule = ruleOf(diagnostic);
        if (rule) actions.push(...this.quickFixes(document, outcome, diagnostic, rule));
      }
    }
    // Whole sections are only inserted on request, never by a save that runs every fix-all.
    if (context.triggerKind === vscode.CodeActionTriggerKind.Invoke && context.only && wants(FIX_ALL_KIND)) {
      const edit = missingSectionsEdit(document, outcome);
      if (edit) {
        const action = new vscode.CodeAction('Insert All Missing Step Sections', FIX_ALL_KIND);
        action.edit = edit;
        actions.push(action);
      }
    }
    return actions;
  }

  private quickFixes(
    document: vscode.TextDocument,
    outcome: CheckOutcome,
    diagnostic: vscode.Diagnostic,
    rule: string,
  ): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const finding = findingFor(outcome, diagnostic, rule);
    const itemId = finding?.itemId ?? (outcome.items.some((state) => state.item.id === rule) ? rule : undefined);
    const item = outcome.items.find((state) => state.item.id === itemId)?.item;
    const insert = itemId ? templateEdit(document, outcome, { itemId }) : undefined;
    if (item && insert) {
      const action = new vscode.CodeAction(`Insert template for ${item.title}`, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.set(document.uri, [vscode.SnippetTextEdit.insert(insert.position, insert.snippet)]);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }

    const line = diagnostic.range.start.line;
    actions.push(
      disableAction(`Disable ${rule} for this line`, document, diagnostic, disableForLine(rule, line, document.lineAt(line).text, isInDiagram(outcome.answer, line))),
      disableAction(
        `Disable ${rule} for this file`,
        document,
        diagnostic,
        disableForFile(rule, outcome.answer, (at) => (at < document.lineCount ? document.lineAt(at).text : undefined)),
      ),
    );
    return actions;
  }
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

/** The finding behind a diagnostic of the current check (same rule, same start). */
function findingFor(outcome: CheckOutcome, diagnostic: vscode.Diagnostic, rule: string): FindingDetail | undefined {
  const { line, character } = diagnostic.range.start;
  return (
    outcome.findings.find((finding) => finding.rule === rule && finding.span.line === line && finding.span.character === character) ??
    outcome.findings.find((finding) => finding.rule === rule)
  );
}

function disableAction(title: string, document: vscode.TextDocument, diagnostic: vscode.Diagnostic, disable: DisableEdit): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  const position = new vscode.Position(disable.line, disable.kind === 'insert' ? 0 : disable.character);
  action.edit.insert(document.uri, position, disable.text);
  action.diagnostics = [diagnostic];
  return action;
}
