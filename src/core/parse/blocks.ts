import { BOLD_HEADING_LEVEL, type Diagram, type Heading, type Quantity, type Span, type TextUnit } from '../answer';
import { contentHash } from '../hash';
import type { BlockToken, BlockTokenizer } from './blockTokens';
import { leadingWhitespace, splitLines } from './lines';
import { diagramTypeOf, mermaidFenceForm } from './mermaid';
import { diagramLabels } from './mermaidLabels';
import { endsInsideOpenBlock } from './openBlocks';
import { isPlainInfo, isPlainNotes } from './plainNotes';
import { extractQuantities } from './quantities';

/** What one chunk contributes to the answer, its lines counted from the `firstLine` it was read at. */
export interface ChunkContent {
  headings: Heading[];
  diagrams: Diagram[];
  units: Array<Omit<TextUnit, 'section'>>;
  /** Quantities with `unit` indexing into this chunk's `units`. */
  quantities: Quantity[];
  /** The chunk ends inside a fence or HTML block that goes on past a heading after it (see `endsInsideOpenBlock`). */
  runsOn: boolean;
}

const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[A-Z0-9"'(*[_~])|\n(?=\s*[A-Z0-9*_[(])(?<=[.!?:;]\n)/g;
// Markdown images, the image embeds of note-taking apps ("![[Pasted image 1.png]]"), HTML image
// tags, which answers use to size a drawing (`<img src="design.png" width="600"/>`), and the
// opening tag of a drawing made inline in SVG.
const IMAGE = /!\[[^\]]*\]\([^)]*\)|!\[\[[^\]]+\.(?:png|jpe?g|gif|svg|webp)(?:\|[^\]]*)?\]\]|<img\s[^>]*>|<svg\b[^>]*>/gi;
// A diagram in the Liquid tag of static-site generators (`{% mermaid %}` … `{% endmermaid %}`):
// the site draws it, so it is a drawing, and its node lines are not prose.
const LIQUID_DIAGRAM = /^\{%-?\s*(?:mermaid|plantuml|graphviz|diagram)\b[^%]*-?%\}\s*$/;
const LIQUID_END = /^\s*\{%-?\s*end\w+\s*-?%\}\s*$/;
const ASCII_BOX = /[┌┐└┘│─┬┴├┤]|\+-{2,}|-{2,}>|={2,}>|\|\s*\w[^|\n]*\|/;
// A listing of folders and files drawn with branches ("├── data/", "│   └── model.py") uses the
// same glyphs, but it shows a repository's layout, not the system: it is no drawing of the design.
const TREE_BRANCH = /^[\s│|]*(?:[├└]──|[|`+]--)/;
// Arrows mark a flow drawn with the same branches ("[Service]", "├── [Ranking]", "↓"): no listing has them.
const TREE_LINE = /^[\s│|]*(?:(?:[├└]──+|[|`+]--+)\s*)?[^│├└┌┐┘┬┴┤─|<>←↑→↓↔⇒⇓▼▲►◄]*$/;
const TREE_BRANCHES = 2;
// A flow drawn without boxes: arrows between the steps, or a line holding only a connector
// ("   ↓", "   |"). Typed arrows ("->") do not count alone: notes and formulas use them
// ("text -> video: L_t2v"), and a fence that names a language is code, where they are operators.
const FLOW_ARROW = /[→←↓↑⇒⇓▼▲]/;
const CONNECTOR_LINE = /^\s*[|↓↑v]\s*$/;
const FLOW_LINES = 2;
const MERMAID_FENCE_INSIDE = /^\s*(?:`{3,}|~{3,})\s*\{?mermaid\}?/im;
// A paragraph that is one bold line ("**Step 1: Clarify**") is used as a heading by many answers.
const BOLD_LINE = /^(\*\*|__)([^*_\n]+?)\1\s*:?\s*$/;
// A plain line naming a step ("STEP 1 : Problem formulation", "Step 3 - Data") heads what follows
// in notes written without Markdown headings; a sentence after the number ("Step 2: we log…") does not.
const STEP_LINE = /^(?:step|part|phase|stage)\s*\d{1,2}\s*[:.)\-–—]\s*([A-Za-z][^.!?:;\n]{0,50})$/i;
const STEP_TITLE_WORDS = 6;
// A numbered line naming a step over a bulleted list ("1. Requirements" then "* …") heads the
// list in notes written without Markdown headings: markdown-it reads it as a list of one item.
const NUMBERED_TITLE = /^[A-Za-z][^.!?:;\n]{0,50}:?$/;
/** Tokens of such a list: its opening, item, paragraph, inline, paragraph and item closings, its closing. */
const NUMBERED_TITLE_TOKENS = 7;
const MARKDOWN_INFO = /^\s*(?:markdown|md)\s*$/i;
// A quote that opens with the interviewer's or the prompt's label is the question being answered.
const PROMPT_LABEL = /^(?:\*\*|__)?(?:interviewer|prompt|question|problem statement|the ask)(?:\*\*|__)?\s*:|^(?:\*\*|__)(?:interviewer|prompt|question|problem statement|the ask)\s*:(?:\*\*|__)/i;
// Content tabs and admonitions (`=== "Tab"`, `!!! note`) indent their body like code.
const INDENTED_CONTAINER = /^\s*(?:===|\?\?\?|!!!)/;

/** Where a run of Markdown sits: its lines, and their place in the chunk (nested content is indented). */
interface Place {
  tokenize: BlockTokenizer;
  lines: string[];
  lineOffset: number;
  columnOffset: number;
  into: ChunkContent;
}

/**
 * Walks markdown-it's block tokens of one chunk. Inline parsing is skipped: the checker needs
 * each block's text and lines, not its inline structure, and block parsing alone is several
 * times cheaper. `firstLine` is the line number given to the chunk's first line.
 */
export function readChunk(tokenize: BlockTokenizer, chunk: { text: string; lines: string[] }, firstLine = 0): ChunkContent {
  const tokens = tokenize(chunk.text);
  const content: ChunkContent = { headings: [], diagrams: [], units: [], quantities: [], runsOn: endsInsideOpenBlock(tokens, chunk.lines) };
  collect(tokenize, tokens, chunk.lines, firstLine, 0, content);
  keepInsideLines(content, chunk.lines, firstLine);
  return content;
}

/**
 * Pulls every place back inside its line. Nested content (indented code read as Markdown, list
 * items) reaches markdown-it with tabs turned into spaces, so a place counted in it can pass the
 * end of the shorter line that holds the tab.
 */
function keepInsideLines(content: ChunkContent, lines: string[], firstLine: number): void {
  const clamp = (span: Span): void => {
    span.character = Math.min(span.character, (lines[span.line - firstLine] ?? '').length);
    span.endCharacter = Math.min(span.endCharacter, (lines[span.endLine - firstLine] ?? '').length);
  };
  for (const unit of content.units) clamp(unit.span);
  for (const quantity of content.quantities) clamp(quantity.span);
  for (const heading of content.headings) clamp(heading.span);
  for (const diagram of content.diagrams) clamp(diagram.span);
}

function collect(tokenize: BlockTokenizer, tokens: BlockToken[], lines: string[], lineOffset: number, columnOffset: number, into: ChunkContent): void {
  const place: Place = { tokenize, lines, lineOffset, columnOffset, into };
  const containers: string[] = [];
  // The quoted prompt: the container depth of its blockquote, and its first unit.
  let prompt: { depth: number; firstUnit: number } | undefined;
  let rowCells: string[] | undefined;
  let rowLine = 0;

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const map = token.map;
    if (token.nesting === 1 && token.type !== 'paragraph_open' && token.type !== 'heading_open') {
      containers.push(token.type);
    } else if (token.nesting === -1 && token.type !== 'paragraph_close' && token.type !== 'heading_close') {
      containers.pop();
    }

    // Only a list at the top of the chunk (the one container just opened) can be a title.
    if (token.type === 'ordered_list_open' && map && containers.length === 1 && isNumberedTitle(tokens, index)) {
      const inline = tokens[index + 3]!;
      addBoldHeading(into, inline.content.replace(/:$/, ''), lines[map[0]] ?? '', map[0] + lineOffset, columnOffset);
      containers.pop();
      // The rest of the list's tokens are skipped: its one line is now a heading, not a bullet.
      index += NUMBERED_TITLE_TOKENS - 1;
      continue;
    }

    switch (token.type) {
      case 'blockquote_open':
        if (!prompt && PROMPT_LABEL.test(tokens[index + 2]?.content ?? '')) prompt = { depth: containers.length, firstUnit: into.units.length };
        break;
      case 'blockquote_close':
        if (prompt && containers.length < prompt.depth) {
          for (let unit = prompt.firstUnit; unit < into.units.length; unit++) into.units[unit]!.prompt = true;
          prompt = undefined;
        }
        break;
      case 'heading_open': {
        const inline = tokens[index + 1];
        if (!map || !inline) break;
        const line = map[0];
        const raw = lines[line] ?? '';
        const heading: Heading = {
          level: Number(token.tag.slice(1)),
          text: inline.content,
          span: spanOf(line + lineOffset, columnOffset + Math.max(0, raw.indexOf(inline.content)), line + lineOffset, columnOffset + raw.length),
        };
        into.headings.push(heading);
        addUnit(into, 'heading', inline.content, heading.span);
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[index + 1];
        if (!map || !inline) break;
        const inList = containers[containers.length - 1] === 'list_item_open';
        const boldTitle = inList ? null : BOLD_LINE.exec(inline.content);
        const newline = inline.content.indexOf('\n');
        const stepTitle = inList ? null : STEP_LINE.exec(newline < 0 ? inline.content : inline.content.slice(0, newline));
        if (!inList && LIQUID_DIAGRAM.test(newline < 0 ? inline.content : inline.content.slice(0, newline))) {
          addLiquidDiagram(place, inline.content, map);
        } else if (boldTitle && map[1] - map[0] === 1) {
          addBoldHeading(into, boldTitle[2], lines[map[0]] ?? '', map[0] + lineOffset, columnOffset);
        } else if (stepTitle && stepTitle[1]!.trim().split(/\s+/).length <= STEP_TITLE_WORDS) {
          // The step's line is a heading; the lines that continue the paragraph are its first content.
          addBoldHeading(into, stepTitle[0].trim(), lines[map[0]] ?? '', map[0] + lineOffset, columnOffset);
          if (newline >= 0) addParagraph(into, inline.content.slice(newline + 1).trimStart(), lines, map[0] + 1, lineOffset, columnOffset, false);
        } else addParagraph(into, inline.content, lines, map[0], lineOffset, columnOffset, inList);
        break;
      }
      case 'tr_open':
        rowCells = [];
        rowLine = map ? map[0] : rowLine;
        break;
      case 'inline':
        if (rowCells && containers.some((c) => c === 'th_open' || c === 'td_open')) rowCells.push(token.content);
        break;
      case 'tr_close':
        if (rowCells) {
          const raw = lines[rowLine] ?? '';
          addUnit(
            into,
            'table-row',
            rowCells.join(' | '),
            spanOf(rowLine + lineOffset, columnOffset + leadingWhitespace(raw), rowLine + lineOffset, columnOffset + raw.length),
          );
        }
        rowCells = undefined;
        break;
      case 'fence':
        if (map && MARKDOWN_INFO.test(token.info)) {
          // Answers pasted inside a ```markdown fence are still the answer: read them as Markdown.
          collect(tokenize, tokenize(token.content), splitLines(token.content), map[0] + 1 + lineOffset, columnOffset + leadingWhitespace(lines[map[0]] ?? ''), into);
        } else if (map) addFence(place, token, map);
        break;
      case 'code_block':
        if (map) addCodeBlock(place, token, map);
        break;
      case 'html_block':
        if (map && holdsHtmlImage(token.content)) addHtmlImages(place, token.content, map[0]);
        if (map) addHtmlText(place, token.content, map[0]);
        break;
      default:
        break;
    }
  }
}

