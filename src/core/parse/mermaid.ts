import type { FenceForm } from '../answer';

/** Recognises a fence's info string as Mermaid: `mermaid`, `{mermaid}`, `mermaid title="…"`. */
export function mermaidFenceForm(info: string, marker: string): FenceForm | undefined {
  const word = info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (word === '{mermaid}') return 'braces';
  if (word !== 'mermaid') return undefined;
  return marker.startsWith('~') ? 'tildes' : 'backticks';
}

/**
 * The diagram's type keyword: the first word after `%%{init}%%` directives, `%%` comments and a
 * `---` front matter block, as Mermaid itself reads it. Undefined when the block has none.
 */
export function diagramTypeOf(source: string): string | undefined {
  const typeLine = typeLineOf(source.split('\n'));
  return typeLine && /^[A-Za-z][\w-]*/.exec(typeLine.rest)?.[0];
}

/**
 * The line that names the diagram's type, and the text of it from the type keyword on: what comes
 * before it (front matter, directives, comments, blank lines) configures the diagram but shows nothing.
 */
export function typeLineOf(lines: string[]): { line: number; rest: string } | undefined {
  let index = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    index = close < 0 ? lines.length : close + 1;
  }
  let inDirective = false;
  for (; index < lines.length; index++) {
    let line = lines[index]!.trim();
    // Directives may span lines: %%{init: { … }}%%
    if (inDirective) {
      if (!line.includes('}%%')) continue;
      inDirective = false;
      line = line.slice(line.indexOf('}%%') + 3).trim();
    }
    while (line.startsWith('%%{')) {
      const end = line.indexOf('}%%');
      if (end < 0) {
        inDirective = true;
        line = '';
        break;
      }
      line = line.slice(end + 3).trim();
    }
    if (line === '' || line.startsWith('%%')) continue;
    return { line: index, rest: line };
  }
  return undefined;
}
