/**
 * Where a template belongs in an answer: at the end of its step's section, or, when the step
 * has no section yet, in a new section placed in framework order. Shared by the tree's insert
 * action, the quick fixes and completions so that all of them put text in the same place.
 */
import type { CheckOutcome } from './api';
import { sectionsOfStep, stepHeadingLevel } from './stepSections';

export interface Placement {
  /** 0-based line the template is inserted before (may equal the line count: append). */
  line: number;
  /** The step has no section yet: the inserted text must open with the step's heading. */
  needsHeading: boolean;
  /** Markdown heading level for that heading, matching the answer's other step headings. */
  headingLevel: number;
}

/**
 * Where to insert a template for `stepId`. `isBlank` lets the caller say which lines are
 * empty so that text lands after the section's last content line rather than after its
 * trailing blank lines; without it the section's end is used as is.
 */
export function placeTemplate(
  outcome: CheckOutcome,
  stepId: string,
  isBlank: (line: number) => boolean = () => false,
): Placement {
  const headingLevel = stepHeadingLevel(outcome);
  const own = sectionsOfStep(outcome, stepId);
  if (own.length > 0) {
    const last = own.reduce((a, b) => (b.endLine > a.endLine ? b : a));
    let line = last.endLine;
    // Never walk back onto the heading line itself: an empty section receives text right under it.
    while (line - 1 > last.startLine && isBlank(line - 1)) line--;
    return { line, needsHeading: false, headingLevel };
  }
  const order = outcome.framework.steps.map((step) => step.id);
  const position = order.indexOf(stepId);
  // The first section of any later step: the new section goes right before it.
  for (const laterStep of order.slice(position + 1)) {
    const sections = sectionsOfStep(outcome, laterStep);
    if (sections.length === 0) continue;
    const first = sections.reduce((a, b) => (b.startLine < a.startLine ? b : a));
    return { line: first.startLine, needsHeading: true, headingLevel };
  }
  let line = outcome.answer.lineCount;
  const floor = outcome.answer.frontMatter?.endLine ?? 0;
  while (line - 1 >= floor && line > 0 && isBlank(line - 1)) line--;
  return { line, needsHeading: true, headingLevel };
}

/**
 * Gives a step template's opening heading the level the answer uses (templates are written
 * with `##`); other text is left alone.
 */
export function withHeadingLevel(template: string, level: number): string {
  return template.replace(/^#{1,6}(?=\s)/, '#'.repeat(level));
}

/** Escapes text for use inside a VS Code snippet body. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (character) => `\\${character}`);
}

/**
 * Joins snippet bodies into one, renumbering tab stops so that each body keeps its own
 * (equal numbers would mirror each other) and only the last body keeps the final `$0`.
 */
export function joinSnippets(bodies: string[]): string {
  let offset = 0;
  return bodies
    .map((body, index) => {
      let highest = 0;
      const last = index === bodies.length - 1;
      const renumbered = body.replace(/(?<!\\)\$(\{)?(\d+)/g, (match, brace: string | undefined, digits: string) => {
        const number = Number(digits);
        if (number === 0) return last || brace ? match : '';
        highest = Math.max(highest, number);
        return `$${brace ?? ''}${number + offset}`;
      });
      offset += highest;
      return renumbered.replace(/\n+$/, '');
    })
    .join('\n\n');
}
