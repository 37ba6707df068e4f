/**
 * Where each framework step stands in an answer: which sections hold it, which step a line
 * belongs to. Read from a check's `sectionSteps`; never parses.
 */
import type { Section } from './answer';
import type { CheckOutcome } from './api';

/** Sections mapped to the step whose parent is not mapped to the same step (the step's own top-level runs). */
export function sectionsOfStep(outcome: CheckOutcome, stepId: string): Section[] {
  const { sections } = outcome.answer;
  const found: Section[] = [];
  sections.forEach((section, index) => {
    if (outcome.sectionSteps[index] !== stepId) return;
    const parent = section.parent;
    if (parent !== undefined && outcome.sectionSteps[parent] === stepId) return;
    found.push(section);
  });
  return found;
}

/** The step of the innermost mapped section holding the 0-based line, if any. */
export function stepAtLine(outcome: CheckOutcome, line: number): string | undefined {
  const { sections } = outcome.answer;
  let best: { step: string; size: number } | undefined;
  sections.forEach((section, index) => {
    const step = outcome.sectionSteps[index];
    if (step === undefined || line < section.startLine || line >= section.endLine) return;
    const size = section.endLine - section.startLine;
    // The innermost section wins: a sub-heading may belong to a different step than its parent.
    if (!best || size <= best.size) best = { step, size };
  });
  return best?.step;
}

/** Heading level the answer uses for its step sections (2 when it has none yet). */
export function stepHeadingLevel(outcome: CheckOutcome): number {
  const { sections } = outcome.answer;
  for (let index = 0; index < sections.length; index++) {
    const heading = sections[index]?.heading;
    if (outcome.sectionSteps[index] !== undefined && heading) return heading.level;
  }
  return 2;
}
