import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagramLabels } from '../../../src/core/parse/mermaidLabels';
import { parseAnswer } from '../../../src/core/parse/index';

const labelsOf = (source: string, type: string): string[] => diagramLabels(source, type).map((label) => label.text);

test('reads the text of every flowchart node shape, quoted or not', () => {
  const source = [
    'flowchart LR',
    '  a[Rectangle] --> b(Rounded) --> c([Stadium]) --> d[[Subroutine]]',
    '  e[(Feature store)] --> f((Circle)) --> g{Gate} --> h{{Hexagon}}',
    '  i>Flag] --> j[/Parallelogram/] --> k["Quoted (with brackets)"]',
    '  l["line<br/>break"] --> m["`**Markdown** string`"]',
  ].join('\n');
  assert.deepEqual(labelsOf(source, 'flowchart'), [
    'Rectangle', 'Rounded', 'Stadium', 'Subroutine',
    'Feature store', 'Circle', 'Gate', 'Hexagon',
    'Flag', 'Parallelogram', 'Quoted (with brackets)',
    'line break', 'Markdown string',
  ]);
});

test('reads edge labels in every form and subgraph titles, not ids, keywords or styling', () => {
  const source = [
    'graph TD',
    '  subgraph offline [Offline path]',
    '    A -->|nightly| B',
    '    B -->|"top 500"| C',
    '    C -- fetch features --> D',
    '    D -. logs .-> A',
    '    D == promote ==> E',
    '  end',
    '  subgraph Online serving',
    '  end',
    '  classDef hot fill:#f96',
    '  class A hot',
    '  style B stroke:#333',
    '  linkStyle 0 stroke-width:2px',
    '  click A "https://example.org" "tooltip"',
    '  %% a comment with [brackets]',
    '  A --> B',
  ].join('\n');
  assert.deepEqual(labelsOf(source, 'graph'), ['Offline path', 'nightly', 'top 500', 'fetch features', 'logs', 'promote', 'Online serving']);
});

test('reads messages, notes, aliases and block titles of sequence diagrams', () => {
  const source = [
    'sequenceDiagram',
    '  participant C as Client app',
    '  participant R',
    '  C->>R: home feed request',
    '  R-->>C: ranked items',
    '  Note over R: cache hit under 5 ms',
    '  alt cache miss',
    '  loop every minute',
    '  end',
  ].join('\n');
  assert.deepEqual(labelsOf(source, 'sequenceDiagram'), ['Client app', 'home feed request', 'ranked items', 'cache hit under 5 ms', 'cache miss', 'every minute']);
});

test('other diagram types give their quoted strings and the text after a colon', () => {
  const source = ['stateDiagram-v2', '  [*] --> Training', '  Training : retrain on fresh data', '  state "Shadow deployment" as S'].join('\n');
  assert.deepEqual(labelsOf(source, 'stateDiagram-v2'), ['retrain on fresh data', 'Shadow deployment']);
});

test('skips directives, front matter and the type line', () => {
  const source = ['---', 'title: "Front [matter]"', '---', '%%{init: {"theme": "dark"}}%%', 'flowchart LR', '  A[Only label]'].join('\n');
  assert.deepEqual(labelsOf(source, 'flowchart'), ['Only label']);
  const spread = ['%%{init: {', '  "theme": "forest",', '  "themeVariables": { "primaryColor": "#ffcccc", "lineColor": "[red]" }', '}}%%', 'graph TD', '  A(Event logs)'].join('\n');
  assert.deepEqual(labelsOf(spread, 'graph'), ['Event logs'], 'a directive over several lines shows nothing');
});

test('a label is a unit of the answer whose range is the label in the document, also in an indented fence', () => {
  const text = ['# Pipeline', '', '- The offline path:', '', '  ```mermaid', '  flowchart LR', '    logs["Impression logs"] --> train[Daily training]', '  ```', ''].join('\n');
  const answer = parseAnswer(text);
  const labels = answer.units.filter((unit) => unit.kind === 'diagram-label');
  assert.deepEqual(labels.map((unit) => unit.text), ['Impression logs', 'Daily training']);
  const lines = text.split('\n');
  for (const unit of labels) {
    assert.equal(lines[unit.span.line]!.slice(unit.span.character, unit.span.endCharacter), unit.text);
  }
});
