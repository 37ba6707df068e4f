/**
 * Literal word starts a pattern can begin with ("qps", "latency", "p9"), so that a unit is
 * matched only against the items whose first words it contains. Optional groups, groups of
 * written-out options and small classes of literal characters are followed through; a pattern
 * that begins any other way (a range, "\d", a repeated group) has no triggers and is always tried.
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
    const { literals } = literalStarts(alternative, false);
    return literals[0]!.length >= 1 ? literals : undefined;
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
  const { literals, consumed } = literalStarts(source, false);
  return literals[0]!.length > 0 && consumed === source.length;
}

/**
 * The literal texts a pattern's matches begin with, punctuation first allowed: its literal
 * characters, then one of the options of a group written out in full. [''] when none.
 */
function continuationsOf(source: string): string[] {
  const { literals, consumed } = literalStarts(source, true);
  const rest = source.slice(consumed);
  if (!rest.startsWith('(?:')) return literals;
  const close = closingParen(rest, 0);
  if (close < 0 || '?*+{'.includes(rest[close + 1] ?? '?')) return literals;
  const options = topLevelAlternatives(rest.slice(3, close));
  if (!options.every(isLiteral)) return literals;
  const optionLiterals = options.flatMap((option) => literalStarts(option, false).literals);
  if (literals.length * optionLiterals.length > MAX_TRIGGERS_PER_GROUP) return literals;
  return literals.flatMap((literal) => optionLiterals.map((option) => literal + option));
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
 * The texts every match of a pattern begins with (case aside), and how many characters of the
 * pattern they took: a letter or digit (or, when `punctuationFirst`, any trigger character),
 * then letters, digits and TRIGGER_PUNCTUATION ("a/b", "in scope"), escaped or not, and small
 * classes of those, optional or not ("re[- ]?rank" begins "re-rank", "re rank" or "rerank").
 * [''] when the pattern begins otherwise.
 */
function literalStarts(text: string, punctuationFirst: boolean): { literals: string[]; consumed: number } {
  let literals = [''];
  let i = 0;
  while (i < text.length) {
    const begun = literals[0]!.length > 0 || punctuationFirst;
    const members = text[i] === '[' && begun ? classMembers(text, i) : undefined;
    if (members) {
      const quantifier = text[members.end];
      if (quantifier === '*' || quantifier === '+' || quantifier === '{') break;
      const options = quantifier === '?' ? [...members.chars, ''] : members.chars;
      if (literals.length * options.length > MAX_TRIGGERS_PER_GROUP) break;
      literals = literals.flatMap((literal) => options.map((option) => literal + option));
      i = members.end + (quantifier === '?' ? 1 : 0);
      continue;
    }
    // An escaped punctuation character ("\\/") is that character.
    const escaped = text[i] === '\\' && TRIGGER_PUNCTUATION.includes(text[i + 1] ?? '\\');
    const char = escaped ? text[i + 1]! : text[i]!;
    const width = escaped ? 2 : 1;
    if (!/[a-z0-9]/i.test(char) && !(begun && TRIGGER_PUNCTUATION.includes(char))) break;
    const next = text[i + width];
    // A quantifier makes the character optional or repeated: stop before it, or after it for "+".
    if (next === '?' || next === '*' || next === '{') break;
    literals = literals.map((literal) => literal + char.toLowerCase());
    i += width;
    if (next === '+') break;
  }
  return { literals: [...new Set(literals)], consumed: i };
}

/** The characters of a class such as "[- ]" that lists trigger characters one by one; undefined for any other class. */
function classMembers(text: string, open: number): { chars: string[]; end: number } | undefined {
  const close = text.indexOf(']', open + 1);
  if (close <= open + 1) return undefined;
  const inside = text.slice(open + 1, close);
  // Ranges ("a-z"), negation and escapes are left alone; a "-" first or last is itself.
  if (inside.startsWith('^') || inside.includes('\\') || /.-./.test(inside)) return undefined;
  const chars = [...new Set([...inside].map((char) => char.toLowerCase()))];
  if (!chars.every((char) => /[a-z0-9]/.test(char) || TRIGGER_PUNCTUATION.includes(char))) return undefined;
  return { chars, end: close + 1 };
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
