/**
 * Checks across sections (checklist.md): numbers and choices in one step that contradict
 * another step.
 */
import type { Answer } from '../answer';
import type { FindingDetail, ItemState } from '../api';
import type { RuleSetting } from '../config';
import type { ProblemFamily, Severity } from '../framework';
import type { EvidenceIndex } from './evidence';
import { detail } from './findings';
import { arithmeticOf, describeThroughput, estimateFromUsers } from './throughput';

export interface CrossCheckContext {
  answer: Answer;
  evidence: EvidenceIndex;
  states: ItemState[];
  problem: ProblemFamily;
  rules: Readonly<Record<string, RuleSetting>>;
}

/** Cross-check rule ids with their default severities. */
export const CROSS_CHECK_RULES: Readonly<Record<string, Severity>> = {
  'qps-dau': 'hint',
  'latency-batch': 'warning',
  'watch-time-ctr': 'hint',
  'random-split': 'warning',
  'cold-start-strategy': 'hint',
};

export function crossCheckFindings(context: CrossCheckContext): FindingDetail[] {
  const found: FindingDetail[] = [];
  const add = (rule: string, finding: Omit<FindingDetail, 'severity'> | undefined): void => {
    if (!finding) return;
    const setting = context.rules[rule];
    if (setting === 'off') return;
    found.push({ ...finding, severity: setting ?? CROSS_CHECK_RULES[rule]! });
  };
  add('qps-dau', qpsAgainstDau(context));
  add('latency-batch', latencyAgainstBatch(context));
  add('watch-time-ctr', watchTimeAgainstCtr(context));
  add('random-split', randomSplit(context));
  add('cold-start-strategy', coldStartWithoutStrategy(context));
  return found;
}

function qpsAgainstDau({ answer }: CrossCheckContext): Omit<FindingDetail, 'severity'> | undefined {
  const estimate = estimateFromUsers(answer);
  const qps = answer.quantities.find((q) => q.kind === 'qps');
  if (!estimate || !qps || qps.value <= 0) return undefined;
  const { average } = estimate;
  const stated = qps.upper ?? qps.value;
  // Peak may be 3× average; only an order of magnitude beyond that is worth a word.
  if (stated <= average * 30 && qps.value >= average / 10) return undefined;
  const direction = qps.value < average ? 'low' : 'high';
  const message =
    `QPS ${describeThroughput(qps)} looks ${direction} for ${estimate.dau.text.trim()}: ${arithmeticOf(estimate)}. ` +
    'Check the figures or state the requests per user per day.';
  return withoutSeverity(detail('qps-dau', 'hint', qps.span, message));
}

const ONLINE_WORK = /\b(?:per (?:request|query|page load)|(?:at|on each) (?:request|query) time|on (?:each|every) request|online (?:path|serving|inference|scoring|ranking|work)|real[- ]?time (?:scoring|inference|ranking|serving))\b/i;

function latencyAgainstBatch({ evidence, states }: CrossCheckContext): Omit<FindingDetail, 'severity'> | undefined {
  const budget = states.find((s) => s.item.id === 'latency-budget' && s.status === 'covered');
  if (!budget) return undefined;
  const underSecond = evidence.answer.quantities.some((q) => q.kind === 'latency' && q.value < 1000);
  const said = evidence.words.get('serving-mode') ?? [];
  if (!underSecond || said.length === 0) return undefined;
  const online = said.some((words) => /online|real|on[- ]demand|serv(?:ice|ing|er)|request/i.test(words));
  // Only words that name batch scoring make serving batch-only: "precomputed" (an index, embeddings built
  // ahead) and "prediction pipeline" say nothing of whether a model also runs per request.
  const batch = said.some((words) => /batch|offline|daily|nightly/i.test(words));
  if (online || !batch) return undefined;
  // "Batch scoring" is also how a per-request ranker scores its candidates: an answer that says
  // anywhere that work happens per request or on an online path is not batch-only.
  if (evidence.answer.units.some((unit) => ONLINE_WORK.test(unit.text))) return undefined;
  const unit = (evidence.units.get('serving-mode') ?? [])[0]!;
  return withoutSeverity(
    detail('latency-batch', 'warning', evidence.answer.units[unit]!.span,
      'The latency budget is under a second but serving is batch-only: say what is scored online per request, or why precomputed results are fresh enough.'),
  );
}

