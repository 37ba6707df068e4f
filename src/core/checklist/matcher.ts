/**
 * Finds which checklist items a unit of prose mentions. One pass over a unit's words finds where
 * each item's literal first words occur; an item's pattern is then tried only at those places.
 */
import type { ChecklistItem } from '../framework';
import { isTrigger, TriggerTrieBuilder, type TriggerTrie } from './triggerTrie';
import { triggersOf } from './triggers';

/** One item pattern set that matched a unit, with the words that matched. */
export interface PatternHit {
  /** Item id; `requires` patterns are keyed `<id>#requires`, number patterns `<id>#number`. */
  key: string;
  /** The key's place in `ItemMatcher.keys`: lets a reader collect hits in arrays rather than maps. */
  slot: number;
  text: string;
}

const WORD = 'A-Za-z0-9_';
// Word-bounded on both sides even when a pattern starts or ends with punctuation ("A/B", "P(click)").
const bounded = (source: string): string => `(?<![${WORD}])(?:${source})(?![${WORD}])`;

/** Everything the matcher derives from the items' patterns, shared by every matcher of the same items. */
interface MatchPlan {
  keys: string[];
  expressions: RegExp[];
  /** The same patterns, sticky: tried at one position only. */
  anchored: RegExp[];
  /** Keys whose patterns have no literal start: tried on every unit. */
  alwaysTried: number[];
  /**
   * Literal starts in a trie: from a word start, one walk along the text finds every start that
   * occurs there, however many starts share their first letters.
   */
  starts: TriggerTrie;
}

export class ItemMatcher {
  /** Every pattern key, each hit's `slot` indexing into it. */
  readonly keys: readonly string[];
  private readonly expressions: RegExp[];
  private readonly anchored: RegExp[];
  private readonly alwaysTried: number[];
  private readonly starts: TriggerTrie;

  constructor(items: Iterable<ChecklistItem>) {
    ({ keys: this.keys, expressions: this.expressions, anchored: this.anchored, alwaysTried: this.alwaysTried, starts: this.starts } =
      planFor(items));
  }

  /** Every match of every pattern set in the text, in order. */
  hits(text: string): PatternHit[] {
    const found: PatternHit[] = [];
    const starts = this.starts.startsIn(text);
    if (starts.keys.length === 0 && this.alwaysTried.length === 0) return found;
    // Keys in ascending order, as the hits are reported: a walk over all keys beats sorting the few found.
    for (let k = 0; k < this.keys.length; k++) {
      const count = starts.counts[k]!;
      if (count > 0) this.matchAt(k, text, starts.positions[k]!, count, found);
      else if (this.alwaysTried.includes(k)) this.matchAnywhere(k, text, found);
    }
    return found;
  }

  /** Every match of a key's pattern, left to right, as a global search finds them. */
  private matchAnywhere(k: number, text: string, found: PatternHit[]): void {
    const expression = this.expressions[k]!;
    expression.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = expression.exec(text)) !== null) {
      found.push({ key: this.keys[k]!, slot: k, text: match[0] });
      if (match[0].length === 0) expression.lastIndex++;
    }
  }

  /**
   * The same matches as a global search, tried only where the key's literal start occurs: every
   * match starts at one of those places, and a match's end is where the next may start.
   */
  private matchAt(k: number, text: string, positions: number[], count: number, found: PatternHit[]): void {
    const expression = this.anchored[k]!;
    let from = 0;
    for (let p = 0; p < count; p++) {
      const position = positions[p]!;
      if (position < from) continue;
      expression.lastIndex = position;
      const match = expression.exec(text);
      if (!match) continue;
      found.push({ key: this.keys[k]!, slot: k, text: match[0] });
      from = match[0].length === 0 ? position + 1 : position + match[0].length;
    }
  }
}

// Plans outlive one checker: a check from scratch (the CLI, each new document) would otherwise
// compile every item's pattern anew, which costs more than matching with it.
const plans = new Map<string, MatchPlan>();
const PLAN_LIMIT = 16;

function planFor(items: Iterable<ChecklistItem>): MatchPlan {
  const patternSets: Array<[key: string, patterns: string[]]> = [];
  for (const item of items) {
    patternSets.push([item.id, item.patterns], [`${item.id}#requires`, item.requires ?? []], [`${item.id}#number`, item.numberPatterns ?? []]);
  }
  const signature = JSON.stringify(patternSets);
  let plan = plans.get(signature);
  if (!plan) {
    // Workspace patterns can change many times in a session: start over rather than grow.
    if (plans.size >= PLAN_LIMIT) plans.clear();
    plans.set(signature, (plan = buildPlan(patternSets)));
  }
  return plan;
}

function buildPlan(patternSets: Array<[key: string, patterns: string[]]>): MatchPlan {
  const plan: Omit<MatchPlan, 'starts'> = { keys: [], expressions: [], anchored: [], alwaysTried: [] };
  const starts = new TriggerTrieBuilder();
  for (const [key, patterns] of patternSets) {
    const valid = patterns.filter(isValidPattern);
    if (valid.length === 0) continue;
    const index = plan.keys.length;
    plan.keys.push(key);
    plan.expressions.push(new RegExp(bounded(valid.join('|')), 'gi'));
    plan.anchored.push(new RegExp(bounded(valid.join('|')), 'iy'));
    const triggers = valid.map(triggersOf);
    if (triggers.some((list) => list === undefined || list.some((trigger) => !isTrigger(trigger)))) {
      plan.alwaysTried.push(index);
      continue;
    }
    for (const trigger of new Set(triggers.flat() as string[])) starts.add(trigger, index);
  }
  return { ...plan, starts: starts.build(plan.keys.length) };
}

function isValidPattern(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}
