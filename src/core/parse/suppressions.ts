import type { Suppression } from '../answer';

// The comment's kind (longest first, so "disable" does not stop short of "disable-next-line") and its rule ids.
const KIND_AND_RULES = String.raw`mlsd-(disable-next-line|disable-line|disable|enable)((?:\s+[\w-]+)*)`;
const COMMENT = new RegExp(String.raw`<!--\s*${KIND_AND_RULES}\s*-->`, 'g');
// Inside a Mermaid block an HTML comment would break the diagram; Mermaid's own `%%` comment carries it there.
const MERMAID_COMMENT = new RegExp(String.raw`^\s*%%\s*${KIND_AND_RULES}\s*$`);

const SCOPES: Record<string, Suppression['scope']> = {
  disable: 'file',
  'disable-next-line': 'next-line',
  'disable-line': 'line',
  enable: 'enable',
};

/** Whether a line may hold a comment `suppressionsOnLine` reads: a test cheap enough for every line. */
export function mayHoldSuppression(line: string): boolean {
  return line.includes('mlsd-disable') || line.includes('mlsd-enable');
}

/**
 * Finds `<!-- mlsd-disable a b -->`, `<!-- mlsd-disable-next-line a -->`,
 * `<!-- mlsd-disable-line a -->` and `<!-- mlsd-enable a -->` comments on one line, in the
 * order written, and their Mermaid forms (`%% mlsd-disable-next-line a`) on a line of their own.
 */
export function suppressionsOnLine(line: string, lineNumber: number): Suppression[] {
  if (!mayHoldSuppression(line)) return [];
  const mermaid = MERMAID_COMMENT.exec(line);
  const matches = mermaid ? [mermaid] : line.matchAll(COMMENT);
  const found: Suppression[] = [];
  for (const match of matches) {
    found.push({
      rules: match[2]!.trim().split(/\s+/).filter(Boolean),
      scope: SCOPES[match[1]!]!,
      line: lineNumber,
    });
  }
  return found;
}
