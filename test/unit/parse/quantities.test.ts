import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractQuantities } from '../../../src/core/parse/quantities';

// What a number with its approximation word, scale and range looks like, written as one
// pattern searched globally: the reading the extractor must agree with, however it searches.
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d{1,2}|\^\d{1,2}|\*\*\d{1,2})?`;
const SCALE = String.raw`\s?(?:thousand|million|billion|trillion|[kK]|M|B|bn|mn|mil)\b`;
const APPROX = String.raw`(?:~|≈|about|around|approx\.?|approximately|roughly|nearly|almost|under|over|up to|at least|at most|<=|>=|<|>|≤|≥)\s*`;
const WRITTEN_QUANTITY = new RegExp(
  String.raw`(?<![\w.]|\w-(?<!\bsub-))(?:${APPROX})?${NUMBER}(?:${SCALE})?(?:\s*(?:-|–|—|to)\s*${NUMBER}(?:${SCALE})?)?`,
  'g',
);

const pieces = [
  'about', 'approx.', 'approx', 'approximately', 'up to', 'at most', 'under', 'thunder', 'over', '~', '≈', '<=', '<', '>', '≥',
  ' ', '  ', '\t', '\u00a0', '\u3000', '1', '23', '1,234', '1,23', '4.5', '.', ',', '-', '–', 'to', ' to ', 'k', 'K', 'M', 'B', 'bn',
  ' million', 'x', 'B-', 'sub-', 'e5', 'E-3', '^', '**', 'v', 'p', '_', 'QPS', ' ms', ' users', ' requests per second', '%', 'é',
];

test('finds the numbers a global search of the written pattern finds, with the same starts and words', () => {
  const prose = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(prose, (text) => {
      const expected = [...text.matchAll(WRITTEN_QUANTITY)].map((match) => ({ start: match.index, words: match[0] }));
      // Estimates in words ("a few thousand") have no digits and are found separately.
      const found = extractQuantities(text).filter((quantity) => /\d/.test(text.slice(quantity.start, quantity.end)));
      assert.deepEqual(found.map((quantity) => quantity.start), expected.map((match) => match.start), JSON.stringify(text));
      found.forEach((quantity, i) => assert.ok(text.slice(quantity.start, quantity.end).startsWith(expected[i]!.words), JSON.stringify(text)));
    }),
    { numRuns: 3000 },
  );
});

test('reads powers written out, and a figure after "sub-"', () => {
  const read = (text: string): Array<[string, number]> => extractQuantities(text).map((quantity) => [quantity.kind, quantity.value]);
  assert.deepEqual(read('About 1e5 QPS.'), [['qps', 100_000]]);
  assert.deepEqual(read('Roughly 10^5 QPS, 10**6 users.'), [['qps', 100_000], ['users', 1_000_000]]);
  assert.deepEqual(read('Latency must be sub-100ms; a B-2 bomber is no figure.'), [['latency', 100]]);
});

test('reads approximation words, spaces of any kind, scales and ranges', () => {
  const read = (text: string): Array<[string, number, number | undefined]> =>
    extractQuantities(text).map((quantity) => [quantity.text, quantity.value, quantity.upper]);
  assert.deepEqual(read('We expect approximately 10-20k QPS.'), [['approximately 10-20k QPS', 10_000, 20_000]]);
  assert.deepEqual(read('p99 at most\u00a0200 ms'), [['at most\u00a0200 ms', 200, undefined]]);
  assert.deepEqual(read('thunder 5 users and ~1,234 users'), [['5 users', 5, undefined], ['~1,234 users', 1234, undefined]]);
  assert.deepEqual(read('v2 and B-1 are names, 3.5M DAU is a number'), [['3.5M DAU', 3_500_000, undefined]]);
  assert.deepEqual(read('inference within 40 μs'), [['40 μs', 0.04, undefined]]);
});

test('reads request rates over a day, an hour or a minute: one user\'s, or a total per second', () => {
  const read = (text: string): Array<[string, number, string]> =>
    extractQuantities(text).map((quantity) => [quantity.kind, Math.round(quantity.value * 100) / 100, quantity.text]);
  assert.deepEqual(read('We serve about 1B feed requests per day.'), [['qps', 11574.07, 'about 1B feed requests per day']]);
  assert.deepEqual(read('2M requests per hour, ~50K transactions per minute'), [
    ['qps', 555.56, '2M requests per hour'],
    ['qps', 833.33, '~50K transactions per minute'],
  ]);
  assert.deepEqual(read('Each user makes ~10 requests per day.'), [['requests-per-user', 10, '~10 requests per day']]);
  assert.deepEqual(read('5 searches per user per hour'), [['requests-per-user', 120, '5 searches per user per hour']]);
  assert.deepEqual(read('users open the app 8 times a day'), [['requests-per-user', 8, '8 times a day']]);
  // Without someone making them, a few "times a day" are a cadence, not requests.
  assert.deepEqual(read('We retrain 4 times a day'), [['count', 4, '4']]);
  assert.equal(extractQuantities('10M searches/day')[0]?.period, 'day');
  // The period said before the noun.
  assert.deepEqual(read('Handles 10M daily requests.'), [['qps', 115.74, '10M daily requests']]);
  assert.deepEqual(read('about 300M monthly searches'), [['qps', 115.74, 'about 300M monthly searches']]);
  assert.deepEqual(read('5 daily sessions'), [['requests-per-user', 5, '5 daily sessions']]);
  assert.deepEqual(read('10M requests'), [['count', 10000000, '10M']]);
});

test('reads request rates over a week or a month: a few are one user\'s, many are a total', () => {
  const read = (text: string): Array<[string, number, string]> =>
    extractQuantities(text).map((quantity) => [quantity.kind, Math.round(quantity.value * 100) / 100, quantity.text]);
  assert.deepEqual(read('A typical user has 3 sessions a week.'), [['requests-per-user', 0.43, '3 sessions a week']]);
  assert.deepEqual(read('2 searches per user per month'), [['requests-per-user', 0.07, '2 searches per user per month']]);
  assert.deepEqual(read('users open the app 14 times a week'), [['requests-per-user', 2, '14 times a week']]);
  assert.deepEqual(read('The API takes 30B requests per month.'), [['qps', 11574.07, '30B requests per month']]);
  assert.equal(extractQuantities('7M orders/week')[0]?.period, 'week');
  // Without someone making them, a few "times a week" are a cadence, not requests.
  assert.deepEqual(read('We retrain 2 times a week'), [['count', 2, '2']]);
});

test('reads auctions per second as a throughput and places as a catalogue', () => {
  const read = (text: string): Array<[string, number]> => extractQuantities(text).map((quantity) => [quantity.kind, quantity.value]);
  assert.deepEqual(read('(Meta: ~10M+ auctions/second)'), [['qps', 10_000_000]]);
  assert.deepEqual(read('- 50M places worldwide'), [['items', 50_000_000]]);
});

test('reads a unit word only where a word starts: "reviewers" are no viewers, "uploads" no ads', () => {
  const kinds = (text: string): string[] => extractQuantities(text).map((quantity) => quantity.kind);
  assert.deepEqual(kinds('Use majority voting (3+ reviewers).'), ['count']);
  assert.deepEqual(kinds('5M uploads a day'), ['count']);
  assert.deepEqual(kinds('3M viewers and 10B ads'), ['users', 'items']);
});
