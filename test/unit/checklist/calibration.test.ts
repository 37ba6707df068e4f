import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkAnswer } from '../../../src/core/index';
import type { FileReport } from '../../../src/core/index';
import { STARTER_PIPELINE } from '../../../src/core/starterPipeline';

/** Checks a short passage as an answer of the given problem family. */
const passage = (text: string, problem = 'other'): FileReport =>
  checkAnswer(`---\nproblem: ${problem}\n---\n# Answer\n\n${text}\n`, { forceAnswer: true });
const statusOf = (report: FileReport, id: string): string | undefined => report.items.find((item) => item.id === id)?.status;
/** Each passage checked alone: the item is missing after every one of the first, covered after every one of the second. */
function assertReadings(id: string, readings: { missing: string[]; covered: string[] }, problem = 'other'): void {
  for (const text of readings.missing) assert.equal(statusOf(passage(text, problem), id), 'missing', text);
  for (const text of readings.covered) assert.equal(statusOf(passage(text, problem), id), 'covered', text);
}
const lineOf = (report: FileReport, id: string): number | undefined => report.items.find((item) => item.id === id)?.line;

describe('what is no evidence', () => {
  it('an open clarifying question raises an item without covering it', () => {
    const report = passage('* What is the business objective?\n* Do we need continual training?');
    assert.equal(statusOf(report, 'business-metric'), 'missing');
    // Raised without a cadence: the softer "mentioned without a number", not coverage.
    assert.equal(statusOf(report, 'retraining'), 'needs-number');
  });

  it('a few words ending in a question mark are a note to decide later, not a choice', () => {
    const report = passage('## Model\n\nGradient-boosted trees first?\n\n- Batch or real-time?');
    assert.equal(statusOf(report, 'model'), 'missing');
    assert.equal(statusOf(report, 'freshness'), 'missing');
    assert.equal(statusOf(passage('## Model\n\nGradient-boosted trees first, then a DNN.'), 'model'), 'covered');
  });

  it('a question with a hint in brackets after it is still only a question', () => {
    assert.equal(statusOf(passage('- What is the testing strategy? (A/B test)'), 'ab-test'), 'missing');
    assert.equal(statusOf(passage('- What is the testing strategy? An A/B test on 5% of users (two weeks).'), 'ab-test'), 'covered');
  });

  it('a question answered on the same line still covers', () => {
    const report = passage('* How many users? About 40M DAU, mostly on phones.');
    assert.equal(statusOf(report, 'scale-users'), 'covered');
  });

  it('a statement is preferred over a question asking the same thing', () => {
    const report = passage('* What is the business objective?\n* The goal is to grow revenue from bookings by 3%.');
    assert.equal(statusOf(report, 'business-metric'), 'covered');
    assert.equal(lineOf(report, 'business-metric'), 7);
  });

  it('a citation of another team\'s write-up is not the answer\'s design', () => {
    const report = passage('* **Acme Shop** [How we ship models with canary releases](https://example.org/blog/canary-rollout): gradual ramp with rollback.');
    assert.equal(statusOf(report, 'rollout'), 'missing');
  });

  it('sections of further reading are no evidence, nor are their figures', () => {
    const report = passage('We rank listings for each visitor.\n\n## Further reading\n\n- A post on serving under 80 ms with drift monitoring and A/B tests.');
    assert.equal(statusOf(report, 'latency-budget'), 'missing');
    assert.equal(statusOf(report, 'ab-test'), 'missing');
    assert.equal(statusOf(report, 'data-drift'), 'missing');
  });

  it('words inside a link address are no evidence', () => {
    const report = passage('The model card is at https://example.org/teams/monitoring-dashboards/retraining-pipeline for reference.');
    assert.equal(statusOf(report, 'system-monitoring'), 'missing');
    assert.equal(statusOf(report, 'pipeline'), 'missing');
  });

  it('an image\'s alt text is no evidence, though the image is a diagram', () => {
    const report = passage('We rank posts for each reader.\n\n![Two-tower retrieval and a DNN ranker](img/architecture.png)', 'rec');
    assert.equal(statusOf(report, 'funnel'), 'missing');
    assert.equal(statusOf(report, 'model'), 'missing');
    assert.equal(statusOf(report, 'diagram'), 'covered');
    assert.equal(statusOf(passage('The serving path:\n\n![[Pasted image 20240101.png]]'), 'diagram'), 'covered');
    assert.equal(statusOf(passage('See the note ![[serving notes]] for more.'), 'diagram'), 'missing');
  });

  it('a pointer to another document or section is no evidence; a linked word of the sentence is', () => {
    assertReadings('data-drift', {
      missing: [
        'Stale counters hurt the ranker (see [feature drift and alerting](06-monitoring.md)).',
        'Freshness is covered in [chapter 6: monitoring and drift](../chapters/06.md).',
        'Stale counters hurt the ranker ([more on data drift](#drift)).',
      ],
      covered: ['We alert when the [input drift](06-monitoring.md) of any top feature passes a PSI of 0.2.'],
    });
    assert.equal(statusOf(passage('Features are read from the [feature store](04-store.md) at request time.'), 'feature-store'), 'covered');
  });

  it('notes kept in a plain fence or an indented block are the answer\'s own lines; code is not', () => {
    const fenced = passage('## Evaluation\n\n```\nOffline: MAE per store, 8.2% on held-out weeks\nretrain weekly on fresh sales\n```', 'regression');
    assert.equal(statusOf(fenced, 'offline-metric'), 'covered');
    assert.equal(statusOf(fenced, 'retraining'), 'covered');
    const indented = passage('Evaluation:\n\n    Offline: MAE per store, 8.2% on held-out weeks\n    retrain weekly on fresh sales\n', 'regression');
    assert.equal(statusOf(indented, 'offline-metric'), 'covered');
    const code = passage('```python\nmae = mean_absolute_error(y, y_hat)  # offline MAE\nschedule.every().week.do(retrain)\n```', 'regression');
    assert.equal(statusOf(code, 'offline-metric'), 'missing');
    assert.equal(statusOf(code, 'retraining'), 'missing');
  });

  it('a link to try something is no citation of others\' work', () => {
    const report = passage('- **The model we serve (a two-tower retriever):** [try it](https://example.org/demo). Each tower embeds one side.', 'rec');
    assert.equal(statusOf(report, 'model'), 'covered');
  });
});

