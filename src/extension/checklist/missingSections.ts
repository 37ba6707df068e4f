/**
 * "Insert All Missing Step Sections": every framework step that has no section yet gets its
 * template, in framework order, in one workspace edit (one undo step).
 */
import * as vscode from 'vscode';
import type { CheckOutcome } from '../../core/api';
import { sectionsOfStep } from '../../core/stepSections';
import { templateEdit } from '../insertTemplate';
import { snippetToText } from '../../core/snippetText';

export function missingSectionsEdit(document: vscode.TextDocument, outcome: CheckOutcome): vscode.WorkspaceEdit | undefined {
  const inserts = outcome.framework.steps
    .filter((step) => sectionsOfStep(outcome, step.id).length === 0)
    .map((step) => templateEdit(document, outcome, { stepId: step.id }))
    .filter((edit) => edit !== undefined);
  if (inserts.length === 0) return undefined;

  // Steps that land at the same place are joined so that exactly one blank line parts them.
  const byPosition = new Map<string, { position: vscode.Position; text: string }>();
  for (const insert of inserts) {
    const key = `${insert.position.line}:${insert.position.character}`;
    const text = snippetToText(insert.snippet.value);
    const joined = byPosition.get(key);
    if (joined) joined.text = `${joined.text.replace(/\n*$/, '\n\n')}${text.replace(/^\n+/, '')}`;
    else byPosition.set(key, { position: insert.position, text });
  }
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    document.uri,
    [...byPosition.values()].map(({ position, text }) => vscode.TextEdit.insert(position, text)),
  );
  return edit;
}

/** The command: works on the active answer; says so when there is nothing to insert. */
export async function insertMissingSections(store: { outcomeOf(document: vscode.TextDocument): CheckOutcome | undefined }): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const outcome = editor ? store.outcomeOf(editor.document) : undefined;
  if (!editor || !outcome?.report.isAnswer) {
    void vscode.window.showInformationMessage('Open an answer (a Markdown file checked by MLSD) to insert its missing sections.');
    return false;
  }
  const edit = missingSectionsEdit(editor.document, outcome);
  if (!edit) {
    void vscode.window.showInformationMessage(`Every step of the ${outcome.framework.title} framework already has a section.`);
    return false;
  }
  return vscode.workspace.applyEdit(edit);
}