function watchTimeAgainstCtr({ evidence }: CrossCheckContext): Omit<FindingDetail, 'severity'> | undefined {
  const goals = evidence.words.get('business-metric') ?? [];
  if (!goals.some((w) => /watch/i.test(w))) return undefined;
  // Units stating the business goal are not online metrics, even when they share words.
  const goalUnits = new Set(evidence.units.get('business-metric') ?? []);
  const metricUnits = (evidence.units.get('online-metric') ?? []).filter((unit) => !goalUnits.has(unit));
  const texts = metricUnits.map((unit) => evidence.answer.units[unit]!.text);
  if (!texts.some((t) => /\b(?:ctr|click[- ]?through)/i.test(t))) return undefined;
  if (texts.some((t) => /watch|dwell|session|retention|time spent|conversion|revenue/i.test(t))) return undefined;
  return withoutSeverity(
    detail('watch-time-ctr', 'hint', evidence.answer.units[metricUnits[0]!]!.span,
      'The business goal is watch time but the only online metric is CTR: clickbait raises CTR and lowers watch time. Track watch time per user online too.'),
  );
}

const RANDOM_SPLIT = /\b(?:random(?:ly)?[- ](?:split|shuffl\w*|partition\w*|train[/ -]test)|split(?:ting)? (?:\w+ )?randomly|shuffled? (?:split|before splitting))\b/i;
// "Never on a random split", "you cannot random-split", "a random split leaks the future": the answer rules it out.
const REJECTED_RANDOM_SPLIT = /\b(?:never|not|no|avoid\w*|instead of|rather than|don'?t|do not|cannot|can'?t|must not|should not|shouldn'?t)\b[^.]{0,20}\brandom|\brandom[^.]{0,40}\bleaks?\b/i;
// Users or customers split at random into treatment and control groups make an experiment, not a training split.
const EXPERIMENT_GROUPS = /\b(?:control|treatment|holdout|target and control|test and control) groups?\b/i;
const TIME_ORDERED = /\b(?:fraud|eta|arrival|forecast\w*|demand|churn|click|ctr|ads?)\b/i;

function randomSplit({ answer, problem }: CrossCheckContext): Omit<FindingDetail, 'severity'> | undefined {
  const timeOrdered = problem === 'ads' || problem === 'regression' || TIME_ORDERED.test(answer.title ?? '');
  if (!timeOrdered) return undefined;
  const unit = answer.units.find((u) => RANDOM_SPLIT.test(u.text) && !REJECTED_RANDOM_SPLIT.test(u.text) && !EXPERIMENT_GROUPS.test(u.text));
  if (!unit) return undefined;
  return withoutSeverity(
    detail('random-split', 'warning', unit.span,
      'A random split on time-ordered data leaks the future into training: split by time (train on days 1-28, test on day 29-30) and join features point-in-time.'),
  );
}

const COLD_START_STRATEGY = /\b(?:content[- ]based|popular\w*|trending|explor\w*|bandit|metadata|onboarding|default|fallback|heuristic|embeddings?|side information|boost\w*|guaranteed|exposure|demographic|similar|attributes?|survey|questionnaire|meta[- ]learning|zero[- ]shot|text|image)\b/i;

function coldStartWithoutStrategy({ evidence, states }: CrossCheckContext): Omit<FindingDetail, 'severity'> | undefined {
  const state = states.find((s) => s.item.id === 'cold-start' && s.status === 'covered');
  if (!state) return undefined;
  const units = (evidence.units.get('cold-start') ?? []).map((index) => evidence.answer.units[index]!);
  if (units.some((unit) => COLD_START_STRATEGY.test(unit.text))) return undefined;
  return withoutSeverity(
    detail('cold-start-strategy', 'hint', units[0]!.span,
      'Cold start is named but no strategy is given: e.g. content-based embeddings for new items, popular items by locale for new users, an exploration slot.'),
  );
}

function withoutSeverity(finding: FindingDetail): Omit<FindingDetail, 'severity'> {
  const { severity: _severity, ...rest } = finding;
  return rest;
}