describe('words that only look like an item', () => {
  it('monitoring posts for harm, or data availability, is no service monitoring', () => {
    const report = passage('* Goal: monitor posts and remove the harmful ones.\n* Data: sources and availability are unclear.');
    assert.equal(statusOf(report, 'system-monitoring'), 'missing');
  });

  it('service monitoring with what is watched covers it', () => {
    const report = passage('* We monitor p99 latency and error rates per endpoint and page the on-call owner.');
    assert.equal(statusOf(report, 'system-monitoring'), 'covered');
  });

  it('experimenting with a model is no online experiment', () => {
    assert.equal(statusOf(passage('* Start with GBDT, then experiment with a deeper network.'), 'ab-test'), 'missing');
    assert.equal(statusOf(passage('* Ship behind an online experiment on 5% of traffic for two weeks.'), 'ab-test'), 'covered');
  });

  it('"multi-label" names a task type, not where labels come from', () => {
    const report = passage('* It is a multi-label classification over nine harm types.');
    assert.equal(statusOf(report, 'labels'), 'missing');
    assert.equal(statusOf(report, 'ml-category'), 'covered');
  });

  it('the speed of training and serving is no description of the two paths', () => {
    assert.equal(statusOf(passage('* Smaller models are cheaper: training and serving speed both improve.'), 'offline-online'), 'missing');
    const paths = passage('* The offline training pipeline rebuilds the model nightly; the online serving path scores each request.');
    assert.equal(statusOf(paths, 'offline-online'), 'covered');
  });

  it('the value of an ad inventory is no catalogue size; "billions of images" is one, in words', () => {
    assert.equal(statusOf(passage('* Maximise revenue from the ad inventory.', 'ads'), 'scale-items'), 'missing');
    assert.equal(statusOf(passage('* Requirements: fast response, scalability (billions of images).', 'search'), 'scale-items'), 'covered');
  });

  it('gradient updates are no retraining; a continual learning pipeline is a retraining cadence', () => {
    assert.equal(statusOf(passage('* The optimiser applies sparse updates to the embedding table.'), 'retraining'), 'missing');
    assert.equal(statusOf(passage('* A continual learning pipeline fine-tunes on new data and deploys if metrics improve.'), 'retraining'), 'covered');
  });

  it('feature, image and temperature scaling, and a bottleneck layer, are no system scaling', () => {
    assertReadings('scaling', {
      missing: [
        '* Preprocessing: decoding, resize, scaling, normalization.',
        '* Numeric inputs get feature scaling and log transforms.',
        '* Calibrate the scores with temperature scaling on a held-out day.',
        '* The backbone stacks inverted bottleneck blocks; the bottleneck layer gives a 256-d embedding.',
        '* A KD-tree partitions space into two at each node.',
      ],
      covered: [
        '* Scaling: model servers autoscale on QPS.',
        '* The feature store lookup is the bottleneck at peak, so we cache per user.',
        '* The index is partitioned by user id across 32 hosts.',
      ],
    });
  });

  it('computing features, edge cases, a cost function and an advertiser\'s budget are no constraints', () => {
    assertReadings('constraints', {
      missing: [
        '* For each user and event pair, compute features and label 1 if registered.',
        '* Handle edge cases such as empty histories.',
        '* The cost function is cross-entropy.',
        '* Retrieval respects targeting and budget pacing.',
      ],
      covered: [
        '* Limited compute: one GPU per region for serving.',
        '* The model runs on edge devices with 2 GB of RAM.',
        '* Serving cost must stay under $0.01 per 1,000 requests.',
        '* The latency budget is 100 ms.',
      ],
    }, 'ads');
  });

  it('a training batch says nothing of how fresh predictions are; batch against real-time does', () => {
    assertReadings('freshness', {
      missing: [
        '* Fetch the user features once and broadcast them across the batch.',
        '* In-batch negatives come free; the batch size is 4,096.',
        '* Use class-balanced batch sampling for rare harms.',
      ],
      covered: ['* Static features come from a daily batch job.', '* Batch for item embeddings, streaming for session features.'],
    });
  });

  it('popularity as a feature, or a learning rate, is no baseline; a popularity ranker is one', () => {
    assertReadings('baseline', {
      missing: ['* Document popularity and quality scores feed the ranker.', '* Train with Adam, lr = 0.001 and a cosine schedule.'],
      covered: ['* Start from a popularity-based ranker per region.', '* LR on hashed crosses first, then the deep model.'],
    });
  });

  it('the model chosen is no baseline; a simple model or rules to start from are', () => {
    assertReadings('baseline', {
      missing: [
        '* Primary model: a LightGBM regressor over the trip features.',
        '* Options: logistic regression, a random forest or a two-tower network.',
        '* Ranking model: XGBoost with 300 trees.',
      ],
      covered: [
        '* Start with logistic regression on hashed crosses, then try DCN.',
        '* We start simple: the simplest model that can work, then add capacity.',
        '* Deterministic rules first, the learned ranker second.',
        '* Begin with plain collaborative filtering, then add content features for cold start.',
        '* Baseline: linear regression on distance and time of day.',
      ],
    });
  });

  it('statistical bias in clicks or a model is no fairness; bias across groups is', () => {
    assertReadings('fairness', {
      missing: [
        '* Clicks are heavily biased by position.',
        '* Popular items appear as negatives more often, which biases the model against them.',
        '* Positional data bias inflates the top slots.',
        '* Each layer adds a bias term.',
      ],
      covered: ['* Check for bias across skin tones and regions.', '* The classifier may be biased against non-English posts.'],
    });
  });

  it('whether a model type suits continual learning is no retraining plan', () => {
    assertReadings('retraining', {
      missing: ['* GBDT: good for tabular data, not for continual learning.'],
      covered: ['* Continual learning: fine-tune daily on the last day of logs.'],
    });
  });

  it('a box labeled with a name is no label source; positives defined by engagement are', () => {
    assertReadings('labels', {
      missing: ['* Draw a box labeled "embedding model" between the towers.'],
      covered: ['* Positives (user engaged with item) come free; negatives are sampled.'],
    });
  });

  it('an alert on a model\'s worst class is model monitoring, not the service\'s health', () => {
    const report = passage('* A macro metric hides a rare class: track per-class recall and alert on the worst class.');
    assert.equal(statusOf(report, 'system-monitoring'), 'missing');
    assert.equal(statusOf(report, 'model-monitoring'), 'covered');
    assert.equal(statusOf(passage('* Alerts fire when p99 latency or the error rate crosses its SLO.'), 'system-monitoring'), 'covered');
  });

  it('a feature map, or mapping an image to a vector, is no mean average precision', () => {
    assertReadings('offline-metric', {
      missing: ['* The CNN turns the image into a feature map for the decoder.', '* Map each image to a vector so near-duplicates sit close.'],
      covered: ['* Offline: mAP@10 on a labelled relevance set.', '* The detector reaches a mAP of 0.45 on the held-out set.'],
    });
  });

  it('terse notes still name the objective, the funnel and the fallback', () => {
    const report = passage(
      '* Ranking task: score candidate completions, sort by predicted P(select).\n' +
        '* Candidate gen: prefix trie over the top queries; the ranker re-scores the top 50.\n' +
        '* If the ranker times out, return trie order.',
      'search',
    );
    assert.equal(statusOf(report, 'ml-objective'), 'covered');
    assert.equal(statusOf(report, 'funnel'), 'covered');
    assert.equal(statusOf(report, 'fallback'), 'covered');
  });

  it('tracking a model metric over time is model monitoring', () => {
    assert.equal(statusOf(passage('* Track suggestion CTR daily; a drop above 5% pages the on-call.'), 'model-monitoring'), 'covered');
    assert.equal(statusOf(passage('* Online we track CTR in the A/B test.'), 'model-monitoring'), 'missing');
  });

  it('an answer written in paragraphs names its items without the usual labels', () => {
    const report = passage(
      [
        'The model output is a fraud score per transaction, and a threshold turns it into approve or decline.',
        'Training data joins transactions with chargeback outcomes and manual review decisions.',
        'Velocity counters are computed in a Flink job and served from Redis; the same definitions are used to backfill training data.',
        'Fraud is rare (about 1 in 500 transactions), so we weight the positive class and train XGBoost.',
        'We ramp to 10% of traffic and compare chargeback rate and approval rate against control.',
        'Fraudsters adapt, so we retrain monthly.',
      ].join('\n\n'),
      'cls',
    );
    for (const id of ['io', 'ml-objective', 'data-sources', 'feature-store', 'skew', 'imbalance', 'model', 'ab-test', 'concept-drift']) {
      assert.equal(statusOf(report, id), 'covered', id);
    }
  });

  it('a control or a rare word elsewhere is no experiment or imbalance', () => {
    const report = passage('* Access control: only the risk team sees raw features.\n* Rare words are hashed into buckets.', 'cls');
    assert.equal(statusOf(report, 'ab-test'), 'missing');
    assert.equal(statusOf(report, 'imbalance'), 'missing');
  });

  it('terse notes with their own nouns still state scale, throughput, error costs and online metrics', () => {
    const report = passage(
      [
        '* scale: 1.5B mailboxes, ~300B emails/day -> ~3.5M emails/s avg',
        '* offline: precision/recall per class; FP (good mail in spam) much worse than FN',
        '* online: user spam reports per 1k emails, "not spam" clicks',
        '* labels from user reports + honeypot accounts + vendor feeds',
        '* monitor precision on a human-labeled sample',
      ].join('\n'),
      'cls',
    );
    for (const id of ['scale-users', 'qps', 'error-costs', 'online-metric', 'data-sources', 'human-loop']) {
      assert.equal(statusOf(report, id), 'covered', id);
    }
  });

  it('a recommender described in prose states its objective, logging, split, experiment and cadence', () => {
    const report = passage(
      [
        'The pool is billions of public posts. Ranking scores each candidate with a multi-task network predicting like, save and follow; a weighted sum of those predictions orders the grid.',
        'Each page view logs the candidates shown and the features at serving time. Those logs are joined with the engagement that followed, so the model is trained on exactly what it saw when serving.',
        'We train on the last 14 days and evaluate on the day after, never on a random split.',
        'Then a two-week experiment on 2% of users compares time spent and follows.',
        'Embeddings and the ranker are refreshed daily, with per-country dashboards of the online metrics.',
        'New posts have no engagement yet, so they start from content embeddings.',
      ].join('\n\n'),
      'rec',
    );
    for (const id of ['ml-objective', 'scale-items', 'labels', 'logging', 'skew', 'split-leakage', 'ab-test', 'retraining', 'model-monitoring']) {
      assert.equal(statusOf(report, id), 'covered', id);
    }
    assert.ok(!report.findings.some((finding) => finding.rule === 'cold-start-strategy'), 'content embeddings are a cold-start strategy');
  });

  it('normalized cross entropy is a metric, not the loss; clicks biased toward the top are no fairness question', () => {
    const report = passage('* Offline we compare normalized cross entropy.\n* Clicks are biased toward what was already ranked high.', 'rec');
    assert.equal(statusOf(report, 'loss'), 'missing');
    assert.equal(statusOf(report, 'offline-metric'), 'covered');
    assert.equal(statusOf(report, 'fairness'), 'missing');
  });

  it('a random split the answer rules out is not reported', () => {
    const rules = (text: string): string[] => passage(text, 'ads').findings.map((finding) => finding.rule);
    assert.ok(!rules('* Train on 28 days, test on the next; never on a random split.').includes('random-split'));
    assert.ok(rules('* We use a random split of the impressions, 80/20.').includes('random-split'));
    // Customers split at random into groups for an experiment are no training split.
    assert.ok(!rules('- Randomly split a representative portion of the customer base into target and control groups;').includes('random-split'));
  });

  it('requirements and metrics in tables are read like prose', () => {
    const report = passage(
      [
        'Regression: predict minutes from order placement to delivery.',
        '',
        '| Source | Examples |',
        '|---|---|',
        '| Order events | placed, picked up, delivered |',
        '',
        '| Offline | Online |',
        '|---|---|',
        '| MAE, p90 absolute error | on-time rate, cancellation rate |',
        '',
        '- Monitor MAE on delivered orders every hour.',
        '- Fall back to the baseline if the model service is down.',
      ].join('\n'),
      'regression',
    );
    for (const id of ['ml-category', 'data-sources', 'online-metric', 'model-monitoring']) {
      assert.equal(statusOf(report, id), 'covered', id);
    }
    assert.equal(statusOf(passage('* Add regression tests for the feature code.'), 'ml-category'), 'missing');
  });

  it('whiteboard abbreviations are read: feats, emb, a monitored latency in a list', () => {
    const report = passage('- feats: user hist emb, video emb, ctx (time, device)\n- monitor feature drift (PSI), p99 latency', 'rec');
    for (const id of ['features', 'feature-repr', 'system-monitoring', 'data-drift']) assert.equal(statusOf(report, id), 'covered', id);
  });

  it('a latency written in words carries its figure', () => {
    assert.equal(statusOf(passage('* End-to-end p99 latency in the low hundreds of milliseconds.'), 'latency-budget'), 'covered');
    assert.equal(statusOf(passage('* Live audio needs sub-second latency on a rolling window.'), 'latency-budget'), 'covered');
    assert.equal(statusOf(passage('* Latency matters a lot for this surface.'), 'latency-budget'), 'needs-number');
  });

  it('"labels are the budget" states no ML objective; "the objective is" does, a business objective does not', () => {
    assert.equal(statusOf(passage('Labels are the budget, not GPUs, early on.'), 'ml-objective'), 'missing');
    assert.equal(statusOf(passage('* Business objective: more bookings per visit.'), 'ml-objective'), 'missing');
    assert.equal(statusOf(passage('So the objective is high recall on real harm at a fixed precision.'), 'ml-objective'), 'covered');
    assert.equal(statusOf(passage('* Classify each uploaded photo into one of forty room types.'), 'ml-objective'), 'covered');
  });

  it('an adjective before "inputs:" names a threat, not the model input', () => {
    assert.equal(statusOf(passage('* Adversarial inputs: people crop and overlay text to evade the filter.'), 'io'), 'missing');
    assert.equal(statusOf(passage('* Input: the post text and image; output: a score per harm type.'), 'io'), 'covered');
  });

  it('shadow-limiting distribution is an enforcement action, shadow-running a model is a rollout', () => {
    assert.equal(statusOf(passage('* Actions: remove, age-gate or shadow-limit distribution.'), 'rollout'), 'missing');
    assert.equal(statusOf(passage('* Shadow-run each new model for a week before it takes traffic.'), 'rollout'), 'covered');
  });

  it('a nearest-neighbour lookup over embeddings states the task type', () => {
    assert.equal(statusOf(passage('Online, a request is one query embedding plus a nearest-neighbor lookup.'), 'ml-category'), 'covered');
  });

  it('a long tail of queries is no class imbalance', () => {
    assert.equal(statusOf(passage('* Traffic: tens of thousands of queries per second, a heavy head and a long tail.', 'search'), 'imbalance'), 'missing');
  });

  it('a bold "Objective?" prompt answered in place states the ML objective', () => {
    assert.equal(statusOf(passage('- **Objective?** A candidate is good when the user would click it within a day.'), 'ml-objective'), 'covered');
  });

  it('integrity metrics such as prevalence and proactive rate are online metrics', () => {
    const report = passage('- Online: prevalence of harmful views, proactive rate, share of appeals reversed.', 'cls');
    assert.equal(statusOf(report, 'online-metric'), 'covered');
  });

  it('interventions per mile are an online metric for a driving system', () => {
    assert.equal(statusOf(passage('* End-to-end: manual interventions per 1,000 miles in closed-course runs.'), 'online-metric'), 'covered');
    // Describing autonomy is no metric.
    assert.equal(statusOf(passage('* The car drives itself with little or no human intervention.'), 'online-metric'), 'missing');
  });

  it('an item side computed offline with an online query path describes both paths', () => {
    const report = passage('Item vectors are computed offline every night, so the online path is one embedding plus a lookup.');
    assert.equal(statusOf(report, 'offline-online'), 'covered');
    assert.equal(statusOf(passage('Item vectors are computed offline every night.'), 'offline-online'), 'missing');
  });

  it('evaluating on held-out future engagements is a time-based split', () => {
    assert.equal(statusOf(passage('* Eval: recall@k against held-out future engagements of each user.'), 'split-leakage'), 'covered');
  });
});

describe('figures in headings', () => {
  it('a heading that states the scale gives the number', () => {
    const report = passage('## Scale: ~50M DAU and 20k QPS at peak\n\nUsers open the app several times a day.\n\n## Latency (p99 < 150 ms)\n\nRanking must fit the latency budget.');
    assert.equal(statusOf(report, 'scale-users'), 'covered');
    assert.equal(statusOf(report, 'qps'), 'covered');
    assert.equal(statusOf(report, 'latency-budget'), 'covered');
  });

  it('numbering and time budgets in headings are no figures', () => {
    const report = passage('## 2. Retraining (5 min)\n\nWe retrain the model when it gets stale.');
    assert.equal(statusOf(report, 'retraining'), 'needs-number');
  });
});

describe('diagrams as evidence', () => {
  const pipeline = (body: string): string => `The design in one picture.\n\n\`\`\`mermaid\n${body}\n\`\`\``;

  it('a Mermaid pipeline\'s labels say what the diagram shows', () => {
    const report = passage(pipeline('flowchart TD\n  L["interaction logs"] --> J["join labels"]\n  J --> FS[(Feature store)]\n  FS --> S["online inference"]'), 'rec');
    assert.equal(statusOf(report, 'data-sources'), 'covered');
    assert.equal(statusOf(report, 'feature-store'), 'covered');
    assert.equal(statusOf(report, 'serving-mode'), 'covered');
    assert.equal(lineOf(report, 'data-sources'), 10);
  });

  it('prose is pointed at before a label saying the same', () => {
    const report = passage(`${pipeline('flowchart TD\n  L["interaction logs"] --> T[train]')}\n\nData sources: click logs and user profiles.`, 'rec');
    assert.equal(statusOf(report, 'data-sources'), 'covered');
    assert.equal(lineOf(report, 'data-sources'), 13);
  });

  it('a finding on a label is silenced by a Mermaid comment above it', () => {
    const body = 'flowchart TD\n  R[request] --> S["ranking within the latency budget"]';
    const flagged = passage(pipeline(body), 'rec');
    const finding = flagged.findings.find((f) => f.rule === 'latency-budget');
    assert.equal(finding?.line, 10);
    const silenced = passage(pipeline(body.replace('  R[', '  %% mlsd-disable-next-line latency-budget\n  R[')), 'rec');
    assert.equal(silenced.findings.find((f) => f.rule === 'latency-budget'), undefined);
  });

  it('the preview\'s starter pipeline left as inserted is no evidence; once edited it is the answer\'s', () => {
    const starter = STARTER_PIPELINE.trimEnd();
    const untouched = passage(`The design in one picture.\n\n${starter}`, 'rec');
    assert.equal(statusOf(untouched, 'feature-store'), 'missing');
    assert.equal(statusOf(untouched, 'diagram'), 'covered');
    const edited = passage(`The design in one picture.\n\n${starter.replace('Event logs', 'Watch events from Kafka')}`, 'rec');
    assert.equal(statusOf(edited, 'feature-store'), 'covered');
  });
});

