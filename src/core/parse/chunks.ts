import { leadingWhitespace } from './lines';

/** A run of lines from one ATX heading (or the document's start) to the next. */
export interface Chunk {
  startLine: number;
  endLine: number;
  text: string;
  /** The chunk's lines, as `text` joins them. */
  lines: string[];
}

const FENCE_OPEN = /^(`{3,}|~{3,})/;
const FENCE_CLOSE = /^(`{3,}|~{3,})\s*$/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:\s|$)/;

/**
 * Cuts the document before every ATX heading that is not inside a fenced block. A heading
 * closes every Markdown block except a fence, so parsing the chunks one by one gives the same
 * blocks as parsing the whole, and an edit invalidates only the chunk it falls in.
 */
export function splitIntoChunks(lines: string[], firstLine: number): Chunk[] {
  const chunks: Chunk[] = [];
  let start = firstLine;
  let fence: string | undefined;
  for (let line = firstLine; line < lines.length; line++) {
    const text = lines[line];
    const trimmed = text.slice(leadingWhitespace(text));
    if (fence) {
      const close = FENCE_CLOSE.exec(trimmed);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = undefined;
      continue;
    }
    const open = FENCE_OPEN.exec(trimmed);
    if (open) {
      fence = open[1];
      continue;
    }
    if (line > start && ATX_HEADING.test(text)) {
      chunks.push(chunkOf(lines, start, line));
      start = line;
    }
  }
  if (start < lines.length || chunks.length === 0) chunks.push(chunkOf(lines, start, lines.length));
  return chunks;
}

function chunkOf(lines: string[], startLine: number, endLine: number): Chunk {
  const own = lines.slice(startLine, endLine);
  return { startLine, endLine, text: own.join('\n'), lines: own };
}
