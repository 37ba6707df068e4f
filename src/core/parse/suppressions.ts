import type { Suppression } from '../answer';

const DISABLE_COMMENT = /<!--\s*mlsd-disable(-next-line)?((?:\s+[\w-]+)*)\s*-->/g;

/** Finds `<!-- mlsd-disable a b -->` and `<!-- mlsd-disable-next-line a -->` comments on one line. */
export function suppressionsOnLine(line: string, lineNumber: number): Suppression[] {
  if (!line.includes('mlsd-disable')) return [];
  const found: Suppression[] = [];
  for (const match of line.matchAll(DISABLE_COMMENT)) {
    found.push({
      rules: match[2].trim().split(/\s+/).filter(Boolean),
      scope: match[1] ? 'next-line' : 'file',
      line: lineNumber,
    });
  }
  return found;
}