describe('case studies and notes written in their own words', () => {
  it('a detector or a feature that is "most popular" is no baseline; showing the most popular items is one', () => {
    assertReadings('baseline', {
      missing: ['* The most popular two-stage detector family is Faster R-CNN.', '* Which genres are most popular among listeners is a user feature.'],
      covered: ['* Until the model ships we show the most popular items per country.'],
    });
  });

  it('a bandit\'s reward/cost and a cloud product\'s name are no constraints', () => {
    assertReadings('constraints', {
      missing: ['* A bandit pulls an arm and observes its reward/cost.', '* Orchestration runs on Cloud Composer.'],
      covered: ['* Everything must run in the cloud within the current GPU quota.'],
    });
  });

  it('boosting fresh content is a ranking rule, not how fresh predictions are', () => {
    assertReadings('freshness', {
      missing: ['* Re-ranking rules: item freshness (boost fresh uploads) and diversity.'],
      covered: ['* Feature freshness: session features are at most a minute old.'],
    });
  });

  it('a softmax activation is architecture; a sampled softmax is a loss', () => {
    assertReadings('loss', {
      missing: ['* The head is a linear layer followed by a softmax activation.'],
      covered: ['* Trained with a sampled softmax over the catalogue.'],
    });
  });

  it('conversion signals are inputs; cutting losses is a business goal', () => {
    assertReadings('business-metric', {
      missing: ['* Purchase and conversion signals are not used as features yet.'],
      covered: ['* The aim is to minimise chargeback losses without blocking good customers.'],
    });
  });

  it('a task framed with its two outcomes states the objective', () => {
    assertReadings('ml-objective', { missing: ['* We use a classifier.'], covered: ['* Framed as binary classification — spam or not.'] });
  });

  it('negatives drawn for training handle imbalance; positive and negative labels alone do not', () => {
    assertReadings('imbalance', {
      missing: ['* Labels: positive if watched, negative otherwise.'],
      covered: ['* Negative samples: drawn at random from the catalogue, one per positive.', '* Random negative examples plus hard ones mined from the last model.'],
    }, 'rec');
  });

  it('fine-tuning on new data is retraining, still without a cadence', () => {
    assert.equal(statusOf(passage('* We must be able to fine-tune the model using new data.'), 'retraining'), 'needs-number');
  });

  it('a real-time scoring service beside a nightly batch pipeline names both paths', () => {
    assertReadings('offline-online', {
      missing: ['* A nightly batch job recomputes the aggregates.'],
      covered: ['* A real-time scoring service sits next to a nightly batch training pipeline.'],
    });
  });

  it('train/serve consistency and the same feature vector as training address skew', () => {
    assertReadings('skew', {
      missing: ['* The scorer builds a feature vector per request.'],
      covered: ['* The scorer builds the same feature vector as training does.', '* One shared library removed our train/serve consistency bugs.'],
    });
  });

  it('historical telemetry is a data source; past interactions listed as a feature are not', () => {
    assertReadings('data-sources', {
      missing: ['* User: follow graph, past interactions, locale.'],
      covered: ['* Trained on historical ride telemetry joined with dispatch plans.'],
    });
  });

  it('feature families named by their domain are feature groups', () => {
    assertReadings('features', {
      missing: ['* The model is a GBDT.'],
      covered: ['* Features fall into three families: account attributes, device signals and merchant aggregates.'],
    });
  });

  it('a monitoring tool named is service monitoring', () => {
    assertReadings('system-monitoring', { missing: ['* Logs are kept for a year.'], covered: ['* Service logs go to Kibana and Stackdriver.'] });
  });

  it('training on the first days and testing on the last is a time-based split', () => {
    assertReadings('split-leakage', {
      missing: ['* We train for 20 epochs.'],
      covered: ['* The first 20 days are for training and the last 7 days for validation.'],
    });
  });

  it('a two-phase retrieve-then-rescore pipeline is a funnel', () => {
    assertReadings('funnel', {
      missing: ['* One model scores every document.'],
      covered: ['* A two-phase retrieve-then-rescore pipeline reorders the top-k hits.'],
    }, 'rec');
  });

  it('scalability listed as a requirement is no explanation of scaling', () => {
    assertReadings('scaling', {
      missing: ['* Requirements: response time, accuracy, scalability (20M DAU).'],
      covered: ['* Scaling: the index is sharded by item id across 16 hosts.'],
    });
  });

  it('a ranker\'s own budget is its inference latency', () => {
    const report = passage('* End-to-end p99 under 150 ms.\n* The ranker budget is 15 ms per request.', 'rec');
    assert.equal(statusOf(report, 'inference-latency'), 'covered');
  });
});

describe('topic write-ups in their own words', () => {
  it('"as" is no "a s(econd)": a budget or a safety net is no throughput', () => {
    assertReadings('qps', {
      missing: ['* Same tight per-request budget as the stage it feeds.', '* Drift monitoring on inputs and scores as a safety net.'],
      covered: ['* Peak: 40k requests per second.', '* About 2,000 scores a second at peak.'],
    });
  });

  it('a bottleneck of labels, or a table of bottlenecks, is no scaling; one under peak load is', () => {
    assertReadings('scaling', {
      missing: [
        '* Labels are the bottleneck, so we invest in annotation.',
        '| Bottleneck | First sign | Fix |\n| --- | --- | --- |\n| Feature fetch | p99 grows | fetch once per request |',
      ],
      covered: ['* At peak traffic the feature lookup is the bottleneck, so it is cached per user.'],
    });
  });

  it('bias in labels, forecasts and logged data is no fairness question', () => {
    assertReadings('fairness', {
      missing: [
        '* Delayed-feedback bias: unconverted clicks counted as negatives.',
        '* A sustained bias or widening error is drift.',
        '* A greedy policy yields biased, self-confirming data.',
        '* Clicks on shown ads are a biased sample.',
      ],
      covered: ['* Check for bias across age groups before launch.'],
    });
  });

  it('heuristics voting as labelling functions are neither a no-ML option nor a baseline', () => {
    const text = '* Labeling functions (regexes, keyword lists, heuristics) vote on each example.';
    assert.equal(statusOf(passage(text), 'need-ml'), 'missing');
    assert.equal(statusOf(passage(text), 'baseline'), 'missing');
    assert.equal(statusOf(passage('* A heuristic baseline first: flag accounts with 5 failed logins.'), 'baseline'), 'covered');
  });

  it('a forecast judged by MAPE, MASE or pinball loss has a metric that fits', () => {
    for (const metrics of ['MAPE per series', 'MASE and WQL on a rolling backtest', 'pinball loss at P10, P50 and P90']) {
      const report = passage(`* Framed as demand forecasting (regression).\n* Offline: ${metrics}.`);
      assert.equal(statusOf(report, 'offline-metric'), 'covered', metrics);
      assert.equal(statusOf(report, 'metric-fit'), 'covered', metrics);
    }
    assertReadings('offline-metric', { missing: ['* Demand-over-a-map problems have spatial structure.'], covered: ['* Backtest with MASE.'] });
  });

  it('forecasting names its loss, features, objective and data in its own words', () => {
    assertReadings('loss', { missing: ['* Emit quantiles per series.'], covered: ['* Minimise the pinball loss at each quantile.'] });
    assertReadings('features', { missing: ['* One model per store.'], covered: ['* Lags, rolling statistics and calendar effects per series.'] });
    assertReadings('ml-objective', { missing: ['* Forecasts feed the replenishment system.'], covered: ['* The target is future demand per store and day.'] });
    assertReadings('data-sources', { missing: ['* One model per store.'], covered: ['* Historical demand per store, with promotions.', '* Millions of support tickets and chat transcripts.'] });
  });

  it('a next-item task, a retrieval-then-rank design and a probability given its inputs are stated', () => {
    assertReadings('ml-category', {
      missing: ['* Users open the app and scroll.'],
      covered: ['* Framed as predicting the next item in the session.', '* Two-stage retrieval-then-rank.'],
    });
    assertReadings('io', { missing: ['* The model is a GBDT.'], covered: ['* Probability of a click given the user, the ad and the context.'] });
  });

  it('scope, logging, concept drift and model monitoring in plain sentences', () => {
    assertReadings('scope', { missing: ['* The auction runs after scoring.'], covered: ['* We are not designing the auction itself.'] });
    assertReadings('logging', { missing: ['* Keep a log of deploys.'], covered: ['* Log every decision with its features and propensity.'] });
    assertReadings('concept-drift', { missing: ['* Demand is high in winter.'], covered: ['* Demand shifts weekly, so a model trained last month is stale.'] });
    assertReadings('model-monitoring', { missing: ['* Shadow mode mirrors live traffic.'], covered: ['* Shadow mode catches large prediction shifts before launch.'] });
  });

  it('a false block is an error cost, and its rate an online guardrail', () => {
    assertReadings('error-costs', { missing: ['* Blocks are logged.'], covered: ['* A false account ban is expensive for the user.'] }, 'cls');
    assertReadings('guardrails', { missing: ['* Track the block rate.'], covered: ['* Track the false block rate as a release gate.'] });
    assertReadings('online-metric', { missing: ['* Blocks are logged.'], covered: ['* Track the false block rate as a release gate.'] });
  });

  it('a propensity leak is no data leakage; a user\'s thousands of events are no catalogue', () => {
    assertReadings('split-leakage', { missing: ['* Propensity leakage: logged propensities differ from the serving policy.'], covered: ['* Guard against label leakage.'] });
    assertReadings('scale-items', { missing: ['* How do we handle a user with thousands of events?'], covered: ['* The catalogue holds millions of products.'] }, 'rec');
  });

  it('an inline scoring path beside a training cycle names both paths', () => {
    assertReadings('offline-online', {
      missing: ['* The inline path scores each payment.'],
      covered: ['* The inline path scores each payment; a delayed-label loop feeds the next training cycle.'],
    });
  });

  it('real-time features are no retraining cadence', () => {
    assert.equal(statusOf(passage('* Retrain cadence versus staleness; near-real-time feature updates help.'), 'retraining'), 'needs-number');
  });

  it('a ranking latency of tens of milliseconds is a figure', () => {
    const report = passage('* End-to-end p99 under 100 ms.\n* Ranking latency stays in the tens of milliseconds.', 'rec');
    assert.equal(statusOf(report, 'inference-latency'), 'covered');
  });

  it('an answer that rules a random split out is not warned about one', () => {
    const ruledOut = passage('* Demand forecasting per store.\n* You cannot random-split time series; split by time.\n* A random train/test split leaks the future.', 'regression');
    assert.equal(ruledOut.findings.find((finding) => finding.rule === 'random-split'), undefined);
    const chosen = passage('* Demand forecasting per store.\n* We use a random train/test split.', 'regression');
    assert.ok(chosen.findings.some((finding) => finding.rule === 'random-split'));
  });
});

describe('the interviewer\'s quoted prompt', () => {
  it('is the question, not the answer: what it states covers nothing', () => {
    const prompt = '> **Interviewer:** "We have 200M DAU and a catalogue of 50M items. Assume a 100 ms budget."\n\nWe start from the ranking stage.';
    const report = passage(prompt, 'rec');
    for (const id of ['scale-users', 'scale-items', 'latency-budget', 'scope']) assert.equal(statusOf(report, id), 'missing', id);
    // Any other quote is the candidate's own writing.
    const note = passage('> Note: we have 200M DAU and a catalogue of 50M items.', 'rec');
    assert.equal(statusOf(note, 'scale-users'), 'covered');
    assert.equal(statusOf(note, 'scale-items'), 'covered');
  });
});

describe('case-study guides written around a design', () => {
  it('questions to prepare for and future work are no evidence of the design', () => {
    const guide = [
      '## Interview Questions You Should Be Ready For',
      '',
      '### System Design Questions',
      '',
      '- Discuss gradual rollout strategies and rollback.',
      '- Address feature store and management.',
      '',
      '## Future Directions',
      '',
      '- Shadow deployments for every model.',
    ].join('\n');
    const report = passage(guide, 'cls');
    for (const id of ['rollout', 'feature-store']) assert.equal(statusOf(report, id), 'missing', id);
    assert.equal(statusOf(passage('## Deployment\n\n- Shadow deployment first, then a canary with rollback.'), 'rollout'), 'covered');
  });

  it('a past trade-off is no concept drift, novelty bias no fairness', () => {
    assertReadings('concept-drift', { missing: ['* Removing it would cause a 1.5% performance drop.'], covered: ['* Watch for performance decay as fraud patterns change.'] });
    assertReadings('fairness', { missing: ['* Novelty bias inflates early clicks on new items.'], covered: ['* Audit fairness across sellers.'] });
  });

  it('pipelines, paths, labels and features in a case study\'s words', () => {
    assertReadings('pipeline', { missing: ['* The model is small.'], covered: ['* A data preparation pipeline cleans the images.'] });
    assertReadings('offline-online', {
      missing: ['* Prediction pipeline: candidate generation, then ranking.'],
      covered: ['* We generate training data nightly; the prediction pipeline runs candidate generation, then ranking.'],
    });
    assertReadings('labels', { missing: ['* Outfits are made by stylists.'], covered: ['* Positive pairs from the same outfit, negatives from different outfits.'] });
    assertReadings('features', { missing: ['* Ranking is done by a GBDT.'], covered: ['* Ranking factors: price proximity, brand affinity, colour match.'] });
  });

  it('weighted negatives, logged scores, randomised holdouts and a daily training job', () => {
    assertReadings('imbalance', { missing: ['* Negatives are products.'], covered: ['* Popularity-weighted negatives keep head items from dominating.'] }, 'rec');
    assertReadings('logging', { missing: ['* Every decision is fast.'], covered: ['* Every decision event records feature values and the raw model score.'] });
    assertReadings('ab-test', { missing: ['* The model is evaluated offline.'], covered: ['* Randomized interventions against a stable policy holdout measure the lift.'] });
    assert.equal(statusOf(passage('* A daily training job refreshes the model.'), 'retraining'), 'covered');
  });

  it('framing stated in plain prose', () => {
    assertReadings('scope', { missing: ['* The model is a CNN.'], covered: ['* We design a system to detect harmful posts in text and images.'] });
    assertReadings('ml-category', { missing: ['* Videos are uploaded daily.'], covered: ['* Candidate generation with two towers, then a ranking layer.'] }, 'rec');
    assertReadings('ml-objective', { missing: ['* Payments arrive from merchants.'], covered: ['* Each payment is scored to determine if it is legitimate or fraudulent.'] });
    assertReadings('serving-mode', { missing: ['* Decisions are logged.'], covered: ['* Real-time processing: decide within 100 ms.'] });
    assertReadings('io', { missing: ['* Features are stored.'], covered: ['* Input features → embedding → fraud score.'] });
  });
});

