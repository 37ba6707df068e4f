/**
 * The literal starts of the checklist's patterns in one trie, walked along a unit's text to find
 * every place where some pattern could begin.
 */
import { TRIGGER_PUNCTUATION } from './triggers';

/**
 * Letters fold to 0–25 and digits to 26–35, then the punctuation a literal start may hold; every
 * other character ends a literal start.
 */
const SYMBOLS = 36 + TRIGGER_PUNCTUATION.length;
const SYMBOL_OF = new Int8Array(128).fill(-1);
for (let code = 0; code < 26; code++) {
  SYMBOL_OF[97 + code] = code;
  SYMBOL_OF[65 + code] = code;
}
for (let code = 0; code < 10; code++) SYMBOL_OF[48 + code] = 26 + code;
for (let index = 0; index < TRIGGER_PUNCTUATION.length; index++) SYMBOL_OF[TRIGGER_PUNCTUATION.charCodeAt(index)] = 36 + index;
/** Symbols below this are letters and digits: the characters a word, and a literal start, begins with. */
const FIRST_PUNCTUATION_SYMBOL = 36;

/** Keys whose literal start occurs in a text, in the order found, and each key's positions (the first `counts[key]`). */
export interface KeyStarts {
  keys: number[];
  positions: number[][];
  counts: Int32Array;
}

/** A literal start the trie can hold: a letter or digit, then letters, digits and trigger punctuation. */
export function isTrigger(text: string): boolean {
  if (!/^[a-z0-9]/.test(text)) return false;
  for (let i = 0; i < text.length; i++) if (symbolOf(text.charCodeAt(i)) < 0 || /[A-Z]/.test(text[i]!)) return false;
  return true;
}

/** Collects literal starts, each with the key of the pattern set it begins; `build` makes the trie that finds them. */
export class TriggerTrieBuilder {
  private readonly children: Array<Map<number, number>> = [new Map()];
  private readonly keysAt: number[][] = [[]];

  /** `trigger` must pass `isTrigger`. */
  add(trigger: string, key: number): void {
    let node = 0;
    for (let i = 0; i < trigger.length; i++) {
      const symbol = symbolOf(trigger.charCodeAt(i));
      let next = this.children[node]!.get(symbol);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.keysAt.push([]);
        this.children[node]!.set(symbol, next);
      }
      node = next;
    }
    const keys = this.keysAt[node]!;
    if (!keys.includes(key)) keys.push(key);
  }

  /**
   * The trie as flat tables with its nodes numbered breadth first. Most walks end within a few
   * letters, so the nodes they visit share the first rows of the table, which stay in the
   * processor's cache; numbered as added, every walk would spread over the whole table, and the
   * table grows with every pattern the checklist gains.
   */
  build(keyCount: number): TriggerTrie {
    const order = [0];
    for (let at = 0; at < order.length; at++) {
      for (const [, child] of [...this.children[order[at]!]!].sort((a, b) => a[0] - b[0])) order.push(child);
    }
    const numberOf = new Map(order.map((node, index) => [node, index]));
    const transitions = order.length <= 0xffff ? new Uint16Array(order.length * SYMBOLS) : new Uint32Array(order.length * SYMBOLS);
    const keyOffsets = new Uint32Array(order.length + 1);
    const keys: number[] = [];
    order.forEach((node, index) => {
      for (const [symbol, child] of this.children[node]!) transitions[index * SYMBOLS + symbol] = numberOf.get(child)!;
      keyOffsets[index] = keys.length;
      keys.push(...this.keysAt[node]!);
    });
    keyOffsets[order.length] = keys.length;
    return new TriggerTrie(transitions, keyOffsets, Int32Array.from(keys), keyCount);
  }
}

/**
 * The literal starts of every key, case folded, as a flat transition table over [a-z0-9] and
 * trigger punctuation. Literal starts are ASCII and the patterns match case-insensitively without
 * the `u` flag, under which an ASCII letter matches only ASCII letters, so folding ASCII alone
 * finds every place a match can begin.
 */
export class TriggerTrie {
  private readonly found: KeyStarts;

  /**
   * `transitions[node * SYMBOLS + symbol]` is the next node, 0 for none (the root is never a
   * target); the keys ending at a node are `keys[keyOffsets[node]]` up to `keys[keyOffsets[node + 1]]`,
   * each below `keyCount`.
   */
  constructor(
    private readonly transitions: Uint16Array | Uint32Array,
    private readonly keyOffsets: Uint32Array,
    private readonly keys: Int32Array,
    keyCount: number,
  ) {
    this.found = { keys: [], positions: Array.from({ length: keyCount }, () => []), counts: new Int32Array(keyCount) };
  }

  /**
   * For each key, every position where a match could begin, ascending: a literal start that is
   * not preceded by a character the patterns' word bounds exclude ([A-Za-z0-9_]). The result is
   * overwritten by the next call: units are scanned one at a time, and re-using the arrays keeps
   * a check from allocating a map per unit.
   */
  startsIn(text: string): KeyStarts {
    const { transitions, keyOffsets, keys, found } = this;
    // Counts are reset rather than the arrays truncated: a truncated array gives up its storage.
    for (const key of found.keys) found.counts[key] = 0;
    found.keys = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!isAsciiWord(code)) continue;
      // A word start: walk the trie along the text as far as it goes.
      const symbol = symbolOf(code);
      let node = symbol < 0 ? 0 : transitions[symbol]!;
      for (let j = i + 1; node !== 0; j++) {
        for (let k = keyOffsets[node]!; k < keyOffsets[node + 1]!; k++) {
          const key = keys[k]!;
          const positions = found.positions[key]!;
          const count = found.counts[key]!;
          if (count === 0) found.keys.push(key);
          else if (positions[count - 1] === i) continue;
          positions[count] = i;
          found.counts[key] = count + 1;
        }
        const next = j < text.length ? symbolOf(text.charCodeAt(j)) : -1;
        node = next < 0 ? 0 : transitions[node * SYMBOLS + next]!;
      }
      // The rest of the word cannot start a match: skip to its end.
      while (i + 1 < text.length && isAsciiWord(text.charCodeAt(i + 1))) i++;
    }
    return found;
  }
}

/** The characters the patterns' word bounds exclude: [A-Za-z0-9_]. */
function isAsciiWord(code: number): boolean {
  if (code === 95) return true;
  const symbol = symbolOf(code);
  return symbol >= 0 && symbol < FIRST_PUNCTUATION_SYMBOL;
}

function symbolOf(code: number): number {
  return code < 128 ? SYMBOL_OF[code]! : -1;
}
