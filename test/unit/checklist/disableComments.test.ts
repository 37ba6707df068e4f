import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAnswer } from '../../../src/core/parse/index';
import { disableForFile, disableForLine, isInDiagram, type DisableEdit } from '../../../src/extension/checklist/disableComments';

/** Applies the edit to the text as the editor would. */
function apply(text: string, edit: DisableEdit): string {
  const lines = text.split('\n');
  if (edit.kind === 'insert') {
    lines.splice(edit.line, 0, edit.text.replace(/\n$/, ''));
  } else {
    const line = lines[edit.line] as string;
    lines[edit.line] = line.slice(0, edit.character) + edit.text + line.slice(edit.character);
  }
  return lines.join('\n');
}

describe('disable comments', () => {
  it('puts a next-line comment above the line, indented like it so a nested bullet stays in its list', () => {
    const text = '## Scale\n\n- Users\n  - QPS is high\n';
    const edit = disableForLine('qps', 3, '  - QPS is high');
    const result = apply(text, edit);
    assert.equal(result, '## Scale\n\n- Users\n  <!-- mlsd-disable-next-line qps -->\n  - QPS is high\n');
    const [suppression] = parseAnswer(result).suppressions;
    assert.deepEqual(suppression, { rules: ['qps'], scope: 'next-line', line: 3 });
  });

  it('puts a file-wide comment right after the front matter', () => {
    const text = '---\nproblem: ads\n---\n# Ad click prediction\n';
    const result = apply(text, disableForFile('calibration', parseAnswer(text), (line) => text.split('\n')[line]));
    assert.equal(result, '---\nproblem: ads\n---\n<!-- mlsd-disable calibration -->\n# Ad click prediction\n');
    assert.equal(parseAnswer(result).frontMatter?.problem, 'ads');
    assert.deepEqual(parseAnswer(result).suppressions[0]?.rules, ['calibration']);
  });

  it('puts a file-wide comment at the top when there is no front matter', () => {
    const text = '# Fraud detection\n\nText.\n';
    const result = apply(text, disableForFile('qps', parseAnswer(text), (line) => text.split('\n')[line]));
    assert.equal(result, '<!-- mlsd-disable qps -->\n# Fraud detection\n\nText.\n');
  });

  it('adds the rule to a file-wide comment already standing there instead of writing a second one', () => {
    const text = '<!-- mlsd-disable qps -->\n# Fraud detection\n';
    const result = apply(text, disableForFile('latency-budget', parseAnswer(text), (line) => text.split('\n')[line]));
    assert.equal(result, '<!-- mlsd-disable qps latency-budget -->\n# Fraud detection\n');
    assert.deepEqual(parseAnswer(result).suppressions[0]?.rules, ['qps', 'latency-budget']);
  });
});

describe('disable comments inside a Mermaid diagram', () => {
  it('uses Mermaid\'s own comment there, which the checker reads and the diagram keeps valid', () => {
    const text = '# Design\n\n```mermaid\nflowchart LR\n  A["latency budget"] --> B\n```\n';
    const answer = parseAnswer(text);
    assert.equal(isInDiagram(answer, 4), true);
    assert.equal(isInDiagram(answer, 2), false, 'the opening fence is Markdown');
    assert.equal(isInDiagram(answer, 5), false, 'the closing fence is Markdown');
    const result = apply(text, disableForLine('latency-budget', 4, '  A["latency budget"] --> B', isInDiagram(answer, 4)));
    assert.equal(result, '# Design\n\n```mermaid\nflowchart LR\n  %% mlsd-disable-next-line latency-budget\n  A["latency budget"] --> B\n```\n');
    const after = parseAnswer(result);
    assert.deepEqual(after.suppressions, [{ rules: ['latency-budget'], scope: 'next-line', line: 4 }]);
    assert.equal(after.diagrams[0]?.diagramType, 'flowchart');
  });

  it('reads a file-wide Mermaid comment, and no Mermaid form outside a line of its own', () => {
    assert.deepEqual(parseAnswer('```mermaid\nflowchart LR\n%% mlsd-disable qps ab-test\n```\n').suppressions, [{ rules: ['qps', 'ab-test'], scope: 'file', line: 2 }]);
    assert.deepEqual(parseAnswer('Text %% mlsd-disable qps\n').suppressions, []);
  });
});
