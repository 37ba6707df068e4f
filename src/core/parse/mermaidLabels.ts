/**
 * The words a Mermaid diagram shows: node labels, edge labels, subgraph titles, and in other
 * diagram types the messages, notes and aliases. A pipeline drawn as "interaction logs → build
 * pairs → train two-tower" says as much as the sentence would, so its labels are read as prose.
 * Identifiers (`A`, `RK`), keywords and styling are not words the diagram shows.
 */

import { typeLineOf } from './mermaid';

/** A label and where it stands in the diagram's source: a line of it and a column range. */
export interface DiagramLabel {
  text: string;
  line: number;
  start: number;
  end: number;
}

export function diagramLabels(source: string, diagramType: string | undefined): DiagramLabel[] {
  const type = diagramType?.toLowerCase();
  const read = type === 'flowchart' || type === 'graph' ? flowchartLabels : type === 'sequencediagram' ? sequenceLabels : otherLabels;
  const labels: DiagramLabel[] = [];
  const lines = source.split('\n');
  const typeLine = typeLineOf(lines);
  if (!typeLine) return labels;
  // The type line ("flowchart LR", "sequenceDiagram") names no content, nor does anything before it.
  for (let index = typeLine.line + 1; index < lines.length; index++) {
    const line = lines[index]!;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('%%')) continue;
    for (const found of read(line)) {
      const text = cleanLabel(line.slice(found.start, found.end));
      if (text) labels.push({ text, line: index, start: found.start, end: found.end });
    }
  }
  return labels;
}

interface Range {
  start: number;
  end: number;
}

// Lines that only style, link or lay out the diagram.
const FLOWCHART_SETTINGS = /^\s*(?:classDef|class|style|linkStyle|click|direction|end)\b/;
const SUBGRAPH = /^(\s*subgraph\s+)(.*)$/;
const SUBGRAPH_TITLE = /^[\w-]+\s*\[(.*)\]\s*$/;
// Shape openers after a node id, longest first: `A([stadium])`, `A[(database)]`, `A{{hexagon}}`…
const SHAPE_OPENERS = ['(((', '([', '[[', '[(', '((', '{{', '[/', '[\\', '[', '(', '{', '>'];
// Text on a link written inline: `A -- text --> B`, `A -. text .-> B`, `A == text ==> B`.
const INLINE_EDGE_HINT = /(?:--|==|-\.)\s*[^\s"|>.=-]/;
const INLINE_EDGE_TEXT = /(?<![-=.<>])(?:--|==|-\.)(?![->=.])\s*([^\s"|>-][^|">]*?)\s*(?:-{2,}[>xo]|={2,}[>xo]|\.-+[>xo]|-{3,}|={3,}|-\.-)/g;

function flowchartLabels(line: string): Range[] {
  if (FLOWCHART_SETTINGS.test(line)) return [];
  const subgraph = SUBGRAPH.exec(line);
  if (subgraph) {
    const offset = subgraph[1]!.length;
    const rest = subgraph[2]!;
    // `subgraph id [Title]` and `subgraph "Title"` show the title; `subgraph Title words` the rest of the line.
    const titled = SUBGRAPH_TITLE.exec(rest);
    if (titled) {
      const start = offset + rest.indexOf('[') + 1;
      return [{ start, end: start + titled[1]!.length }];
    }
    return rest.trim() ? [{ start: offset, end: offset + rest.trimEnd().length }] : [];
  }
  const ranges = shapeAndQuoteLabels(line);
  // Most links carry no inline text: skip the search unless a link opens with text after it.
  if (!INLINE_EDGE_HINT.test(line)) return ranges;
  for (const edge of line.matchAll(INLINE_EDGE_TEXT)) {
    const start = (edge.index ?? 0) + edge[0].indexOf(edge[1]!);
    if (!inside(ranges, start)) ranges.push({ start, end: start + edge[1]!.length });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** Quoted strings, `|edge labels|` and the text inside node shapes, left to right. */
function shapeAndQuoteLabels(line: string): Range[] {
  const ranges: Range[] = [];
  let index = 0;
  while (index < line.length) {
    const code = line.charCodeAt(index);
    // Most characters are ids, arrows and spaces: only quotes, bars and brackets start a label.
    if (code !== QUOTE && code !== BAR && !OPENING.has(code)) {
      index++;
      continue;
    }
    const character = line[index]!;
    if (character === '"') {
      const close = line.indexOf('"', index + 1);
      if (close < 0) break;
      ranges.push({ start: index + 1, end: close });
      index = close + 1;
      continue;
    }
    if (character === '|') {
      const close = line.indexOf('|', index + 1);
      if (close < 0) break;
      ranges.push(...labelBetween(line, index + 1, close));
      index = close + 1;
      continue;
    }
    const opener = index > 0 && isWordCharacter(line.charCodeAt(index - 1)) ? SHAPE_OPENERS.find((open) => line.startsWith(open, index)) : undefined;
    if (opener) {
      const start = index + opener.length;
      const end = shapeEnd(line, start);
      if (end < 0) break;
      ranges.push(...labelBetween(line, start, end));
      index = end + 1;
      continue;
    }
    index++;
  }
  return ranges;
}

const QUOTE = 34;
const BAR = 124;
const OPENING = new Set(['[', '(', '{', '>'].map((character) => character.charCodeAt(0)));

/** A shape opens right after a node id's last character, a word character (an arrow's `>` follows a dash). */
function isWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * The label inside a shape or between edge bars: when quoted (`A["label"]`, `|"label"|`) the
 * quote rule takes the words, otherwise the whole inside is the label.
 */
function labelBetween(line: string, start: number, end: number): Range[] {
  const inner = line.slice(start, end);
  if (!inner.trim().startsWith('"')) return [{ start, end }];
  return shapeAndQuoteLabels(inner).map((range) => ({ start: range.start + start, end: range.end + start }));
}

/** Where a shape's text ends: the first closing bracket outside quotes. */
function shapeEnd(line: string, from: number): number {
  let quoted = false;
  for (let index = from; index < line.length; index++) {
    const character = line[index]!;
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === ']' || character === ')' || character === '}')) return index;
  }
  return -1;
}

function inside(ranges: Range[], at: number): boolean {
  return ranges.some((range) => range.start <= at && at < range.end);
}

// `participant A as Label`, `actor U as User`.
const PARTICIPANT_ALIAS = /^\s*(?:participant|actor)\s+\S+\s+as\s+(.+?)\s*$/;
// `loop Every day`, `alt cache hit`, `opt`, `par`, `critical`, `break`, `else`, `rect`: block titles.
const BLOCK_TITLE = /^(\s*(?:loop|alt|else|opt|par|and|critical|break|option)\s+)(.+?)\s*$/;
// A message or note carries its text after the colon: `A->>B: fetch features`, `Note over A: cache`.
const AFTER_COLON = /^(\s*(?:Note\b[^:]*|[^:]*?-[-)>x][^:]*):\s*)(.+?)\s*$/i;

