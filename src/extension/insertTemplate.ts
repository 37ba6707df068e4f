/**
 * Inserts an item's or a step's template where it belongs in an answer, as one undo step.
 * The tree's insert action, the quick fixes and the step completions all go through here.
 */
import * as vscode from 'vscode';
import type { CheckOutcome } from '../core/api';
import { escapeSnippetText, joinSnippets, placeTemplate, withHeadingLevel } from '../core/placement';
import { sectionsOfStep } from '../core/stepSections';

/** What to insert: one checklist item's template, or a whole step (its section, or its missing items). */
export type TemplateTarget = { itemId: string } | { stepId: string };

export interface TemplateEdit {
  /** Where the snippet goes. */
  position: vscode.Position;
  /** Blank-line padding included, so the snippet stands as its own paragraph. */
  snippet: vscode.SnippetString;
  stepId: string;
}

/**
 * The edit that inserts the target's template, without applying it: undefined when there is
 * nothing to insert (unknown id, or a step whose items are all present already).
 */
export function templateEdit(
  document: vscode.TextDocument,
  outcome: CheckOutcome,
  target: TemplateTarget,
): TemplateEdit | undefined {
  const body = templateBody(outcome, target);
  if (!body) return undefined;
  const isBlank = (line: number): boolean =>
    line >= 0 && line < document.lineCount && document.lineAt(line).isEmptyOrWhitespace;
  const placement = placeTemplate(outcome, body.stepId, isBlank);
  const step = outcome.framework.steps.find((candidate) => candidate.id === body.stepId);
  let text = body.text.replace(/\n+$/, '');
  if (placement.needsHeading && !body.opensWithHeading && step) {
    text = `${'#'.repeat(placement.headingLevel)} ${escapeSnippetText(step.title)}\n\n${text}`;
  } else if (body.opensWithHeading) {
    text = withHeadingLevel(text, placement.headingLevel);
  }
  const line = Math.min(placement.line, document.lineCount);
  const blankBefore = line > 0 && !isBlank(line - 1);
  if (line >= document.lineCount) {
    // Appending after a last line that has no newline of its own.
    const position = document.lineAt(document.lineCount - 1).range.end;
    return { position, snippet: new vscode.SnippetString(`\n${blankBefore ? '\n' : ''}${text}\n`), stepId: body.stepId };
  }
  const blankAfter = !isBlank(line);
  const snippet = new vscode.SnippetString(`${blankBefore ? '\n' : ''}${text}\n${blankAfter ? '\n' : ''}`);
  return { position: new vscode.Position(line, 0), snippet, stepId: body.stepId };
}

/** Inserts the target's template into the editor as one undo step and reveals it. */
export async function insertTemplate(
  editor: vscode.TextEditor,
  outcome: CheckOutcome,
  target: TemplateTarget,
): Promise<boolean> {
  const edit = templateEdit(editor.document, outcome, target);
  if (!edit) return false;
  const inserted = await editor.insertSnippet(edit.snippet, edit.position, {
    undoStopBefore: true,
    undoStopAfter: true,
  });
  if (inserted) editor.revealRange(new vscode.Range(edit.position, edit.position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return inserted;
}

interface TemplateBody {
  stepId: string;
  text: string;
  /** The text is a whole step section with its own heading. */
  opensWithHeading: boolean;
}

function templateBody(outcome: CheckOutcome, target: TemplateTarget): TemplateBody | undefined {
  if ('itemId' in target) {
    const state = outcome.items.find((candidate) => candidate.item.id === target.itemId);
    if (!state || !state.item.template) return undefined;
    return { stepId: state.step, text: state.item.template, opensWithHeading: false };
  }
  const step = outcome.framework.steps.find((candidate) => candidate.id === target.stepId);
  if (!step) return undefined;
  if (sectionsOfStep(outcome, step.id).length === 0) {
    return { stepId: step.id, text: step.template, opensWithHeading: /^#{1,6}\s/.test(step.template) };
  }
  // The section exists: add what it still lacks rather than a second heading.
  const missing = outcome.items.filter(
    (state) => state.step === step.id && state.status === 'missing' && state.item.template,
  );
  if (missing.length === 0) return undefined;
  return { stepId: step.id, text: joinSnippets(missing.map((state) => state.item.template)), opensWithHeading: false };
}
