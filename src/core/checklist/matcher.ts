/**
 * Finds which checklist items a unit of prose mentions. One pass over a unit's words finds where
 * each item's literal first words occur; an item's pattern is then tried only at those places.
 * Results are remembered by unit text, so re-checking after an edit only scans the units whose
 * text changed.
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
  /** The same patterns, sticky: tried at one position only. */
  private readonly anchored: RegExp[] = [];
  /** Keys whose patterns have no literal start: tried on every unit. */
  private readonly alwaysTried: number[] = [];
  /**
   * Literal starts (lower-case) in a trie: from a word start, one walk along the text finds every
   * start that occurs there, however many starts share their first letters.
   */
  private readonly starts: TrieNode = newTrieNode();
  private seen = new Map<string, PatternHit[]>();
  private previous = new Map<string, PatternHit[]>();

  constructor(items: Iterable<ChecklistItem>) {
    const add = (key: string, patterns: string[] | undefined): void => {
      const valid = (patterns ?? []).filter(isValidPattern);
      if (valid.length === 0) return;
      const index = this.keys.length;
      this.keys.push(key);
      this.expressions.push(compiled(bounded(valid.join('|')), 'gi'));
      this.anchored.push(compiled(bounded(valid.join('|')), 'iy'));
      const triggers = valid.map(triggersOf);
      if (triggers.some((list) => list === undefined)) {
        this.alwaysTried.push(index);
        return;
      }
      for (const trigger of new Set(triggers.flat() as string[])) addToTrie(this.starts, trigger, index);
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
    const lower = text.toLowerCase();
    const starts = this.triggerStarts(text, lower);
    // Lower-casing can change a text's length; then positions do not line up and only presence counts.
    const aligned = lower.length === text.length;
    for (const k of [...new Set([...this.alwaysTried, ...starts.keys()])].sort((a, b) => a - b)) {
      const positions = starts.get(k);
      if (positions && aligned) this.matchAt(k, text, positions, found);
      else this.matchAnywhere(k, text, found);
    }
    return found;
  }

  /** Every match of a key's pattern, left to right, as a global search finds them. */
  private matchAnywhere(k: number, text: string, found: PatternHit[]): void {
    const expression = this.expressions[k]!;
    expression.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = expression.exec(text)) !== null) {
      found.push({ key: this.keys[k]!, text: match[0] });
      if (match[0].length === 0) expression.lastIndex++;
    }
  }

  /**
   * The same matches as a global search, tried only where the key's literal start occurs: every
   * match starts at one of those places, and a match's end is where the next may start.
   */
  private matchAt(k: number, text: string, positions: number[], found: PatternHit[]): void {
    const expression = this.anchored[k]!;
    let from = 0;
    for (const position of positions) {
      if (position < from) continue;
      expression.lastIndex = position;
      const match = expression.exec(text);
      if (!match) continue;
      found.push({ key: this.keys[k]!, text: match[0] });
      from = match[0].length === 0 ? position + 1 : position + match[0].length;
    }
  }

  /**
   * For each key with a literal start found at a word start, every position where a match could
   * begin (a literal start not preceded by an ASCII word character), ascending.
   */
  private triggerStarts(text: string, lower: string): Map<number, number[]> {
    const starts = new Map<number, number[]>();
    // Keys chosen by a literal start after a non-word character of the lower-cased text.
    const chosen = new Set<number>();
    let previousIsWord = false;
    let previousIsAsciiWord = false;
    for (let i = 0; i < lower.length; i++) {
      const code = lower.charCodeAt(i);
      const isWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
      if (isWord && (!previousIsWord || !previousIsAsciiWord)) {
        let node: TrieNode | undefined = this.starts;
        for (let j = i; node && j < lower.length; j++) {
          node = node.next.get(lower.charCodeAt(j));
          if (!node) break;
          for (const key of node.keys) {
            if (!previousIsWord) chosen.add(key);
            const positions = starts.get(key);
            if (!positions) starts.set(key, [i]);
            else if (positions[positions.length - 1] !== i) positions.push(i);
          }
        }
      }
      previousIsWord = isWord;
      previousIsAsciiWord = isAsciiWord(text.charCodeAt(i));
    }
    for (const key of starts.keys()) if (!chosen.has(key)) starts.delete(key);
    return starts;
  }
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Keys whose literal start ends at this node. */
  keys: number[];
}

function newTrieNode(): TrieNode {
  return { next: new Map(), keys: [] };
}

function addToTrie(root: TrieNode, trigger: string, key: number): void {
  let node = root;
  for (let i = 0; i < trigger.length; i++) {
    const code = trigger.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) node.next.set(code, (child = newTrieNode()));
    node = child;
  }
  if (!node.keys.includes(key)) node.keys.push(key);
}

/** The characters the patterns' word bounds exclude: [A-Za-z0-9_]. */
function isAsciiWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

// Compiled patterns outlive one checker: a check from scratch (the CLI, each new document) would
// otherwise compile every item's pattern anew, which costs more than matching with it.
const compiledPatterns = new Map<string, RegExp>();
const COMPILED_LIMIT = 4_000;

/** A shared compiled pattern; callers reset `lastIndex` before each use, so sharing is safe. */
function compiled(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let expression = compiledPatterns.get(key);
  if (!expression) {
    // Workspace patterns can change many times in a session: start over rather than grow.
    if (compiledPatterns.size >= COMPILED_LIMIT) compiledPatterns.clear();
    compiledPatterns.set(key, (expression = new RegExp(source, flags)));
  }
  return expression;
}

function isValidPattern(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}
