/**
 * Findings for the checklist's gaps, each saying what to add with an example taken from the
 * item's own template.
 */
import type { Answer, Span } from '../answer';
import type { FindingDetail, ItemState } from '../api';
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
      findings.push(...invalidDiagramFindings(item, context.answer, base, state.step));
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

function invalidDiagramFindings(item: ChecklistItem, answer: Answer, severity: Severity, step: string): FindingDetail[] {
  return answer.diagrams
    .filter((diagram) => !hasKnownType(diagram))
    .map((diagram) => {
      const message = diagram.diagramType
        ? `Unknown Mermaid diagram type “${diagram.diagramType}”: start the block with a known type such as \`flowchart LR\`, \`graph TD\` or \`sequenceDiagram\`.`
        : 'Mermaid block without a diagram type: it will not render. Start it with a type such as `flowchart LR`, `graph TD` or `sequenceDiagram`.';
      return detail(item.id, severity, diagram.span, message, step);
    });
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