function sequenceLabels(line: string): Range[] {
  const alias = PARTICIPANT_ALIAS.exec(line);
  if (alias) {
    const start = line.lastIndexOf(alias[1]!);
    return [{ start, end: start + alias[1]!.length }];
  }
  const title = BLOCK_TITLE.exec(line);
  if (title) return [{ start: title[1]!.length, end: title[1]!.length + title[2]!.length }];
  const message = AFTER_COLON.exec(line);
  if (message) return [{ start: message[1]!.length, end: message[1]!.length + message[2]!.length }];
  return [];
}

// Other diagram types: quoted strings and the text after a colon (`s1 : waiting`, `section : event`).
const COLON_TEXT = /:\s*([^:{}]+?)\s*$/;

function otherLabels(line: string): Range[] {
  const ranges = shapeAndQuoteLabels(line).filter((range) => line[range.start - 1] === '"');
  const colon = COLON_TEXT.exec(line);
  if (colon && ranges.length === 0) {
    const start = (colon.index ?? 0) + colon[0].indexOf(colon[1]!);
    ranges.push({ start, end: start + colon[1]!.length });
  }
  return ranges;
}

// What cleaning changes: markup, icons, quotes, slashes, and spaces at the ends or doubled.
const NEEDS_CLEANING = /[<`*"/\\]|fa:|\s\s|^\s|\s$/;

/** The label as a reader sees it: line breaks as spaces, no Markdown-string marks or icons. */
function cleanLabel(raw: string): string {
  if (!NEEDS_CLEANING.test(raw)) return raw;
  return raw
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\bfa:fa-[\w-]+/g, ' ')
    .replace(/[`*"]/g, '')
    .replace(/^[\s/\\]+|[\s/\\]+$/g, '')
    .replace(/\s+/g, ' ');
}
