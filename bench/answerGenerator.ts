/**
 * A deterministic, realistic long answer for the benchmarks: the framework's steps as
 * numbered headings with sub-sections, prose with the quantities people write, bullets,
 * tables and Mermaid pipelines, repeated with variations until it reaches the asked size.
 */

/** Small seeded generator (mulberry32): the same text on every run and machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STEP_HEADINGS = [
  'Clarifying Requirements',
  'High-Level Architecture',
  'Deep-Dive Component Design',
  'Evaluation & Monitoring',
];

const SUBTOPICS = [
  'Business objective',
  'Scale and latency',
  'Data sources',
  'Data pipeline',
  'Candidate generation',
  'Ranking model',
  'Features',
  'Training',
  'Serving',
  'Offline metrics',
  'Online experiment',
  'Monitoring and retraining',
];

const SENTENCES: Array<(pick: (values: readonly string[]) => string, n: () => number) => string> = [
  (pick, n) => `The business goal is to increase ${pick(['watch time', 'retention', 'conversions', 'revenue'])} by ${n() % 9 + 1}% without hurting session length.`,
  (_pick, n) => `We expect about ${n() % 900 + 100}M DAU, each opening the app ${n() % 12 + 2} times a day.`,
  (_pick, n) => `That is roughly ${(n() % 90 + 10).toLocaleString('en-US')},${String(n() % 1000).padStart(3, '0')} QPS on average and about ${n() % 3 + 2}x that at peak.`,
  (_pick, n) => `The end-to-end latency budget is p99 < ${n() % 300 + 100} ms, of which ranking may take ${n() % 40 + 20} ms.`,
  (pick, n) => `The catalogue holds ~${n() % 20 + 1}B ${pick(['videos', 'items', 'ads', 'listings'])}, growing by ${n() % 500 + 100}K a day.`,
  (pick) => `We frame it as ${pick(['binary classification of P(click)', 'a learning-to-rank problem', 'multi-label classification'])} and optimize for the predicted engagement.`,
  (pick) => `Input: the user, the request context and a candidate; output: a ${pick(['score', 'probability', 'ranked list'])}.`,
  (pick) => `Impression and click logs stream through ${pick(['Kafka', 'Kinesis', 'Pub/Sub'])} into ${pick(['Flink', 'Spark Streaming', 'Beam'])} jobs that write to the feature store.`,
  (pick) => `Labels come from ${pick(['natural clicks within a 30-minute attribution window', 'human raters', 'delayed conversions'])}.`,
  () => 'The offline training pipeline reads daily partitions, and the online serving path calls the prediction service.',
  (pick) => `Candidate generation uses a ${pick(['two-tower model', 'matrix factorization', 'graph walk'])} with an HNSW index for approximate nearest neighbours.`,
  (pick) => `The ranker is a ${pick(['DCN', 'DLRM', 'Wide & Deep', 'GBDT'])} trained with ${pick(['cross-entropy', 'log loss', 'a pairwise loss'])}.`,
  () => 'Features: user history embeddings, item metadata, context (time, device) and user-item cross features, hashed and bucketized.',
  () => 'We start from a popularity baseline and a logistic regression before the deep model.',
  (_pick, n) => `Negatives are downsampled to ${n() % 10 + 1}% and re-weighted so that calibration holds.`,
  () => 'Data is split by time to avoid leakage, with a point-in-time join for every feature.',
  () => 'New items get a cold-start boost from content embeddings until they collect enough interactions.',
  (_pick, n) => `Offline we track NDCG@${n() % 20 + 5}, recall@${n() % 100 + 50} and AUC on a held-out week.`,
  (_pick, n) => `Online, an A/B test on ${n() % 10 + 1}% of traffic for ${n() % 3 + 1} weeks compares CTR and watch time, with hide rate as a guardrail.`,
  () => 'Rollout goes through a shadow deployment, then a canary, with automatic rollback.',
  (_pick, n) => `We monitor feature drift with PSI (alert above 0.${n() % 3 + 1}) and retrain ${['daily', 'weekly', 'every 3 days'][n() % 3]}.`,
  () => 'Dashboards alert on error rate, latency and GPU utilization of the serving fleet.',
];

/** 0 → "a", 25 → "z", 26 → "ba": a word of letters only, so it adds no number to the sentence. */
function caseName(index: number): string {
  let name = '';
  let rest = index;
  do {
    name = String.fromCharCode(97 + (rest % 26)) + name;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return name;
}

function mermaidBlock(index: number): string[] {
  return [
    '```mermaid',
    'flowchart LR',
    `  logs${index}[Event logs] --> stream${index}[Stream processing]`,
    `  stream${index} --> features${index}[(Feature store)]`,
    `  features${index} --> train${index}[Training pipeline]`,
    `  train${index} --> registry${index}[Model registry]`,
    `  registry${index} --> serve${index}[Prediction service]`,
    '```',
  ];
}

function table(pick: (values: readonly string[]) => string, n: () => number): string[] {
  return [
    '| component | budget | notes |',
    '| --- | --- | --- |',
    `| retrieval | ${n() % 30 + 10} ms | ${pick(['ANN over 1B items', 'cached per user', 'sharded index'])} |`,
    `| ranking | ${n() % 50 + 20} ms | ${pick(['batched on GPU', 'distilled model', 'CPU inference'])} |`,
    `| re-ranking | ${n() % 10 + 2} ms | diversity and freshness rules |`,
  ];
}

export interface GeneratorOptions {
  seed?: number;
  /**
   * Make every sentence's text unique (a case name in letters is appended). Without it the
   * sentences repeat across the answer, as phrasings do in a long one, and a checker that reads
   * each distinct text once is measured doing less work.
   */
  distinctSentences?: boolean;
}

export function generateAnswer(lineCount: number, { seed = 42, distinctSentences = false }: GeneratorOptions = {}): string {
  const random = seededRandom(seed);
  const n = (): number => Math.floor(random() * 1_000_000);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  let written = 0;
  const sentence = (): string => {
    const text = pick(SENTENCES)(pick, n);
    return distinctSentences ? text.replace(/\.$/, ` in case ${caseName(written++)}.`) : text;
  };
  const lines = ['---', 'problem: rec', 'framework: default', '---', '', '# Design a video recommendation system', ''];
  let block = 0;
  while (lines.length < lineCount) {
    for (const [stepIndex, heading] of STEP_HEADINGS.entries()) {
      lines.push(`## ${stepIndex + 1}. ${heading}${block > 0 ? ` (part ${block + 1})` : ''}`, '');
      for (let sub = 0; sub < 3; sub++) {
        lines.push(`### ${pick(SUBTOPICS)}`, '');
        lines.push(Array.from({ length: 3 }, sentence).join(' '), '');
        for (let bullet = 0; bullet < 4; bullet++) lines.push(`- ${sentence()}`);
        lines.push('');
        if (random() < 0.3) lines.push(...table(pick, n), '');
        if (random() < 0.2) lines.push(...mermaidBlock(block * 100 + stepIndex * 10 + sub), '');
      }
    }
    block++;
  }
  return lines.slice(0, lineCount).join('\n') + '\n';
}
