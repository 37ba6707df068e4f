/**
 * The text edits behind "Disable <rule> for this line / file": pure, so they are unit-tested
 * without an editor. Comments use the syntax the parser reads (`<!-- mlsd-disable… -->`, or
 * `%% mlsd-disable…` inside a Mermaid block).
 */
import type { Answer } from '../../core/answer';

export interface LineInsertion {
  kind: 'insert';
  /** 0-based line the text goes in front of. */
  line: number;
  text: string;
}

export interface CommentExtension {
  kind: 'extend';
  line: number;
  /** Column of the comment's closing `-->`, where the rule id is added. */
  character: number;
  text: string;
}

export type DisableEdit = LineInsertion | CommentExtension;

/**
 * `<!-- mlsd-disable-next-line rule -->` above the line, indented like it so lists stay lists.
 * Inside a Mermaid diagram the comment is Mermaid's own (`%% …`): an HTML one would break it.
 */
export function disableForLine(ruleId: string, line: number, lineText: string, inDiagram = false): LineInsertion {
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  const comment = inDiagram ? `%% mlsd-disable-next-line ${ruleId}` : `<!-- mlsd-disable-next-line ${ruleId} -->`;
  return { kind: 'insert', line, text: `${indent}${comment}\n` };
}

/** Whether a line is inside a Mermaid block's source (between its fences). */
export function isInDiagram(answer: Answer, line: number): boolean {
  return answer.diagrams.some((diagram) => diagram.sourceStartLine <= line && line < diagram.span.endLine);
}

/**
 * `<!-- mlsd-disable rule -->` right after the front matter (or at the top). When a
 * file-wide comment already stands there, the rule joins it instead of a second comment.
 */
export function disableForFile(ruleId: string, answer: Answer, lineText: (line: number) => string | undefined): DisableEdit {
  const line = answer.frontMatter?.endLine ?? 0;
  const existing = answer.suppressions.find(
    (suppression) => suppression.scope === 'file' && suppression.line === line && suppression.rules.length > 0,
  );
  const text = existing ? lineText(line) : undefined;
  if (existing && text !== undefined) {
    const close = /\s*-->/.exec(text.slice(text.indexOf('mlsd-disable')));
    if (close) {
      const character = text.indexOf('mlsd-disable') + close.index;
      return { kind: 'extend', line, character, text: ` ${ruleId}` };
    }
  }
  return { kind: 'insert', line, text: `<!-- mlsd-disable ${ruleId} -->\n` };
}
