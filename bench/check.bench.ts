/**
 * Speed of the checklist checker on a 5,000-line answer, against anchors measured in the same
 * run: one markdown-it parse and markdownlint's default rules. Prints figures and ratios; the
 * targets are printed beside them, never asserted (times depend on the machine).
 */
import MarkdownIt from 'markdown-it';
import { checkAnswer, createChecker } from '../src/core/index';
import { parseAnswer } from '../src/core/parse/index';
import { generateAnswer } from './answerGenerator';

const LINES = 5_000;
/** Rounds measured after one warm-up round; each round runs every task as one block. */
const ROUNDS = 9;
/** Runs per block: a block measures a task in the steady state typing produces, its own garbage included. */
const BLOCK = 8;
const EDITS = 1_000;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

interface Task {
  run: (call: number) => void;
  /** Runs per block; the slow anchor (markdownlint) takes fewer. */
  runs?: number;
}

/**
 * Each task's median milliseconds per run, and every round's block medians. A round runs each
 * task as a block of consecutive runs, one task after the other, so the blocks of a round are
 * close in time: their ratio holds while a busy machine speeds up and slows down between rounds.
 * No collection is forced between runs: a forced full collection shrinks the young generation
 * and makes the next runs pay for regrowing it, which distorts small tasks most.
 */
function measureInBlocks<Name extends string>(tasks: Record<Name, Task>): { perRun: Record<Name, number>; rounds: Array<Record<Name, number>> } {
  const names = Object.keys(tasks) as Name[];
  const rounds: Array<Record<Name, number>> = [];
  let call = 0;
  for (let round = -1; round < ROUNDS; round++) {
    const medians = {} as Record<Name, number>;
    for (const name of names) {
      const samples: number[] = [];
      for (let run = 0; run < (tasks[name].runs ?? BLOCK); run++) {
        const start = performance.now();
        tasks[name].run(call++);
        samples.push(performance.now() - start);
      }
      medians[name] = median(samples);
    }
    if (round >= 0) rounds.push(medians);
  }
  const perRun = Object.fromEntries(names.map((name) => [name, median(rounds.map((medians) => medians[name]))])) as Record<Name, number>;
  return { perRun, rounds };
}

/** The median over rounds of a task's block set against the anchor's block of the same round. */
function roundRatio<Name extends string>(rounds: Array<Record<Name, number>>, task: Name, anchor: Name): number {
  return median(rounds.map((medians) => medians[task] / medians[anchor]));
}

/** Successive versions of the text, each one line apart from the one before, as keystrokes make them. */
function oneLineEdits(lines: string[], count: number): string[] {
  const versions: string[] = [];
  let current = lines;
  for (let edit = 0; edit < count; edit++) {
    current = [...current];
    const line = 1000 + ((edit * 37) % 3000);
    current[line] = `${current[line]} x${edit}`;
    versions.push(current.join('\n'));
  }
  return versions;
}

function heapMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function row(label: string, ms: number, note = ''): void {
  console.log(`  ${label.padEnd(44)} ${ms.toFixed(2).padStart(9)} ms${note ? `  ${note}` : ''}`);
}

function ratio(label: string, value: number, target: string, met: boolean): void {
  console.log(`  ${label.padEnd(44)} ${value.toFixed(3).padStart(9)}     target ${target}${met ? '' : '  (missed)'}`);
}

async function main(): Promise<void> {
  // markdownlint ships as ES modules only.
  const { lint } = (await import('markdownlint/sync')) as typeof import('markdownlint/sync');
  const text = generateAnswer(LINES);
  const lines = text.split('\n');
  // The same answer with every sentence made unique: what it costs when no text repeats.
  const distinctText = generateAnswer(LINES, { distinctSentences: true });
  const first = checkAnswer(text, { path: 'bench.md' });
  const units = parseAnswer(text).units;
  console.log(
    `check.bench: ${LINES} lines, ${(text.length / 1024).toFixed(0)} kB; isAnswer ${first.isAnswer}, ` +
      `coverage ${first.coverage.covered}/${first.coverage.total}, ${first.findings.length} findings; ` +
      `${units.length} units of text, ${new Set(units.map((unit) => unit.text)).size} distinct`,
  );

  const markdownIt = new MarkdownIt();
  const checker = createChecker({ path: 'bench.md' });
  checker.check(text);
  // Each call's version is one line apart from the previous call's, as keystrokes make them.
  const versions = oneLineEdits(lines, (ROUNDS + 1) * BLOCK + 1);
  const { perRun, rounds } = measureInBlocks({
    fullCheck: { run: () => void checkAnswer(text, { path: 'bench.md' }) },
    modelOnly: { run: () => void parseAnswer(text) },
    markdownItParse: { run: () => void markdownIt.parse(text, {}) },
    markdownlint: { run: () => void lint({ strings: { 'bench.md': text } }), runs: 1 },
    recheck: { run: (call) => void checker.check(versions[call % versions.length] as string) },
    fullCheckDistinct: { run: () => void checkAnswer(distinctText, { path: 'bench.md' }) },
    markdownItParseDistinct: { run: () => void markdownIt.parse(distinctText, {}) },
  });

  row('full check (checkAnswer), median', perRun.fullCheck);
  row('  of which: answer model (parseAnswer)', perRun.modelOnly, 'a fresh parse, nothing re-used');
  row('one markdown-it parse, median', perRun.markdownItParse);
  row('markdownlint default rules, median', perRun.markdownlint);
  row('re-check after a one-line edit, median', perRun.recheck, 'createChecker().check');
  console.log(`  ratios: median over ${ROUNDS} rounds of each round's blocks (${BLOCK} runs each, markdownlint 1)`);
  const toLint = roundRatio(rounds, 'fullCheck', 'markdownlint');
  const toParse = roundRatio(rounds, 'fullCheck', 'markdownItParse');
  const recheckToFull = roundRatio(rounds, 'recheck', 'fullCheck');
  ratio('full check / markdownlint', toLint, '<= 0.033 (1/30)', toLint <= 1 / 30);
  ratio('full check / markdown-it parse', toParse, '<= 1.5', toParse <= 1.5);
  ratio('re-check / full check', recheckToFull, '<= 0.2 (1/5)', recheckToFull <= 0.2);
  const distinctToParse = roundRatio(rounds, 'fullCheckDistinct', 'markdownItParseDistinct');
  console.log(`  every sentence distinct (${(distinctText.length / 1024).toFixed(0)} kB): full check ${perRun.fullCheckDistinct.toFixed(2)} ms, markdown-it parse ${perRun.markdownItParseDistinct.toFixed(2)} ms`);
  ratio('  full check / markdown-it parse', distinctToParse, '<= 1.5', distinctToParse <= 1.5);

  const editing = createChecker({ path: 'bench.md' });
  editing.check(text);
  const startHeap = heapMb();
  let current = lines;
  for (let edit = 0; edit < EDITS; edit++) {
    // Typing at one place, then moving on: each edit keeps the previous ones.
    current = [...current];
    const line = 500 + Math.floor(edit / 50) * 200;
    current[line] = `${current[line]}${String.fromCharCode(97 + (edit % 26))}`;
    editing.check(current.join('\n'));
  }
  const endHeap = heapMb();
  console.log(
    `  heap after GC over ${EDITS} edits: start ${startHeap.toFixed(1)} MB, end ${endHeap.toFixed(1)} MB ` +
      `(${endHeap - startHeap >= 0 ? '+' : ''}${(endHeap - startHeap).toFixed(1)} MB)`,
  );
  if (!(globalThis as { gc?: unknown }).gc) console.log('  (run node with --expose-gc for heap figures after GC)');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