/**
 * Whether the ordered list opening at `index` is one numbered title over a bulleted list: a single
 * item holding one short line, the list right after it a bulleted one.
 */
function isNumberedTitle(tokens: BlockToken[], index: number): boolean {
  const [item, paragraph, inline, , itemClose, listClose, next] = tokens.slice(index + 1, index + NUMBERED_TITLE_TOKENS + 1);
  return (
    item?.type === 'list_item_open' &&
    paragraph?.type === 'paragraph_open' &&
    inline?.type === 'inline' &&
    itemClose?.type === 'list_item_close' &&
    listClose?.type === 'ordered_list_close' &&
    next?.type === 'bullet_list_open' &&
    NUMBERED_TITLE.test(inline.content) &&
    inline.content.trim().split(/\s+/).length <= STEP_TITLE_WORDS
  );
}

function addFence(place: Place, token: BlockToken, map: [number, number]): void {
  const { lines, lineOffset, columnOffset, into } = place;
  const form = mermaidFenceForm(token.info, token.markup);
  const lastLine = Math.max(map[0], map[1] - 1);
  const span = spanOf(map[0] + lineOffset, 0, lastLine + lineOffset, columnOffset + (lines[lastLine] ?? '').length);
  if (!form) {
    const drawn = drawnKind(token.content, token.info);
    if (drawn) addDrawing(place, drawn, token.content, map[0] + 1, span);
    else if (isPlainInfo(token.info) && isPlainNotes(token.content)) addNoteLines(place, token.content, map[0] + 1);
    return;
  }
  const source = token.content.replace(/\n$/, '');
  const diagramType = diagramTypeOf(source);
  into.diagrams.push({
    id: contentHash(source),
    source,
    diagramType,
    fence: form,
    span,
    sourceStartLine: map[0] + 1 + lineOffset,
    indent: columnOffset + leadingWhitespace(lines[map[0]] ?? ''),
  });
  const sourceLines = source.split('\n');
  for (const label of diagramLabels(source, diagramType)) {
    const line = map[0] + 1 + label.line;
    // markdown-it strips the fence's indentation from its content: the document line is longer by that much.
    const shift = columnOffset + Math.max(0, (lines[line] ?? '').length - (sourceLines[label.line] ?? '').length);
    addUnit(into, 'diagram-label', label.text, spanOf(line + lineOffset, shift + label.start, line + lineOffset, shift + label.end));
  }
}

