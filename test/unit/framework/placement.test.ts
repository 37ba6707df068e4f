import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinSnippets, placeTemplate, withHeadingLevel } from '../../../src/core/placement';
import { stepAtLine } from '../../../src/core/stepSections';
import { outcomeWithHeadings } from './outcomeFixture';

// An answer: title on 0, Clarify 2-9 (blank lines 8-9), Evaluation 10-19.
const partial = outcomeWithHeadings(20, [
  { line: 0, level: 1, text: 'Video recommendations' },
  { line: 2, level: 2, text: 'Clarification', step: 'clarify' },
  { line: 10, level: 2, text: 'Evaluation', step: 'evaluation' },
]);
const blank = (lines: number[]) => (line: number) => lines.includes(line);

test('an item of a step that has a section goes after its last content line', () => {
  assert.deepEqual(placeTemplate(partial, 'clarify', blank([8, 9])), { line: 8, needsHeading: false, headingLevel: 2 });
});

test('a step with no section gets a new one before the next step present, in framework order', () => {
  assert.deepEqual(placeTemplate(partial, 'architecture'), { line: 10, needsHeading: true, headingLevel: 2 });
  assert.deepEqual(placeTemplate(partial, 'deep-dive'), { line: 10, needsHeading: true, headingLevel: 2 });
});

test('a step after every present step is appended, above trailing blank lines', () => {
  const noEvaluation = outcomeWithHeadings(12, [{ line: 0, level: 3, text: 'Scope', step: 'clarify' }]);
  assert.deepEqual(placeTemplate(noEvaluation, 'evaluation', blank([10, 11])), { line: 10, needsHeading: true, headingLevel: 3 });
});

test('a sub-section of the same step stays inside the step; one of another step does not extend it', () => {
  const nested = outcomeWithHeadings(30, [
    { line: 0, level: 2, text: 'Requirements', step: 'clarify' },
    { line: 5, level: 3, text: 'Scale', step: 'clarify' },
    { line: 12, level: 2, text: 'Design', step: 'architecture' },
    { line: 20, level: 3, text: 'Metrics', step: 'evaluation' },
  ]);
  assert.equal(placeTemplate(nested, 'clarify').line, 12);
  assert.equal(placeTemplate(nested, 'evaluation').line, 30);
  assert.equal(stepAtLine(nested, 7), 'clarify');
  assert.equal(stepAtLine(nested, 21), 'evaluation');
  assert.equal(stepAtLine(nested, 14), 'architecture');
});

test('an empty step section receives text right under its heading', () => {
  const empty = outcomeWithHeadings(4, [{ line: 1, level: 2, text: 'Scope', step: 'clarify' }]);
  assert.equal(placeTemplate(empty, 'clarify', blank([2, 3])).line, 2);
});

test('step templates take the answer heading level', () => {
  assert.equal(withHeadingLevel('## Scope\n\n- ${1:users}', 3), '### Scope\n\n- ${1:users}');
});

test('joined snippets keep separate tab stops and one final stop', () => {
  assert.equal(joinSnippets(['QPS: ${1:n} $2$0', 'DAU: ${1:m} \\$5 $0']), 'QPS: ${1:n} $2\n\nDAU: ${3:m} \\$5 $0');
});
