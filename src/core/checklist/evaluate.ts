/**
 * The checklist engine: for every item of the framework, covered, needs-number or missing,
 * with the unit that shows it. Evidence anywhere in the answer counts; evidence inside the
 * item's own step is preferred as the place to point at.
 */
import type { Answer, Diagram, QuantityKind, Section, Span } from '../answer';
import type { DiagramSyntaxError, ItemState } from '../api';
import type { ChecklistItem, Framework, ProblemFamily } from '../framework';
import { appliesTo } from '../problem';
import type { EvidenceIndex } from './evidence';
import { metricFitOf } from './metricFit';

export interface ItemContext {
  framework: Framework;
  items: ReadonlyMap<string, ChecklistItem>;
  problem: ProblemFamily;
  sectionSteps: Array<string | undefined>;
  evidence: EvidenceIndex;
  /** Item ids switched off by configuration. */
  off: ReadonlySet<string>;
  /** Mermaid's parse errors by diagram id, when the caller could run Mermaid. */
  diagramSyntax?: ReadonlyMap<string, DiagramSyntaxError> | undefined;
}

// Kinds whose quantity alone ("100M DAU", "20k requests/s", "200 ms") proves the item.
const SELF_EVIDENT_KINDS: ReadonlySet<QuantityKind> = new Set(['users', 'qps', 'latency']);
// An items-count is a catalogue size only when large; "500 candidates" is a stage size.
const CATALOGUE_FLOOR = 1e5;

export function evaluateItems(context: ItemContext): ItemState[] {
  const states: ItemState[] = [];
  for (const step of context.framework.steps) {
    for (const id of step.items) {
      const item = context.items.get(id);
      if (!item || context.off.has(id) || !appliesTo(item.problems, context.problem)) continue;
      const state = evaluateItem(item, step.id, context, states);
      if (state) states.push(state);
    }
  }
  return states;
}

function evaluateItem(item: ChecklistItem, step: string, context: ItemContext, earlier: ItemState[]): ItemState | undefined {
  const { answer } = context.evidence;
  switch (item.evidence) {
    case 'diagram':
      return diagramState(item, step, answer);
    case 'diagram-valid':
      // Not applicable without Mermaid blocks: the `diagram` item speaks for their absence.
      if (answer.diagrams.length === 0) return undefined;
    {
      const invalid = answer.diagrams.find((diagram) => !drawable(diagram, context.diagramSyntax));
      return invalid
        ? { item, step, status: 'missing', evidence: invalid.span }
        : { item, step, status: 'covered', evidence: answer.diagrams[0]!.span };
    }
    case 'metric-fit':
      return metricFitOf(item, step, context);
    case 'paths': {
      const said = wordState(item, step, context, earlier);
      return said.status === 'covered' ? said : pathSectionsState(item, step, answer) ?? said;
    }
    default:
      return wordState(item, step, context, earlier);
  }
}

// Section headings that give the learning side and the request side of a system their own place.
const TRAINING_SECTION = /\b(?:training(?! (?:data|set|examples|labels|samples))|offline (?:pipeline|path|system)|learning pipeline)\b/i;
const SERVING_SECTION = /\b(?:serving|inference|prediction (?:service|api|path)|(?:online|real[- ]?time) (?:prediction|scoring|path|flow|system)|model (?:hosting|deployment)|deployment)\b/i;

/**
 * Covered when one section's heading is about training and another's about serving, and both
 * say something: the two paths have their places. Empty sections of a skeleton do not count.
 */
function pathSectionsState(item: ChecklistItem, step: string, answer: Answer): ItemState | undefined {
  // Headings first: only the few sections they pick are searched for words under them.
  const training = answer.sections.find((section) => TRAINING_SECTION.test(section.heading?.text ?? '') && saysSomething(answer, section));
  const serving = answer.sections.find(
    (section) => section !== training && SERVING_SECTION.test(section.heading?.text ?? '') && saysSomething(answer, section),
  );
  return training && serving ? { item, step, status: 'covered', evidence: serving.heading!.span } : undefined;
}

/** A few words at least under the section's heading ("- Serving: …" of a template is not yet an answer). */
const FEWEST_WORDS_SAID = 3;

function saysSomething(answer: Answer, section: Section): boolean {
  return answer.units.some(
    (unit) =>
      unit.kind !== 'heading' &&
      unit.span.line > section.startLine &&
      unit.span.line < section.endLine &&
      unit.text.split(/\s+/).filter((word) => /\w/.test(word)).length >= FEWEST_WORDS_SAID,
  );
}