function addCodeBlock(place: Place, token: BlockToken, map: [number, number]): void {
  const { tokenize, lines, lineOffset, columnOffset, into } = place;
  const previous = map[0] > 0 ? lines[map[0] - 1] ?? '' : '';
  const before = map[0] > 1 ? lines[map[0] - 2] ?? '' : '';
  // A container's marker stands on the line before, or before a blank line (never before a heading, which ends it).
  const inContainer = INDENTED_CONTAINER.test(previous) || (previous.trim() === '' && INDENTED_CONTAINER.test(before));
  if (MERMAID_FENCE_INSIDE.test(token.content) || inContainer) {
    // Indented content (tabs, admonitions, deep lists) is Markdown, not code: read it as such.
    const indent = leadingWhitespace(lines[map[0]] ?? '');
    collect(tokenize, tokenize(token.content), splitLines(token.content), map[0] + lineOffset, columnOffset + indent, into);
    return;
  }
  const drawn = drawnKind(token.content, token.info);
  if (drawn) {
    const lastLine = Math.max(map[0], map[1] - 1);
    addDrawing(place, drawn, token.content, map[0], spanOf(map[0] + lineOffset, 0, lastLine + lineOffset, (lines[lastLine] ?? '').length));
  } else if (isPlainNotes(token.content)) addNoteLines(place, token.content, map[0]);
}

