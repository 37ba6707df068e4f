import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ItemState } from '../../../src/core/api';
import type { ChecklistItem } from '../../../src/core/framework';
import { frameworkRows } from '../../../src/extension/framework/treeModel';
import { templateCompletions } from '../../../src/extension/framework/completionModel';
import { fourSteps, outcomeWithHeadings } from './outcomeFixture';

function item(id: string): ChecklistItem {
  return { id, title: `Title of ${id}`, why: `Why ${id}`, patterns: [], needsNumber: false, numberKinds: [], severity: 'warning', problems: [], template: `- ${id}: \${1:…}` };
}
const span = (line: number) => ({ line, character: 0, endLine: line, endCharacter: 10 });

const framework = {
  ...fourSteps,
  steps: fourSteps.steps.map((step) => ({ ...step, items: { clarify: ['business-metric', 'qps', 'latency-budget'], architecture: ['diagram', 'funnel'], 'deep-dive': ['model'], evaluation: ['ab-test'] }[step.id] ?? [] })),
};
const lines = ['# Answer', '', '## Scope', '- **Business goal:** more **watch time** per user | and more', '- QPS is high', '', '## Evaluation', 'A/B test for two weeks'];
const states: ItemState[] = [
  { item: item('business-metric'), step: 'clarify', status: 'covered', evidence: span(3) },
  { item: item('qps'), step: 'clarify', status: 'needs-number', evidence: span(4) },
  { item: item('latency-budget'), step: 'clarify', status: 'missing' },
  { item: item('diagram'), step: 'architecture', status: 'missing' },
  { item: item('model'), step: 'deep-dive', status: 'missing' },
  { item: item('ab-test'), step: 'evaluation', status: 'covered', evidence: span(7) },
];
const outcome = {
  ...outcomeWithHeadings(lines.length, [
    { line: 0, level: 1, text: 'Answer' },
    { line: 2, level: 2, text: 'Scope', step: 'clarify' },
    { line: 6, level: 2, text: 'Evaluation', step: 'evaluation' },
  ]),
  framework,
  items: states,
};

test('rows list the steps in framework order with their applicable items, counts and budgets', () => {
  const rows = frameworkRows(outcome, (line) => lines[line] ?? '');
  assert.deepEqual(rows.steps.map((step) => [step.label, step.description]), [
    ['clarify', '1/3 · 10 min'],
    // 'funnel' is absent from the check (not for this problem), so it is absent from the tree.
    ['architecture', '0/1 · 10 min'],
    ['deep-dive', '0/1 · 10 min'],
    ['evaluation', '1/1 · 10 min'],
  ]);
  assert.equal(`${rows.covered}/${rows.total}`, '2/6');
  assert.deepEqual(rows.steps.map((step) => step.sectionLine), [2, undefined, undefined, 6]);
});

test('items describe their evidence line, a missing number, or nothing', () => {
  const [clarify] = frameworkRows(outcome, (line) => lines[line] ?? '').steps;
  assert.deepEqual(clarify!.items.map((row) => [row.itemId, row.status, row.description]), [
    ['business-metric', 'covered', 'Business goal: more watch time per user and more'],
    ['qps', 'needs-number', 'needs a number'],
    ['latency-budget', 'missing', ''],
  ]);
  assert.equal(clarify!.items[0]!.why, 'Why business-metric');
});

test('evidence in an HTML list or a drawing is described by its words', () => {
  const describe = (line: string): string => frameworkRows(outcome, () => line).steps[0]!.items[0]!.description;
  assert.equal(describe('  <li><b>Goal:</b> more watch time per user.</li>'), 'Goal: more watch time per user.');
  assert.equal(describe('│  Gateway     │────▶│  Watch-time model  │'), 'Gateway Watch-time model');
});

test('long evidence lines are shortened', () => {
  const long = frameworkRows(outcome, () => `- ${'word '.repeat(40)}`).steps[0]!.items[0]!.description;
  assert.ok(long.length <= 60 && long.endsWith('…'), long);
});

test('completions put the missing items of the step being written first', () => {
  const order = templateCompletions(outcome, 'clarify').sort((a, b) => a.sortText.localeCompare(b.sortText)).map((c) => c.prefix);
  assert.deepEqual(order.slice(0, 3), ['mlsd-latency-budget', 'mlsd-business-metric', 'mlsd-qps']);
  assert.deepEqual(order.slice(3, 7), ['mlsd-clarify', 'mlsd-architecture', 'mlsd-deep-dive', 'mlsd-evaluation']);
  const elsewhere = templateCompletions(outcome, 'evaluation').sort((a, b) => a.sortText.localeCompare(b.sortText)).map((c) => c.prefix);
  assert.equal(elsewhere[0], 'mlsd-ab-test');
});

test('completion bodies are the templates the checker carries', () => {
  for (const completion of templateCompletions(outcome, undefined)) {
    const expected = 'itemId' in completion.target
      ? states.find((state) => 'itemId' in completion.target && state.item.id === completion.target.itemId)!.item.template
      : framework.steps.find((step) => 'stepId' in completion.target && step.id === completion.target.stepId)!.template;
    assert.equal(completion.body, expected);
  }
});