function wordState(item: ChecklistItem, step: string, context: ItemContext, earlier: ItemState[]): ItemState {
  const { evidence } = context;
  const mentions = evidence.units.get(item.id) ?? [];
  // An open question raises the item (so it can lack a number) but never covers it.
  const statements = mentions.filter((unit) => !evidence.questions.has(unit));
  if (item.requires && !(evidence.units.get(`${item.id}#requires`)?.length ?? 0)) {
    return { item, step, status: 'missing' };
  }
  if (!needsNumberNow(item, earlier)) {
    const unit = preferred(statements, step, context);
    return unit === undefined ? { item, step, status: 'missing' } : { item, step, status: 'covered', evidence: spanOf(context, unit) };
  }
  const numberKeyUnits = new Set(evidence.units.get(`${item.id}#number`) ?? []);
  const withNumber = statements.filter((unit) => numberKeyUnits.has(unit) || hasKind(evidence.kindsByUnit[unit], item.numberKinds));
  withNumber.push(...quantityOnlyUnits(item, context));
  const numbered = preferred(withNumber, step, context);
  if (numbered !== undefined) return { item, step, status: 'covered', evidence: spanOf(context, numbered) };
  const mentioned = preferred(mentions, step, context);
  if (mentioned !== undefined) return { item, step, status: 'needs-number', evidence: spanOf(context, mentioned) };
  return { item, step, status: 'missing' };
}

/** Units whose quantity alone proves the item ("2B DAU" proves user scale without the word "scale"). */
function quantityOnlyUnits(item: ChecklistItem, context: ItemContext): number[] {
  const found: number[] = [];
  // A latency figure only proves a budget, not the model's own inference latency.
  if (item.numberRequiredIf !== undefined) return found;
  for (const kind of new Set(item.numberKinds as QuantityKind[])) {
    for (const quantity of context.evidence.quantitiesByKind.get(kind) ?? []) {
      const selfEvident = SELF_EVIDENT_KINDS.has(quantity.kind) || (quantity.kind === 'items' && quantity.value >= CATALOGUE_FLOOR);
      if (selfEvident) found.push(quantity.unit);
    }
  }
  return found;
}

function needsNumberNow(item: ChecklistItem, earlier: ItemState[]): boolean {
  if (!item.needsNumber) return false;
  if (item.numberRequiredIf === undefined) return true;
  return earlier.some((state) => state.item.id === item.numberRequiredIf && state.status === 'covered');
}

function hasKind(kinds: Set<QuantityKind> | undefined, wanted: string[]): boolean {
  if (!kinds) return false;
  if (wanted.length === 0) return kinds.size > 0;
  return wanted.some((kind) => kinds.has(kind as QuantityKind));
}

/**
 * The unit to point at: prose before a diagram's label or a drawing's line (prose is where a
 * candidate reads and edits what they said), and inside the item's own step before elsewhere;
 * the first of the best.
 */
function preferred(units: number[], step: string, context: ItemContext): number | undefined {
  const { answer } = context.evidence;
  let best: number | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const unit of units) {
    const { kind, section } = answer.units[unit]!;
    const rank = (kind === 'diagram-label' || kind === 'drawing-line' ? 2 : 0) + (context.sectionSteps[section] === step ? 0 : 1);
    if (rank < bestRank || (rank === bestRank && unit < best!)) {
      best = unit;
      bestRank = rank;
    }
  }
  return best;
}

function spanOf(context: ItemContext, unit: number): Span {
  return context.evidence.answer.units[unit]!.span;
}

function diagramState(item: ChecklistItem, step: string, answer: Answer): ItemState {
  const drawn = answer.diagrams[0]?.span ?? answer.units.find((unit) => unit.kind === 'image' || unit.kind === 'ascii-art')?.span;
  return drawn ? { item, step, status: 'covered', evidence: drawn } : { item, step, status: 'missing' };
}

/** Diagram types Mermaid renders (the first keyword of a block). */
export const MERMAID_TYPES: ReadonlySet<string> = new Set([
  'flowchart', 'graph', 'sequencediagram', 'classdiagram', 'classdiagram-v2', 'statediagram', 'statediagram-v2',
  'erdiagram', 'journey', 'gantt', 'pie', 'quadrantchart', 'requirementdiagram', 'gitgraph', 'c4context',
  'c4container', 'c4component', 'c4dynamic', 'c4deployment', 'mindmap', 'timeline', 'zenuml', 'sankey-beta',
  'sankey', 'xychart-beta', 'xychart', 'block-beta', 'block', 'packet-beta', 'packet', 'kanban', 'architecture-beta',
  'architecture', 'radar-beta', 'treemap-beta', 'info',
]);

/** Whether Mermaid can draw the diagram, as far as the checker can tell: a known type, and no parse error reported. */
export function drawable(diagram: Diagram, syntax: ReadonlyMap<string, DiagramSyntaxError> | undefined): boolean {
  return hasKnownType(diagram) && !syntax?.has(diagram.id);
}

export function hasKnownType(diagram: { diagramType: string | undefined }): boolean {
  return diagram.diagramType !== undefined && MERMAID_TYPES.has(diagram.diagramType.toLowerCase());
}
