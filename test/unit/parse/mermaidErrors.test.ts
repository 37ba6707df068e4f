import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mermaidErrorLine, mermaidErrorMessage, NO_DIAGRAM_TYPE } from '../../../src/core/mermaidErrors';

/** An error as Mermaid's parsers throw it: a message and the 1-based line of the text they read. */
function parseError(line: number): Error & { hash: { loc: { first_line: number } } } {
  return Object.assign(new Error(`Parse error on line ${line}:\n...x\n---^\nExpecting 'A', got 'B'`), { hash: { loc: { first_line: line } } });
}

test('finds the source line Mermaid blames past front matter, directives, comments and leading blanks', () => {
  const source = [
    '---', 'title: Pipeline', '---', '', '%%{init: {', '  "theme": "forest"', '}}%%', '%% drawn by hand',
    'flowchart LR', '  A --> B', '  %% the broken edge:', '  B --> C[x',
  ].join('\n');
  // Mermaid reads "flowchart LR", "A --> B", "B --> C[x": the third line is the last of the source.
  assert.equal(mermaidErrorLine(parseError(3), source), 11);
  assert.equal(mermaidErrorLine(parseError(1), source), 8);
  assert.equal(mermaidErrorLine(new Error('Parse error on line 2: …'), source), 9, 'the line in the message when the error has no location');
});

test('keeps the line a directive in the middle of a diagram leaves behind', () => {
  const source = ['graph TD', '  A --> B', '%%{init: {"theme": "dark"}}%%', '  B --> C[x'].join('\n');
  assert.equal(mermaidErrorLine(parseError(4), source), 3);
});

test('takes Mermaid\'s line count out of its message', () => {
  assert.equal(mermaidErrorMessage(parseError(3)), "Parse error:\n...x\n---^\nExpecting 'A', got 'B'");
  assert.equal(mermaidErrorMessage(new Error('No diagram type detected matching given configuration for text: x')), NO_DIAGRAM_TYPE);
});