/**
 * A drawing, or a listing of files, whose content starts at `firstLine`: a drawing is one unit
 * over its block's `span`, and each line that holds a word or a figure is a unit of its own.
 */
function addDrawing(place: Place, kind: 'ascii-art' | 'file-tree', content: string, firstLine: number, span: Span): void {
  const { lines, lineOffset, columnOffset, into } = place;
  const text = withoutFinalBreak(content);
  // A listing of files is no diagram: only its lines, the notes on what each file does, say something.
  if (kind === 'ascii-art') addUnit(into, 'ascii-art', text, span);
  text.split('\n').forEach((textLine, index) => {
    if (!WORD_OR_FIGURE.test(textLine)) return;
    const line = firstLine + index;
    const documentLine = lines[line] ?? '';
    // markdown-it strips the block's indentation from its content: the document line is longer by that much.
    const start = columnOffset + Math.max(0, documentLine.length - textLine.length) + leadingWhitespace(textLine);
    const at = line + lineOffset;
    addUnit(into, 'drawing-line', textLine.trim(), spanOf(at, start, at, columnOffset + documentLine.length), (from, to) => spanOf(at, start + from, at, start + to));
  });
}

const WORD_OR_FIGURE = /[\p{L}\d]/u;

/**
 * What a code block drawn with box glyphs or arrows is: a drawing of the design, or a listing of
 * folders and files; undefined when it draws nothing.
 */
function drawnKind(content: string, info: string): 'ascii-art' | 'file-tree' | undefined {
  if (ASCII_BOX.test(content)) return isDirectoryTree(content) ? 'file-tree' : 'ascii-art';
  return isPlainInfo(info) && isFlowDrawing(content) ? 'ascii-art' : undefined;
}

/** Lines of a flow drawn with arrows ("User → Ranker → Top-K", "   ↓", "   |") rather than boxes. */
function isFlowDrawing(content: string): boolean {
  let arrowLines = 0;
  for (const line of content.split('\n')) if (FLOW_ARROW.test(line) || CONNECTOR_LINE.test(line)) arrowLines++;
  return arrowLines >= FLOW_LINES;
}

