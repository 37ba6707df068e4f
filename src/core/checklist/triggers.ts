/**
 * Literal word starts a pattern can begin with ("qps", "latency", "p9"), so that a unit is
 * matched only against the items whose first words it contains. A pattern whose start is not
 * literal (a class, an optional group) has no triggers and is always tried.
 */

/** Lower-case literal prefixes one of which any match must start with; undefined when unknown. */
export function triggersOf(source: string): string[] | undefined {
  const found: string[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const starts = startsOf(alternative);
    if (!starts) return undefined;
    found.push(...starts);
  }
  return found.length > 0 ? found : undefined;
}

function startsOf(written: string): string[] | undefined {
  // A leading lookbehind constrains what stands before the match, not how it starts.
  const alternative = /^\(\?<[!=]/.test(written) ? written.slice(closingParen(written, 0) + 1) : written;
  if (!alternative.startsWith('(?:')) {
    const { literal } = literalPrefix(alternative, false);
    return literal.length >= 1 ? [literal] : undefined;
  }
  const close = closingParen(alternative, 0);
  if (close < 0) return undefined;
  const options = topLevelAlternatives(alternative.slice(3, close));
  const starts: string[] = [];
  for (const option of options) {
    const optionStarts = startsOf(option);
    if (!optionStarts) return undefined;
    starts.push(...optionStarts);
  }
  // A group that may be skipped ("(?:offline )?training") lets the match start after it too.
  const afterGroup = skippableGroupEnd(alternative, close + 1);
  if (afterGroup !== undefined) {
    const restStarts = startsOf(alternative.slice(afterGroup));
    if (!restStarts) return undefined;
    starts.push(...restStarts);
    return starts;
  }
  // Options written out in full go on with what follows the group: "(?:per|a) (?:day|week)"
  // starts "per day", "a day", … rather than with the common word "a".
  if (!'?*+{'.includes(alternative[close + 1] ?? '?') && options.every(isLiteral)) {
    const continuations = continuationsOf(alternative.slice(close + 1));
    if (continuations.length * starts.length <= MAX_TRIGGERS_PER_GROUP) {
      return starts.flatMap((start) => continuations.map((continuation) => start + continuation));
    }
  }
  return starts;
}

const MAX_TRIGGERS_PER_GROUP = 64;

/** Whether a pattern is nothing but literal characters a trigger can hold. */
function isLiteral(source: string): boolean {
  const { literal, consumed } = literalPrefix(source, false);
  return literal.length > 0 && consumed === source.length;
}

/**
 * The literal texts a pattern's matches begin with, punctuation first allowed: its literal
 * characters, then one of the options of a group written out in full. [''] when none.
 */
function continuationsOf(source: string): string[] {
  const { literal, consumed } = literalPrefix(source, true);
  const rest = source.slice(consumed);
  if (!rest.startsWith('(?:')) return [literal];
  const close = closingParen(rest, 0);
  if (close < 0 || '?*+{'.includes(rest[close + 1] ?? '?')) return [literal];
  const options = topLevelAlternatives(rest.slice(3, close));
  return options.every(isLiteral) ? options.map((option) => literal + literalPrefix(option, false).literal) : [literal];
}

/** Where the pattern goes on after a group's quantifier, when that quantifier allows zero repeats. */
function skippableGroupEnd(source: string, at: number): number | undefined {
  const quantifier = source[at];
  if (quantifier === '?' || quantifier === '*') return source[at + 1] === '?' ? at + 2 : at + 1;
  if (quantifier === '{') {
    const end = source.indexOf('}', at);
    if (end < 0) return undefined;
    if (/^\{0\s*[,}]/.test(source.slice(at, end + 1))) return source[end + 1] === '?' ? end + 2 : end + 1;
  }
  return undefined;
}

/** Characters besides letters and digits that a literal start may go on with, as a pattern writes them. */
export const TRIGGER_PUNCTUATION = " /-'&:";

/**
 * Leading characters that must appear as written (case aside): a letter or digit (or, when
 * `punctuationFirst`, any trigger character), then letters, digits and TRIGGER_PUNCTUATION
 * ("a/b", "in scope"), escaped or not; with how many characters of the source they took.
 */
function literalPrefix(text: string, punctuationFirst: boolean): { literal: string; consumed: number } {
  let literal = '';
  let i = 0;
  while (i < text.length) {
    // An escaped punctuation character ("\\/") is that character.
    const escaped = text[i] === '\\' && TRIGGER_PUNCTUATION.includes(text[i + 1] ?? '\\');
    const char = escaped ? text[i + 1]! : text[i]!;
    const width = escaped ? 2 : 1;
    const punctuationAllowed = literal.length > 0 || punctuationFirst;
    if (!/[a-z0-9]/i.test(char) && !(punctuationAllowed && TRIGGER_PUNCTUATION.includes(char))) break;
    const next = text[i + width];
    // A quantifier makes the character optional or repeated: stop before it, or after it for "+".
    if (next === '?' || next === '*' || next === '{') break;
    literal += char.toLowerCase();
    i += width;
    if (next === '+') break;
  }
  return { literal, consumed: i };
}

function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  return -1;
}
