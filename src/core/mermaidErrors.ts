/**
 * Mermaid's errors in the answer's terms: a message without Mermaid's own line count, and the
 * line of the diagram's source it blames. Shared by the preview panel and the command line.
 */

export const NO_DIAGRAM_TYPE =
  'This block names no diagram type Mermaid knows. Start it with one, such as "flowchart LR" or "sequenceDiagram".';

/** What Mermaid said, with its line count taken out: the document line is shown instead, which would confuse. */
export function mermaidErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/No diagram type detected/i.test(text)) return NO_DIAGRAM_TYPE;
  return text.replace(/^Parse error on line \d+:\s*/i, 'Parse error:\n').replace(/\s+$/, '');
}

interface ParserErrorHash {
  loc?: { first_line?: number };
  line?: number;
}

/**
 * The 0-based line of the source an error blames. Mermaid's parsers count 1-based lines of the
 * text Mermaid made of the source first: front matter cut off, `%%` comment lines removed,
 * directives blanked (spread over lines, they join into one), leading blank lines trimmed.
 */
export function mermaidErrorLine(error: unknown, source: string): number {
  const hash = (error as { hash?: ParserErrorHash } | null)?.hash;
  let line = hash?.loc?.first_line;
  if (line === undefined) {
    const match = /line (\d+)/i.exec(error instanceof Error ? error.message : String(error));
    line = match ? Number(match[1]) : 1;
  }
  const lines = source.split('\n');
  const parsed = linesParsed(lines);
  return parsed[Math.max(0, line - 1)] ?? parsed[parsed.length - 1] ?? 0;
}

/** For each line of the text Mermaid's parser reads, the 0-based line of the source it comes from. */
function linesParsed(lines: readonly string[]): number[] {
  const parsed: number[] = [];
  let inDirective = false;
  for (let index = frontMatterLines(lines); index < lines.length; index++) {
    const trimmed = lines[index]!.trim();
    if (inDirective) {
      // The rest of a directive joins the line it started on.
      inDirective = !trimmed.includes('}%%');
      continue;
    }
    if (trimmed.startsWith('%%') && !trimmed.startsWith('%%{')) continue;
    if (trimmed.startsWith('%%{')) inDirective = !trimmed.includes('}%%');
    // A directive leaves an empty line behind.
    const blank = trimmed === '' || trimmed.startsWith('%%{');
    if (blank && parsed.length === 0) continue;
    parsed.push(index);
  }
  return parsed;
}
function frontMatterLines(lines: readonly string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  return end > 0 ? end + 1 : 0;
}
