import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../../src/core/index';
import { problemStarters } from '../../../src/core/problems';
import { snippetToText } from '../../../src/core/snippetText';
import { buildStarter, parseProblemTemplate, pipelineStep } from '../../../src/core/starters';

const frameworkIds = ['default', 'seven-step'];
const frameworkOf = (id: string) => createChecker({ framework: id, forceAnswer: true }).analyze('').framework;
/** What New Answer passes: the titles of the items that apply to the problem. */
function titlesFor(family: string | undefined, frameworkId: string): Map<string, string> {
  const stub = `---\nframework: ${frameworkId}\n${family ? `problem: ${family}\n` : ''}---\n`;
  return new Map(createChecker().analyze(stub).items.map((state) => [state.item.id, state.item.title]));
}

test('New Answer offers the classic prompts and a blank answer', () => {
  assert.deepEqual(problemStarters.map((starter) => starter.id), [
    'video-recommendation',
    'ad-click-prediction',
    'harmful-content-detection',
    'visual-search',
    'news-feed',
    'people-you-may-know',
    'fraud-detection',
    'search-ranking',
    'eta-prediction',
    'blank',
  ]);
  for (const starter of problemStarters) {
    assert.ok(starter.prompt.length > 0, `${starter.id} has a prompt`);
    assert.match(starter.pipeline, /^```mermaid\n(flowchart|graph) /, `${starter.id} has a pipeline`);
  }
});

for (const frameworkId of frameworkIds) {
  for (const starter of problemStarters) {
    test(`the ${starter.id} starter in the ${frameworkId} framework is an answer with every step and a valid diagram`, () => {
      const framework = frameworkOf(frameworkId);
      assert.equal(framework.id, frameworkId);
      const text = snippetToText(buildStarter(starter, framework, titlesFor(starter.family, frameworkId)));
      const outcome = createChecker({ path: `${starter.id}.md` }).analyze(text);
      assert.equal(outcome.report.isAnswer, true, 'read as an answer without a file-name hint');
      assert.equal(outcome.report.framework, frameworkId);
      if (starter.family) assert.equal(outcome.report.problem, starter.family);
      const stepsPresent = new Set(outcome.sectionSteps.filter((step) => step !== undefined));
      assert.deepEqual(framework.steps.map((step) => step.id).filter((id) => !stepsPresent.has(id)), [], 'steps without a section');
      assert.equal(outcome.answer.diagrams.length, 1);
      const status = (id: string) => outcome.items.find((state) => state.item.id === id)?.status;
      assert.equal(status('diagram'), 'covered');
      assert.equal(status('diagram-valid'), 'covered');
      const diagram = outcome.answer.diagrams[0]!;
      const holding = outcome.answer.sections.map((section, index) => ({ section, index })).filter(({ section }) => section.startLine <= diagram.span.line && diagram.span.line < section.endLine);
      const diagramStep = outcome.sectionSteps[holding[holding.length - 1]!.index];
      assert.equal(diagramStep, pipelineStep(framework)?.id, 'the pipeline sits in the step that asks for a diagram');
    });
  }
}

test('a starter leaves its content gaps flagged, in every framework', () => {
  for (const frameworkId of frameworkIds) {
    const framework = frameworkOf(frameworkId);
    for (const starter of problemStarters) {
      const outcome = createChecker().analyze(snippetToText(buildStarter(starter, framework, titlesFor(starter.family, frameworkId))));
      const { covered, total } = outcome.report.coverage;
      // The diagram, the prompt and step headings may count; the substance must still be the user's.
      assert.ok(covered <= 6, `${starter.id} in ${frameworkId}: ${covered}/${total} covered by the starter alone`);
      for (const id of ['business-metric', 'qps', 'offline-metric', 'ab-test', 'data-drift']) {
        assert.notEqual(outcome.items.find((state) => state.item.id === id)?.status, 'covered', `${starter.id} in ${frameworkId} covers ${id}`);
      }
    }
  }
});

test('steps without problem prompts list what to cover in a comment, not as prose', () => {
  const framework = frameworkOf('seven-step');
  const text = snippetToText(buildStarter(problemStarters.find((starter) => starter.id === 'fraud-detection')!, framework, titlesFor('cls', 'seven-step')));
  assert.match(text, /## .*Clarifying Requirements\n\n<!-- Cover: [^\n]+ -->\n- …\n- …/);
  assert.doesNotMatch(text, /watch time/, 'no other problem\'s worked example leaks in');
});

test('problem templates split into front matter, prompt, pipeline and per-step prompts', () => {
  const parsed = parseProblemTemplate(
    'x',
    '---\nproblem: ads\ntitle: X prediction\n---\n<!-- prompt -->\nPredict X.\n\n<!-- pipeline -->\n```mermaid\nflowchart LR\n  a --> b\n```\n<!-- step: clarify -->\n- Goal: ${1:…}\n',
  );
  assert.equal(parsed.title, 'X prediction');
  assert.equal(parsed.family, 'ads');
  assert.equal(parsed.prompt, 'Predict X.');
  assert.equal(parsed.pipeline, '```mermaid\nflowchart LR\n  a --> b\n```');
  assert.deepEqual([...parsed.stepBlocks], [['clarify', '- Goal: ${1:…}']]);
});

test('the starter keeps tab stops apart across steps and escapes diagram braces', () => {
  const framework = frameworkOf('default');
  const body = buildStarter(problemStarters.find((starter) => starter.id === 'harmful-content-detection')!, framework);
  const stops = [...body.matchAll(/\$\{(\d+):/g)].map((match) => Number(match[1]));
  assert.equal(new Set(stops).size, stops.length, 'no two prompts mirror each other');
  assert.match(body, /policy\{"Policy thresholds"\\\}/);
  assert.match(snippetToText(body), /policy\{"Policy thresholds"\}/);
});

test('snippet text shows placeholders, choices and escapes as inserted', () => {
  assert.equal(snippetToText('a ${1:b ${2:c}} $3 ${4|x,y|} \\$5 \\} $0'), 'a b c  x $5 } ');
});
