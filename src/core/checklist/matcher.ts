/**
 * Finds which checklist items a unit of prose mentions. All items' patterns are compiled into
 * one alternation scanned once per unit; results are remembered by unit text, so re-checking
 * after an edit only scans the units whose text changed.
 */
import type { ChecklistItem } from '../framework';

/** One item pattern set that matched a unit, with the words that matched. */
export interface PatternHit {
  /** Item id; `requires` patterns are keyed `<id>#requires`, number patterns `<id>#number`. */
  key: string;
  text: string;
}

const WORD = 'A-Za-z0-9_';
// Word-bounded on both sides even when a pattern starts or ends with punctuation ("A/B", "P(click)").
const bounded = (source: string): string => `(?<![${WORD}])(?:${source})(?![${WORD}])`;

export class ItemMatcher {
  private readonly keys: string[] = [];
  private readonly sticky: RegExp[] = [];
  private readonly scanner: RegExp | undefined;
  private seen = new Map<string, PatternHit[]>();
  private previous = new Map<string, PatternHit[]>();

  constructor(items: Iterable<ChecklistItem>) {
    const groups: string[] = [];
    const add = (key: string, patterns: string[] | undefined): void => {
      const valid = (patterns ?? []).filter(isValidPattern);
      if (valid.length === 0) return;
      const source = bounded(valid.join('|'));
      this.keys.push(key);
      this.sticky.push(new RegExp(source, 'iy'));
      groups.push(source);
    };
    for (const item of items) {
      add(item.id, item.patterns);
      add(`${item.id}#requires`, item.requires);
      add(`${item.id}#number`, item.numberPatterns);
    }
    this.scanner = groups.length > 0 ? new RegExp(groups.join('|'), 'gi') : undefined;
  }

  /** Every match of every pattern set in the text, in order, remembered by text. */
  hits(text: string): PatternHit[] {
    const known = this.seen.get(text) ?? this.previous.get(text);
    if (known) {
      this.seen.set(text, known);
      return known;
    }
    const found = this.scan(text);
    this.seen.set(text, found);
    return found;
  }

  /** Forgets texts not seen since the previous round: memory follows the document, not its history. */
  endRound(): void {
    this.previous = this.seen;
    this.seen = new Map();
  }

  private scan(text: string): PatternHit[] {
    const scanner = this.scanner;
    if (!scanner) return [];
    const found: PatternHit[] = [];
    scanner.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = scanner.exec(text)) !== null) {
      const at = match.index;
      // The alternation reports only the first set matching here; others may match at the same place.
      for (let k = 0; k < this.keys.length; k++) {
        const pattern = this.sticky[k]!;
        pattern.lastIndex = at;
        const own = pattern.exec(text);
        if (own) found.push({ key: this.keys[k]!, text: own[0] });
      }
      scanner.lastIndex = at + 1;
    }
    return found;
  }
}

function isValidPattern(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}
