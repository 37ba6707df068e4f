/**
 * The checker's public contract, shared by the editor, the CLI, the benchmarks and
 * `dist/core.js`.
 */
import type { Answer, Span } from './answer';
import type { MlsdConfig } from './config';
import type { ChecklistItem, Framework, ProblemFamily } from './framework';
import type { FileReport, Finding, ItemStatus } from './report';

export interface CheckOptions {
  /** Workspace configuration, already validated. */
  config?: MlsdConfig;
  /** Framework id chosen outside the document (CLI flag, setting); front matter wins over it. */
  framework?: string;
  /** The file matched the answer-file globs: treat it as an answer whatever its content. */
  forceAnswer?: boolean;
  /** Shown in reports. */
  path?: string;
  /**
   * Mermaid's parse errors by diagram id, from a caller that can run Mermaid (the command line,
   * the extension host). Read on every check, so a caller may add verdicts as they arrive.
   * Without them the checker knows only whether each block names a diagram type Mermaid knows.
   */
  diagramSyntax?: ReadonlyMap<string, DiagramSyntaxError>;
}

/** Mermaid's verdict on a diagram that names a known type but does not parse. */
export interface DiagramSyntaxError {
  /** 0-based line of the diagram's source that Mermaid blames. */
  sourceLine: number;
  /** Mermaid's message, without its own line count. */
  message: string;
}

/** Runs Mermaid's parser on a diagram's source: its error, or undefined when it parses. */
export type DiagramParser = (source: string) => Promise<DiagramSyntaxError | undefined>;

export interface ItemState {
  item: ChecklistItem;
  step: string;
  status: ItemStatus;
  /** Where the evidence stands (covered, needs-number). */
  evidence?: Span;
}

export interface FindingDetail extends Finding {
  /** 0-based span for editors. */
  span: Span;
  /** The checklist item the finding is about, when it is one (quick fixes insert its template). */
  itemId?: string;
  step?: string;
}

export interface CheckOutcome {
  answer: Answer;
  report: FileReport;
  framework: Framework;
  problem: ProblemFamily;
  /** Framework step of each section of `answer.sections`, by index. */
  sectionSteps: Array<string | undefined>;
  items: ItemState[];
  findings: FindingDetail[];
}

export interface Checker {
  /** The per-file report, re-using what did not change since the previous call. */
  check(text: string): FileReport;
  /** The same check with everything the editor needs beside the report. */
  analyze(text: string): CheckOutcome;
}
