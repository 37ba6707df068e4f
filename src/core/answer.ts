/**
 * The answer model: what one parse of a Markdown answer yields. Pure data, shared by the
 * checklist, the framework tree, the pipeline preview and the CLI. Lines and characters are
 * 0-based here (as in editors); reports convert to 1-based.
 */

export interface Span {
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

/** Level given to lines used as headings (a single bold line, a step's name): below every Markdown heading, so they nest inside them. */
export const BOLD_HEADING_LEVEL = 7;

export interface Heading {
  /** 1-6 for Markdown headings; `BOLD_HEADING_LEVEL` for a line used as a heading (a single bold line, a step's name). */
  level: number;
  /** Heading text with Markdown emphasis, numbering marks and trailing colons kept as written. */
  text: string;
  span: Span;
}

/** A run of the document under one heading, up to the next heading of the same or higher level. */
export interface Section {
  heading: Heading | undefined;
  /** First line of the section (the heading line, or 0 for the preamble). */
  startLine: number;
  /** Line after the section's last line. */
  endLine: number;
  /** Index of the enclosing section in `Answer.sections`, if any. */
  parent: number | undefined;
}

/** How a Mermaid block was fenced; all forms render the same. */
export type FenceForm = 'backticks' | 'tildes' | 'braces';

export interface Diagram {
  /** Content hash of the normalised source: stable while the diagram's text is unchanged. */
  id: string;
  source: string;
  /** First keyword of the diagram (flowchart, graph, sequenceDiagram, …) after directives; undefined when absent. */
  diagramType: string | undefined;
  fence: FenceForm;
  /** Whole block, fences included. */
  span: Span;
  /** Line of the first source line inside the fence. */
  sourceStartLine: number;
  /** Columns of indentation removed from each source line (blocks inside lists). */
  indent: number;
}

export type QuantityKind =
  | 'users'
  | 'qps'
  | 'latency'
  | 'items'
  | 'storage'
  | 'duration'
  | 'percent'
  /** Requests, queries or sessions per user per day (for QPS arithmetic). */
  | 'requests-per-user'
  | 'count';

/** The period a rate is stated over when it is not per second: "1B requests per day". A month is 30 days. */
export type RatePeriod = 'minute' | 'hour' | 'day' | 'week' | 'month';

export interface Quantity {
  kind: QuantityKind;
  /** Value in the kind's base unit: users, requests/s, milliseconds, items, bytes, seconds, percent, requests per user per day. */
  value: number;
  /** Upper bound when the text gives a range ("10-20k"). */
  upper?: number;
  /** The words that were read as this quantity. */
  text: string;
  /** For a rate the text states per minute, hour, day, week or month: that period (`value` is per second all the same). */
  period?: RatePeriod;
  span: Span;
  /** Index in `Answer.units` of the prose unit that states it. */
  unit: number;
}

/**
 * A unit of prose that evidence must share with its number: a sentence, a bullet, a table
 * row, a heading, or a label a diagram shows (a Mermaid node, edge or subgraph). Code blocks
 * are not prose, but a drawing in one, and a listing of folders and files whose notes name
 * what each file does, are read line by line (`drawing-line`): a box's words and the figure
 * beside them ("XGBoost scoring (<5ms)") stand on one line. The drawing as a whole
 * (`ascii-art`) shows that a diagram is there; its words are read in its lines.
 */
export interface TextUnit {
  kind: 'sentence' | 'bullet' | 'table-row' | 'heading' | 'image' | 'ascii-art' | 'drawing-line' | 'diagram-label';
  text: string;
  span: Span;
  /** Index in `Answer.sections` of the innermost section holding this unit. */
  section: number;
  /** Set on the interviewer's prompt quoted in the answer ("> **Interviewer:** …"): framing, not the candidate's design. */
  prompt?: true;
}

/** An inline comment that silences rules (no rules named: every rule), or lets them speak again. */
export interface Suppression {
  rules: string[];
  /**
   * 'file' silences from this line to the end, or to an 'enable' of the rule; 'next-line' only
   * the following line; 'line' only its own; 'enable' ends an earlier 'file' silence from this line on.
   */
  scope: 'file' | 'next-line' | 'line' | 'enable';
  line: number;
}

export interface FrontMatter {
  framework?: string;
  problem?: string;
  title?: string;
  /** Every key as written, for keys the checker does not know. */
  fields: Record<string, string>;
  /** Lines covered by the front matter block (0 when absent). */
  endLine: number;
}

export interface Answer {
  lineCount: number;
  frontMatter: FrontMatter | undefined;
  /** First top-level heading's text, if any. */
  title: string | undefined;
  headings: Heading[];
  sections: Section[];
  diagrams: Diagram[];
  quantities: Quantity[];
  units: TextUnit[];
  suppressions: Suppression[];
}
