import type { Answer, Diagram, Heading, Quantity, Section, Span, Suppression, TextUnit } from '../answer';
import { createBlockTokenizer } from './blockTokens';
import { readChunk, type ChunkContent } from './blocks';
import { splitIntoChunks } from './chunks';
import { readFrontMatter } from './frontMatter';
import { splitLines } from './lines';
import { suppressionsOnLine } from './suppressions';

export interface AnswerParser {
  /** Parses the text, re-using the chunks that did not change since the previous call. */
  parse(text: string): Answer;
}

/**
 * A parser that remembers the previous version's chunks: an edit re-parses only the chunk
 * (heading to heading) it touched. Only the latest version's chunks are kept, so memory stays
 * bounded however long the editing goes on.
 */
export function createAnswerParser(): AnswerParser {
  const tokenize = createBlockTokenizer();
  let cache = new Map<string, ChunkContent>();

  return {
    parse(text: string): Answer {
      const lines = splitLines(text);
      const frontMatter = readFrontMatter(lines);
      const chunks = splitIntoChunks(lines, frontMatter?.endLine ?? 0);
      const next = new Map<string, ChunkContent>();
      const parts = chunks.map((chunk) => {
        const content = cache.get(chunk.text) ?? next.get(chunk.text) ?? readChunk(tokenize, chunk);
        next.set(chunk.text, content);
        return { startLine: chunk.startLine, content };
      });
      cache = next;
      return assemble(lines, frontMatter, parts);
    },
  };
}

/** Parses once, without keeping anything. */
export function parseAnswer(text: string): Answer {
  return createAnswerParser().parse(text);
}

function assemble(
  lines: string[],
  frontMatter: Answer['frontMatter'],
  parts: Array<{ startLine: number; content: ChunkContent }>,
): Answer {
  const headings: Heading[] = [];
  const diagrams: Diagram[] = [];
  const units: TextUnit[] = [];
  const quantities: Quantity[] = [];
  const seenDiagramIds = new Map<string, number>();

  // Objects are written out rather than spread: this runs over every unit on every check.
  for (const { startLine, content } of parts) {
    const unitBase = units.length;
    for (const heading of content.headings) {
      headings.push({ level: heading.level, text: heading.text, span: shift(heading.span, startLine) });
    }
    for (const unit of content.units) units.push({ kind: unit.kind, text: unit.text, span: shift(unit.span, startLine), section: 0 });
    for (const quantity of content.quantities) {
      const { kind, value, upper, text } = quantity;
      const span = shift(quantity.span, startLine);
      const unit = quantity.unit + unitBase;
      quantities.push(upper === undefined ? { kind, value, text, span, unit } : { kind, value, upper, text, span, unit });
    }
    for (const diagram of content.diagrams) {
      // Two identical diagrams share a content hash; the second gets a suffix so ids stay unique.
      const seen = seenDiagramIds.get(diagram.id) ?? 0;
      seenDiagramIds.set(diagram.id, seen + 1);
      diagrams.push({
        ...diagram,
        id: seen === 0 ? diagram.id : `${diagram.id}-${seen + 1}`,
        span: shift(diagram.span, startLine),
        sourceStartLine: diagram.sourceStartLine + startLine,
      });
    }
  }

  const sections = sectionsOf(headings, lines.length);
  const headingStarts = sections.map((section) => section.startLine);
  for (const unit of units) unit.section = innermostSection(headingStarts, unit.span.line);
  return {
    lineCount: lines.length,
    frontMatter,
    title: frontMatter?.title ?? headings.find((heading) => heading.level === 1)?.text ?? headings[0]?.text,
    headings,
    sections,
    diagrams,
    quantities,
    units,
    suppressions: suppressionsOf(lines),
  };
}

/** Section 0 is the preamble before the first heading; then one section per heading. */
function sectionsOf(headings: Heading[], lineCount: number): Section[] {
  const sections: Section[] = [
    { heading: undefined, startLine: 0, endLine: headings[0]?.span.line ?? lineCount, parent: undefined },
  ];
  const open: number[] = [];
  headings.forEach((heading, i) => {
    while (open.length > 0 && sections[open[open.length - 1]].heading!.level >= heading.level) open.pop();
    let endLine = lineCount;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].level <= heading.level) {
        endLine = headings[j].span.line;
        break;
      }
    }
    sections.push({ heading, startLine: heading.span.line, endLine, parent: open[open.length - 1] });
    open.push(sections.length - 1);
  });
  return sections;
}

/** The section of the last heading at or before the line: sections nest, so that one is innermost. */
function innermostSection(sectionStarts: number[], line: number): number {
  let low = 1;
  let high = sectionStarts.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sectionStarts[middle] <= line) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function suppressionsOf(lines: string[]): Suppression[] {
  const found: Suppression[] = [];
  lines.forEach((line, index) => found.push(...suppressionsOnLine(line, index)));
  return found;
}

function shift(span: Span, by: number): Span {
  return by === 0 ? span : { line: span.line + by, character: span.character, endLine: span.endLine + by, endCharacter: span.endCharacter };
}
