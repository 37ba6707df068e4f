/**
 * The diagrams the product itself writes into an answer: the New Answer starters' pipelines,
 * the step and item templates' diagrams, the preview's starter pipeline. Left as inserted,
 * such a diagram is scaffolding, not the candidate's design, so its labels are no evidence.
 * Once edited, it is the candidate's own.
 */
import { itemTemplates, stepTemplates } from '../catalogue/templateTexts';
import { problemStarters } from '../problems';
import { snippetToText } from '../snippetText';
import { STARTER_PIPELINE } from '../starterPipeline';

const MERMAID_BLOCK = /^[ \t]*(?:```|~~~)\s*\{?mermaid\}?[^\n]*\n([\s\S]*?)^[ \t]*(?:```|~~~)/gm;

let shipped: Set<string> | undefined;

/** Whether a diagram's source is one the product ships, unchanged but for indentation and blank lines. */
export function isShippedDiagram(source: string): boolean {
  shipped ??= shippedSources();
  return shipped.has(normalised(source));
}

function shippedSources(): Set<string> {
  const texts = [
    ...Object.values(stepTemplates).map(snippetToText),
    ...Object.values(itemTemplates).map(snippetToText),
    ...problemStarters.map((starter) => starter.pipeline),
    STARTER_PIPELINE,
  ];
  const sources = new Set<string>();
  for (const text of texts) for (const block of text.matchAll(MERMAID_BLOCK)) sources.add(normalised(block[1]!));
  return sources;
}

function normalised(source: string): string {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
