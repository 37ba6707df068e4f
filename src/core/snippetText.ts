/** Snippet bodies (VS Code snippet syntax) read as plain text. */

/**
 * Resolves snippet syntax to the text a user sees right after insertion: placeholders show
 * their default text, choices their first option, tab stops and variables nothing.
 */
export function snippetToText(snippet: string): string {
  let out = '';
  for (let index = 0; index < snippet.length; index++) {
    const character = snippet[index]!;
    if (character === '\\' && index + 1 < snippet.length && '\\$}'.includes(snippet[index + 1]!)) {
      out += snippet[++index];
      continue;
    }
    if (character !== '$') {
      out += character;
      continue;
    }
    const rest = snippet.slice(index + 1);
    const bare = /^(\d+|[A-Za-z_]\w*)/.exec(rest);
    if (bare) {
      index += bare[0].length;
      continue;
    }
    const choice = /^\{\d+\|([^,|]*)[^}]*\|\}/.exec(rest);
    if (choice) {
      out += choice[1];
      index += choice[0].length;
      continue;
    }
    const opener = /^\{(\d+|[A-Za-z_]\w*)(:?)/.exec(rest);
    if (!opener) {
      out += character;
      continue;
    }
    // Find the matching brace; nested placeholders resolve recursively.
    let depth = 1;
    let end = index + 1 + opener[0].length;
    for (; end < snippet.length && depth > 0; end++) {
      if (snippet[end] === '\\') end++;
      else if (snippet[end] === '{' && snippet[end - 1] === '$') depth++;
      else if (snippet[end] === '}') depth--;
    }
    out += opener[2] ? snippetToText(snippet.slice(index + 1 + opener[0].length, end - 1)) : '';
    index = end - 1;
  }
  return out;
}