describe('words of statistics and speech that only look like an item', () => {
  it('a biased split, a bias correction or verbosity bias is no fairness question', () => {
    assertReadings('fairness', {
      missing: ['* The naive split is biased toward heavy users.', '* Popular items win without bias correction.', '* Judges show position and verbosity biases.'],
      covered: ['* Measure fairness across creators of every size.'],
    });
  });

  it('a word error rate is a model metric, not the service\'s health; a scaling law is no scaling', () => {
    assertReadings('system-monitoring', { missing: ['* Offline: word error rate per accent.'], covered: ['* Alert when the 5xx error rate passes 1%.'] });
    assertReadings('scaling', { missing: ['* The larger model is a scaling-law bet.'], covered: ['* Replicas autoscale with traffic.'] });
  });
});

describe('requirements, metric names and fallbacks that only look like an item', () => {
  it('availability asked of the service is no monitoring of it', () => {
    assertReadings('system-monitoring', {
      missing: ['- Availability: 99.95% uptime', '- High availability and low latency for every request'],
      covered: ['- We watch uptime and p99 latency on a dashboard that pages on-call.', '- Availability monitoring per region.'],
    });
  });

  it('a normalised metric is no feature normalisation; a metric\'s discrimination is no unfairness', () => {
    assertReadings('feature-repr', {
      missing: ['Offline: normalized cross-entropy and ROC AUC.', 'NDCG (normalized discounted cumulative gain) at 10.'],
      covered: ['Counts are log-transformed and normalized per country.'],
    });
    assertReadings('fairness', {
      missing: ['ROC AUC for discrimination, log loss for calibration.', 'The score has good discrimination power.'],
      covered: ['We check the model for discrimination against protected groups.'],
    });
  });

  it('a loss named after watch time, or engagement signals as inputs, are no business goal', () => {
    assertReadings('business-metric', {
      missing: ['The towers are trained with a CTR loss and a watch time loss.', '- The client captures clicks and engagement signals.'],
      covered: ['The goal is more watch time per daily user.', 'Engagement per session is the north star.'],
    });
  });

  it('a rule-based fallback or a hybrid scorer is no question whether ML is needed', () => {
    assertReadings('need-ml', {
      missing: ['On model failure we fall back to a rule-based score.', 'A hybrid: combine rule-based and ML-based scoring.'],
      covered: ['A rule-based filter may be enough for the first launch.'],
    });
  });

  it('a question after a numbered bold label only raises the item', () => {
    assert.equal(statusOf(passage('4. **Constraints**: Any hardware limits I should know about?"'), 'constraints'), 'missing');
    assert.equal(statusOf(passage('4. **Constraints**: inference on CPU only.'), 'constraints'), 'covered');
  });
});

describe('items stated in the plain words of terse notes', () => {
  it('consistency, logged interactions, a silent mode, safeguard metrics and alarms', () => {
    assertReadings('skew', { missing: ['Ensures the model is consistent.'], covered: ['- Ensures consistency between training and inference'] });
    assertReadings('logging', { missing: ['Users interact with the feed.'], covered: ['- User interactions logged for training', 'We will log the following: features, predictions, outcomes.'] });
    assertReadings('rollout', { missing: ['The model takes no action on its own.'], covered: ['- Silent mode first: the model flags orders but takes no action'] });
    assertReadings('guardrails', { missing: ['Safe defaults everywhere.'], covered: ['- Safeguard metrics: reports and blocks per 1k views'] });
    assertReadings('system-monitoring', {
      missing: ['- Feature drift alarms fire when PSI passes 0.2', '- False alarm rate under 2%'],
      covered: ['- Alarms page the on-call team when the scoring service errors'],
    });
    assertReadings('model-monitoring', {
      missing: ['We predict delivery times.'],
      covered: ['- Monitor predicted vs actual delivery times per city', '- Alerts on degraded model performance reach the owning team'],
    });
  });

  it('emphasis inside a phrase, plain words for batch and per-request serving, logged events and prediction logs', () => {
    assertReadings('offline-online', {
      missing: ['- **Offline training** (batch jobs)'],
      covered: ['- **Offline training** (batch jobs)\n- **Online processing** (a prediction per request)', 'Offline training runs nightly; the *serving* path answers each request.'],
    });
    assertReadings('serving-mode', {
      missing: ['Scores are shown to analysts.'],
      covered: ['Nobody waits for the answer, so we can run batches overnight.', 'Checkout needs real-time predictions for every card swipe.'],
    });
    assertReadings('logging', {
      missing: ['Every click matters to the business.'],
      covered: ['Every time a viewer skips a song, that event is logged.', 'A table keeps a log of all predictions with their model version.'],
    });
  });

  it('a train/test split alone is no time split; retention of data or logs is no business goal', () => {
    assertReadings('split-leakage', { missing: ['- Use an 80/20 train/test split.'], covered: ['- Split by time: train on March, test on April.'] });
    assertReadings('business-metric', {
      missing: ['The event topic keeps data for a week (log retention of 7 days).', 'Data retention policy: 90 days.'],
      covered: ['We want to lift 30-day retention of new players.'],
    });
  });

  it('periodic refreshes are retraining without a cadence; a rules based system asks whether ML is needed', () => {
    assert.equal(statusOf(passage('- Keep refreshing the model with fresh clicks at regular intervals.'), 'retraining'), 'needs-number');
    assert.equal(statusOf(passage('- A batch job updates the parameters periodically.'), 'retraining'), 'needs-number');
    assertReadings('need-ml', { missing: ['The ops team reviews reports.'], covered: ['The ops team may already run a rules based system we should beat.'] });
  });

  it('an HTML image tag is a drawing; a bold section label ending in Monitoring is no service monitoring', () => {
    assertReadings('diagram', { missing: ['The design is described in words.'], covered: ['<img src="architecture.png" alt="design" width="600"/>', 'Our design: <img src="flow.png" width="400"> as drawn.'] });
    assertReadings('system-monitoring', {
      missing: ['7. **Deployment and Monitoring**: once trained, how would you ship the model?'],
      covered: ['- **Monitoring**: p99 latency and error rates on a dashboard'],
    });
  });

  it('watching model drift is no data drift; normalising a metric no feature representation; an in-memory index no constraint', () => {
    assertReadings('data-drift', { missing: ['We will monitor for model drift as behaviour changes.'], covered: ['We will monitor for feature drift with PSI.'] });
    assertReadings('feature-repr', { missing: ['Normalize metrics such as the spam share by daily volume.'], covered: ['Normalize counts to the 0-1 range before training.'] });
    assertReadings('constraints', { missing: ['Ads are held in an in-memory index.'], covered: ['Memory on the phone is limited to 50 MB.'] });
  });

  it('an "ML IO:" label and a prediction "given" its inputs state the input and output', () => {
    assertReadings('io', {
      missing: ['We estimate delivery times.'],
      covered: ['- ML IO:\n  - road segments in, travel time out', 'Build a model to estimate the total delivery time given order details and traffic.'],
    });
  });

  it('a section on training beside a section on serving, each with something in it, are the offline and online paths', () => {
    assertReadings('offline-online', {
      missing: [
        '## Model training\n\n## Serving\n\n- Serving: …',
        '## Training data\n\nClicks joined with impressions.\n\n## Serving\n\nThe API scores each request in turn.',
      ],
      covered: ['## Model training\n\nWe fit the ranker nightly on a week of clicks.\n\n## Prediction service\n\nThe API scores each request in turn.'],
    });
  });

  it('a stage given its own figure states the model\'s latency', () => {
    const budget = 'The page must load with p99 < 300 ms.\n\n';
    assertReadings('inference-latency', {
      missing: [`${budget}Ranking happens on GPUs.`],
      covered: [`${budget}- Ranking (ML inference): 50ms.`, `${budget}- Sub-100ms inference for real-time decisions`, `${budget}Transaction scoring within 40 ms.`],
    });
  });

  it('a section commented out is no evidence', () => {
    const report = passage('We rank videos.\n\n<!--\n## Old notes\n\nWe had 100M DAU and 20K QPS.\n-->\n\n## Metrics\n\nNDCG@10 offline.', 'rec');
    assert.equal(statusOf(report, 'scale-users'), 'missing');
    assert.equal(statusOf(report, 'qps'), 'missing');
  });

  it('rows of contents, pointers to reading and roadmaps are no evidence', () => {
    assertReadings('features', {
      missing: ['| # | Part | What it covers |\n| --- | --- | --- |\n| 03 | [Feature Engineering](./03_features/) | Feature types, aggregations and embeddings |'],
      covered: ['| # | Part | What it covers |\n| --- | --- | --- |\n| 03 | Features | Feature types: aggregations of the last 30 days of spend |'],
    });
    assertReadings('ab-test', { missing: ['Related to this topic, read more about A/B testing and bandits.'], covered: ['We run an A/B test on 5% of traffic.'] });
    assertReadings('retraining', {
      missing: ['## Our roadmap\n\n- Automated retraining pipelines, weekly', '## Advanced topics (if the interviewer pushes)\n\n- Retrain the model daily'],
      covered: ['## Refresh\n\n- Retrain the model daily'],
    });
  });

  it('an amount of money counts no users; "the map contains" is no mAP; seconds of inference are latency', () => {
    assert.equal(statusOf(passage('Block transactions over $10,000 from accounts younger than a week.', 'cls'), 'scale-users'), 'missing');
    assertReadings('offline-metric', { missing: ['The map contains every road segment and its speed limit.'], covered: ['Offline we report mAP@10 on held-out images.'] });
    const slow = passage('The response must arrive within 60 seconds.\n\nModel inference time: < 30 seconds per document.');
    assert.equal(statusOf(slow, 'inference-latency'), 'covered');
  });

  it('retraining many times a day, logged ad impressions, predictions diverging from actuals, training offline and inference online', () => {
    assert.equal(statusOf(passage('- The ranker can retrain many times within one day.'), 'retraining'), 'covered');
    assertReadings('logging', { missing: ['Ads are shown to users.'], covered: ['- Log ad impressions and clicks for billing and training.'] });
    assertReadings('model-monitoring', { missing: ['The model predicts clicks.'], covered: ["- Monitor if the model's predictions are diverging from actual click rates."] });
    assertReadings('offline-online', { missing: ['Training happens offline.'], covered: ['- Training offline and inference online.'] });
  });

  it('a user count is read only across joining words: in "users pin Pier 39" the figure counts no users', () => {
    assert.equal(statusOf(passage('Users pin Pier 39 as a favourite place on the map.', 'search'), 'scale-users'), 'missing');
    assert.equal(statusOf(passage('Users: about 20M, mostly in Europe.', 'search'), 'scale-users'), 'covered');
    assert.equal(statusOf(passage('Number of users is roughly 3 million.', 'search'), 'scale-users'), 'covered');
  });

  it('millions of users is a user scale without a figure; "10M+ movies" and "videos (1B)" are catalogue sizes', () => {
    assert.equal(statusOf(passage('Serve millions of users across regions.', 'rec'), 'scale-users'), 'needs-number');
    assert.equal(statusOf(passage('Total content: 10M+ movies and shows.', 'rec'), 'scale-items'), 'covered');
    assert.equal(statusOf(passage('Sources: videos (1B), their titles and tags.', 'search'), 'scale-items'), 'covered');
    assert.equal(statusOf(passage('We have 50M+ users.', 'rec'), 'scale-users'), 'covered');
  });

  it('an inline SVG drawing and a diagram in a site generator\'s Liquid tag are drawings', () => {
    const svg = '<details><summary>Architecture</summary>\n\n<svg viewBox="0 0 600 200" style="width:100%">\n<rect x="10" y="10" width="80" height="40"/>\n</svg>\n</details>';
    assertReadings('diagram', { missing: ['An SVG export of the design is attached to the ticket.'], covered: [svg, 'The flow: <svg viewBox="0 0 10 10"><circle r="4"/></svg>'] });
    const liquid = passage('{% mermaid %}\nflowchart TD;\n    Events["User Events"]-->Store["Feature Store"];\n    Store-->Ranker["Notification Ranker"];\n{% endmermaid %}');
    assert.equal(statusOf(liquid, 'diagram'), 'covered');
    // Its labels count where they are, as a fenced diagram's do; its node lines are no sentences.
    assert.equal(statusOf(liquid, 'feature-store'), 'covered');
    assert.equal(lineOf(liquid, 'feature-store'), 8);
    const words = passage('{% mermaid %}\nflowchart TD;\n    A-->B;\n{% endmermaid %}\n\nWe log every impression.');
    assert.equal(statusOf(words, 'diagram'), 'covered');
    assert.equal(statusOf(words, 'logging'), 'covered');
  });
});

