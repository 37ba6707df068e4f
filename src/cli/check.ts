/** Checks the collected files with one configuration; the same engine the editor uses. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createChecker, type CheckOutcome, type DiagramParser } from '../core/index';
import { DiagramVerdicts } from '../mermaidParser/verdicts';
import type { MlsdConfig } from '../core/config';
import type { FileReport, JsonReport } from '../core/report';
import type { FileToCheck } from './files';
import { InputError } from './files';
import { matchesAnyGlob } from './glob';
import type { RuleDescription } from './format/sarif';

/** What `mlsd.answerFiles` defaults to in the editor: such files are answers whatever they hold. */
const DEFAULT_ANSWER_GLOBS = ['**/*.mlsd.md'];

export interface CheckRun {
  report: JsonReport;
  /** The whole outcome of each reported file, in the report's order. */
  outcomes: CheckOutcome[];
  /** Title and rationale of each checklist item seen, for SARIF's rule table. */
  rules: Map<string, RuleDescription>;
}

export async function checkFiles(
  files: readonly FileToCheck[],
  cwd: string,
  config: MlsdConfig,
  framework: string | undefined,
  parseDiagram?: DiagramParser,
  warn: (message: string) => void = () => undefined,
): Promise<CheckRun> {
  const answerGlobs = [...DEFAULT_ANSWER_GLOBS, ...(config.answerFiles ?? [])];
  const reports: FileReport[] = [];
  const outcomes: CheckOutcome[] = [];
  const rules = new Map<string, RuleDescription>();
  // One set of verdicts for the run: a diagram repeated across files is parsed once.
  const verdicts = parseDiagram
    ? new DiagramVerdicts(parseDiagram, (message) => warn(`${message}; diagrams are checked for a known diagram type only`))
    : undefined;
  for (const file of files) {
    const text = file.fromStdin ? readStdin() : readText(resolve(cwd, file.path), file.path);
    const options = {
      config,
      ...(framework ? { framework } : {}),
      forceAnswer: matchesAnyGlob(file.displayPath, answerGlobs),
      path: file.displayPath,
    };
    let outcome = createChecker(options).analyze(text);
    if (verdicts && outcome.report.isAnswer && outcome.answer.diagrams.length > 0) {
      // Checked again with Mermaid's verdicts: a diagram that does not parse fails `diagram-valid`.
      await verdicts.judge(outcome.answer.diagrams);
      if (outcome.answer.diagrams.some((diagram) => verdicts.errors.has(diagram.id))) {
        outcome = createChecker({ ...options, diagramSyntax: verdicts.errors }).analyze(text);
      }
    }
    // Files found while searching a directory are reported only when they are answers.
    if (!outcome.report.isAnswer && !file.explicit) continue;
    reports.push({ ...outcome.report, path: file.displayPath });
    outcomes.push(outcome);
    for (const state of outcome.items) {
      rules.set(state.item.id, { title: state.item.title, why: state.item.why });
    }
  }
  return { report: { version: 1, files: reports }, outcomes, rules };
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new InputError(`standard input cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

export function readText(absolutePath: string, shownPath: string): string {
  try {
    // A byte-order mark is not part of the answer's first line.
    return readFileSync(absolutePath, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? 'unknown error'})`;
    throw new InputError(`${shownPath}: ${reason}`);
  }
}
