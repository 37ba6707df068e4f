/**
 * Findings for the checklist's gaps, each saying what to add with an example taken from the
 * item's own template.
 */
import type { Answer, Diagram, Span } from '../answer';
import type { DiagramSyntaxError, FindingDetail, ItemState } from '../api';
import type { RuleSetting } from '../config';
import type { ChecklistItem, Severity } from '../framework';
import { snippetToText } from '../snippetText';
import { hasKnownType } from './evaluate';
import type { TaskFamily } from './metricFit';
import { arithmeticOf, type ThroughputEstimate } from './throughput';

export interface FindingContext {
  answer: Answer;
  sectionSteps: Array<string | undefined>;
  rules: Readonly<Record<string, RuleSetting>>;
  /** Words the answer used for the offline metric and its task families (metric-fit message). */
  offlineMetricWords: string[];
  tasks: TaskFamily[];
  /** Whether the `requires` side of an item was found (offline-online message). */
  hasRequired: (item: ChecklistItem) => boolean;
  hasMain: (item: ChecklistItem) => boolean;
  /** Mermaid's parse errors by diagram id, when the caller could run Mermaid. */
  diagramSyntax?: ReadonlyMap<string, DiagramSyntaxError> | undefined;
  /** The throughput the answer's own daily users imply (QPS message), when it states them. */
  throughput: ThroughputEstimate | undefined;
}

/** The item whose message can show the answer's own throughput arithmetic. */
const THROUGHPUT_ITEM = 'qps';

const SOFTER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'hint', hint: 'hint' };

const METRIC_SUGGESTION: Record<TaskFamily, string> = {
  classification: 'PR-AUC, ROC-AUC or recall at a fixed precision',
  ranking: 'NDCG@k, MAP or recall@k',
  regression: 'MAE, RMSE or MAPE',
  detection: 'mAP and IoU',
  generation: 'BLEU, ROUGE or perplexity',
};

export function itemFindings(states: ItemState[], context: FindingContext): FindingDetail[] {
  const findings: FindingDetail[] = [];
  for (const state of states) {
    if (state.status === 'covered') continue;
    const { item } = state;
    const configured = context.rules[item.id];
    const base = configured && configured !== 'off' ? configured : item.severity;
    if (item.evidence === 'diagram-valid') {
      findings.push(...invalidDiagramFindings(item, context, base, state.step));
      continue;
    }
    if (item.evidence === 'metric-fit' && state.evidence === undefined) continue; // offline-metric already reports it
    const severity = state.status === 'needs-number' && !configured ? SOFTER[base] : base;
    const span = state.evidence ?? stepAnchor(state.step, context);
    findings.push(detail(item.id, severity, span, messageFor(state, context), state.step));
  }
  return findings;
}

function messageFor(state: ItemState, context: FindingContext): string {
  const { item } = state;
  const example = exampleOf(item);
  // Workspace items may come without a template: then there is no example to show.
  const suggestion = example ? ` Add e.g. “${example}”.` : '';
  // The answer's own users give a better example than the template's; under one request per
  // second the figure is a placeholder's ("1 DAU"), not an estimate worth showing.
  if (item.id === THROUGHPUT_ITEM && context.throughput && context.throughput.average >= 1) {
    const estimate = `from the answer's own figures, ${arithmeticOf(context.throughput)}`;
    return state.status === 'needs-number'
      ? `${item.title} mentioned without a per-second figure: ${estimate}.`
      : `Missing ${lowerFirst(item.title)}: ${item.why} Add it: ${estimate}.`;
  }
  if (state.status === 'needs-number') {
    return `${item.title} mentioned without a number: add a figure in the same sentence${example ? `, e.g. “${example}”` : ''}.`;
  }
  if (item.evidence === 'metric-fit') {
    const suggestions = context.tasks.map((task) => METRIC_SUGGESTION[task]).join('; ');
    return `The offline metric (${unique(context.offlineMetricWords).join(', ')}) does not fit the stated ${context.tasks.join(' / ')} task: use ${suggestions}.`;
  }
  if (item.requires && context.hasMain(item) && !context.hasRequired(item)) {
    return `${item.title}: the offline (training) path is described but not the online (serving) path.${suggestion}`;
  }
  if (item.requires && !context.hasMain(item) && context.hasRequired(item)) {
    return `${item.title}: the online (serving) path is described but not the offline (training) path.${suggestion}`;
  }
  if (item.evidence === 'diagram') {
    return `No architecture diagram: ${item.why} Add a \`\`\`mermaid flowchart of the offline and online paths.`;
  }
  return `Missing ${lowerFirst(item.title)}: ${item.why}${suggestion}`;
}

