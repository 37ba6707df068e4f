/**
 * Template completions for an answer: one per step (`mlsd-scope`) and one per checklist item
 * (`mlsd-qps`), with bodies taken from the same templates the quick fixes and the tree insert.
 * Inside a step's section, that step's missing items come first, then its other items.
 */
import type { CheckOutcome } from '../../core/api';
import type { ItemStatus } from '../../core/report';

export interface TemplateCompletion {
  /** What the user types: `mlsd-qps`. */
  prefix: string;
  title: string;
  /** Snippet body. */
  body: string;
  /** Why it matters, or which step it opens. */
  detail: string;
  /** Orders the list: lower first. */
  sortText: string;
  target: { itemId: string } | { stepId: string };
  status?: ItemStatus;
}

export const ITEM_PREFIX = 'mlsd-';

export function templateCompletions(outcome: CheckOutcome, cursorStep: string | undefined): TemplateCompletion[] {
  const completions: TemplateCompletion[] = [];
  const stepOrder = new Map(outcome.framework.steps.map((step, index) => [step.id, index]));
  for (const step of outcome.framework.steps) {
    completions.push({
      prefix: step.prefix,
      title: `${step.title} (step section)`,
      body: step.template,
      detail: `Section for step "${step.title}" with its prompts`,
      sortText: `2-${pad(stepOrder.get(step.id) ?? 0)}`,
      target: { stepId: step.id },
    });
  }
  for (const state of outcome.items) {
    if (!state.item.template) continue;
    const inCursorStep = state.step === cursorStep;
    // Missing items of the step being written first, then the rest of that step, then everything else.
    const rank = inCursorStep ? (state.status === 'missing' ? 0 : 1) : 3;
    const order = outcome.framework.steps.find((step) => step.id === state.step)?.items.indexOf(state.item.id) ?? 0;
    completions.push({
      prefix: `${ITEM_PREFIX}${state.item.id}`,
      title: state.item.title,
      body: state.item.template,
      detail: state.item.why,
      sortText: `${rank}-${pad(stepOrder.get(state.step) ?? 0)}-${pad(order)}`,
      target: { itemId: state.item.id },
      status: state.status,
    });
  }
  return completions;
}

function pad(value: number): string {
  return String(value).padStart(3, '0');
}
