/**
 * Does the offline metric fit the stated ML task? A regression judged by AUC, or a ranking
 * judged only by accuracy, measures the wrong thing.
 */
import type { ItemState } from '../api';
import type { ChecklistItem } from '../framework';
import type { ItemContext } from './evaluate';

export type TaskFamily = 'classification' | 'ranking' | 'regression' | 'detection' | 'generation';

const TASK_WORDS: Array<[TaskFamily, RegExp]> = [
  ['ranking', /rank|ltr|recommend|retriev|search|nearest|similarity/i],
  ['regression', /regression|forecast/i],
  ['detection', /detection|segmentation/i],
  ['classification', /classif|anomaly/i],
];

// "map" is never the start of "mape": a percentage error is regression's, not ranking's.
const METRIC_WORDS: Array<[TaskFamily, RegExp]> = [
  ['ranking', /ndcg|dcg|map(?!e)|mrr|@|at (?:\d+|k)|hit|mean average precision/i],
  ['regression', /^(?:mae|rmse|mse|s?mape|wape|mase|wql|crps|r2|r-squared)$|pinball|quantile loss/i],
  ['detection', /iou|map(?!e)/i],
  ['generation', /bleu|rouge|perplexity/i],
  ['classification', /auc|roc|f1|f-?score|precision|recall|log|nce|^b?ce$|cross|entropy|accuracy/i],
];

// Which metric families judge each task well. Pointwise rankers are classifiers too, so AUC and
// log loss fit ranking; anomaly and anomaly-like detection take classification metrics.
const FITS: Record<TaskFamily, TaskFamily[]> = {
  classification: ['classification'],
  ranking: ['ranking', 'classification'],
  regression: ['regression'],
  detection: ['detection', 'classification'],
  generation: ['generation'],
};

export function familiesOf(words: string[], table: Array<[TaskFamily, RegExp]>): Set<TaskFamily> {
  const found = new Set<TaskFamily>();
  for (const said of words) {
    for (const [family, pattern] of table) {
      if (pattern.test(said)) {
        found.add(family);
        break;
      }
    }
  }
  return found;
}

export function metricFitOf(item: ChecklistItem, step: string, context: ItemContext): ItemState | undefined {
  const metricUnits = context.evidence.units.get('offline-metric') ?? [];
  if (metricUnits.length === 0) return { item, step, status: 'missing' };
  const tasks = familiesOf(context.evidence.words.get('ml-category') ?? [], TASK_WORDS);
  const metrics = familiesOf(context.evidence.words.get('offline-metric') ?? [], METRIC_WORDS);
  const firstMetric = context.evidence.answer.units[metricUnits[0]!]!.span;
  // Without a stated task there is nothing to disagree with.
  if (tasks.size === 0) return { item, step, status: 'covered', evidence: firstMetric };
  const fits = [...tasks].some((task) => FITS[task].some((family) => metrics.has(family)));
  return { item, step, status: fits ? 'covered' : 'missing', evidence: firstMetric };
}

/** The task families an answer states, for messages. */
export function statedTasks(context: ItemContext): TaskFamily[] {
  return [...familiesOf(context.evidence.words.get('ml-category') ?? [], TASK_WORDS)];
}
