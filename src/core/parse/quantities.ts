import type { QuantityKind, RatePeriod } from '../answer';

/** A quantity found in a unit's text, addressed by offsets into that text. */
export interface QuantityMatch {
  kind: QuantityKind;
  value: number;
  upper?: number;
  text: string;
  start: number;
  end: number;
  /** For a rate stated per minute, hour or day: that period (`value` is per second all the same). */
  period?: RatePeriod;
}

// Powers written out count too: "1e5", "10^5", "10**5".
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d{1,2}|\^\d{1,2}|\*\*\d{1,2})?`;
// Lower-case `m` and `b` are left out: "5m" is as often minutes or metres as millions.
const SCALE = String.raw`\s?(?:thousand|million|billion|trillion|[kK]|M|B|bn|mn|mil)\b`;
const APPROX = String.raw`(?:~|≈|about|around|approx\.?|approximately|roughly|nearly|almost|under|over|up to|at least|at most|<=|>=|<|>|≤|≥)\s*`;
// Not preceded by a letter, digit or dot (nor "B-", though "sub-" is fine): keeps "p99", "v2",
// "B-1" and decimals' tails out, and reads "sub-100ms".
// Sticky: tried only at the few places a quantity can begin (see `digitQuantityMatches`).
const QUANTITY_AT = new RegExp(
  String.raw`(?<![\w.]|\w-(?<!\b[Ss]ub-))(${APPROX})?(${NUMBER})(${SCALE})?(?:\s*(?:-|–|—|to)\s*(${NUMBER})(${SCALE})?)?`,
  'y',
);
/** The alternatives of APPROX as plain words, to find where one ends right before a number. */
const APPROX_WORDS = ['~', '≈', 'about', 'around', 'approx.', 'approx', 'approximately', 'roughly', 'nearly', 'almost', 'under', 'over', 'up to', 'at least', 'at most', '<=', '>=', '<', '>', '≤', '≥'];
/** APPROX_WORDS by the code of their last character: most numbers follow a character none ends with. */
const APPROX_WORDS_BY_LAST = new Map<number, string[]>();
for (const word of APPROX_WORDS) {
  const last = word.charCodeAt(word.length - 1);
  APPROX_WORDS_BY_LAST.set(last, [...(APPROX_WORDS_BY_LAST.get(last) ?? []), word]);
}
// Estimates in words are numbers too: "a few thousand QPS", "tens of millions of users", "tens of milliseconds".
const WORD_QUANTITY =
  /(?<![\w-])(?:a\s+)?(few|couple(?:\s+of)?|several|tens\s+of|hundreds\s+of|dozens\s+of|one|two|three|four|five|ten|twenty|fifty|a)\s+(hundred|thousand|million|billion)s?(?:\s+of)?|(?<![\w-])(single|double|low|high)[- ](?:digit|tens)(?:\s+of)?(?=\s+milli)|(?<![\w-])(tens)\s+of(?=\s+milli)/gi;
const WORD_VALUES: Record<string, number> = {
  few: 3, couple: 2, 'couple of': 2, several: 5, 'tens of': 30, 'hundreds of': 300, 'dozens of': 36,
  one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10, twenty: 20, fifty: 50, a: 1,
  single: 5, double: 50, low: 20, high: 80, hundred: 100, tens: 30,
};

const SCALES: Record<string, number> = {
  k: 1e3, thousand: 1e3,
  m: 1e6, mn: 1e6, mil: 1e6, million: 1e6,
  b: 1e9, bn: 1e9, billion: 1e9,
  trillion: 1e12,
};

const FEW_WORDS = String.raw`(?:\s+[\w/-]+){0,3}?`;

// What is counted in a request rate: requests themselves, or the events that each make one.
const RATE_NOUNS = String.raw`requests?|queries|searches|sessions|visits|page\s?views|feed\s+(?:loads|refreshes|requests)|refreshes|views|scrolls|times|predictions|inferences|calls|lookups|transactions|payments|orders|impressions|messages`;

interface UnitRule {
  kind: QuantityKind;
  pattern: RegExp;
  /**
   * A cheap test on the text after the number that every match passes: most
   * numbers fail it, and the phrase patterns behind it are the costly ones.
   */
  gate?: RegExp;
  /** For patterns that start with a unit word: the (lower-cased) characters it can start with. */
  first?: string;
  /** Multiplier into the kind's base unit, by the matched unit word. */
  factor?: (unit: string) => number;
}

// Tried in order on the text right after the number; the first match decides the kind. A unit
// word must start a word (`\b`): the few words skipped before it could otherwise end inside one
// ("3+ reviewers" would hold "viewers", "5M uploads" "ads").
const AFTER_RULES: UnitRule[] = [
  { kind: 'latency', first: 'm', pattern: /^\s*(ms|msec|millis(?:econds?)?)\b/i },
  { kind: 'latency', first: 'om', pattern: /^\s*(?:of\s+)?(milliseconds)\b/i },
  { kind: 'latency', first: 'µμum', pattern: /^\s*(µs|us|microseconds?)\b/i, factor: () => 0.001 },
  { kind: 'storage', first: 'ptgmkb', pattern: /^\s*(PB|TB|GB|MB|KB|kB|bytes)\b/, factor: (u) => STORAGE[u.toUpperCase()] ?? 1 },
  { kind: 'percent', first: '%p', pattern: /^\s*(%|percent\b)/i },
  {
    kind: 'qps',
    first: 'qrtpic',
    pattern: /^\s*(QPS|RPS|TPS|qps|rps|req\/s(?:ec)?|requests?\/s(?:ec)?|queries\/s(?:ec)?|(?:predictions|inferences|calls)\/s(?:ec)?)\b/,
  },
  {
    kind: 'qps',
    gate: /sec|\/\s*s/i,
    pattern: new RegExp(
      String.raw`^${FEW_WORDS}\s+(?:queries|requests|predictions|inferences|calls|lookups|impressions|events|transactions|searches|messages|emails|payments|orders|bids|auctions|notifications|uploads|posts|tweets|photos|images|videos|frames|rides|trips|sessions|visits|page\s?views|updates|scores|clicks|reads|writes)\s*(?:per\s+sec(?:ond)?|/\s*s(?:ec(?:ond)?)?\b|a\s+second|each\s+second)`,
      'i',
    ),
  },
  {
    kind: 'requests-per-user',
    gate: /day|daily|hour|hr|min|week|wk|month/i,
    // Requests over a period: per user ("20 feed requests per day", "10 searches per user per
    // day", "3 sessions a week") or in total ("1B requests/day", "10M daily requests");
    // `readRate` tells which.
    pattern: new RegExp(
      String.raw`^${FEW_WORDS}\s+(?:(daily|hourly|weekly|monthly)\s+)?(${RATE_NOUNS})(?:\s*(?:per|/|an?|each)\s*((?:user|DAU|person|customer|member)\s*(?:per|/|an?|each)\s*)?(day|hour|hr|minute|min|week|wk|month)\b)?`,
      'i',
    ),
  },
  {
    kind: 'users',
    gate: /dau|mau|wau|user|customer|member|people|viewer|subscriber|account|buyer|shopper|rider|player|visitor|mailbox|listener|reader|driver|seller|creator|advertiser|student|guest|traveler|traveller/i,
    pattern: new RegExp(
      String.raw`^${FEW_WORDS}\s*\b(?:DAUs?|MAUs?|WAUs?|(?:daily|monthly|weekly)\s+(?:active\s+)?users|active\s+users|users|customers|members|people|viewers|subscribers|accounts|buyers|shoppers|riders|players|visitors|mailboxes|listeners|readers|drivers|sellers|creators|advertisers|students|guests|travell?ers)\b`,
      'i',
    ),
  },
  {
    kind: 'items',
    gate: /video|item|ads|post|listing|product|doc|image|photo|pin|event|song|track|movie|article|stor|restaurant|hotel|home|job|app|page|candidate|creative|campaign|sku|reel|clip|channel|group|tweet|merchant|business|place|title|podcast|quer/i,
    pattern: new RegExp(
      String.raw`^${FEW_WORDS}\s*\b(?:videos|items|ads|posts|listings|products|documents|docs|images|photos|pins|events|songs|tracks|movies|articles|stories|restaurants|hotels|homes|jobs|apps|pages|web\s?pages|candidates|creatives|campaigns|SKUs|reels|clips|channels|groups|tweets|merchants|businesses|places|titles|podcasts|queries)\b`,
      'i',
    ),
  },
  {
    kind: 'duration',
    first: 'smhdwy',
    pattern: /^\s*(seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|years?|yrs?)\b/i,
    factor: (u) => DURATION[u.toLowerCase().replace(/s$/, '')] ?? 1,
  },
];

const STORAGE: Record<string, number> = { PB: 1e15, TB: 1e12, GB: 1e9, MB: 1e6, KB: 1e3, BYTES: 1 };
const DURATION: Record<string, number> = {
  second: 1, sec: 1, s: 1, '': 1, minute: 60, min: 60, hour: 3600, hr: 3600, h: 3600,
  day: 86400, week: 604800, wk: 604800, month: 2592000, year: 31536000, yr: 31536000,
};

/**
 * The `label` standing before the number, with no figure or sentence end between. Across a
 * table's cell border the label must end its cell ("| QPS | 20k |"): in a row such as
 * "| Serving, latency, freshness | 6 |" the figure belongs to the row, not to one of its words.
 */
function labelBefore(label: string): RegExp {
  return new RegExp(String.raw`\b${label}\b(?:[^.\d\n|]{0,24}|[^.\d\n|,;]{0,16}\|[^.\d\n|]{0,8})$`, 'i');
}

// A label right before the number ("QPS: ~20k", "DAU of 100M", "p99 < 200").
const BEFORE_RULES: Array<{ kind: QuantityKind; pattern: RegExp }> = [
  { kind: 'qps', pattern: labelBefore(String.raw`(?:QPS|RPS|TPS|throughput|queries per second|requests per second)`) },
  // Only joining words may stand between "users" and the figure: in "users add Pier 39" it is no count.
  {
    kind: 'users',
    pattern:
      /\b(?:DAUs?|MAUs?|daily active users|monthly active users|active users|users|user base)\b(?:[\s:=~≈()|*,\-–—<>≤≥]|\b(?:of|is|are|was|were|at|about|around|approx|approximately|roughly|nearly|over|under|above|below|more than|less than|up to|total|count|size|scale|number|reach(?:es)?|grows? to|globally|worldwide|today|currently|expected)\b){0,24}$/i,
  },
  { kind: 'latency', pattern: labelBefore(String.raw`(?:latency|SLA|SLO|p50|p90|p95|p99|p999|response time|tail)`) },
  { kind: 'items', pattern: labelBefore(String.raw`(?:catalog(?:ue)?|corpus|inventory)(?:\s+size)?`) },
  // What is counted, then the figure in brackets: "videos (1B)".
  { kind: 'items', pattern: /\b(?:videos|items|products|listings|posts|documents|movies|songs|articles|images|photos)\s*\(\s*(?:~|≈)?$/i },
];

// Every label of BEFORE_RULES contains one of these: most numbers have none and skip the four patterns.
const BEFORE_GATE = /qps|rps|tps|throughput|quer|requ|dau|mau|user|latency|sla|slo|p\d|response|tail|catalog|corpus|inventory|\(/i;
/** The first character of the text once spaces (`\s` as the rules use it) are skipped, lower-cased; '' when there is none. */
function firstAfterSpaces(text: string): string {
  let at = 0;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  if (at === text.length) return '';
  const code = text.charCodeAt(at);
  // ASCII capitals fold by arithmetic; other characters as `toLowerCase` folds them.
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  return code < 128 ? text[at]! : text[at]!.toLowerCase();
}

// Seconds mean latency when a latency word stands near: "p99 under 1 s".
const LATENCY_CONTEXT = /\b(?:latency|SLA|SLO|p\d{2,3}|response|respond|real-time|within|budget|inference)\b/i;

/** Numbers in a piece of prose, each tied to what it measures when the words say so. */
export function extractQuantities(text: string): QuantityMatch[] {
  const found: QuantityMatch[] = [];
  // The search for runs of digits finds none in a text without digits: no test first, which would scan it twice.
  addDigitQuantities(text, found);
  if (/hundred|thousand|million|billion|digit|tens/i.test(text)) {
    const digits = found.length;
    addWordQuantities(text, found);
    // Each search finds its own in order; only both together need merging.
    if (digits > 0 && found.length > digits) found.sort((a, b) => a.start - b.start);
  }
  return found;
}

function addWordQuantities(text: string, found: QuantityMatch[]): void {
  for (const match of text.matchAll(WORD_QUANTITY)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    // Group 1 counts hundreds, thousands…; group 3 or 4 a span of milliseconds ("low-tens of", "tens of").
    const milliseconds = match[3] ?? match[4] ?? '';
    const multiplier = match[1] ? WORD_VALUES[match[1].toLowerCase().replace(/\s+/g, ' ')] ?? 1 : WORD_VALUES[milliseconds.toLowerCase()] ?? 1;
    const scale = match[2] ? SCALES[match[2].toLowerCase()] ?? WORD_VALUES[match[2].toLowerCase()] ?? 1 : 1;
    const classified = classify(text, start, end, multiplier * scale);
    const quantity: QuantityMatch = {
      kind: classified.kind,
      value: multiplier * scale * classified.factor,
      text: text.slice(start, end + classified.unitLength),
      start,
      end: end + classified.unitLength,
    };
    if (classified.period) quantity.period = classified.period;
    found.push(quantity);
  }
}

function addDigitQuantities(text: string, found: QuantityMatch[]): void {
  for (const match of digitQuantityMatches(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const value = scaled(match[2]!, match[3]);
    const upper = match[4] === undefined ? undefined : scaled(match[4], match[5] ?? match[3]);
    // A range's lower bound inherits the upper bound's scale: "10-20k" is 10k to 20k.
    const lower = match[3] === undefined && match[5] !== undefined ? scaled(match[2]!, match[5]) : value;
    const classified = classify(text, start, end, upper ?? lower);
    const factor = classified.factor;
    const quantity: QuantityMatch = {
      kind: classified.kind,
      value: lower * factor,
      text: text.slice(start, end + classified.unitLength),
      start,
      end: end + classified.unitLength,
    };
    if (upper !== undefined) quantity.upper = upper * factor;
    if (classified.period) quantity.period = classified.period;
    found.push(quantity);
  }
}

/**
 * The matches a global search for a quantity would find, left to right, without trying the
 * pattern at every character: a quantity's first number starts a run of digits, and the match
 * begins either there or at an approximation word that ends, give or take spaces, right before it.
 */
function digitQuantityMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  DIGIT_RUN.lastIndex = 0;
  let run: RegExpExecArray | null;
  while ((run = DIGIT_RUN.exec(text)) !== null) {
    const digit = run.index;
    // Searching on from where a match ended can land inside a run of digits: that is no number's start.
    if (digit > 0 && isDigit(text.charCodeAt(digit - 1))) continue;
    const match = firstMatchAt(text, candidateStarts(text, digit, from));
    if (!match) continue;
    matches.push(match);
    from = match.index + match[0].length;
    if (from > DIGIT_RUN.lastIndex) DIGIT_RUN.lastIndex = from;
  }
  return matches;
}

/** Where a match for the number at `digit` could begin, ascending: approximation words first, then the digit. */
function candidateStarts(text: string, digit: number, from: number): number[] {
  let gap = digit;
  while (gap > 0 && isSpace(text.charCodeAt(gap - 1))) gap--;
  const words = gap > 0 ? APPROX_WORDS_BY_LAST.get(text.charCodeAt(gap - 1)) : undefined;
  if (!words) return [digit];
  const starts: number[] = [];
  for (const word of words) {
    const start = gap - word.length;
    if (start >= from && text.startsWith(word, start) && !starts.includes(start)) starts.push(start);
  }
  starts.sort((a, b) => a - b);
  starts.push(digit);
  return starts;
}

function firstMatchAt(text: string, starts: number[]): RegExpExecArray | null {
  for (const start of starts) {
    QUANTITY_AT.lastIndex = start;
    const match = QUANTITY_AT.exec(text);
    if (match) return match;
  }
  return null;
}

const DIGIT_RUN = /\d+/g;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const NON_ASCII_SPACE = /\s/;

/** Whitespace as the pattern's `\s` understands it. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return NON_ASCII_SPACE.test(String.fromCharCode(code));
}

function scaled(digits: string, scale: string | undefined): number {
  const base = valueOf(digits.includes(',') ? digits.replace(/,/g, '') : digits);
  if (!scale) return base;
  return base * (SCALES[scale.trim().toLowerCase()] ?? 1);
}

/** A number's value; `Number` reads "1e5" itself, a power written "10^5" or "10**5" is raised here. */
function valueOf(written: string): number {
  // Most numbers are plain: the pattern that reads a power is tried only on those with its signs.
  const power = written.includes('^') || written.includes('*') ? /^([\d.]+)(?:\^|\*\*)(\d+)$/.exec(written) : null;
  return power ? Number(power[1]) ** Number(power[2]) : Number(written);
}

/** How a number is read: its kind, the factor into the kind's base unit, the unit words' length. */
interface Reading {
  kind: QuantityKind;
  factor: number;
  unitLength: number;
  period?: RatePeriod;
}

/** What the number between `start` and `end` of the text measures: the words after it, else a label before it. */
function classify(whole: string, start: number, end: number, value: number): Reading {
  // "$10,000 from accounts": an amount of money, whatever words follow.
  if (start > 0 && CURRENCY.has(whole.charCodeAt(start - 1))) return { kind: 'count', factor: 1, unitLength: 0 };
  // "10M+ users": the plus says "at least"; the words after it still tell what is counted.
  const plus = whole.charCodeAt(end) === PLUS ? 1 : 0;
  const reading = classifyAfter(whole, start, end + plus, value);
  return plus && reading.unitLength > 0 ? { ...reading, unitLength: reading.unitLength + plus } : reading;
}

const PLUS = 43;
/** $, £, ¥, €, ₹. */
const CURRENCY = new Set([36, 163, 165, 8364, 8377]);

function classifyAfter(whole: string, start: number, end: number, value: number): Reading {
  const after = whole.slice(end, end + 60);
  const first = firstAfterSpaces(after);
  for (const rule of AFTER_RULES) {
    if (rule.first !== undefined && (first === '' || !rule.first.includes(first))) continue;
    if (rule.gate && !rule.gate.test(after)) continue;
    const unit = rule.pattern.exec(after);
    if (!unit) continue;
    if (rule.kind === 'requests-per-user') {
      const rate = readRate(unit, value, whole.slice(Math.max(0, start - 40), start));
      if (rate) return rate;
      continue;
    }
    const word = unit[1] ?? unit[0].trim();
    if (rule.kind === 'duration' && /^(?:s|secs?|seconds?)$/i.test(word) && LATENCY_CONTEXT.test(whole)) {
      return { kind: 'latency', factor: 1000, unitLength: unit[0].length };
    }
    return { kind: rule.kind, factor: rule.factor ? rule.factor(word) : 1, unitLength: unit[0].length };
  }
  // Most numbers are told by the words after them: the text before is cut only when those say nothing.
  const before = whole.slice(Math.max(0, start - 40), start);
  if (BEFORE_GATE.test(before)) {
    for (const rule of BEFORE_RULES) {
      if (rule.pattern.test(before)) return { kind: rule.kind, factor: 1, unitLength: 0 };
    }
  }
  return { kind: 'count', factor: 1, unitLength: 0 };
}

const PERIOD_SECONDS: Record<RatePeriod, number> = { month: 2_592_000, week: 604_800, day: 86_400, hour: 3_600, minute: 60 };
// Who makes the requests, said before the number: "each user opens the app 8 times a day".
const PER_USER_BEFORE = /\b(?:users?|DAUs?|each|every|people|customers?|members?|they)\b/i;
/** Fewer requests than this per day, with no "per user" said, are one user's; more are a total. */
const LARGEST_PER_USER = 1_000;

/**
 * A request rate over a period: requests per user per day when the words say "per user" or the
 * figure is one user's size (a few a day, a week or a month), else a total, read as requests per
 * second. "Times" counts requests only when someone who makes them is named before the number.
 */
function readRate(unit: RegExpExecArray, value: number, before: string): Reading | undefined {
  // The period is said after the noun ("requests per day") or as an adjective before it ("daily requests").
  const [, adjective, nounWord, perUser, periodWord] = unit;
  const periodSaid = periodWord ?? adjective;
  if (periodSaid === undefined) return undefined;
  const noun = nounWord!.toLowerCase();
  const period = periodOf(periodSaid);
  const unitLength = unit[0].length;
  const perDay = PERIOD_SECONDS.day / PERIOD_SECONDS[period];
  if (perUser !== undefined) return { kind: 'requests-per-user', factor: perDay, unitLength };
  if (value >= LARGEST_PER_USER) return { kind: 'qps', factor: 1 / PERIOD_SECONDS[period], unitLength, period };
  if (noun === 'times' && !PER_USER_BEFORE.test(before)) return undefined;
  if (period !== 'hour' && period !== 'minute') return { kind: 'requests-per-user', factor: perDay, unitLength };
  return noun === 'times' ? undefined : { kind: 'qps', factor: 1 / PERIOD_SECONDS[period], unitLength, period };
}

function periodOf(word: string): RatePeriod {
  const lower = word.toLowerCase();
  if (lower === 'day' || lower === 'daily') return 'day';
  if (lower.startsWith('month')) return 'month';
  if (lower.startsWith('w')) return 'week';
  return lower.startsWith('h') ? 'hour' : 'minute';
}
