import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { createChecker } from '../../../src/core/index';
import { reportMarkdown } from '../../../src/core/format/reportMarkdown';

const fixtures = resolve(__dirname, '../../../../test/fixtures/cli');
const read = (name: string): string => readFileSync(resolve(fixtures, name), 'utf8');
const lineLink = (line: number): string => `answer.md#L${line + 1}`;

function reportOf(name: string, totalMinutes?: number): { text: string; outcome: ReturnType<ReturnType<typeof createChecker>['analyze']> } {
  const outcome = createChecker({ path: name }).analyze(read(name));
  return { text: reportMarkdown(outcome, { fileName: name, lineLink, ...(totalMinutes ? { totalMinutes } : {}) }), outcome };
}

/** The report's table rows of one step, as [state, item title]. */
function rowsOfStep(text: string, stepNumber: number): Array<[string, string]> {
  const start = text.indexOf(`\n## ${stepNumber}. `);
  const end = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^\| (✗ missing|△ needs a number|✓ covered) \| \*\*(.+?)\*\*/gm)].map((match) => [match[1] as string, match[2] as string]);
}

describe('Check Answer report', () => {
  it('lists every step in framework order with each of its items once', () => {
    const { text, outcome } = reportOf('gaps.md');
    assert.match(text, /^# Check Answer: gaps\.md\n/);
    let previous = -1;
    outcome.framework.steps.forEach((step, index) => {
      const at = text.indexOf(`\n## ${index + 1}. ${step.title} — `);
      assert.ok(at > previous, `step ${step.title} in order`);
      previous = at;
      const titles = rowsOfStep(text, index + 1).map(([, title]) => title);
      const expected = outcome.items.filter((state) => state.step === step.id).map((state) => state.item.title.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`));
      assert.deepEqual([...titles].sort(), [...expected].sort());
    });
  });

  it('puts gaps first, errors before warnings, and links evidence to its line', () => {
    const { text, outcome } = reportOf('complete.mlsd.md');
    const rank = { '✗ missing': 0, '△ needs a number': 1, '✓ covered': 2 } as const;
    outcome.framework.steps.forEach((_step, index) => {
      const states = rowsOfStep(text, index + 1).map(([state]) => rank[state as keyof typeof rank]);
      assert.deepEqual(states, [...states].sort((a, b) => a - b), `step ${index + 1} sorted by state`);
    });
    const covered = outcome.items.find((state) => state.status === 'covered' && state.evidence);
    assert.ok(covered?.evidence);
    assert.ok(text.includes(`[line ${covered.evidence.line + 1}](answer.md#L${covered.evidence.line + 1})`));
    assert.match(text, new RegExp(`\\*\\*${outcome.report.coverage.covered}/${outcome.report.coverage.total} covered\\*\\*`));
  });

  it('scales step budgets to the mock\'s length', () => {
    const { text: standard, outcome } = reportOf('gaps.md');
    const { text: doubled } = reportOf('gaps.md', 90);
    const budgets = (text: string): number[] => [...text.matchAll(/^Budget: (\d+) min/gm)].map((match) => Number(match[1]));
    assert.deepEqual(budgets(standard), outcome.framework.steps.map((step) => step.minutes));
    assert.deepEqual(budgets(doubled), outcome.framework.steps.map((step) => step.minutes * 2));
  });

  it('explains why an ordinary Markdown file is not checked', () => {
    const { text } = reportOf('README.md');
    assert.match(text, /does not look like an answer/);
    assert.doesNotMatch(text, /^## /m);
  });
});
