import type { FrontMatter } from '../answer';

const KEY_VALUE = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;

/**
 * Reads a YAML front matter block's top-level `key: value` pairs. Nested YAML is kept out on
 * purpose: the checker only needs flat keys (framework, problem, title), and a YAML parser
 * would be the largest dependency of the core for no gain.
 */
export function readFrontMatter(lines: string[]): FrontMatter | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  const close = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close < 0) return undefined;
  const fields: Record<string, string> = {};
  for (const line of lines.slice(1, close)) {
    const match = KEY_VALUE.exec(line);
    if (match) fields[match[1].toLowerCase()] = unquote(match[2].trim());
  }
  return {
    framework: fields.framework || undefined,
    problem: fields.problem || undefined,
    title: fields.title || undefined,
    fields,
    endLine: close + 1,
  };
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? quoted[2] : value;
}
