import type { Answer, Diagram, Heading, Quantity, Section, Span, Suppression, TextUnit } from '../answer';
import { RoundMemo } from '../roundMemo';
import { createBlockTokenizer } from './blockTokens';
import { readChunk, type ChunkContent } from './blocks';
import { joinChunks, splitIntoChunks, wholeChunk, type Chunk } from './chunks';
import { readFrontMatter } from './frontMatter';
import { splitLines } from './lines';
import { mayHoldSuppression, suppressionsOnLine } from './suppressions';

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
  const contents = new RoundMemo<string, ChunkContent>();
  let placed = new Map<ChunkContent, PlacedChunk>();

  return {
    parse(text: string): Answer {
      const assembled = assemble(
        text,
        // A chunk's text is a slice of this version of the document; what is kept must not hold
        // the whole version alive, so a new chunk is read from a copy of its own.
        {
          read: (chunk) => contents.get(chunk.text, (own) => readChunk(tokenize, { text: own, lines: chunk.lines }), () => chunk.lines.join('\n')),
          cut: splitIntoChunks,
          positioned: false,
        },
        placed,
      );
      contents.endRound();
      placed = assembled.placed;
      return assembled.answer;
    },
  };
}

/**
 * Parses once, keeping nothing: what a parser remembers for the next version (each chunk's text
 * copied and looked up) is pure cost when there is no next version.
 */
export function parseAnswer(text: string): Answer {
  const tokenize = createBlockTokenizer();
  // Nothing is re-used, so nothing is gained by cutting the text at its headings: it is read at once.
  return assemble(text, { cut: wholeChunk, read: (chunk) => readChunk(tokenize, chunk, chunk.startLine), positioned: true }, new Map()).answer;
}

/** How a parse reads its chunks. */
interface ChunkSource {
  /** Cuts the document from `firstLine` (after the front matter) into the chunks read. */
  cut(lines: string[], firstLine: number, text: string): Chunk[];
  read(chunk: Chunk): ChunkContent;
  /**
   * Whether what `read` gives is already at the chunk's place in the document and belongs to
   * this parse alone: then it becomes part of the answer as it is, rather than copied to its place.
   */
  positioned: boolean;
}

/** A chunk's contribution as placed in a document: at a line, after a number of units. */
interface PlacedChunk {
  startLine: number;
  unitBase: number;
  headings: Heading[];
  units: TextUnit[];
  quantities: Quantity[];
}

/**
 * Cuts the text into chunks, reads each from `source` and joins them into one answer. A chunk
 * placed at the same line after the same number of units as in the previous version gives the
 * same objects, so they are re-used rather than built again; only a unit whose section changed
 * is copied (earlier answers keep theirs).
 */
function assemble(
  text: string,
  source: ChunkSource,
  previous: Map<ChunkContent, PlacedChunk>,
): { answer: Answer; placed: Map<ChunkContent, PlacedChunk> } {
  const lines = splitLines(text);
  const frontMatter = readFrontMatter(lines);
  const headings: Heading[] = [];
  const diagrams: Diagram[] = [];
  const units: TextUnit[] = [];
  const quantities: Quantity[] = [];
  const seenDiagramIds = new Map<string, number>();
  const placed = new Map<ChunkContent, PlacedChunk>();

  const chunks = source.cut(lines, frontMatter?.endLine ?? 0, text);
  for (let next = 0; next < chunks.length; ) {
    let chunk = chunks[next++]!;
    let content = source.read(chunk);
    // A chunk that ends inside a fence or HTML block takes in the chunks that block runs into.
    while (content.runsOn && next < chunks.length) content = source.read((chunk = joinChunks(chunk, chunks[next++]!)));
    const startLine = chunk.startLine;
    const unitBase = units.length;
    const before = previous.get(content);
    const at = source.positioned
      ? adopt(content, startLine, unitBase)
      : before && before.startLine === startLine && before.unitBase === unitBase
        ? before
        : place(content, startLine, unitBase);
    // Where the content's lines count from: the chunk's first line, unless already counted from the document's.
    const offset = source.positioned ? 0 : startLine;
    placed.set(content, at);
    headings.push(...at.headings);
    units.push(...at.units);
    quantities.push(...at.quantities);
    for (const diagram of content.diagrams) {
      // Two identical diagrams share a content hash; the second gets a suffix so ids stay unique.
      const seen = seenDiagramIds.get(diagram.id) ?? 0;
      seenDiagramIds.set(diagram.id, seen + 1);
      diagrams.push({
        ...diagram,
        id: seen === 0 ? diagram.id : `${diagram.id}-${seen + 1}`,
        span: shift(diagram.span, offset),
        sourceStartLine: diagram.sourceStartLine + offset,
      });
    }
  }

  const sections = sectionsOf(headings, lines.length);
  const headingStarts = sections.map((section) => section.startLine);
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    const section = innermostSection(headingStarts, unit.span.line);
    if (unit.section === section) continue;
    // A unit built by this call has no section yet and takes it in place; a re-used one is copied.
    if (unit.section === UNPLACED) unit.section = section;
    else units[index] = placedUnit(unit, unit.span, section);
  }
  const answer: Answer = {
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
  return { answer, placed };
}

/** The section of a unit not yet placed in the section tree. */
const UNPLACED = -1;

/** A chunk's headings, units and quantities at their place in the document. */
function place(content: ChunkContent, startLine: number, unitBase: number): PlacedChunk {
  // Objects are written out rather than spread: this runs over every unit of a new chunk.
  const headings = content.headings.map((heading) => ({ level: heading.level, text: heading.text, span: shift(heading.span, startLine) }));
  const units = content.units.map((unit) => placedUnit(unit, shift(unit.span, startLine), UNPLACED));
  const quantities = content.quantities.map((quantity): Quantity => {
    const { kind, value, upper, text, period } = quantity;
    const placed: Quantity = { kind, value, text, span: shift(quantity.span, startLine), unit: quantity.unit + unitBase };
    if (upper !== undefined) placed.upper = upper;
    if (period !== undefined) placed.period = period;
    return placed;
  });
  return { startLine, unitBase, headings, units, quantities };
}

/** A chunk's content, read at its place for this parse alone, made part of the answer without copies. */
function adopt(content: ChunkContent, startLine: number, unitBase: number): PlacedChunk {
  // Its units take their sections once all headings are known.
  const units = content.units as TextUnit[];
  for (const unit of units) unit.section = UNPLACED;
  if (unitBase > 0) for (const quantity of content.quantities) quantity.unit += unitBase;
  return { startLine, unitBase, headings: content.headings, units, quantities: content.quantities };
}

/** A unit's copy at a place and in a section. */
function placedUnit(unit: Omit<TextUnit, 'section'>, span: Span, section: number): TextUnit {
  const placed: TextUnit = { kind: unit.kind, text: unit.text, span, section };
  if (unit.prompt) placed.prompt = true;
  return placed;
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
  if (!lines.some(mayHoldSuppression)) return found;
  lines.forEach((line, index) => found.push(...suppressionsOnLine(line, index)));
  return found;
}

function shift(span: Span, by: number): Span {
  return by === 0 ? span : { line: span.line + by, character: span.character, endLine: span.endLine + by, endCharacter: span.endCharacter };
}
