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
const ROUNDS = 9;
const EDITS = 1_000;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Median milliseconds of each task, measured in interleaved rounds (every task once per round,
 * after a warm-up round) so that a busy machine slows all of them alike and the ratios hold.
 */
function measureInterleaved<Name extends string>(tasks: Record<Name, (round: number) => void>, rounds = ROUNDS): Record<Name, number> {
  const names = Object.keys(tasks) as Name[];
  const samples = new Map<Name, number[]>(names.map((name) => [name, []]));
  for (let round = -1; round < rounds; round++) {
    for (const name of names) {
      // Each sample starts from a collected heap, so no task pays for the garbage of the one before.
      (globalThis as { gc?: () => void }).gc?.();
      const start = performance.now();
      tasks[name](round + 1);
      if (round >= 0) samples.get(name)?.push(performance.now() - start);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples.get(name) ?? [])])) as Record<Name, number>;
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
  const first = checkAnswer(text, { path: 'bench.md' });
  console.log(
    `check.bench: ${LINES} lines, ${(text.length / 1024).toFixed(0)} kB; isAnswer ${first.isAnswer}, ` +
      `coverage ${first.coverage.covered}/${first.coverage.total}, ${first.findings.length} findings`,
  );

  const markdownIt = new MarkdownIt();
  const checker = createChecker({ path: 'bench.md' });
  checker.check(text);
  const versions = oneLineEdits(lines, ROUNDS + 1);
  const { fullCheck, modelOnly, markdownItParse, markdownlint, recheck } = measureInterleaved({
    fullCheck: () => void checkAnswer(text, { path: 'bench.md' }),
    modelOnly: () => void parseAnswer(text),
    markdownItParse: () => void markdownIt.parse(text, {}),
    markdownlint: () => void lint({ strings: { 'bench.md': text } }),
    // Each round's version is one line apart from the previous round's.
    recheck: (round) => void checker.check(versions[round] as string),
  });

  row('full check (checkAnswer), median', fullCheck);
  row('  of which: answer model (parseAnswer)', modelOnly, 'a fresh parse, nothing re-used');
  row('one markdown-it parse, median', markdownItParse);
  row('markdownlint default rules, median', markdownlint);
  row('re-check after a one-line edit, median', recheck, 'createChecker().check');
  ratio('full check / markdownlint', fullCheck / markdownlint, '<= 0.033 (1/30)', fullCheck / markdownlint <= 1 / 30);
  ratio('full check / markdown-it parse', fullCheck / markdownItParse, '<= 1.5', fullCheck / markdownItParse <= 1.5);
  ratio('re-check / full check', recheck / fullCheck, '<= 0.2 (1/5)', recheck / fullCheck <= 0.2);

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
