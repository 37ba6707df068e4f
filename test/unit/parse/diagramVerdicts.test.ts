/**
 * Mermaid's verdicts as the editor and the command line gather them: with the real parser bundle
 * (dist/mermaid-parser.js), each diagram source is parsed once, broken ones keep Mermaid's
 * error, and a parser that cannot load leaves the checker working without verdicts.
 */
import { resolve } from 'node:path';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DiagramParser } from '../../../src/core/api';
import { parseAnswer } from '../../../src/core/parse/index';
import { DiagramVerdicts } from '../../../src/mermaidParser/verdicts';
import { lazyDiagramParser, RELOAD_AFTER_MS } from '../../../src/mermaidParser/load';

// out/test/unit/parse/… → the repository root.
const bundle = resolve(__dirname, '../../../../dist/mermaid-parser.js');

const ANSWER = [
  '# Feed ranking',
  '',
  '```mermaid',
  'flowchart LR',
  '  logs[Event logs] --> train[Training]',
  '```',
  '',
  '```mermaid',
  'flowchart LR',
  '  %% the serving path',
  '  req[Request] --> --> rank[Ranker]',
  '```',
].join('\n');

/** The real parser, counting what it is asked. */
function countingParser(): { parse: DiagramParser; sources: string[] } {
  const real = lazyDiagramParser(() => require(bundle));
  const sources: string[] = [];
  return { sources, parse: (source) => (sources.push(source), real(source)) };
}

describe('Mermaid verdicts', () => {
  it('keeps the error of the broken diagram only, on the source line Mermaid blames', async () => {
    const { parse } = countingParser();
    const verdicts = new DiagramVerdicts(parse);
    const [valid, broken] = parseAnswer(ANSWER).diagrams;
    assert.ok(valid && broken);
    await verdicts.judge([valid, broken]);
    assert.deepEqual([...verdicts.errors.keys()], [broken.id]);
    assert.equal(verdicts.revision, 1);
    const error = verdicts.errors.get(broken.id);
    assert.equal(error?.sourceLine, 2, 'the line after the comment');
    assert.match(error?.message ?? '', /^Parse error:/);
  });

  it('asks Mermaid once per diagram source, however often a check asks', async () => {
    const { parse, sources } = countingParser();
    const verdicts = new DiagramVerdicts(parse);
    const diagrams = parseAnswer(ANSWER).diagrams;
    await Promise.all([verdicts.judge(diagrams), verdicts.judge(diagrams)]);
    await verdicts.judge(diagrams);
    assert.equal(sources.length, 2, 'a judgement under way or made counts for every later ask');
    assert.equal(verdicts.errors.size, 1);
    assert.equal(verdicts.revision, 1);
  });

  it('forgets the verdicts on diagrams no document shows any more', async () => {
    const verdicts = new DiagramVerdicts(countingParser().parse);
    const [valid, broken] = parseAnswer(ANSWER).diagrams;
    assert.ok(valid && broken);
    await verdicts.judge([valid, broken]);
    verdicts.keepOnly(new Set([valid.id]));
    assert.equal(verdicts.errors.size, 0);
    await verdicts.judge([broken]);
    assert.ok(verdicts.errors.has(broken.id), 'judged again when it comes back');
    assert.equal(verdicts.revision, 2);
  });

  it('finds nothing broken when the parser bundle cannot be loaded, and does not throw', async () => {
    const missing = lazyDiagramParser(() => require(resolve(__dirname, 'no-such-bundle.js')));
    const verdicts = new DiagramVerdicts(missing);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      await verdicts.judge(parseAnswer(ANSWER).diagrams);
    } finally {
      console.error = original;
    }
    assert.equal(errors.length, 1, 'the failure is logged once');
    assert.equal(verdicts.errors.size, 0);
    assert.equal(verdicts.revision, 0);
  });

  it('loads the parser again once a failed load has stood a while, and then judges the diagrams it could not', async () => {
    let clock = 0;
    let loads = 0;
    // A bundle that fails to arrive once (a dropped connection), then loads.
    const parse = lazyDiagramParser(() => {
      loads++;
      if (loads === 1) throw new Error('network error');
      return require(bundle) as unknown;
    }, () => clock);
    const reported: string[] = [];
    const verdicts = new DiagramVerdicts(parse, (message) => void reported.push(message));
    const diagrams = parseAnswer(ANSWER).diagrams;
    await verdicts.judge(diagrams);
    assert.deepEqual(reported, ["Mermaid's parser is unavailable: network error"]);
    clock += RELOAD_AFTER_MS - 1;
    await verdicts.judge(diagrams);
    assert.equal(loads, 1, 'no new load before the failure has stood its time');
    assert.equal(verdicts.errors.size, 0);
    clock += 1;
    await verdicts.judge(diagrams);
    assert.equal(loads, 2);
    assert.equal(verdicts.errors.size, 1, 'the broken diagram is found once the parser loads');
    assert.equal(verdicts.revision, 1);
    assert.equal(reported.length, 1, 'the failure is reported once');
  });
});