function invalidDiagramFindings(item: ChecklistItem, context: FindingContext, severity: Severity, step: string): FindingDetail[] {
  const found: FindingDetail[] = [];
  for (const diagram of context.answer.diagrams) {
    if (!hasKnownType(diagram)) {
      const message = diagram.diagramType
        ? `Unknown Mermaid diagram type “${diagram.diagramType}”: start the block with a known type such as \`flowchart LR\`, \`graph TD\` or \`sequenceDiagram\`.`
        : 'Mermaid block without a diagram type: it will not render. Start it with a type such as `flowchart LR`, `graph TD` or `sequenceDiagram`.';
      found.push(detail(item.id, severity, diagram.span, message, step));
      continue;
    }
    const syntax = context.diagramSyntax?.get(diagram.id);
    if (syntax) found.push(detail(item.id, severity, blamedLine(diagram, syntax), `Mermaid cannot draw this diagram: ${oneLine(syntax.message)}`, step));
  }
  return found;
}

/** The document line of the diagram's source that Mermaid blames, from its indentation to its end. */
function blamedLine(diagram: Diagram, syntax: DiagramSyntaxError): Span {
  const sourceLine = diagram.source.split('\n')[syntax.sourceLine] ?? '';
  const line = diagram.sourceStartLine + syntax.sourceLine;
  const start = diagram.indent + (sourceLine.length - sourceLine.trimStart().length);
  return { line, character: start, endLine: line, endCharacter: Math.max(start, diagram.indent + sourceLine.length) };
}

// Mermaid's parse errors: "Parse error:", the code near the error, a caret line, then "Expecting 'A', 'B', …, got 'C'".
const EXPECTING = /^Expecting (.+), got (.+)$/;
const TOKENS_SHOWN = 4;

/** A message that fits one line of a report: the code near the error and a few of the tokens Mermaid expected. */
function oneLine(message: string): string {
  const lines = message.split('\n').map((line) => line.trim()).filter((line) => line && !/^-*\^$/.test(line));
  if (lines[0] !== 'Parse error:') return lines.join(' ');
  const near = lines[1] ? ` near “${lines[1]}”` : '';
  const expecting = EXPECTING.exec(lines[2] ?? '');
  if (!expecting) return `parse error${near}${lines.length > 2 ? `: ${lines.slice(2).join(' ')}` : '.'}`;
  const tokens = expecting[1]!.split(/,\s*/);
  const shown = tokens.slice(0, TOKENS_SHOWN).join(', ');
  const more = tokens.length > TOKENS_SHOWN ? ` or ${tokens.length - TOKENS_SHOWN} more` : '';
  return `parse error${near}: expected ${shown}${more}, got ${expecting[2]}.`;
}

/** Where a finding without evidence stands: the heading of the item's step, else the title. */
export function stepAnchor(step: string | undefined, context: { answer: Answer; sectionSteps: Array<string | undefined> }): Span {
  const { answer } = context;
  const index = step === undefined ? -1 : context.sectionSteps.findIndex((s, i) => s === step && answer.sections[i]?.heading);
  const heading = index >= 0 ? answer.sections[index]!.heading : answer.headings[0];
  if (heading) return heading.span;
  const line = answer.frontMatter?.endLine ?? 0;
  return { line: Math.min(line, Math.max(answer.lineCount - 1, 0)), character: 0, endLine: Math.min(line, Math.max(answer.lineCount - 1, 0)), endCharacter: 0 };
}

export function detail(rule: string, severity: Severity, span: Span, message: string, step?: string): FindingDetail {
  return {
    rule,
    severity,
    line: span.line + 1,
    column: span.character + 1,
    endLine: span.endLine + 1,
    endColumn: span.endCharacter + 1,
    message,
    span,
    ...(step ? { itemId: rule, step } : {}),
  };
}

/** The first line of the item's template as plain text, without its bold label. */
export function exampleOf(item: ChecklistItem): string {
  const firstLine = snippetToText(item.template).split('\n').find((line) => line.trim().length > 0) ?? '';
  return firstLine.replace(/^\s*[-*]\s+/, '').replace(/^\*\*[^*]+:\*\*\s*/, '').trim();
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function unique(words: string[]): string[] {
  return [...new Set(words.map((word) => word.trim()))].slice(0, 4);
}