function isDirectoryTree(content: string): boolean {
  let branches = 0;
  for (const line of content.split('\n')) {
    if (!TREE_LINE.test(line)) return false;
    if (TREE_BRANCH.test(line)) branches++;
  }
  return branches >= TREE_BRANCHES;
}

/**
 * A block's content without its final line break, which markdown-it keeps or not depending on
 * whether a line follows: the same drawing reads the same at the end of the text.
 */
function withoutFinalBreak(content: string): string {
  return content.endsWith('\n') ? content.slice(0, -1) : content;
}

function holdsHtmlImage(content: string): boolean {
  return content.includes('<img') || content.includes('<svg');
}

/**
 * A Liquid-tag diagram: one drawing over the paragraph's lines, none of them read as prose; a
 * Mermaid one gives its node and edge labels as a fenced block does.
 */
function addLiquidDiagram({ lines, lineOffset, columnOffset, into }: Place, content: string, map: [number, number]): void {
  const lastLine = Math.max(map[0], map[1] - 1);
  const tag = content.split('\n', 1)[0]!.trim();
  const start = columnOffset + leadingWhitespace(lines[map[0]] ?? '');
  addUnit(into, 'image', tag, spanOf(map[0] + lineOffset, start, lastLine + lineOffset, columnOffset + (lines[lastLine] ?? '').length));
  if (!/\bmermaid\b/.test(tag)) return;
  const sourceEnd = LIQUID_END.test(lines[lastLine] ?? '') ? lastLine : lastLine + 1;
  const source = lines.slice(map[0] + 1, sourceEnd).join('\n');
  for (const label of diagramLabels(source, diagramTypeOf(source))) {
    const line = map[0] + 1 + label.line + lineOffset;
    addUnit(into, 'diagram-label', label.text, spanOf(line, columnOffset + label.start, line, columnOffset + label.end));
  }
}

/**
 * The words of an HTML block ("<ol><li><b>Is ML the right fit?</b> The signals change daily…"),
 * line by line as notes are read: what is written in HTML is said all the same. Comments,
 * scripts and styles say nothing to the reader.
 */
function addHtmlText({ lines, lineOffset, columnOffset, into }: Place, content: string, firstLine: number): void {
  const shown = content.replace(HTML_UNSHOWN, (hidden) => hidden.replace(/[^\n]/g, ' '));
  const blockLines = shown.split('\n');
  for (let index = 0; index < blockLines.length; index++) {
    const text = decodeEntities(blockLines[index]!.replace(HTML_TAG, ' ')).replace(/\s+/g, ' ').trim();
    if (!WORD_OR_FIGURE.test(text)) continue;
    const documentLine = lines[firstLine + index] ?? '';
    const line = firstLine + index + lineOffset;
    const start = columnOffset + leadingWhitespace(documentLine);
    addUnit(into, 'bullet', text, spanOf(line, start, line, columnOffset + documentLine.length));
  }
}

const HTML_UNSHOWN = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const HTML_TAG = /<\/?[A-Za-z][^>]*>?/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name]!) : text;
}

/** The image tags of an HTML block, each at its line. */
function addHtmlImages({ lines, lineOffset, columnOffset, into }: Place, content: string, firstLine: number): void {
  const blockLines = content.split('\n');
  for (let index = 0; index < blockLines.length; index++) {
    for (const image of blockLines[index]!.matchAll(IMAGE)) {
      const line = firstLine + index;
      // markdown-it keeps an HTML block's lines whole: an image's place in it is its place in the document line.
      const start = columnOffset + Math.max(0, (lines[line] ?? '').indexOf(image[0]));
      addUnit(into, 'image', image[0], spanOf(line + lineOffset, start, line + lineOffset, start + image[0].length));
    }
  }
}

/** Notes kept in a code block: each line is a unit of its own, as such notes are written. */
function addNoteLines({ lines, lineOffset, columnOffset, into }: Place, content: string, firstLine: number): void {
  const noteLines = content.split('\n');
  for (let index = 0; index < noteLines.length; index++) {
    const text = noteLines[index]!.trim();
    if (!text) continue;
    const line = firstLine + index + lineOffset;
    // markdown-it strips the block's indentation: the note stands where its text is in the document line.
    const start = columnOffset + Math.max(0, (lines[firstLine + index] ?? '').indexOf(text));
    addUnit(into, 'bullet', text, spanOf(line, start, line, start + text.length), (from, to) => spanOf(line, start + from, line, start + to));
  }
}

