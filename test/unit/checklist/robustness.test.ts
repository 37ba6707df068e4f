import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createChecker } from '../../../src/core/index';
import type { CheckOutcome } from '../../../src/core/index';
import { fixture } from './fixtures';

const pieces = [
  '# ', '## 1. Clarify\n', '### Metrics (Offline and Online)\n', '- ', '  - ', '1. ', '| a | b |\n|---|---|\n| QPS | 20k |\n',
  '```mermaid\n', '```\n', '~~~\n', 'flowchart LR\n', 'A --> B\n', 'L["click logs"] -->|"2k/s"| T(train', '[(Feature store)]\n', 'subgraph off [Offline]\n', 'A -. retrain .-> B\n', '100M DAU', '~11,574 QPS', 'p99 < 200 ms', '**bold**', '<!-- mlsd-disable qps -->\n',
  '<!-- mlsd-disable-next-line -->\n', '---\n', 'problem: ads\n', '\n', '\r\n', '> quote\n', 'retrain daily. ', 'A/B test', '`code`', '![img](a.png)\n',
  '┌──────────┐\n', '│ Feature **store** │\n', '└────┬─────┘\n', '   ↓ p99 < 80 ms\n', '\t│ Kafka → Flink │\n',
];

function assertInside(outcome: CheckOutcome, text: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  const places = [...outcome.findings, ...outcome.items.filter((state) => state.evidence).map((state) => ({ ...state, span: state.evidence! }))];
  for (const finding of places) {
    const { span } = finding;
    assert.ok(span.line >= 0 && span.line <= span.endLine && span.endLine < Math.max(lines.length, 1), JSON.stringify(finding));
    assert.ok(span.character >= 0 && span.character <= (lines[span.line]?.length ?? 0), JSON.stringify(finding));
    assert.ok(span.endCharacter >= 0 && span.endCharacter <= (lines[span.endLine]?.length ?? 0), JSON.stringify(finding));
  }
}

describe('robustness', () => {
  it('never throws and keeps every finding and evidence inside the document on random Markdown', () => {
    const markdown = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(markdown, (text) => {
        const outcome = createChecker({ forceAnswer: true }).analyze(text);
        assertInside(outcome, text);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on every prefix of a real answer, checked incrementally', () => {
    const text = fixture('video-recommendation.mlsd.md');
    const checker = createChecker({ forceAnswer: true });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length }), (cut) => {
        const truncated = text.slice(0, cut);
        assertInside(checker.analyze(truncated), truncated);
      }),
      { numRuns: 150 },
    );
  });

  it('checks a 50,000-line answer', () => {
    const section = fixture('video-recommendation.mlsd.md').split('\n').slice(5);
    const lines: string[] = ['# Long answer'];
    for (let copy = 0; lines.length < 50_000; copy++) lines.push(...section.map((line) => line.replace(/(\d+)/, `$1${copy % 10}`)));
    const text = lines.slice(0, 50_000).join('\n');
    const outcome = createChecker().analyze(text);
    assert.equal(outcome.report.isAnswer, true);
    assert.equal(outcome.answer.lineCount, 50_000);
    assertInside(outcome, text);
  });
});
