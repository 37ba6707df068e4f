/**
 * The built-in frameworks and checklist items, read from `templates/` (JSON data plus snippet
 * bodies bundled as text).
 */
import defaultFramework from '../../../templates/frameworks/default.json';
import sevenStepFramework from '../../../templates/frameworks/seven-step.json';
import itemData from '../../../templates/items.json';
import type { Catalogue, ChecklistItem, Framework, FrameworkStep, ProblemFamily, Severity } from '../framework';
import { itemTemplates, stepTemplates } from './templateTexts';

interface StepData extends Omit<FrameworkStep, 'template'> {
  template: string;
}
interface FrameworkData {
  id: string;
  title: string;
  steps: StepData[];
}
type ItemData = Omit<ChecklistItem, 'template' | 'severity' | 'problems' | 'evidence'> & {
  severity: string;
  problems: string[];
  evidence?: string;
};

function frameworkFrom(data: FrameworkData): Framework {
  return {
    id: data.id,
    title: data.title,
    steps: data.steps.map((step) => ({ ...step, template: stepTemplates[step.template] ?? '' })),
  };
}

function itemFrom(data: ItemData): ChecklistItem {
  return {
    ...data,
    severity: data.severity as Severity,
    problems: data.problems as ProblemFamily[],
    evidence: data.evidence as ChecklistItem['evidence'],
    template: itemTemplates[data.id] ?? '',
  };
}

const frameworks: readonly Framework[] = [defaultFramework, sevenStepFramework].map(frameworkFrom);
const items: ReadonlyMap<string, ChecklistItem> = new Map(
  (itemData as ItemData[]).map((data) => [data.id, itemFrom(data)]),
);

/** The frameworks that ship with the extension: `default` (four steps) and `seven-step`. */
export function builtinFrameworks(): Framework[] {
  return [...frameworks];
}

/** Every built-in checklist item, in catalogue order. */
export function builtinItems(): ChecklistItem[] {
  return [...items.values()];
}

/** A built-in checklist item by id. */
export function itemById(id: string): ChecklistItem | undefined {
  return items.get(id);
}

/** The built-in catalogue: a fresh copy callers may extend. */
export function builtinCatalogue(): Catalogue {
  return { frameworks: builtinFrameworks(), items: new Map(items) };
}
