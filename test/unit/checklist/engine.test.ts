import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { builtinFrameworks, builtinItems, checkAnswer, createChecker, snippetToText } from '../../../src/core/index';
import type { FileReport } from '../../../src/core/index';
import type { Span } from '../../../src/core/answer';
import { fixture } from './fixtures';

const statusOf = (report: FileReport, id: string): string | undefined => report.items.find((item) => item.id === id)?.status;
const rulesOf = (report: FileReport): string[] => report.findings.map((finding) => finding.rule);
/** Checks a short passage as an answer. */
const passage = (text: string): FileReport => checkAnswer(`# Answer\n\n${text}\n`, { forceAnswer: true });

describe('checklist engine on a strong answer', () => {
  const report = checkAnswer(fixture('video-recommendation.mlsd.md'));

  it('treats it as a rec answer in the default framework', () => {
    assert.equal(report.isAnswer, true);
    assert.equal(report.framework, 'default');
    assert.equal(report.problem, 'rec');
  });

  it('covers every item except calibration (ads only) and leaves no errors', () => {
    const notCovered = report.items.filter((item) => item.status !== 'covered').map((item) => item.id);
    assert.deepEqual(notCovered, []);
    assert.equal(report.items.some((item) => item.id === 'calibration'), false);
    assert.equal(report.coverage.covered, report.coverage.total);
    assert.deepEqual(report.findings.filter((f) => f.severity === 'error'), []);
  });

  it('points covered items at the line that covers them', () => {
    const qps = report.items.find((item) => item.id === 'qps');
    assert.equal(qps?.line, 13);
  });
});

describe('needs-number and missing', () => {
  const report = checkAnswer(fixture('bare-mentions.md'), { forceAnswer: true });

  it('marks bare mentions of QPS, latency and users as needs-number with a softer finding', () => {
    for (const id of ['qps', 'latency-budget', 'scale-users', 'retraining']) assert.equal(statusOf(report, id), 'needs-number', id);
    const qps = report.findings.find((f) => f.rule === 'qps');
    assert.ok(qps);
    assert.equal(qps.severity, 'info');
    assert.match(qps.message, /mentioned without a number/);
    assert.match(qps.message, /QPS/);
    assert.equal(qps.line, 6);
  });

  it('reports missing items at their step heading with an example to add', () => {
    assert.equal(statusOf(report, 'ab-test'), 'missing');
    const abTest = report.findings.find((f) => f.rule === 'ab-test');
    assert.ok(abTest);
    assert.equal(abTest.severity, 'error');
    assert.equal(abTest.line, 10);
    assert.match(abTest.message, /e\.g\. “.*randomisation/);
  });

  it('accepts the real phrasings of throughput, latency and users as numbers', () => {
    for (const text of ['We serve 4K ads requests per second.', 'Throughput is ~11,574 QPS on average.', 'Plan for 35K QPS peak.', 'QPS: ~20k']) {
      assert.equal(statusOf(passage(text), 'qps'), 'covered', text);
    }
    for (const text of ['Latency: p99 < 200 ms.', 'Respond within 150 ms.', 'The SLA is 200 msec end to end.']) {
      assert.equal(statusOf(passage(text), 'latency-budget'), 'covered', text);
    }
    for (const text of ['We have 100M DAU.', 'About 2 billion daily active users.', 'The user base is 500 million.']) {
      assert.equal(statusOf(passage(text), 'scale-users'), 'covered', text);
    }
    assert.equal(statusOf(passage('Retrain the ranker weekly.'), 'retraining'), 'covered');
    assert.equal(statusOf(passage('Retrain whenever data drift crosses the threshold, triggered by the monitor.'), 'retraining'), 'covered');
  });

  it('does not take a number from another sentence', () => {
    assert.equal(statusOf(passage('Throughput matters. We have 3 regions.'), 'qps'), 'needs-number');
  });

  it('lets a 1:1 mention in a heading not count as a figure', () => {
    assert.equal(statusOf(checkAnswer('# A\n\n## 3. QPS\n\nHigh.\n', { forceAnswer: true }), 'qps'), 'needs-number');
  });
});