describe('words in another sense, figures of a plan, and paraphrases of design points', () => {
  it('a churn prediction title names a classification; a game plan\'s minutes and a zero are no figures', () => {
    const churn = checkAnswer('# Predicting Customer Churn for a Music Streaming App\n\n## Requirements\n\n## Model\n', { forceAnswer: true });
    assert.equal(churn.problem, 'cls');
    const plan = '| Step | What to cover | Minutes |\n|---|---|---|\n| 4 | Review, latency, caching | 8 |';
    assert.equal(statusOf(passage(plan, 'rec'), 'latency-budget'), 'needs-number');
    assert.equal(statusOf(passage('| Target | Value |\n|---|---|\n| Latency (p95) | 120 |', 'rec'), 'latency-budget'), 'covered');
    assert.equal(statusOf(passage('| Target | Value |\n|---|---|\n| **QPS** | 15k |', 'rec'), 'qps'), 'covered');
    assert.equal(statusOf(passage('- `tenure_days` is 0 for new users.', 'cls'), 'scale-users'), 'missing');
    assert.equal(statusOf(passage('Peak load swings from 0 to 12k QPS.', 'cls'), 'qps'), 'covered');
  });

  it('auction fairness, scaled-up probabilities and a drift-only monitoring line are not what their words say elsewhere', () => {
    assertReadings('fairness', { missing: ['Calibrated bids keep the auction fairness intact.'], covered: ['We audit fairness across regions.'] }, 'ads');
    assertReadings('scaling', { missing: ['After downsampling, scale up the probabilities again.'], covered: ['Scale out the ranker behind a load balancer.'] });
    assertReadings('system-monitoring', {
      missing: ['- **Monitoring:** feature drift and score distribution shift, retrain monthly'],
      covered: ['- **Monitoring:** p95 latency and error rates per region'],
    });
    assertReadings('online-metric', { missing: ['Heavier rankers use the DNN predicted user watch time as an input.'], covered: ['Online we track watch time per session.'] }, 'rec');
  });

  it('design points said in other words: a prediction given its inputs, a left-out paradigm, no external data, logged treatments, a stale model, batch scans', () => {
    assertReadings('ml-objective', { missing: ['Trips take longer at rush hour.'], covered: ['The service estimates trip duration given pickup and dropoff zones.'] }, 'regression');
    assertReadings('scope', { missing: ['The flow is described below.'], covered: ["We don't cover the session-based paradigm below."] });
    assertReadings('constraints', { missing: ['External data is interesting.'], covered: ['It has to work without relying on external data sources.'] });
    assertReadings('logging', { missing: ['The treatment is a discount.'], covered: ['Log the treatment each user received, so later training can correct for it.'] });
    assertReadings('concept-drift', { missing: ['The model is trained weekly.'], covered: ['Alert the team when the model goes stale.', 'Subscriber behaviour shifts with pricing and the seasons.'] });
    assertReadings('serving-mode', { missing: ['Posts are scanned by people.'], covered: ['Hybrid: scan at upload, plus periodic batch scans of older posts.'] }, 'cls');
  });

  it('a section of resources studied is an aside', () => {
    const report = passage('We flag fraudulent card payments.\n\n## Resources Studied\n\n- A quick reference on a video recommendation system', 'cls');
    assert.equal(statusOf(report, 'ml-category'), 'missing');
  });

  it('time-ordered validation said other ways, consistent hashing and cache hit rates, decaying models, logged scores, feedback labels', () => {
    assertReadings('split-leakage', {
      missing: ['- Validation: 5-fold cross-validation on a random sample'],
      covered: ['- Validation: time-series cross-validation with a holdout test set', '- Split: chronological leave-one-out per user', 'Walk-forward validation over the last year.'],
    });
    assertReadings('feature-repr', { missing: ['- Redis cluster with consistent hashing'], covered: ['Hashing trick for the long tail of ids.'] });
    assertReadings('offline-metric', { missing: ['- Cache hit rate above 90% for returning users'], covered: ['Offline: hit rate@10 on the next day.'] }, 'rec');
    assertReadings('concept-drift', { missing: ['Models are versioned.'], covered: ['| Models decay silently in production | a staleness alarm |'] });
    assertReadings('logging', { missing: ['Scores are shown to the reviewer.'], covered: ['- Logging of confidence scores for monitoring'] }, 'cls');
    assertReadings('labels', { missing: ['Feedback matters to us.'], covered: ['- Implicit feedback: rating of 4 or more is a positive interaction'] }, 'rec');
  });

  it('the offline and online paths in other words: training a model, batch scoring, a hosting service, request time', () => {
    const serving = '\n\nThe prediction service scores each request.';
    assertReadings('offline-online', {
      missing: [`Retrain when drift is detected.${serving}`, `- ML Model Service: serves trained models${serving}`, 'We train the ranker on a week of clicks.'],
      covered: [
        `We train a gradient-boosted ranker on a week of clicks.${serving}`,
        `- Nightly retraining on the last 30 days${serving}`,
        'We train the churn model on a year of history.\n\nA nightly batch scoring job writes each customer\'s risk to the CRM.',
        'Fine-tuning runs weekly on reviewed labels.\n\nA Flask API hosts the model.',
        'We retrain the classifier weekly.\n\nFeatures are fetched at request time.',
      ],
    });
  });

  it('an output that is a prediction, the positive label and a model predicting several outcomes state the ML objective', () => {
    assertReadings('ml-objective', {
      missing: ['- Output: a dashboard for the operations team', 'Positive labels are scarce.', 'The job predicts several times a day.'],
      covered: [
        '- Output: predicted delivery time for the order',
        '- **Positive label:** the user books the listing within a day',
        'The ranker predicts 3 things at once: click, like and share.',
      ],
    });
  });

  it('serving is batch or online only when the answer says which: a model service alone does not choose', () => {
    assertReadings('serving-mode', {
      missing: ['## Model Serving\n\n- Fall back to the baseline if the model service is down.', '- Prediction service behind the gateway'],
      covered: [
        '# Real-Time Recommendation Engine',
        'We rank all candidate stories in real time on a fleet of predictors.',
        '### Batch Mode (every 10 minutes)',
        'Item embeddings are computed (offline) and looked up at request time.',
      ],
    });
  });

  it('a constraint limits the design: storage, a cloud or GPUs chosen for it are no constraint', () => {
    assertReadings('constraints', {
      missing: ['- Storage: S3 for batch storage, Redis for hot data', '- **Cloud**: AWS/GCP (deployment ready)', '- Deploy models on GPU/TPU for fast inference', '- cons: memory usage'],
      covered: [
        'No GPUs at serving time: the ranker runs CPU-only.',
        'The model must fit in 2 GB of RAM on the device.',
        'The cloud budget is $10k a month.',
        'Memory on the phone is limited to 50 MB.',
      ],
    });
  });

  it('a model that outputs a probability, a regressor and summarization are read; next steps are work left for later', () => {
    assertReadings('io', { missing: ['The model is retrained weekly.'], covered: ['- Model outputs a fraud probability (fraud score)'] }, 'cls');
    assertReadings('ml-objective', { missing: ['The model is retrained weekly.'], covered: ['- Model outputs a fraud probability (fraud score)'] }, 'cls');
    assertReadings('ml-category', {
      missing: ['Start with a logistic regression model.', '- Regression tests guard the feature code'],
      covered: ['- **Primary model**: LightGBM regressor', 'This project trains a regression model on trip data.', 'The core task is abstractive summarization of the thread.'],
    });
    assertReadings('ab-test', {
      missing: ['## 7. What I Would Do Next in Production\n\n1. Run an A/B test of the model against the rules for 30 days.', '## Next steps\n\n- Run an A/B test on 5% of traffic.'],
      covered: ['## Online evaluation\n\n- Run an A/B test on 5% of traffic.'],
    });
  });

  it('a stage\'s figure in brackets or a budget "for the ranking stage" states the model\'s latency', () => {
    const budget = 'The page must load with p99 < 300 ms.\n\n';
    assertReadings('inference-latency', {
      missing: [`${budget}Ranking happens on GPUs (2 racks).`, `${budget}The page renders in under 100 ms for most users.`],
      covered: [
        `${budget}| Primary model | XGBoost | Fast inference (<10ms), handles missing values |`,
        `${budget}#### Step 3: GNN prediction (200-300ms)`,
        `${budget}- low latency, ideally under 100 ms for the ranking stage`,
      ],
    });
  });

  it('a leaky ReLU, an AUC\'s discrimination, money lost and a readable label are not what their words say elsewhere', () => {
    assertReadings('split-leakage', { missing: ['- Dense layers with Leaky ReLU activations'], covered: ['Watch for label leakage from post-event features.'] });
    assertReadings('fairness', { missing: ['- ROC-AUC: 0.85 (discrimination)', 'The ranker is position-biased.'], covered: ['Check the model for discrimination against protected groups.'] });
    assertReadings('loss', { missing: ['    Total loss: $116.45 per fraud transaction'], covered: ['- Total loss: BCE on clicks plus MSE on watch time'] });
    assertReadings('labels', { missing: ['| `name` | String | Human-readable label |'], covered: ['Labels come from analyst decisions.'] });
  });

  it('watching the model in other words: the actual CTR, predictions out of bounds, model drift, embedding stability', () => {
    assertReadings('model-monitoring', {
      missing: ['The model drifts apart from the baseline in size.', 'Embeddings are 128-dimensional.'],
      covered: [
        '- After launch, monitor the actual CTR and revenue per mille.',
        '- Alert: model prediction out of bounds (>$50 or <$5)',
        '- **Model drift**: precision and recall degrade over time',
        '- Embedding stability checks after each retrain',
      ],
    });
  });

  it('data sources in other words: historical clicks or interactions, raw text or audio', () => {
    assertReadings('data-sources', {
      missing: ['Historical context matters for the interview.', 'The raw score is calibrated.'],
      covered: ['- Data: historical ad clicks data with the user, the ad and whether it was clicked', 'UH["Historical interactions: watch time, clicks"]', 'Labelled speech is scarce; raw audio is abundant.'],
    });
  });

  it('the model\'s input and output in other words: scoring a transaction with the model, a probability per customer, the top results returned', () => {
    assertReadings('io', {
      missing: ['The scoring team owns the model.', 'Each customer gets a newsletter.'],
      covered: [
        '| 2 | **Scoring service**: receives live transaction data and scores it using the ML model |',
        '- Scoring assigns each customer a churn probability.',
        '4. Return top 50 scored products',
        'Given a transaction with its features, we estimate the fraud probability.',
      ],
    });
  });

  it('what the first version leaves out states the scope', () => {
    assertReadings('scope', {
      missing: ['The MVP ships in March.'],
      covered: ["### What's NOT in the MVP (but should be)", '- Multi-language support is not required for the first version.'],
    });
  });

  it('impressions and predictions logged in other words: each decision event recorded, user actions on recommendations tracked, tuples logged', () => {
    assertReadings('logging', {
      missing: ['Every decision takes a second.', 'We track progress weekly.'],
      covered: [
        'Every decision event records the score, the threshold and the features.',
        '- Every classified record will be saved into the database.',
        '- Tracks user actions on recommendations: plays, skips, saves',
        '1. Log all (user, post, position, actions) tuples from production',
      ],
    });
  });

  it('labels in other words: a model trained on click data, actual travel times, a target column, an explicit feedback signal', () => {
    assertReadings('labels', {
      missing: ['- **Target**: 99.99% uptime', '- **Latency target**: under 200 ms'],
      covered: [
        '| Learning to rank | Supervised models trained on click data | LambdaMART |',
        'Compare the predicted ETA with the true observed travel times.',
        '-- target column: whether the order was delivered late',
        '- Returns are an explicit feedback signal feeding training.',
      ],
    });
  });

  it('feature groups in other words: an entity followed by its attributes, scoring inputs, seasonal features', () => {
    assertReadings('features', {
      missing: ['- **Feature Store**: Feast, Tecton, or custom Redis-based solution', '- Users: 100M, growing fast'],
      covered: [
        '- Users: age, interests, avg_dwell_time, embeddings',
        '- **Transaction metadata**: amount, timestamp, location, merchant ID',
        '## Scoring inputs',
        '**Trend:** freshness signals and seasonal features.',
      ],
    });
  });

  it('a click-through rate alone does not make a recommender an ads problem', () => {
    const familyOf = (text: string): string => checkAnswer(text, { forceAnswer: true }).problem;
    assert.equal(familyOf('# Prompt suggestions\n\nSuggest relevant prompts to users with contextual recommendations and a high click-through rate.\n'), 'rec');
    assert.equal(familyOf('# CTR prediction\n\nPredict the CTR of each impression.\n'), 'ads');
    assert.equal(familyOf('# Sponsored listings\n\nRank sponsored listings by expected click-through rate.\n'), 'ads');
  });

  it('accuracy traded for speed or said to have no number is no offline metric', () => {
    assertReadings('offline-metric', {
      missing: [
        '- **Eval:** there is no single accuracy number for serving.',
        'You lose a tiny bit of accuracy. You gain enormous speed.',
        '| Trade-off | Risk |\n|---|---|\n| **Diversity vs. Accuracy** | Users might get repetitive recommendations. |',
        '- **Accuracy vs. Latency**: real-time vs. precomputed recommendations',
      ],
      covered: ['- Offline: accuracy on the held-out week.', 'We report model accuracy and macro F1 per class.'],
    });
  });

  it('a baseline without ML in other words: historical averages, no training needed, the naive approach, a hand-tuned combination', () => {
    assertReadings('need-ml', {
      missing: ['The global average rating enters the formula.', 'We train the ranker naively at first.'],
      covered: [
        '- Start with a simple baseline that uses historical averages by segment and hour.',
        '- Average of the same day ETAs in the previous year.',
        '| Physical model | No training needed; speed = distance / time |',
        'The naive approach would be a hand-written score based on text similarity.',
        'BM25 with a hand-tuned linear combination of static signals.',
      ],
    });
  });

  it('the same features at training and serving said other ways; keeping audio is no user retention', () => {
    assertReadings('skew', {
      missing: ['- Feature engineering pipeline in Spark', 'Compare the online metrics week over week.'],
      covered: [
        '- [ ] Feature engineering pipeline (same as real-time)',
        '- Create features similar to training',
        '- Monitoring feature drift (compare online vs offline distributions)',
        'This is why we log served features rather than recomputing them later.',
      ],
    });
    assertReadings('business-metric', {
      missing: ['- **Privacy.** Can audio leave the device? Retention, consent, and whether we may log audio at all.'],
      covered: ['- The goal is 30-day retention of new listeners.'],
    });
  });

  it('features flowing into the model, and candidates scored with features, state the model\'s input and output', () => {
    assertReadings('io', {
      missing: ['- Feature store -> Redis', 'We rank candidates quickly.'],
      covered: ['features -> model -> click prob. -> sort', '- **Ranking**: score and rank candidates using a deep model with user, video and context features'],
    });
  });

  it('a model deployed on edge devices or optimised for real-time deployment is served online', () => {
    assertReadings('serving-mode', {
      missing: ['Edge cases need more labels.', 'Deployment happens through the CI pipeline.'],
      covered: ['Deploy the trained model on edge devices next to the cameras.', '- Optimise the model for real-time deployment with pruning and quantization.'],
    });
  });

  it('subsampling the majority class, a time-series split and a ranking/logistic loss are read', () => {
    assertReadings('imbalance', { missing: ['Sampling of users for the survey is random.'], covered: ['- One way is subsampling the majority negative class at different ratios.'] }, 'ads');
    assertReadings('split-leakage', { missing: ['Split: 80/20 at random.'], covered: ['Time series split, gap N minutes between train and validation.', '- Split: temporal (train on months 1-5, validate on month 6)'] });
    assertReadings('loss', { missing: ['The ranking model is retrained daily.'], covered: ['Optimise a ranking/logistic loss over the candidates.'] });
  });

  it('revenue leakage, scaling features, the stages of a project and a CTR prediction task are not what their words say elsewhere', () => {
    assertReadings('split-leakage', { missing: ['Bad event data means biased ranking and revenue leakage.'], covered: ['Features are joined point-in-time so no label leaks into training.'] });
    assertReadings('scaling', { missing: ['- Model: gradient boosted trees (no need for scaling features)'], covered: ['The ranker scales horizontally behind a load balancer.'] });
    assertReadings('funnel', { missing: ['ML development - 3 stages, from a popularity list to a personalised model.'], covered: ['A two-stage design: retrieval narrows the catalogue, then a ranker orders it.'] }, 'search');
    assertReadings(
      'online-metric',
      {
        missing: ['# CTR Prediction System', 'This project builds a Click-Through Rate (CTR) prediction pipeline for display ads.'],
        covered: ['The experiment tracks CTR and revenue per session.', 'Online: click-through rate of the ads shown.'],
      },
      'ads',
    );
  });

  it('a listing of folders and files drawn with branches is no drawing of the design, though its notes are read', () => {
    const listing = '```\npricing-service/\n├── src/\n│   ├── features.py      # lag and calendar features\n│   └── api.py           # online inference API\n└── README.md\n```';
    const report = passage(listing);
    assert.equal(statusOf(report, 'diagram'), 'missing');
    assert.equal(statusOf(report, 'serving-mode'), 'covered');
    const drawing = '```\n┌─────────┐     ┌─────────┐\n│ Events  │ ──> │ Ranker  │\n└─────────┘     └─────────┘\n```';
    assert.equal(statusOf(passage(drawing), 'diagram'), 'covered');
    // The same branches in a flow drawn downwards are a drawing.
    const flow = '```\n[Recommendation Service]\n    ├── [Candidate Generation] (ANN search)\n    └── [Ranking] (real-time scoring)\n         ↓\n[API]\n```';
    assert.equal(statusOf(passage(flow), 'diagram'), 'covered');
  });

  it('a flow drawn with arrows or connector lines in a plain fence is a drawing whose words are read; typed arrows in a formula or code are not', () => {
    const arrows = '```\nUser Input → Embedding → Candidate Retrieval → Ranking → Top-K\n                ↓              ↓\n         SBERT model      Vector DB\n```';
    assert.equal(statusOf(passage(arrows), 'diagram'), 'covered');
    const connectors = '```\nProduction traffic\n        |\n        v\nNew model runs silently\n        |\n        v\nScores and proposed actions are logged\n```';
    const shadow = passage(connectors, 'cls');
    assert.equal(statusOf(shadow, 'diagram'), 'covered');
    assert.equal(statusOf(shadow, 'logging'), 'covered');
    const formula = '```\ntext -> video: L_t2v = -log(exp(sim(t, v)/temp) / sum_k exp(sim(t, v_k)/temp))\nvideo -> text: L_v2t = -log(exp(sim(v, t)/temp) / sum_k exp(sim(v, t_k)/temp))\n```';
    assert.equal(statusOf(passage(formula), 'diagram'), 'missing');
    const code = '```python\nscores = model(batch)  # ↓ lower is better\nranked = sorted(scores)  # ↓ again\n```';
    assert.equal(statusOf(passage(code), 'diagram'), 'missing');
  });

  it('improvements and next steps, an offer to go on after the answer and a primer of study notes are not the design', () => {
    assertReadings('ab-test', {
      missing: [
        '## Improvements and Next Steps\n\n- Run an A/B test against the keyword rules.',
        "The filter is live.\n\nIf you'd like, next we can:\n\nRun an A/B test of the new ranker\n\nRedesign this for a smaller team",
      ],
      // A sentence that opens the same way but offers nothing is read as usual.
      covered: ["If you'd like to see the split, we ran an A/B test on 5% of users.\n\nThe split was by user id."],
    });
    assertReadings('data-drift', {
      missing: ['## Primer Knowledge\n\n**Inference**\n- Non-stationary problem\n  - Data distribution shift'],
      covered: ['## Monitoring\n\n- Data distribution shift: PSI per feature, alert above 0.2'],
    });
    // Only what follows the offer, in its section, is set aside.
    const report = passage("## Serving\n\nWe ran an A/B test on 5% of users.\n\nWould you like me to add a cost estimate?\n\n## Monitoring\n\nPSI per feature daily; alert when PSI > 0.2.");
    assert.equal(statusOf(report, 'ab-test'), 'covered');
    assert.equal(statusOf(report, 'data-drift'), 'covered');
  });

  it('design points in other words: identical feature engineering, post-deployment monitoring, a Bayesian filter, training impressions, an online key-value store, offline computation', () => {
    assertReadings('skew', { missing: ['Feature engineering happens in Spark.'], covered: ['- At inference, applies identical feature engineering and hashing'] });
    assertReadings('model-monitoring', { missing: ['Deployment happens weekly.'], covered: ['Includes post-deployment monitoring of the forecasts.', 'Performance is estimated without labels with NannyML (CBPE).'] });
    assertReadings('model', { missing: ['A spam filter built on keyword rules.'], covered: ['I built a Bayesian spam filter served over HTTP.', 'A naive Bayes classifier over word counts.'] }, 'cls');
    assertReadings('data-sources', { missing: ['We see 2,000 transactions per second.'], covered: ['- ~40 million training impressions from the ad server'] }, 'ads');
    assertReadings('feature-store', { missing: ['Rankings are saved in a database.'], covered: ['User features are kept in an online key-value store.'] }, 'search');
    assertReadings('offline-online', { missing: ['Rankings are computed daily.'], covered: ['Daily offline computation of rankings for active users; new users get online scoring.'] }, 'search');
  });

  it('a replication of a study and pricing guardrails are no scaling and no guardrail metrics', () => {
    assertReadings('scaling', { missing: ['This project is a replication of an actual client engagement.'], covered: ['Replication of the feature store across two regions.'] });
    assertReadings('guardrails', { missing: ['Rule-based logic enforces pricing guardrails: no price below cost.'], covered: ['Guardrail metrics: latency and unsubscribe rate must not regress.'] });
  });

  it('a conditional probability names the model\'s inputs; event logging and user actions emitting events are read', () => {
    assertReadings('io', { missing: ['It predicts whether an order follows.'], covered: ['It predicts: P(order | user, restaurant, time, device, context)'] }, 'rec');
    assertReadings('logging', { missing: ['- Monitoring: security event logging for the admin console'], covered: ['Clean event logging of every impression and order.'] }, 'rec');
    assertReadings('data-sources', { missing: ['Orders are placed in the app.'], covered: ['Every user action (search, click, order) generates an event pushed into Kafka.'] }, 'rec');
  });

  it('gradual rollouts, batch and on-demand scores, real-time ML inference, a log line per request and predicting churn, missing links or demand are read', () => {
    assertReadings('rollout', { missing: ['The ranker goes live next quarter.'], covered: ['- Gradual rollouts behind the experiment platform'] });
    assertReadings('serving-mode', { missing: ['Scores are shown in the CRM.'], covered: ['- Serve both daily batch scores and low-latency on-demand scores.', 'A real-time ML inference backend answers each request.'] });
    assertReadings('logging', { missing: ['Errors are returned to the caller.'], covered: ['Log one line per request: model version, decision, risk score.'] }, 'cls');
    assertReadings('ml-objective', { missing: ['Churn hurts revenue.'], covered: ['- Predict B2B SaaS customer churn 30 days in advance.', 'Given the follow graph, predict missing links between users.', '- Predict demand per SKU per day.'] }, 'cls');
  });

  it('more sign-ups as the goal and relevance ranking as the task are read; metrics tracked online are no experiment', () => {
    assertReadings('business-metric', { missing: ['Users sign up with an email address.'], covered: ['The goal is to increase the number of sign-ups for recommended events.'] }, 'rec');
    assertReadings('ml-category', { missing: ['Events are listed by date.'], covered: ['Reverse-chronological order misses engaging posts, so this is relevance ranking.'] }, 'rec');
    assertReadings('ab-test', { missing: ['For online evaluation, CTR and registrations can be tracked.'], covered: ['An online test on 5% of users for two weeks.'] }, 'rec');
  });

  it('a system that accepts a request and returns results states input and output; predicting a time of arrival or a demand forecasting model states the objective', () => {
    assertReadings('io', { missing: ['The service accepts traffic from three regions.'], covered: ['The system must accept a text request and return the most relevant videos.', '- Returns predicted ETA duration and the drop-off time.'] }, 'search');
    assertReadings('ml-objective', { missing: ['ETAs are shown in the app.'], covered: ['Predict the estimated time of arrival for driving trips.', '- Builds a demand forecasting model with LightGBM.', '- Model: XGBoost regressor for ETA in minutes.'] }, 'regression');
  });

  it('what the system will not support states the scope; rule-based filters and fallbacks are parts of the design, not a case against ML', () => {
    assertReadings('scope', { missing: ['The system supports images and videos.'], covered: ['- Image-only search: the system will not support videos.', 'This flow only includes the default user recommendations.'] }, 'search');
    assertReadings('need-ml', {
      missing: ['- Rule-based filters and aggregators drop stale posts.', '- Fallback model: use a simpler rule-based model.', '- Fault tolerance: fall back to historical averages if the model fails.'],
      covered: ['- Rule-based systems are the first thing to try.', '- Baseline: historical averages per route and hour.'],
    }, 'rec');
  });

  it('the cost of an order and a mobile client are no constraint; a model that must run on mobile is one', () => {
    assertReadings('constraints', {
      missing: ['- Order features: the total cost of the order and its item count.', '- The final feed is sent to the mobile or web client.', '- Device type (phone, tablet).'],
      covered: ['- The detector runs on mobile phones with 2 GB of RAM.', '- Serving cost must stay under $0.01 per request.'],
    }, 'rec');
  });

  it('a model that must finish in time states its latency; data skew, a two-tower model alone and biased labels are not what their words say elsewhere', () => {
    assertReadings('inference-latency', { missing: ['- Latency: < 200 ms for the page.'], covered: ['- Latency: < 200 ms for the page; < 50ms for ranking.', '- Model inference must finish within 20 ms.'] }, 'rec');
    assertReadings('skew', { missing: ['- Handling data skew (popularity bias): popular events are penalised as negatives.'], covered: ['- Training-serving skew: features come from one store.'] }, 'rec');
    assertReadings('funnel', { missing: ['We chose a two-tower (dual encoder) architecture.'], covered: ['Two-tower candidate generation, then a ranking stage.'] }, 'rec');
    assertReadings('fairness', { missing: ['- Label noise: biases by human labeling.', '- Cons: biased in datasets with many relevant items.'], covered: ['- The classifier may be biased against non-English posts.'] }, 'cls');
  });

  it('model training beside a prediction service names both paths', () => {
    const notes = (training: string): string => `- ${training}\n  - contrastive pairs from user clicks\n- Prediction service\n  - embeds the query image and looks up the index`;
    assertReadings('offline-online', { missing: [notes('Data collection')], covered: [notes('Model training')] }, 'search');
  });

  it('a target named, actual outcomes and training on interaction data give the labels; a target figure does not', () => {
    assertReadings('labels', {
      missing: ['- Target: 99.99% uptime (52 minutes of downtime a year).', '- Latency target: under 200 ms.'],
      covered: ['- Target: click / no click.', '- Highly imbalanced binary target (click).', '- Target: actual trip duration in minutes.', 'Realized demand arrives a day later.', '- Train on user interaction data (views, ratings, skips).'],
    }, 'regression');
  });

  it('a real-time path, an endpoint for on-demand calls and serving through an HTTP API choose online serving', () => {
    assertReadings('serving-mode', {
      missing: ['- The API is documented with OpenAPI.', '- Demand is forecast per store.'],
      covered: ['- Real-time path (< 100 ms): rules, then the model.', '- API: FastAPI endpoint for on-demand, a cron job for the rest.', '- Serve low-latency ETAs via an HTTP API.'],
    }, 'regression');
  });

  it('an asymmetric loss and least squares state the loss', () => {
    assertReadings('loss', {
      missing: ['- Late arrival is worse than early.'],
      covered: ['| Asymmetric loss (penalize underestimates 1.5-2x) | Late arrival is worse than early |', '- Minimize error with a least squares objective.'],
    }, 'regression');
  });

  it('keeping raw data for a time is no user retention; an on-time delivery rate is an online metric', () => {
    for (const id of ['online-metric', 'business-metric']) {
      assertReadings(id, {
        missing: ['- PII: tokens at ingestion; retention raw 180d, aggregates 2y.', '- Safety: consent and retention on any logged audio.'],
        covered: ['- Retention: share of users back within 7 days.'],
      }, 'rec');
    }
    assertReadings('online-metric', { missing: ['- Deliveries are tracked by GPS.'], covered: ['- Increase the on-time delivery rate by 3-5%.'] }, 'regression');
  });

  it('the entire or a large catalogue raises its size without giving it', () => {
    const status = (text: string): string | undefined => statusOf(passage(text, 'rec'), 'scale-items');
    assert.equal(status('We do not rank the entire catalog online: that would be too expensive.'), 'needs-number');
    assert.equal(status('At large inventory scale, retrieve candidates with the two-tower model.'), 'needs-number');
    assert.equal(status('The entire catalog holds 50M videos.'), 'covered');
    assert.equal(status('Items are shown in a grid.'), 'missing');
  });

  it('prevalence, harmful exposure reduced and cost savings are business goals', () => {
    assertReadings('business-metric', {
      missing: ['- Posts may contain text, images and videos.'],
      covered: ['1. Prevalence: harmful posts not prevented over all posts.', '- Reduce harmful content exposure to < 0.1%.', '- Cost reduction: saving 300,000 euro a year.'],
    }, 'cls');
  });

  it('models data-parallelized or run in parallel on many machines are scaled', () => {
    assertReadings('scaling', {
      missing: ['- The three models run one after the other.'],
      covered: ['- We can data parallelize all three models.', '- We run these models for all candidate stories in parallel on multiple machines.'],
    }, 'rec');
  });

  it('quality by cohort, forecasts against actuals and the mix of decisions watch the model; a calibration plot does not', () => {
    assertReadings('model-monitoring', {
      missing: ['| Calibration plot | Predicted vs actual by bin | Diagonal line |', '- Cohorts are defined by signup month.'],
      covered: ['- Metrics: AUC/PR by cohort, feature lag, batch completeness.', '- Drift: monitoring "Forecast vs Actual" every week.', '- Real-time decision distribution (now / later / never).'],
    }, 'cls');
  });

  it('logistic or linear regression chosen as the model names the model', () => {
    assertReadings('model', {
      missing: ['- The model is retrained weekly.'],
      covered: ['- Model: a sparse linear classifier (logistic regression) over hashed features.', '- Linear regression on distance and hour of day.'],
    }, 'ads');
  });

  it('a decision log and the recommended candidates logged are logging; a partition by time and training on the weeks before a date are a time split', () => {
    assertReadings('logging', {
      missing: ['- Pricing decisions are shown to riders.'],
      covered: ['- Pricing decision log → S3 for analysis.', '- Log all candidates that we recommended as training data.'],
    }, 'regression');
    assertReadings('split-leakage', {
      missing: ['- Train/validation data split.'],
      covered: ['- Train/validation data split - partition by time.', '- Select a few weeks of data before that date as training data and the days after as validation.'],
    }, 'search');
  });

  it('arguing that an ML solution fits the problem weighs whether ML is needed', () => {
    assertReadings('need-ml', {
      missing: ['- The ML model scores each transaction.'],
      covered: ['An ML solution fits this problem because fraud is hard to encode in rules.', '**Does an ML solution "fit" this problem?**  \nYes: the patterns shift faster than rules can follow.'],
    }, 'cls');
  });

  it('verification by the card holder and human inputs keep people in the loop; data protected from breaches or leaks is no leakage', () => {
    assertReadings('human-loop', {
      missing: ['- The card holder receives a monthly statement.'],
      covered: ['Fraud inferences will require additional verification by the credit card holder.', '- The user gives human inputs to decide whether the transaction is fraudulent.'],
    }, 'cls');
    assertReadings('split-leakage', {
      missing: ['- Card data must be protected from breaches or leaks.'],
      covered: ['- Guard against label leakage from chargeback fields.'],
    }, 'cls');
  });

  it('an ETL pipeline, periodic retraining and a time-series forecast are read; serving bias and standard scaling are not what their words say elsewhere', () => {
    assertReadings('pipeline', { missing: ['- The data is stored in Postgres.'], covered: ['- A data engineering pipeline extracts, transforms, and loads the transactions.'] }, 'cls');
    assert.equal(statusOf(passage('- Train the model periodically on the newest labels.', 'cls'), 'retraining'), 'needs-number');
    assertReadings('ml-category', { missing: ['- Prices change every five minutes.'], covered: ['- Demand: a time series forecast per zone.'] }, 'regression');
    assertReadings('fairness', { missing: ['- Rank posts chronologically to collect clicks without serving bias.'], covered: ['- Check for bias across regions and languages.'] }, 'rec');
    assertReadings('scaling', { missing: ['- Preprocessing: standard scaling of the numeric features.'], covered: ['- Shard the feature store by user id.'] }, 'cls');
  });

  it('guardrails that gate data quality or inputs are no guardrail metrics', () => {
    assertReadings('guardrails', {
      missing: ['- Guardrails: data quality gates, drift detection, audit trails.', '- Guardrails: input validation before scoring.'],
      covered: ['- Guardrail metrics: p99 latency and complaint rate must not regress.'],
    }, 'rec');
  });

  it('posts, emails or recommendations per day are a throughput', () => {
    const status = (text: string): string | undefined => statusOf(passage(text, 'cls'), 'qps');
    assert.equal(status('- Data: 500M posts / day (about 10K annotated).'), 'covered');
    assert.equal(status('The company receives approximately 5k emails per day from clients.'), 'covered');
    assert.equal(status('- Requests: billions of recommendations per day.'), 'needs-number');
    assert.equal(status('Posts are shown in a feed.'), 'missing');
  });

  it('personalized or learned ranking, regression problems, time-to-event and captioning name the task type', () => {
    assertReadings('ml-category', {
      missing: ['- Notifications are sent at most twice a day.'],
      covered: [
        '- Design a personalized ranking system for two billion people.',
        '- Move to learned ranking when data quality is strong.',
        'RMSE is the usual metric for regression problems such as delivery times.',
        'Churn is naturally time-to-event, not a fixed-window label.',
        'An image caption generator describes an image in natural language.',
      ],
    }, 'rec');
  });

  it('a table of feature categories names the feature groups', () => {
    assertReadings('features', {
      missing: ['| Category | Examples |\n|---|---|\n| Sports | football, tennis |'],
      covered: ['| Feature Category | Examples | Weight |\n|---|---|---|\n| Transaction | amount, currency | High |'],
    }, 'cls');
  });
});

