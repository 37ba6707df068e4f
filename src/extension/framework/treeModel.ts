/**
 * The framework tree's rows for one checked answer: steps in framework order, each with the
 * items that apply to the answer's problem. Plain data (no `vscode`), so the provider only
 * translates it and tests can read exactly what the view shows.
 */
import type { Span } from '../../core/answer';
import type { CheckOutcome } from '../../core/api';
import type { Severity } from '../../core/framework';
import type { ItemStatus } from '../../core/report';

export interface StepRow {
  kind: 'step';
  id: string;
  stepId: string;
  label: string;
  /** "5/7 · 8 min" */
  description: string;
  covered: number;
  total: number;
  minutes: number;
  /** First line of the step's first section; undefined when the answer has none yet. */
  sectionLine: number | undefined;
  items: ItemRow[];
}

export interface ItemRow {
  kind: 'item';
  id: string;
  stepId: string;
  itemId: string;
  label: string;
  status: ItemStatus;
  /** The evidence line's text, "needs a number", or empty for a missing item. */
  description: string;
  /** Why the item matters. */
  why: string;
  severity: Severity;
  evidence: Span | undefined;
}

export interface FrameworkRows {
  steps: StepRow[];
  covered: number;
  total: number;
}

const EVIDENCE_WIDTH = 60;

/** `lineText` reads a line of the checked document (evidence shown as the user wrote it). */
export function frameworkRows(outcome: CheckOutcome, lineText: (line: number) => string): FrameworkRows {
  const stateById = new Map(outcome.items.map((state) => [`${state.step}/${state.item.id}`, state]));
  const sectionLine = new Map<string, number>();
  outcome.sectionSteps.forEach((step, index) => {
    const section = outcome.answer.sections[index];
    if (step !== undefined && section && !sectionLine.has(step)) sectionLine.set(step, section.startLine);
  });
  let covered = 0;
  let total = 0;
  const steps = outcome.framework.steps.map((step): StepRow => {
    const items: ItemRow[] = [];
    for (const itemId of step.items) {
      // Items that do not apply to the answer's problem are absent from the check, and from the tree.
      const state = stateById.get(`${step.id}/${itemId}`);
      if (!state) continue;
      items.push({
        kind: 'item',
        id: `${step.id}/${itemId}`,
        stepId: step.id,
        itemId,
        label: state.item.title,
        status: state.status,
        description: itemDescription(state.status, state.evidence, lineText),
        why: state.item.why,
        severity: state.item.severity,
        evidence: state.evidence,
      });
    }
    const stepCovered = items.filter((item) => item.status === 'covered').length;
    covered += stepCovered;
    total += items.length;
    return {
      kind: 'step',
      id: step.id,
      stepId: step.id,
      label: step.title,
      description: `${stepCovered}/${items.length} · ${step.minutes} min`,
      covered: stepCovered,
      total: items.length,
      minutes: step.minutes,
      sectionLine: sectionLine.get(step.id),
      items,
    };
  });
  return { steps, covered, total };
}

function itemDescription(status: ItemStatus, evidence: Span | undefined, lineText: (line: number) => string): string {
  if (status === 'needs-number') return 'needs a number';
  if (status === 'missing' || !evidence) return '';
  return shorten(stripMarkdown(lineText(evidence.line)));
}

/**
 * List markers, heading marks, table pipes, emphasis, HTML tags and the glyphs a drawing's boxes
 * and arrow heads are made of say nothing in a one-line summary.
 */
function stripMarkdown(line: string): string {
  return line
    .replace(/^\s*(?:[-*+]|\d+[.)]|#{1,6}|>)\s+/, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/[|\u2500-\u259F\u25A0-\u25FF]/g, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function shorten(text: string): string {
  return text.length <= EVIDENCE_WIDTH ? text : `${text.slice(0, EVIDENCE_WIDTH - 1).trimEnd()}…`;
}