describe('templates feed the checklist', () => {
  it('every item template, inserted as plain text, covers its own item', () => {
    for (const item of builtinItems()) {
      if (item.evidence === 'metric-fit' || item.evidence === 'diagram-valid') continue;
      const report = checkAnswer(`---\nproblem: ${item.problems[0] ?? 'rec'}\n---\n# Answer\n\n${snippetToText(item.template)}`, { forceAnswer: true });
      assert.equal(statusOf(report, item.id), 'covered', `${item.id}: ${snippetToText(item.template)}`);
    }
  });

  it('every step template holds tab stops and the frameworks reference known items', () => {
    const ids = new Set(builtinItems().map((item) => item.id));
    for (const framework of builtinFrameworks()) {
      for (const step of framework.steps) {
        assert.match(step.template, /\$\{1[:|]/, `${framework.id}/${step.id}`);
        for (const id of step.items) assert.ok(ids.has(id), `${framework.id}/${step.id}: ${id}`);
      }
      assert.equal(framework.steps.flatMap((step) => step.items).length, ids.size, framework.id);
    }
    assert.deepEqual(builtinFrameworks()[0]?.steps.map((step) => step.id), ['clarify', 'architecture', 'deep-dive', 'evaluation']);
  });

  it('the qps template carries the back-of-envelope formula', () => {
    const qps = builtinItems().find((item) => item.id === 'qps');
    assert.match(snippetToText(qps?.template ?? ''), /DAU × .* ÷ 86,400/);
  });
});

describe('answer detection', () => {
  it('keeps an ordinary README silent even with Requirements, Architecture, Testing and Monitoring headings', () => {
    const report = checkAnswer(fixture('readme.md'));
    assert.equal(report.isAnswer, false);
    assert.deepEqual(report.findings, []);
  });

  it('treats a file as an answer when front matter names a problem or headings name two steps', () => {
    assert.equal(checkAnswer('---\nproblem: fraud\n---\n# Notes\n').isAnswer, true);
    assert.equal(checkAnswer('# X\n\n## 1. Problem formulation\n\n## 2. Metrics\n').isAnswer, true);
    const numberedNotes = [
      '# Ad click prediction', '', '1. Requirements', '* Predict the click probability of each ad.', '* Low latency for the model.', '',
      '2. Metrics evaluation', '* Log loss of the model on the next day.', '* Features: user and ad history.', '',
      '3. Model deployment and testing', '* The model ships behind a canary; training runs daily.', '',
    ].join('\n');
    assert.equal(checkAnswer(numberedNotes).isAnswer, true);
    assert.equal(checkAnswer('# X\n\n## Metrics\n').isAnswer, false);
  });

  it('treats common step headings as an answer when the prose is about a model', () => {
    const prose = 'We predict churn with a model trained on labels from support tickets. The features are usage counts.\n\n';
    const answer = `# Churn\n\n## Clarifying requirements\n\n${prose}## Data\n\n${prose}## Model\n\n${prose}## Evaluation\n\n${prose}`;
    assert.equal(checkAnswer(answer).isAnswer, true);
    assert.equal(checkAnswer(answer.replace(/We predict[^\n]*/g, 'Run npm install first.')).isAnswer, false);
  });

  it('needs only two steps named under a title that calls the document a system design', () => {
    const prose = 'The model ranks candidates with features from the feature store; training uses labels from clicks.\n\n';
    const body = `## Overview\n\n${prose}${prose}## Candidate generation\n\n${prose}${prose}${prose}`;
    assert.equal(checkAnswer(`# Video recommendation system design\n\n${body}`).isAnswer, true);
    assert.equal(checkAnswer(`# Design a video recommender\n\n${body}`).isAnswer, true);
    assert.equal(checkAnswer(`# Video recommender\n\n${body}`).isAnswer, false);
  });
});

describe('problem families', () => {
  it('infers the family from the title and applies conditional items only where they fit', () => {
    const ads = checkAnswer('# Ad click prediction\n\n## Clarify\n\n## Metrics\n');
    assert.equal(ads.problem, 'ads');
    assert.ok(ads.items.some((item) => item.id === 'calibration'));
    const fraud = checkAnswer('# Fraud detection\n\n## Clarify\n\n## Metrics\n');
    assert.equal(fraud.problem, 'cls');
    assert.ok(fraud.items.some((item) => item.id === 'human-loop'));
    assert.equal(fraud.items.some((item) => item.id === 'cold-start'), false);
  });

  it('reads the words around a banner image, not its markup', () => {
    const banner = '# Graph link prediction\n\n<img width="1024" alt="image" src="banner.png" />\n\nSuggest people to follow: recommendations from the follow graph.\n\n## Clarify\n';
    assert.equal(checkAnswer(banner).problem, 'rec');
  });

  it('reads credit default risk as a classification', () => {
    const credit = checkAnswer('# Predictive modeling on tabular data\n\nWe need the probability that a customer defaults within 12 months.\n\n## Clarify\n');
    assert.equal(credit.problem, 'cls');
    assert.equal(checkAnswer('# Predictive modeling on tabular data\n\n## Clarify\n').problem, 'other');
  });

  it('reads the detection of illegal trade and prohibited goods as a classification', () => {
    assert.equal(checkAnswer('# Illegal Trading Detection System\n\n## Clarify\n').problem, 'cls');
    assert.equal(checkAnswer('# Design\n\nFlag listings that sell prohibited items such as weapons.\n\n## Clarify\n').problem, 'cls');
    assert.equal(checkAnswer('# Trading dashboard for a marketplace\n\n## Clarify\n').problem, 'other');
  });

  it('reads detectors of fake content, delivery times and what to watch next; advice to the reader names no family', () => {
    assert.equal(checkAnswer('# Design a fake review detector\n\n## Clarify\n').problem, 'cls');
    assert.equal(checkAnswer('# Estimating delivery time for a grocery app\n\n## Clarify\n').problem, 'regression');
    assert.equal(checkAnswer('# Salary prediction from a resume\n\n## Clarify\n').problem, 'regression');
    assert.equal(checkAnswer('# Choosing what to watch next on a streaming app\n\n## Clarify\n').problem, 'rec');
    const advised = checkAnswer('# Design a phishing page detector\n\nWe recommend reading the prompt twice before answering.\n\n## Clarify\n');
    assert.equal(advised.problem, 'other');
  });

  it('takes the family from the body when the title and opening name none, if the body names it often', () => {
    const contents = '# Platform architecture\n\n1. Overview\n2. Pipeline\n3. Serving\n4. Monitoring\n5. Decisions\n6. Scaling\n\n## Overview\n\n';
    const body = (lines: string[]): string => contents + lines.map((line) => `${line}\n`).join('\n');
    const fraud = ['The service scores card payments for fraud.', 'Fraud labels arrive with chargebacks.', 'The fraud model is a classifier.', 'Analysts review the fraud queue.'];
    assert.equal(checkAnswer(body(fraud)).problem, 'cls');
    // Named in fewer places, or no more than half as often as another family: no family.
    assert.equal(checkAnswer(body(fraud.slice(0, 3))).problem, 'other');
    const search = ['We rank results for each query.', 'Query logs feed the search index.', 'Search latency matters.'];
    assert.equal(checkAnswer(body([...fraud, ...search])).problem, 'other');
    assert.equal(checkAnswer(body([...fraud, ...search.slice(0, 2)])).problem, 'cls');
    // Only the body's first sections are read for it: a long answer pays for no full scan per keystroke.
    const filler = Array.from({ length: 320 }, (_, index) => `Note ${index} on the layout.`);
    assert.equal(checkAnswer(body([...filler, ...fraud])).problem, 'other');
    assert.equal(checkAnswer(body([...fraud, ...filler])).problem, 'cls');
  });
});

describe('diagram-valid', () => {
  it('reports a Mermaid block without a diagram type as an error at that block', () => {
    const text = '# A\n\n## Architecture\n\n```mermaid\n  A --> B\n```\n\n```mermaid\nflowchart LR\n  A --> B\n```\n';
    const report = checkAnswer(text, { forceAnswer: true });
    const invalid = report.findings.filter((f) => f.rule === 'diagram-valid');
    assert.equal(invalid.length, 1);
    assert.equal(invalid[0]?.severity, 'error');
    assert.equal(invalid[0]?.line, 5);
    assert.equal(statusOf(report, 'diagram'), 'covered');
  });
});

describe('metric-fit', () => {
  it('warns when a regression task is judged by AUC', () => {
    const report = passage('We treat ETA as a regression problem.\n\nOffline metric: AUC.');
    assert.equal(statusOf(report, 'metric-fit'), 'missing');
    assert.match(report.findings.find((f) => f.rule === 'metric-fit')?.message ?? '', /MAE/);
    assert.equal(statusOf(passage('We treat ETA as a regression problem.\n\nOffline metric: MAE.'), 'metric-fit'), 'covered');
  });
});

describe('cross-section checks', () => {
  it('shows the arithmetic when QPS is far from what DAU implies', () => {
    const report = passage('We have 100M DAU.\n\nWe expect 50 QPS.');
    const finding = report.findings.find((f) => f.rule === 'qps-dau');
    assert.ok(finding);
    assert.match(finding.message, /100M DAU × 10 requests\/user\/day \(assumed\) ÷ 86,400 ≈ 11,574 QPS/);
    assert.equal(rulesOf(passage('We have 100M DAU.\n\nWe expect ~11,574 QPS.')).includes('qps-dau'), false);
  });

  it('reads a daily request volume as throughput, per second, in its arithmetic', () => {
    const consistent = passage('We have 100M DAU.\n\nWe serve about 1B feed requests per day.');
    assert.equal(statusOf(consistent, 'qps'), 'covered');
    assert.equal(rulesOf(consistent).includes('qps-dau'), false);
    const finding = passage('We have 100M DAU.\n\nWe serve 5M requests per day.').findings.find((f) => f.rule === 'qps-dau');
    assert.match(finding?.message ?? '', /^QPS 5M requests per day \(≈ 58 QPS\) looks low for 100M DAU: /);
  });

  it('uses the requests per user per day as stated, not a daily total', () => {
    const report = passage('We have 300M DAU; users open the app about 5 times a day.\n\nThat is 1.5B feed requests a day, about 17k QPS.');
    assert.equal(rulesOf(report).includes('qps-dau'), false);
  });

  it('suggests the QPS from the answer\'s own users when throughput lacks a figure', () => {
    const mentioned = passage('We have 20M DAU, each making about 8 searches per day.\n\nThroughput matters for serving.');
    assert.equal(statusOf(mentioned, 'qps'), 'needs-number');
    assert.match(
      mentioned.findings.find((f) => f.rule === 'qps')?.message ?? '',
      /without a per-second figure: from the answer's own figures, 20M DAU × 8 requests\/user\/day ÷ 86,400 ≈ 1,852 QPS average, peak ≈ 3,704-5,556\.$/,
    );
    const missing = passage('We have 20M DAU.').findings.find((f) => f.rule === 'qps');
    assert.match(missing?.message ?? '', /^Missing throughput \(QPS\): .* 20M DAU × 10 requests\/user\/day \(assumed\) ÷ 86,400 ≈ 2,315 QPS average/);
  });

  it('warns on a random split in a time-ordered problem', () => {
    const report = checkAnswer('# Ad click prediction\n\n## Clarify\n\n## Metrics\n\nWe randomly split the logs into train and test.\n');
    assert.ok(rulesOf(report).includes('random-split'));
  });

  it('warns when a sub-second budget meets batch-only serving', () => {
    assert.ok(rulesOf(passage('Latency: p99 < 200 ms.\n\nWe use batch prediction every night.')).includes('latency-batch'));
  });

  it('does not take a precomputed index for batch-only serving', () => {
    const report = passage('Latency: p95 < 50 ms.\n\nCandidates come from a precomputed trie; the ranker re-scores the top 50.');
    assert.ok(!rulesOf(report).includes('latency-batch'));
  });

  it('does not take batch scoring of a request\'s candidates for batch-only serving', () => {
    const report = passage('Latency: p99 < 100 ms per request.\n\nBatch scoring: all 500 candidates in one forward pass.');
    assert.ok(!rulesOf(report).includes('latency-batch'));
  });

  it('hints when the goal is watch time and the only online metric is CTR', () => {
    assert.ok(rulesOf(passage('Business goal: watch time.\n\nOnline metric: CTR.')).includes('watch-time-ctr'));
  });

  it('hints when cold start is named without a strategy', () => {
    const report = checkAnswer('---\nproblem: rec\n---\n# A\n\nCold start is a risk.\n', { forceAnswer: true });
    assert.ok(rulesOf(report).includes('cold-start-strategy'));
  });
});

describe('suppressions and rule settings', () => {
  const text = fixture('bare-mentions.md');

  it('silences a rule for the rest of the file, and the next line only', () => {
    const base = checkAnswer(text, { forceAnswer: true });
    assert.ok(rulesOf(base).includes('qps'));
    const disabled = checkAnswer(`<!-- mlsd-disable qps ab-test -->\n${text}`, { forceAnswer: true });
    assert.equal(rulesOf(disabled).includes('qps'), false);
    assert.equal(rulesOf(disabled).includes('ab-test'), false);
    const lines = text.split('\n');
    lines.splice(5, 0, '<!-- mlsd-disable-next-line qps -->');
    const nextLine = checkAnswer(lines.join('\n'), { forceAnswer: true });
    assert.equal(rulesOf(nextLine).includes('qps'), false);
    assert.ok(rulesOf(nextLine).includes('latency-budget'));
  });

  it('lets a rule speak again after an enable comment, and silences one line in place', () => {
    const lines = text.split('\n');
    const withComments = (edits: Array<[number, string]>): string[] => {
      const edited = [...lines];
      // From the bottom up, so each index is still the fixture's own line.
      for (const [at, comment] of [...edits].sort((a, b) => b[0] - a[0])) edited.splice(at, 0, comment);
      return rulesOf(checkAnswer(edited.join('\n'), { forceAnswer: true }));
    };
    // Disabled from the top, re-enabled just before the latency line: only QPS stays silent.
    const reEnabled = withComments([[0, '<!-- mlsd-disable qps latency-budget -->'], [6, '<!-- mlsd-enable latency-budget -->']]);
    assert.equal(reEnabled.includes('qps'), false);
    assert.ok(reEnabled.includes('latency-budget'));
    // A missing item's finding stands at the Evaluation heading: silenced when that lies in the disabled stretch…
    assert.equal(withComments([[0, '<!-- mlsd-disable ab-test -->'], [11, '<!-- mlsd-enable ab-test -->']]).includes('ab-test'), false);
    // …and reported when the rule speaks again before it.
    assert.ok(withComments([[0, '<!-- mlsd-disable ab-test -->'], [4, '<!-- mlsd-enable -->']]).includes('ab-test'));
    // Disabled to the end of the file, a missing item is silenced wherever its finding stands.
    assert.equal(withComments([[12, '<!-- mlsd-disable ab-test -->']]).includes('ab-test'), false);

    const inPlace = [...lines];
    inPlace[5] = `${inPlace[5]} <!-- mlsd-disable-line qps -->`;
    const lineRules = rulesOf(checkAnswer(inPlace.join('\n'), { forceAnswer: true }));
    assert.equal(lineRules.includes('qps'), false);
    assert.ok(lineRules.includes('latency-budget'));
  });

  it('applies per-rule severity and off from config', () => {
    const report = checkAnswer(text, { forceAnswer: true, config: { rules: { qps: 'error', 'ab-test': 'off' } } });
    assert.equal(report.findings.find((f) => f.rule === 'qps')?.severity, 'error');
    assert.equal(rulesOf(report).includes('ab-test'), false);
  });

  it('adds configured items to their step', () => {
    const config = { items: [{ id: 'serving-cost', step: 'clarify', title: 'Serving cost', patterns: ['cost per request'] }] };
    const report = checkAnswer('# A\n\nThe cost per request must stay under $0.001.\n', { forceAnswer: true, config });
    assert.equal(statusOf(report, 'serving-cost'), 'covered');
  });
});

describe('incremental checks', () => {
  it('gives the same report after an edit as a fresh check of the new text', () => {
    const checker = createChecker();
    const text = fixture('video-recommendation.mlsd.md');
    checker.check(text);
    // The upload rate goes too: uploads a day are a throughput of their own.
    const edited = text.replace('~11,574 QPS on average and 35K QPS peak', 'a lot of traffic').replace('with 5M uploads a day', 'with many uploads');
    assert.deepEqual(checker.check(edited), checkAnswer(edited));
    assert.equal(statusOf(checker.check(edited), 'qps'), 'needs-number');
  });

  it('gives the same answer and report as a fresh check through any run of line edits', () => {
    const original = fixture('video-recommendation.mlsd.md').split('\n');
    // Edits that move lines, add and remove headings and units, and change a unit's words.
    const edit = fc.record({
      kind: fc.constantFrom('insert-blank', 'insert-heading', 'insert-sentence', 'delete', 'to-heading', 'append-words'),
      at: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const checker = createChecker({ forceAnswer: true });
        let lines = original;
        let previous = checker.analyze(lines.join('\n')).answer;
        for (const { kind, at } of edits) {
          const line = at % lines.length;
          lines = [...lines];
          if (kind === 'insert-blank') lines.splice(line, 0, '');
          else if (kind === 'insert-heading') lines.splice(line, 0, '', '## Monitoring', '');
          else if (kind === 'insert-sentence') lines.splice(line, 0, 'We expect 20k QPS at peak.');
          else if (kind === 'delete') lines.splice(line, 1);
          else if (kind === 'to-heading') lines[line] = `### ${lines[line]}`;
          else lines[line] = `${lines[line]} with a p99 under 80 ms`;
          const text = lines.join('\n');
          // What an earlier check returned stays as it was: views may still be showing it.
          const previousAsReturned = structuredClone(previous);
          const incremental = checker.analyze(text);
          assert.deepEqual(previous, previousAsReturned);
          previous = incremental.answer;
          const fresh = createChecker({ forceAnswer: true }).analyze(text);
          assert.deepEqual(incremental.answer, fresh.answer);
          assert.deepEqual(incremental.report, fresh.report);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('evidence', () => {
  it('does not count a step heading as evidence for the items it names', () => {
    const text = '# Feed\n\n## Clarification & Scope\n\nWe predict clicks.\n\n## Evaluation & Monitoring\n\nOffline AUC.\n';
    const items = checkAnswer(text, { forceAnswer: true }).items;
    assert.equal(items.find((item) => item.id === 'scope')?.status, 'missing');
    assert.equal(items.find((item) => item.id === 'system-monitoring')?.status, 'missing');
  });

  it('counts a heading that titles what is written under it, and not the default step titles', () => {
    const status = (text: string, id: string): string | undefined =>
      checkAnswer(`# Feed\n\n${text}\n`, { forceAnswer: true }).items.find((item) => item.id === id)?.status;
    assert.equal(status('## 9. Scaling\n\nThe ranker runs on many hosts. Each serves a region.', 'scaling'), 'covered');
    assert.equal(status('**Features:**\n- Usage: logins, sessions\n- Billing: plan, failed payments', 'features'), 'covered');
    // One line under it, or only subsections: the heading still only says where content goes.
    assert.equal(status('## 9. Scaling\n\nTo be decided.', 'scaling'), 'missing');
    assert.equal(status('## 9. Scaling\n\n### Hosts\n\nThe ranker runs on many hosts. Each serves a region.', 'scaling'), 'missing');
    // Bold labels under it are part of what it titles: the lists under them are its content.
    const scoped = '### 4.1 What is in scope and out of scope?\n\n**In scope**\n- Replies to support tickets\n\n**Out of scope**\n- Voice calls, left for a later version';
    assert.equal(status(scoped, 'scope'), 'covered');
    assert.equal(status('**Scope**\n\n**In scope**\n- Replies to support tickets', 'scope'), 'missing');
    // A template's questions under it are no content: the section is still to be written.
    assert.equal(status('## 7. Scaling\n\n- How do we shard the index?\n- What breaks at 10x traffic?', 'scaling'), 'missing');
    assert.equal(status('## 7. Scaling\n\n- How do we shard the index? By user id.\n- Replicas absorb peaks.', 'scaling'), 'covered');
    // The default framework's first step is titled "Clarification & Scope": its title is no statement of scope.
    assert.equal(status('## Clarification & Scope\n\nWe predict clicks. The feed has posts.', 'scope'), 'missing');
  });

  it('reads a drawing line by line: evidence points at its line, and a figure counts beside its words', () => {
    const text = [
      '# Fraud scoring', //                                       0
      '',
      '## Design',
      '',
      '- The system:',
      '',
      '  ```', //                                                 6
      '  ┌───────────────┐     ┌────────────────────┐',
      '  │  Ranker       │────▶│  **Feature store** │', //        8
      '  └───────────────┘     └────────────────────┘',
      '        │ peak QPS from the apps', //                      10
      '        ▼',
      '  GBDT scoring (<5 ms) ──▶ decision', //                   12
      '  ```',
      '',
    ].join('\n');
    const lines = text.split('\n');
    const outcome = createChecker({ forceAnswer: true }).analyze(text);
    const lineOf = (span: Span | undefined): [number, string] | undefined => span && [span.line, lines[span.line]!.slice(span.character, span.endCharacter)];
    const stateOf = (id: string): [string, [number, string] | undefined] | undefined => {
      const state = outcome.items.find((found) => found.item.id === id);
      return state && [state.status, lineOf(state.evidence)];
    };
    assert.deepEqual(stateOf('feature-store'), ['covered', [8, lines[8]!.trim()]]);
    assert.deepEqual(stateOf('qps'), ['needs-number', [10, '│ peak QPS from the apps']]);
    assert.deepEqual(lineOf(outcome.findings.find((finding) => finding.rule === 'qps')?.span), [10, '│ peak QPS from the apps']);
    // The figure on the scorer's line is its latency; the line above says nothing of the QPS's number.
    assert.deepEqual(stateOf('inference-latency'), ['covered', [12, 'GBDT scoring (<5 ms) ──▶ decision']]);
    // The drawing as a whole is the evidence of a diagram.
    const diagram = outcome.items.find((state) => state.item.id === 'diagram')?.evidence;
    assert.deepEqual([diagram?.line, diagram?.endLine], [6, 13]);
  });

  it('reads "falls back" as a fallback and an attribution window as no freshness requirement', () => {
    const text = '# Feed\n\n## Serving\n\nThe ranker falls back to popular items when the model is slow. A click counts when it follows within 30 minutes.\n';
    const items = checkAnswer(text, { forceAnswer: true }).items;
    assert.equal(items.find((item) => item.id === 'fallback')?.status, 'covered');
    assert.equal(items.find((item) => item.id === 'freshness')?.status, 'missing');
  });
});

describe('messages', () => {
  it('offers no empty example for a workspace item without a template', () => {
    const config = { items: [{ id: 'cost-estimate', step: 'clarify', title: 'Serving cost estimate', why: 'Our rubric asks for it.', patterns: ['cost per'] }] };
    const finding = checkAnswer('# A\n\n## Clarify\n\nText.\n\n## Evaluation\n\nText.\n', { forceAnswer: true, config }).findings.find((f) => f.rule === 'cost-estimate');
    assert.equal(finding?.message, 'Missing serving cost estimate: Our rubric asks for it.');
  });
});
