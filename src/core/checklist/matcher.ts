/**
 * Finds which checklist items a unit of prose mentions. A unit is matched only against the items
 * whose literal first words it contains (one pass over its words), and results are remembered by
 * unit text, so re-checking after an edit only scans the units whose text changed.
 */
import type { ChecklistItem } from '../framework';
import { triggersOf } from './triggers';

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
  private readonly expressions: RegExp[] = [];
  /** Keys whose patterns have no literal start: tried on every unit. */
  private readonly alwaysTried: number[] = [];
  /** Literal starts by their first character, with the key they belong to. */
  private readonly byFirstChar = new Map<string, Array<{ trigger: string; key: number }>>();
  private seen = new Map<string, PatternHit[]>();
  private previous = new Map<string, PatternHit[]>();

  constructor(items: Iterable<ChecklistItem>) {
    const add = (key: string, patterns: string[] | undefined): void => {
      const valid = (patterns ?? []).filter(isValidPattern);
      if (valid.length === 0) return;
      const index = this.keys.length;
      this.keys.push(key);
      this.expressions.push(new RegExp(bounded(valid.join('|')), 'gi'));
      const triggers = valid.map(triggersOf);
      if (triggers.some((list) => list === undefined)) {
        this.alwaysTried.push(index);
        return;
      }
      for (const trigger of new Set(triggers.flat() as string[])) {
        const first = trigger[0]!;
        let list = this.byFirstChar.get(first);
        if (!list) this.byFirstChar.set(first, (list = []));
        list.push({ trigger, key: index });
      }
    };
    for (const item of items) {
      add(item.id, item.patterns);
      add(`${item.id}#requires`, item.requires);
      add(`${item.id}#number`, item.numberPatterns);
    }
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
    const found: PatternHit[] = [];
    for (const k of this.candidates(text)) {
      const expression = this.expressions[k]!;
      expression.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = expression.exec(text)) !== null) {
        found.push({ key: this.keys[k]!, text: match[0] });
        if (match[0].length === 0) expression.lastIndex++;
      }
    }
    return found;
  }

  /** Keys worth trying: those with a literal start found at a word start, and those without one. */
  private candidates(text: string): number[] {
    const lower = text.toLowerCase();
    const chosen = new Set<number>(this.alwaysTried);
    let previousIsWord = false;
    for (let i = 0; i < lower.length; i++) {
      const char = lower[i]!;
      const isWord = (char >= 'a' && char <= 'z') || (char >= '0' && char <= '9');
      if (isWord && !previousIsWord) {
        const list = this.byFirstChar.get(char);
        if (list) for (const { trigger, key } of list) if (!chosen.has(key) && lower.startsWith(trigger, i)) chosen.add(key);
      }
      previousIsWord = isWord;
    }
    return [...chosen].sort((a, b) => a - b);
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
