import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createChecker } from '../../../src/core/index';
import { fixture } from './fixtures';

/** Step of each heading, as "heading text → step". */
function stepsByHeading(text: string, framework?: string): string[] {
  const outcome = createChecker({ forceAnswer: true, ...(framework ? { framework } : {}) }).analyze(text);
  return outcome.answer.sections.flatMap((section, index) =>
    section.heading ? [`${section.heading.text} → ${outcome.sectionSteps[index] ?? '-'}`] : [],
  );
}

describe('step recognition', () => {
  it('reads numbered, stepped, roman and parenthesised headings; children inherit; unrelated headings stay unmapped', () => {
    assert.deepEqual(stepsByHeading(fixture('varied-headings.md')), [
      'Fraud detection for card payments → -',
      // A paragraph that is one bold line counts as a heading too.
      'Step 1 - Clarifying Requirements → clarify',
      'Step 1 - Clarifying Requirements → clarify',
      'Scale → clarify',
      '2) Data & Labels → architecture',
      'III. Model Training → deep-dive',
      'Sub-part with no step words → deep-dive',
      'Metrics (Offline and Online) → evaluation',
      'Deployment, Monitoring and Updates → deep-dive',
      'Appendix → -',
    ]);
  });

  it('reads the short headings of notes: details, ops, operations, after launch', () => {
    const text = '# Notes\n\n## Requirements\n\n## Details\n\n## Launch\n\n## Ops\n\n## Operations\n\n## MLOps\n\n## After launch\n';
    assert.deepEqual(stepsByHeading(text), [
      'Notes → -',
      'Requirements → clarify',
      'Details → deep-dive',
      'Launch → evaluation',
      'Ops → evaluation',
      'Operations → evaluation',
      'MLOps → evaluation',
      'After launch → evaluation',
    ]);
    assert.ok(stepsByHeading(text, 'seven-step').includes('Ops → monitoring'));
    assert.deepEqual(stepsByHeading('# N\n\n## Operational requirements\n'), ['N → -', 'Operational requirements → clarify']);
  });

  it('maps the same headings onto the seven-step framework', () => {
    const steps = stepsByHeading(fixture('varied-headings.md'), 'seven-step');
    assert.ok(steps.includes('Step 1 - Clarifying Requirements → requirements'));
    assert.ok(steps.includes('2) Data & Labels → data'));
    assert.ok(steps.includes('III. Model Training → model'));
    assert.ok(steps.includes('Metrics (Offline and Online) → metrics'));
  });

  it('lets front matter choose the framework', () => {
    const outcome = createChecker().analyze('---\nframework: seven-step\n---\n# A\n\n## Framing the problem\n');
    assert.equal(outcome.framework.id, 'seven-step');
    assert.equal(outcome.sectionSteps[2], 'framing');
  });
});

describe('the title heading', () => {
  it('names no step, so its sections keep their own', () => {
    const outcome = createChecker().analyze('# Design a video recommendation system\n\n## Clarifying requirements\n\nText.\n\n## Evaluation\n\nText.\n');
    assert.deepEqual(outcome.sectionSteps, [undefined, undefined, 'clarify', 'evaluation']);
  });
});
