/**
 * Which framework step each section of an answer holds, read from free-form headings
 * ("1. Clarifying Requirements", "Step 3 - Data", "**Metrics (Offline and Online)**").
 * A heading that names no step inherits its parent's step.
 */
import type { Answer } from '../answer';
import type { Framework } from '../framework';
import { RoundMemo } from '../roundMemo';

export interface HeadingMatch {
  step: string;
  /** The synonym that matched, lower-cased. */
  synonym: string;
}

/** Lower-cased heading text without numbering, emphasis, links and punctuation. */
export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~#]+/g, ' ')
    // "Step 3 -", "Part II:", "3.1", "iv.", "(a)", "a)" at the start.
    .replace(/^\s*(?:(?:step|part|phase|stage|section)\s*)?(?:\d+(?:\.\d+)*|[ivx]+|[a-h])?\s*[.):\-–—]*\s+/, ' ')
    .replace(/[^a-z0-9/&+\- ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Recognises headings against one framework, remembering each heading text it has seen. */
export class StepRecogniser {
  private readonly patterns: Array<{ step: string; synonym: string; pattern: RegExp }>;
  private readonly memo = new RoundMemo<string, HeadingMatch | undefined>();

  constructor(readonly framework: Framework) {
    this.patterns = framework.steps.flatMap((step) =>
      step.headingSynonyms.map((synonym) => ({
        step: step.id,
        synonym: synonym.toLowerCase(),
        pattern: synonymPattern(synonym.toLowerCase()),
      })),
    );
  }

  /** The step a heading names: the synonym found earliest in the text wins, the longest on ties. */
  match(headingText: string): HeadingMatch | undefined {
    return this.memo.get(headingText, (text) => this.compute(text));
  }

  /** Per-section steps: own match, else the parent's step. The document's title names no step. */
  sectionSteps(answer: Answer): Array<string | undefined> {
    const steps: Array<string | undefined> = [];
    const title = titleSection(answer);
    answer.sections.forEach((section, index) => {
      const own = section.heading && index !== title ? this.match(section.heading.text)?.step : undefined;
      steps[index] = own ?? (section.parent === undefined ? undefined : steps[section.parent]);
    });
    return steps;
  }

  /** Drops memories of headings not seen since the previous call, so memory follows the document. */
  endRound(): void {
    this.memo.endRound();
  }

  private compute(headingText: string): HeadingMatch | undefined {
    const text = ` ${normaliseHeading(headingText)}`;
    let best: { step: string; synonym: string; at: number } | undefined;
    for (const { step, synonym, pattern } of this.patterns) {
      const found = pattern.exec(text);
      if (!found) continue;
      const at = found.index;
      if (!best || at < best.at || (at === best.at && synonym.length > best.synonym.length)) {
        best = { step, synonym, at };
      }
    }
    return best && { step: best.step, synonym: best.synonym };
  }
}

/**
 * The section whose heading is the answer's title ("# Design a video recommendation system"):
 * the first heading, alone at the top level, with headings beneath it. Its words name the
 * prompt, not a framework step.
 */
function titleSection(answer: Answer): number | undefined {
  const first = answer.headings[0];
  if (!first || answer.headings.length < 2) return undefined;
  const topLevel = Math.min(...answer.headings.map((heading) => heading.level));
  const atTop = answer.headings.filter((heading) => heading.level === topLevel);
  return first.level === topLevel && atTop.length === 1 ? 1 : undefined;
}

// Shared by every recogniser (each new checker makes one): compiling is dearer than matching.
const synonymPatterns = new Map<string, RegExp>();
const SYNONYM_LIMIT = 2_000;

/** Matches a synonym at a word start; it may run on: "evaluat" matches "evaluation". Stateless (no `g`), so shareable. */
function synonymPattern(synonym: string): RegExp {
  let pattern = synonymPatterns.get(synonym);
  if (!pattern) {
    if (synonymPatterns.size >= SYNONYM_LIMIT) synonymPatterns.clear();
    synonymPatterns.set(synonym, (pattern = new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(synonym)}`)));
  }
  return pattern;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
