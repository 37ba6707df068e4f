/**
 * Whether a code block holds notes rather than code. Terse answers keep their notes in a plain
 * ``` fence or indent them by four spaces ("Offline metrics: log loss", "Frequency: weekly"),
 * which Markdown reads as code; the checker reads them as the answer's own lines.
 */

/** Fence info strings that name no language: what such a fence holds may be notes. */
const PLAIN_INFO = /^\s*(?:te?xt|plain(?:text)?|notes?|none)?\s*$/i;

// Lines only code has: a statement's end, a keyword that opens one, an assignment, a call
// closing the line, a comment marker of code, a shell prompt, a tag.
const CODE_LINE =
  /[{};]\s*$|^\s*(?:def|class|import|from\s+[\w.]+\s+import|return|function|const|let|var|public|private|SELECT|INSERT|UPDATE|CREATE|print\(|#include|@[\w.]+)\b|^\s*[\w.[\]'"]+\s*(?:=|\+=|-=|:=)\s*\S|\w\([^)]*\)\s*$|^\s*(?:\/\/|#!|--\s)|^\s*\$\s|^\s*<\/?[a-z][\w-]*[\s>/]/;
// Two words, one of them a word of letters: a line that says something ("Latency < 100 ms",
// "10M Movies").
const WORDY_LINE = /^(?=.*[A-Za-z]{3,})\s*\S+\s+\S+/;

export function isPlainInfo(info: string): boolean {
  return PLAIN_INFO.test(info);
}

/** At most one line in five looks like code, and at least half the lines are words. */
export function isPlainNotes(content: string): boolean {
  let lines = 0;
  let code = 0;
  let wordy = 0;
  for (const line of content.split('\n')) {
    if (!line.trim()) continue;
    lines++;
    if (CODE_LINE.test(line)) code++;
    if (WORDY_LINE.test(line)) wordy++;
  }
  return lines > 0 && code * 5 <= lines && wordy * 2 >= lines;
}