describe('interview transcripts: what they log, and what only sounds like a baseline', () => {
  it('click logs and an audit trail of decisions are logging; missing features at serving time are not', () => {
    assertReadings('logging', {
      missing: ['- Robust to missing features at serving time'],
      covered: [
        '- Implicit labels from click logs: clicks and dwell time per result.',
        '- Complete audit trails for all moderation decisions',
        '- Log features at serving time so training sees the same values.',
      ],
    }, 'search');
  });

  it('a multiple of a baseline figure, or popularity as a fallback, is no baseline model', () => {
    assertReadings('baseline', {
      missing: [
        '- **Automated rollback**: If error rate >5% or latency >2x baseline',
        '- **Fallback**: Popularity-based recommendations by location + time',
      ],
      covered: ['- Baseline: popularity-based recommendations by location.', '- Start with a popularity-based ranker.'],
    }, 'rec');
  });

  it('rules used beside a classifier, or popularity as a fallback, make no case against ML', () => {
    assertReadings('need-ml', {
      missing: ['- **Text Analysis**: BERT-based classifier + rule-based patterns', '- **Fallback**: Popularity-based recommendations by location + time'],
      covered: ['- A rule-based filter on keywords catches most of it today.', '- Popularity-based ranking may be enough at first.'],
    }, 'cls');
  });

  it('a new ad format is no cold start, and feature serving latency is no feature store', () => {
    assertReadings('cold-start', {
      missing: ['- Any major platform event (new ad format, iOS update, policy change) → manual trigger'],
      covered: ['- New ads have no clicks yet: explore them with a small share of traffic.'],
    }, 'ads');
    assertReadings('feature-store', {
      missing: ['- Feature serving latency'],
      covered: ['- A feature serving layer keeps the latest user aggregates.'],
    }, 'ads');
  });

  it('a parameter server is distributed training, and chargeback or fraud-loss rates are online metrics', () => {
    assertReadings('scaling', {
      missing: ['- Model weights are updated with SGD.'],
      covered: ['- Model weights updated via SGD on a parameter server'],
    }, 'ads');
    assertReadings('online-metric', {
      missing: ['- Fraud is about 0.1% of transactions.'],
      covered: ['- Monitor business metrics: fraud loss rate, FPR, chargeback rate'],
    }, 'cls');
  });

  it('an interviewer\'s scoring rubric and a list of red flags grade answers; they are not this one\'s design', () => {
    const rubric = (heading: string): string =>
      `## 7. Serving\n\nA ranker scores each request.\n\n## ${heading}\n\n| Category | Weak | Strong |\n|---|---|---|\n| **Training at scale** | No mention of scale. | Mentions distributed training and sharding. |`;
    assert.equal(statusOf(passage(rubric("Interviewer's Scoring Rubric"), 'ads'), 'scaling'), 'missing');
    assert.equal(statusOf(passage(rubric('How to "Fail" a Candidate (Red Flags)'), 'ads'), 'scaling'), 'missing');
    assert.equal(statusOf(passage(rubric('Scaling'), 'ads'), 'scaling'), 'covered');
  });

  it('GPS pings from drivers are a data source', () => {
    assertReadings('data-sources', {
      missing: ['- Drivers accept trips in the app.'],
      covered: ['- Current probe vehicle speeds on each segment (GPS pings from active drivers)'],
    }, 'regression');
  });

  it('"What would I add with more time?" lists work not done', () => {
    assertReadings('ab-test', {
      missing: ['## Closing\n\n**What would I add with more time?**\n\n- A/B testing infrastructure for ranking model experiments\n- Creator analytics'],
      covered: ['## Closing\n\n**What we shipped**\n\n- A/B testing infrastructure for ranking model experiments\n- Creator analytics'],
    }, 'rec');
  });

  it('an exponential moving average inside the design is no case against ML; a moving average as the method is', () => {
    assertReadings('need-ml', {
      missing: ['**2. Exponential Moving Average update:** Segment travel time estimates are updated with a fast decay.'],
      covered: ['- A moving average of the last four weeks already forecasts demand well.'],
    }, 'regression');
  });

  it('content tagged with labels has tags, not training labels', () => {
    assertReadings('labels', {
      missing: ['- Video can be tagged with labels'],
      covered: ['- Labels: a watch of at least half the video is a positive.'],
    }, 'rec');
  });

  it('drift of the predicted scores is model monitoring, not data drift', () => {
    const report = passage('- Prediction score distribution drift (PSI)\n- Predicted CTR distribution (PSI daily; alert if > 0.2)', 'ads');
    assert.equal(statusOf(report, 'data-drift'), 'missing');
    assert.equal(statusOf(report, 'model-monitoring'), 'covered');
    assertReadings('data-drift', {
      missing: [],
      covered: ['We monitor the model\'s input feature drift weekly.', 'Track the score distribution and feature drift.', 'Scores are stable; PSI on features alerts above 0.2.'],
    }, 'ads');
  });

  it('falling back to popular or average items for a cold-start user is no graceful degradation', () => {
    assertReadings('fallback', {
      missing: [
        '*   **User Cold Start (New Users):** For users with no history, the User Tower can fall back to using default demographic averages.',
        '| Popularity fallback (cold-start) | ~0.31 | ~0.15 | <1ms |',
        '- New items have no interactions: content-based fallback on genre embeddings.',
      ],
      covered: ['- If the ranker times out, fall back to the cached popularity list.', '- Fallback: when the feature store is down, serve the previous day\'s recommendations.'],
    }, 'rec');
  });

  it('the distribution of the model\'s confidence scores is model monitoring', () => {
    assertReadings('model-monitoring', {
      missing: ['- The distribution of order values is skewed.'],
      covered: ['- **Continuous monitoring:** Track the distribution of model confidence scores.'],
    }, 'cls');
  });

  it('an offline metric named as the success metric is no business goal; GPU utilization to maximize is no monitoring', () => {
    assertReadings('business-metric', {
      missing: ['- **Success Metric:** Recall@K (do any of the Top K results match what the user wanted)?'],
      covered: ['- **Success metric:** weekly purchases per active user.'],
    }, 'search');
    assertReadings('system-monitoring', {
      missing: ['-   **Dynamic Batching:** Groups incoming requests into a batch to maximize GPU utilization.'],
      covered: ['- Dashboards track GPU utilization and p99 latency per replica.'],
    }, 'rec');
  });

  it('normalization and scaling of features is no system scaling; data that skews training is no serving skew; "not cover all cases" is no scope', () => {
    assertReadings('scaling', {
      missing: ['* **Normalization and scaling.** Apply normalization or scaling techniques to numerical features.'],
      covered: ['- Scaling: the ranker runs on 40 replicas behind a load balancer.'],
    }, 'cls');
    assertReadings('skew', {
      missing: ['* **Duplicate detection**: duplicate records can skew model training and evaluation.'],
      covered: ['- Training-serving skew: the same feature code runs offline and online.'],
    }, 'cls');
    assertReadings('scope', {
      missing: ['A list of known attributes is simple, but it can not cover all cases.'],
      covered: ['- We will not support videos in the first version.'],
    }, 'cls');
  });

  it('a streaming path beside a batch path is an online and an offline path, and a serving choice', () => {
    const report = passage('## 5. Data Flow\n\n### 5.1 Streaming path\n- ingest events into Kafka\n- run lightweight detectors and emit alerts\n\n### 5.2 Batch path\n- nightly backfills, model fitting', 'cls');
    assert.equal(statusOf(report, 'offline-online'), 'covered');
    assert.equal(statusOf(report, 'serving-mode'), 'covered');
    const batchOnly = passage('## 5. Data Flow\n\n### 5.2 Batch path\n- nightly backfills, model fitting', 'cls');
    assert.equal(statusOf(batchOnly, 'offline-online'), 'missing');
    assert.equal(statusOf(batchOnly, 'serving-mode'), 'missing');
  });

  it('heuristics named as one stage\'s method in a table or a list are neither a baseline nor a case against ML', () => {
    for (const id of ['baseline', 'need-ml']) {
      assertReadings(id, {
        missing: ['| **Re-Ranker** | Heuristics | 50 | 5ms |', '1. **Retrieval**: Filter 1,000,000 items down to ~1,000 using cheap models (ANN, Heuristics).'],
        covered: ['- Simple heuristics (most recent first) may be enough before any model.'],
      }, 'rec');
    }
  });

  it('beam search, leaked content, a ranking of time-to-event and a scheme that replicates real use are not what they sound like', () => {
    assertReadings('pipeline', { missing: ['3. Beam search during inference to explore top-K branches.'], covered: ['- A Beam job joins clicks with impressions every hour.'] }, 'cls');
    assertReadings('split-leakage', { missing: ['- Privacy: Zero unauthorized content leakage'], covered: ['- Avoid data leakage: no feature may use events after the label time.'] }, 'search');
    assertReadings('inference-latency', { missing: ['1. Quality of ranking time-to-event (Concordance Index)'], covered: [] }, 'other');
    assert.equal(statusOf(passage('- Ranking time must stay under 30 ms.', 'other'), 'inference-latency'), 'covered');
    assertReadings('scaling', { missing: ['**The scheme replicates real-world usage:** the model is trained on one machine.'], covered: ['- Each shard has two replicas.'] }, 'other');
  });

  it('an offline and an online pipeline labelled in a drawing are the two paths', () => {
    const drawing = (lines: string[]): string => ['```', ...lines, '```'].join('\n');
    const both = passage(drawing(['[OFFLINE: Ingestion Pipeline]', '   Documents → Chunker → Embedder', '         ↓', '[ONLINE: Query Pipeline]', '   Query → Retriever → LLM']), 'search');
    assert.equal(statusOf(both, 'offline-online'), 'covered');
    const offlineOnly = passage(drawing(['[OFFLINE: Ingestion Pipeline]', '   Documents → Chunker → Embedder', '         ↓', '   Vector index']), 'search');
    assert.equal(statusOf(offlineOnly, 'offline-online'), 'missing');
  });

  it('a count of daily active users is scale, not an online metric; indexing new products is no cold start', () => {
    assertReadings('online-metric', {
      missing: ['- 50 million daily active users', '- About 2M active users a day.'],
      covered: ['- Online: daily active users and session length in the treatment arm.', '   - "Primary: harmful content exposure rate (target < 0.1%)"'],
    }, 'rec');
    assertReadings('cold-start', {
      missing: ['- Must support real-time indexing of new products.', '- Real-time indexing of new posts'],
      covered: ['- New products have no clicks yet: boost them for a day.'],
    }, 'search');
  });

  it('discrimination as AUC, under-represented topics and biases of suppression or anchoring are no fairness question', () => {
    assertReadings('fairness', {
      missing: [
        '| AUC | Discrimination | >0.80 |',
        '| AUC-ROC | Area under ROC | Overall discrimination |',
        '- Inject content from underrepresented topics.',
        '- **Suppression bias.** Blocked payments never get a label.',
        '| Appeals | Independent reviewer | Avoids anchoring bias |',
      ],
      covered: ['- Recall per region: check that underrepresented groups are not flagged more often.', '- No discrimination by age or gender in the decline rate.'],
    }, 'cls');
  });

  it('scoring each impression in real time, or live inference, is online serving', () => {
    assertReadings('serving-mode', {
      missing: ['- Impressions arrive from every region.'],
      covered: ['- **Predict click probability (pCTR)** for each ad impression in real time.', '1. cloud based enquery, live inference processing.'],
    }, 'ads');
  });

  it('a list of recent research is others\' work, not the answer', () => {
    const text = '## Monitoring\n\nWe alert on p99 latency.\n\n## Recent Research (2024–2026)\n\n1. **Pricing fairness under equity constraints** (2025): surge caps per neighbourhood.\n';
    assert.equal(statusOf(passage(text, 'regression'), 'fairness'), 'missing');
    assert.equal(statusOf(passage(text.replace('Recent Research (2024–2026)', 'Pricing'), 'regression'), 'fairness'), 'covered');
  });

  it('robustness to distribution shift is a requirement, not drift monitoring; a cold-start fallback after a semicolon is still no degradation', () => {
    assertReadings('data-drift', {
      missing: ['- Robustness to distribution shift, feedback loops, and position bias.'],
      covered: ['- Alert when the distribution shift of any input feature exceeds a PSI of 0.2.'],
    }, 'ads');
    assertReadings('fallback', {
      missing: ['- **Cold-start users/posts** — new users lack history; fall back to popular posts in their region.'],
      covered: ['- If the ranker times out, fall back to the cached list from the last hour.'],
    }, 'rec');
  });

  it('classifying things as one class or another states the objective; isotonic regression calibrates, it is no regression task', () => {
    assertReadings('ml-objective', {
      missing: ['- Transactions arrive from the payment gateway as JSON.'],
      covered: ['- Classify transactions as fraud/not-fraud in real-time', '- The model classifies each comment into toxic, spam or fine.'],
    }, 'cls');
    const calibrated = passage('## Model\n\n- Gradient-boosted trees predict the click probability.\n- Isotonic regression: maps raw scores to calibrated probabilities.\n\n## Evaluation\n\n- Offline: AUC and log loss on the last day.', 'ads');
    assert.equal(statusOf(calibrated, 'metric-fit'), 'covered');
  });

  it('a target set on a metric is a goal, not the training label', () => {
    assertReadings('labels', {
      missing: ['- **Target**: MAE < 10 minutes', '- Target: AUC above 0.85 on the last week'],
      covered: ['- Target: actual delivery time in minutes, from the courier app.'],
    }, 'regression');
  });

  it('log loss listed among the evaluation metrics is a metric, not the training loss', () => {
    assertReadings('loss', {
      missing: ['| **Log Loss** | Probability quality | Lower is better |', '- Offline metrics: AUC, precision@10 and log loss.', '6. Evaluation: AUC, LogLoss, calibration plot'],
      covered: ['- We train with log loss and evaluate with AUC on the next day.', '- Binary cross-entropy on click labels, with sample weights.'],
    }, 'ads');
  });

  it('a glossary of terms and a section of extensions to add later are no part of the design', () => {
    const text = (heading: string): string =>
      `## Serving\n\nThe classifier scores each post at upload.\n\n## ${heading}\n\n| Extension | Why |\n|---|---|\n| **Shadow mode deployment** | Run the new model beside the old one before switching over |\n`;
    for (const heading of ['Extensibility', 'Key Concepts Glossary']) assert.equal(statusOf(passage(text(heading), 'cls'), 'rollout'), 'missing', heading);
    assert.equal(statusOf(passage(text('Deployment'), 'cls'), 'rollout'), 'covered');
  });

  it('a question in bold is still only a question', () => {
    assertReadings('feature-store', {
      missing: ['- **Do we need a feature store?**', '**"Should features come from a feature store?"**'],
      covered: ['- **Feature store:** Redis for online reads, Hive for training.'],
    }, 'rec');
  });

  it('in a section of interview questions, the author\'s answers count; the questions and hints of what to say do not', () => {
    const answered = passage('## Follow-up questions\n\n**Q: Where do the features come from at serving time?**\nA feature store (Redis) serves them online, from the same definitions as training.\n', 'rec');
    assert.equal(statusOf(answered, 'feature-store'), 'covered');
    const asked = passage('## Interview questions\n\n1. **"How do you roll out a new model without risk?"**\n   - Discuss gradual rollout strategies\n2. "Would you use a feature store?"\n', 'rec');
    assert.equal(statusOf(asked, 'rollout'), 'missing');
    assert.equal(statusOf(asked, 'feature-store'), 'missing');
  });

  it('a short heading phrased as a question titles what stands under it', () => {
    const scoped = passage('### What\'s in scope?\n\n- Emails in English and German\n- Attachments come in a later version', 'cls');
    assert.equal(statusOf(scoped, 'scope'), 'covered');
  });

  it('what an answer says in an HTML list counts; what an HTML comment says does not', () => {
    const html = passage('<ol>\n  <li><b>Serving:</b> features come from a feature store (Redis).</li>\n</ol>\n\n<!-- TODO: model monitoring -->\n', 'cls');
    assert.equal(statusOf(html, 'feature-store'), 'covered');
    assert.equal(statusOf(html, 'model-monitoring'), 'missing');
  });

  it('what one would do differently at a larger scale is work not done', () => {
    const text = (heading: string): string => `## Serving\n\nThe ranker scores ads per request.\n\n### ${heading}\n\n- Move to a multi-armed bandit for new creatives.\n`;
    assert.equal(statusOf(passage(text('What would you do differently at larger scale?'), 'ads'), 'bias-exploration'), 'missing');
    assert.equal(statusOf(passage(text('Exploration'), 'ads'), 'bias-exploration'), 'covered');
  });

  it('discrimination beside calibration is separating the classes; a split strictly by time is a time split', () => {
    assertReadings('fairness', { missing: ['- Offline: discrimination and calibration on the last week.'], covered: ['- No discrimination by age: compare approval rates across age groups.'] }, 'cls');
    assertReadings('split-leakage', { missing: ['- Split the work between two teams.'], covered: ['- Split: strictly by time, train on days 1..T and test on day T+1.'] }, 'cls');
  });
});
