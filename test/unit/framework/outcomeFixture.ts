// Builds the parts of a CheckOutcome that placement reads, from a list of headings, so that
// placement rules can be pinned without the checker.
import type { Section } from '../../../src/core/answer';
import type { CheckOutcome } from '../../../src/core/api';
import type { Framework } from '../../../src/core/framework';

export interface HeadingSpec {
  line: number;
  level: number;
  text: string;
  step?: string;
}

export const fourSteps: Framework = {
  id: 'default',
  title: 'Default',
  steps: ['clarify', 'architecture', 'deep-dive', 'evaluation'].map((id) => ({
    id,
    title: id,
    headingSynonyms: [],
    minutes: 10,
    items: [],
    prefix: `mlsd-${id}`,
    template: `## ${id}\n\n$1\n`,
  })),
};

export function outcomeWithHeadings(lineCount: number, headings: HeadingSpec[], frontMatterEnd = 0): CheckOutcome {
  const sections: Section[] = [];
  const sectionSteps: Array<string | undefined> = [];
  headings.forEach((heading, index) => {
    const next = headings.slice(index + 1).find((later) => later.level <= heading.level);
    let parent: number | undefined;
    for (let earlier = index - 1; earlier >= 0; earlier--) {
      if (headings[earlier]!.level < heading.level) {
        parent = earlier;
        break;
      }
    }
    const span = { line: heading.line, character: 0, endLine: heading.line, endCharacter: heading.text.length };
    sections.push({ heading: { level: heading.level, text: heading.text, span }, startLine: heading.line, endLine: next ? next.line : lineCount, parent });
    sectionSteps.push(heading.step);
  });
  return {
    answer: {
      lineCount,
      frontMatter: frontMatterEnd ? { fields: {}, endLine: frontMatterEnd } : undefined,
      title: undefined,
      headings: sections.map((section) => section.heading!),
      sections,
      diagrams: [],
      quantities: [],
      units: [],
      suppressions: [],
    },
    report: { isAnswer: true, framework: 'default', problem: 'other', coverage: { covered: 0, total: 0 }, items: [], findings: [] },
    framework: fourSteps,
    problem: 'other',
    sectionSteps,
    items: [],
    findings: [],
  };
}
