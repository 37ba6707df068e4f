import type { Suppression } from '../answer';

const DISABLE_COMMENT = /<!--\s*mlsd-disable(-next-line)?((?:\s+[\w-]+)*)\s*-->/g;
// Inside a Mermaid block an HTML comment would break the diagram; Mermaid's own `%%` comment carries it there.
const MERMAID_DISABLE_COMMENT = /^\s*%%\s*mlsd-disable(-next-line)?((?:\s+[\w-]+)*)\s*$/;

/**
 * Finds `<!-- mlsd-disable a b -->` and `<!-- mlsd-disable-next-line a -->` comments on one
 * line, and their Mermaid forms (`%% mlsd-disable-next-line a`) on a line of their own.
 */
export function suppressionsOnLine(line: string, lineNumber: number): Suppression[] {
  if (!line.includes('mlsd-disable')) return [];
  const mermaid = MERMAID_DISABLE_COMMENT.exec(line);
  const matches = mermaid ? [mermaid] : line.matchAll(DISABLE_COMMENT);
  const found: Suppression[] = [];
  for (const match of matches) {
    found.push({
      rules: match[2]!.trim().split(/\s+/).filter(Boolean),
      scope: match[1] ? 'next-line' : 'file',
      line: lineNumber,
    });
  }
  return found;
}