function addBoldHeading(into: ChunkContent, text: string, raw: string, line: number, columnOffset: number): void {
  const start = Math.max(0, raw.indexOf(text));
  const heading: Heading = {
    level: BOLD_HEADING_LEVEL,
    text,
    span: spanOf(line, columnOffset + start, line, columnOffset + raw.length),
  };
  into.headings.push(heading);
  addUnit(into, 'heading', text, heading.span);
}

/** A paragraph becomes one bullet unit inside a list, else one unit per sentence. */
function addParagraph(
  into: ChunkContent,
  content: string,
  lines: string[],
  firstLine: number,
  lineOffset: number,
  columnOffset: number,
  inList: boolean,
): void {
  // Where each of the content's lines starts in the content, and in its line of the document.
  const starts: number[] = [];
  const columns: number[] = [];
  // Most paragraphs are one line: that one needs no splitting.
  const contentLines = content.includes('\n') ? content.split('\n') : [content];
  let offset = 0;
  for (let i = 0; i < contentLines.length; i++) {
    const contentLine = contentLines[i]!;
    starts.push(offset);
    offset += contentLine.length + 1;
    const raw = lines[firstLine + i] ?? '';
    const found = contentLine ? raw.indexOf(contentLine) : -1;
    columns.push(found >= 0 ? found : leadingWhitespace(raw));
  }
  // The content line an offset falls in; placing it builds no object, as it runs for every unit and number.
  const lineAt = (at: number): number => {
    let i = starts.length - 1;
    while (i > 0 && starts[i] > at) i--;
    return i;
  };
  const spanAt = (start: number, end: number): Span => {
    const last = Math.max(start, end);
    const from = lineAt(start);
    const to = lineAt(last);
    return spanOf(
      firstLine + from + lineOffset,
      columnOffset + columns[from] + (start - starts[from]),
      firstLine + to + lineOffset,
      columnOffset + columns[to] + (last - starts[to]),
    );
  };

  if (content.includes('![') || holdsHtmlImage(content)) {
    for (const image of content.matchAll(IMAGE)) {
      const at = image.index ?? 0;
      addUnit(into, 'image', image[0], spanAt(at, at + image[0].length));
    }
  }
  if (inList) {
    addUnit(into, 'bullet', content, spanAt(0, content.length), spanAt, 0);
    return;
  }
  let start = 0;
  for (const boundary of content.matchAll(SENTENCE_BREAK)) {
    const end = boundary.index ?? 0;
    if (end > start) addUnit(into, 'sentence', content.slice(start, end), spanAt(start, end), spanAt, start);
    start = end + boundary[0].length;
  }
  if (start < content.length) addUnit(into, 'sentence', content.slice(start), spanAt(start, content.length), spanAt, start);
}

/**
 * `spanAt` places offsets of the text the unit was cut from, `base` being where the unit starts
 * in it; without them, every quantity takes the unit's span.
 */
function addUnit(
  into: ChunkContent,
  kind: TextUnit['kind'],
  text: string,
  span: Span,
  spanAt?: (start: number, end: number) => Span,
  base = 0,
): void {
  const unit = into.units.length;
  into.units.push({ kind, text, span });
  if (kind === 'image' || kind === 'ascii-art') return;
  for (const found of extractQuantities(blankAddresses(text))) {
    // Written out rather than spread: this runs for every number of the answer.
    const quantity: Quantity = { kind: found.kind, value: found.value, text: found.text, span: spanAt ? spanAt(base + found.start, base + found.end) : span, unit };
    if (found.upper !== undefined) quantity.upper = found.upper;
    if (found.period !== undefined) quantity.period = found.period;
    into.quantities.push(quantity);
  }
}

// Link targets and bare addresses hold numbers (paper ids, years) that measure nothing.
const ADDRESS = /\]\([^)]*\)|\b(?:https?:\/\/|www\.)\S+/gi;

/**
 * The text with every address blanked to spaces. Unlike the evidence reader's removal, the
 * offsets stay those of the original: quantities found in it are placed by them.
 */
function blankAddresses(text: string): string {
  return text.includes('](') || /https?:|www\./i.test(text) ? text.replace(ADDRESS, (address) => ' '.repeat(address.length)) : text;
}

function spanOf(line: number, character: number, endLine: number, endCharacter: number): Span {
  return { line, character, endLine, endCharacter };
}
