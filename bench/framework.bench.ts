/**
 * Cost of the framework view's own work on a 5,000-line answer, against anchors measured in the
 * same run: building the tree's rows, finding the step under the cursor and placing a template,
 * each set against one markdown-it parse of the same text. Prints ratios, asserts nothing.
 */
import MarkdownIt from 'markdown-it';
import { createChecker } from '../src/core/index';
import { placeTemplate } from '../src/core/placement';
import { stepAtLine } from '../src/core/stepSections';
import { frameworkRows } from '../src/extension/framework/treeModel';
import { generateAnswer } from './answerGenerator';

const LINES = 5_000;
const ROUNDS = 9;
/** Tree refreshes and cursor moves are cheap: run each many times per round so a round is measurable. */
const REPEATS = 200;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const text = generateAnswer(LINES);
const lines = text.split('\n');
const markdownIt = new MarkdownIt({ html: true });
const outcome = createChecker({ forceAnswer: true }).analyze(text);
const steps = outcome.framework.steps.map((step) => step.id);

const tasks: Record<string, () => void> = {
  'markdown-it parse (anchor)': () => markdownIt.parse(text, {}),
  'tree rows': () => {
    for (let repeat = 0; repeat < REPEATS; repeat++) frameworkRows(outcome, (line) => lines[line] ?? '');
  },
  'step under the cursor': () => {
    for (let repeat = 0; repeat < REPEATS; repeat++) stepAtLine(outcome, (repeat * 97) % LINES);
  },
  'template placement': () => {
    for (let repeat = 0; repeat < REPEATS; repeat++) placeTemplate(outcome, steps[repeat % steps.length] ?? 'clarify', (line) => (lines[line] ?? '').trim() === '');
  },
};

const samples = new Map<string, number[]>(Object.keys(tasks).map((name) => [name, []]));
for (let round = -1; round < ROUNDS; round++) {
  for (const [name, task] of Object.entries(tasks)) {
    const start = performance.now();
    task();
    if (round >= 0) samples.get(name)?.push(performance.now() - start);
  }
}
const anchor = median(samples.get('markdown-it parse (anchor)') ?? []);
console.log(`Framework view on a ${LINES}-line answer (${outcome.answer.sections.length} sections, ${outcome.items.length} items), median of ${ROUNDS} rounds:`);
for (const [name, values] of samples) {
  const perCall = name.includes('anchor') ? median(values) : median(values) / REPEATS;
  const ratio = perCall / anchor;
  console.log(`  ${name.padEnd(28)} ${perCall.toFixed(3).padStart(9)} ms per call  ${ratio.toFixed(4).padStart(8)} × one parse`);
}
console.log('Target: each per-call cost well under one parse (ratio < 0.1), so a refresh never competes with typing.');
