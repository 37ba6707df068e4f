import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createAnswerParser, parseAnswer } from '../../../src/core/parse/index';
import type { Answer, Span } from '../../../src/core/answer';

const fixture = (name: string): string => readFileSync(join(process.cwd(), 'test/fixtures/parse', name), 'utf8');
const text = fixture('fence-forms.md');
const lines = text.split('\n');

test('reads front matter fields and the title', () => {
  const answer = parseAnswer(text);
  assert.equal(answer.frontMatter?.problem, 'rec');
  assert.equal(answer.frontMatter?.framework, 'default');
  assert.equal(answer.title, 'Design a short-video feed');
});

test('builds nested sections from free-form headings', () => {
  const answer = parseAnswer(text);
  const titles = answer.sections.map((s) => s.heading?.text);
  assert.deepEqual(titles, [undefined, 'Design a short-video feed', '1. Clarifying Requirements', 'Step 2 - Architecture', '4. Metrics (Offline and Online)']);
  const clarify = answer.sections[2];
  assert.equal(answer.sections[clarify.parent!].heading?.text, 'Design a short-video feed');
  assert.equal(clarify.endLine, lines.indexOf('## Step 2 - Architecture'));
});

test('finds Mermaid blocks in every fence form, with their source lines', () => {
  const answer = parseAnswer(text);
  const found = answer.diagrams.map((d) => [d.diagramType, d.fence, d.indent]);
  assert.deepEqual(found, [
    ['flowchart', 'backticks', 0],
    ['graph', 'backticks', 3],
    ['sequenceDiagram', 'tildes', 0],
    ['stateDiagram-v2', 'braces', 0],
    ['flowchart', 'backticks', 4],
    ['A', 'backticks', 0],
    ['flowchart', 'backticks', 0],
  ]);
  for (const diagram of answer.diagrams) {
    const firstSourceLine = lines[diagram.sourceStartLine].slice(diagram.indent);
    assert.equal(firstSourceLine, diagram.source.split('\n')[0], `source of the ${diagram.diagramType} block starts on its line`);
  }
});

test('gives identical diagrams distinct ids that stay stable across unrelated edits', () => {
  const before = parseAnswer(text);
  const first = before.diagrams[0];
  const last = before.diagrams[before.diagrams.length - 1];
  assert.equal(last.source, first.source);
  assert.notEqual(last.id, first.id);
  const after = parseAnswer(text.replace('Peak traffic is 35K QPS.', 'Peak traffic is 40K QPS.'));
  assert.deepEqual(after.diagrams.map((d) => d.id), before.diagrams.map((d) => d.id));
});

test('ties numbers to what they measure, in the phrasings answers use', () => {
  const answer = parseAnswer(text);
  const of = (kind: string): Array<[number, string]> =>
    answer.quantities.filter((q) => q.kind === kind).map((q) => [q.value, q.text]);
  assert.deepEqual(of('users'), [[100e6, '100M DAU']]);
  assert.deepEqual(of('requests-per-user'), [[20, 'about 20 feed requests per day']]);
  assert.deepEqual(of('qps'), [[35e3, '35K QPS'], [11574, '~11,574 QPS'], [4e3, '4K ads requests per second']]);
  assert.deepEqual(of('latency'), [[200, '< 200 ms']]);
  assert.deepEqual(of('items'), [[10e9, '10B videos']]);
  assert.deepEqual(of('storage'), [[50e12, '50 TB']]);
});

test('places each quantity on its line and inside its unit', () => {
  const answer = parseAnswer(text);
  const qps = answer.quantities.find((q) => q.text === '35K QPS')!;
  assert.equal(lines[qps.span.line].slice(qps.span.character, qps.span.endCharacter), '35K QPS');
  const unit = answer.units[qps.unit];
  assert.equal(unit.kind, 'sentence');
  assert.equal(unit.text, 'Peak traffic is 35K QPS.');
});

test('splits prose into sentences, bullets and table rows', () => {
  const answer = parseAnswer(text);
  const kinds = (kind: string): string[] => answer.units.filter((u) => u.kind === kind).map((u) => u.text);
  assert.ok(kinds('sentence').includes('The p99 latency budget is < 200 ms end to end.'));
  assert.deepEqual(kinds('bullet').slice(0, 2), ['Ads: 4K ads requests per second at peak', 'Storage: 50 TB of logs a day']);
  assert.ok(kinds('table-row').includes('Throughput | ~11,574 QPS'));
});

test('reads suppression comments with their scope', () => {
  const answer = parseAnswer(text);
  assert.deepEqual(
    answer.suppressions.map((s) => [s.scope, s.rules, lines[s.line].trim()]),
    [
      ['file', ['fairness'], '<!-- mlsd-disable fairness -->'],
      ['next-line', ['qps'], '<!-- mlsd-disable-next-line qps -->'],
    ],
  );
});

test('reads enable and same-line comments, several on a line in their order, and their Mermaid forms', () => {
  const answer = parseAnswer(
    [
      'QPS is high. <!-- mlsd-disable-line qps --> <!-- mlsd-enable latency-budget -->',
      '<!--mlsd-enable-->',
      '```mermaid',
      'flowchart LR',
      '  %% mlsd-disable-line diagram-valid',
      '  A --> B',
      '```',
    ].join('\n'),
  );
  assert.deepEqual(
    answer.suppressions.map((s) => [s.scope, s.rules, s.line]),
    [
      ['line', ['qps'], 0],
      ['enable', ['latency-budget'], 0],
      ['enable', [], 1],
      ['line', ['diagram-valid'], 4],
    ],
  );
});

test('reads numbers written in words as estimates', () => {
  const answer = parseAnswer('- Throughput: a few thousand QPS\n- Tens of millions of users\n- Ranking in tens of milliseconds, encoding in low-tens of milliseconds\n');
  assert.deepEqual(answer.quantities.map((q) => [q.kind, q.value]), [['qps', 3000], ['users', 30e6], ['latency', 30], ['latency', 20]]);
});

test('marks the units of a quoted interviewer prompt, and only those', () => {
  const answer = parseAnswer('# Ads\n\n> **Interviewer:** "Design ad ranking.\n> Assume 1B users."\n\n> A note of ours.\n\nOur answer.\n');
  assert.deepEqual(answer.units.map((unit) => [unit.text, unit.prompt === true]), [
    ['Ads', false],
    ['**Interviewer:** "Design ad ranking.', true],
    ['Assume 1B users."', true],
    ['A note of ours.', false],
    ['Our answer.', false],
  ]);
});

test('reads an answer pasted inside a markdown fence as Markdown', () => {
  const answer = parseAnswer('Here it is:\n\n```markdown\n# Title\n\n## Metrics\n\nWe track CTR.\n```\n');
  assert.deepEqual(answer.headings.map((h) => [h.text, h.span.line]), [['Title', 3], ['Metrics', 5]]);
});

test('reads notes kept in a plain fence or an indented block line by line, where they stand', () => {
  const source = [
    '# Pricing', //                                          0
    '',
    '```', //                                                2
    'Offline: MAE on the last 4 weeks, target < 8%',
    '  • Model inference latency: p95 = 25ms',
    '```',
    '',
    'Serving notes:', //                                     7
    '',
    '    retrain weekly on fresh bookings', //                9
    '    fallback to the rule table if the model fails',
    '',
  ].join('\n');
  const answer = parseAnswer(source);
  const notes = answer.units.filter((unit) => unit.kind === 'bullet').map((unit) => [unit.text, unit.span.line, unit.span.character]);
  assert.deepEqual(notes, [
    ['Offline: MAE on the last 4 weeks, target < 8%', 3, 0],
    ['• Model inference latency: p95 = 25ms', 4, 2],
    ['retrain weekly on fresh bookings', 9, 4],
    ['fallback to the rule table if the model fails', 10, 4],
  ]);
  const latency = answer.quantities.find((quantity) => quantity.kind === 'latency');
  assert.equal(latency?.value, 25);
  assert.deepEqual([latency?.span.line, source.split('\n')[4]!.slice(latency?.span.character, latency?.span.endCharacter)], [4, '25ms']);
});

test('reads a drawing line by line, each line where it stands, in a list item or an indented block', () => {
  const source = [
    '# Design', //                                         0
    '',
    '- Serving:',
    '',
    '  ```', //                                             4
    '  ┌────────┐    ┌───────────────┐',
    '  │ Ranker │───▶│ Feature store │',
    '  └────────┘    └───────────────┘',
    '  ```',
    '',
    'The flow:', //                                         10
    '',
    '    Kafka ──▶ Flink (2k events/s) ──▶ Redis',
    '      │',
    '      ▼',
    '    Trainer',
    '',
  ].join('\n');
  const docLines = source.split('\n');
  const answer = parseAnswer(source);
  const shown = (span: Span): [number, string] => [span.line, docLines[span.line]!.slice(span.character, span.endCharacter)];
  // Lines of box glyphs or connectors alone say nothing: they are no units.
  assert.deepEqual(
    answer.units.filter((unit) => unit.kind === 'drawing-line').map((unit) => [unit.text, ...shown(unit.span)]),
    [
      ['│ Ranker │───▶│ Feature store │', 6, '│ Ranker │───▶│ Feature store │'],
      ['Kafka ──▶ Flink (2k events/s) ──▶ Redis', 12, 'Kafka ──▶ Flink (2k events/s) ──▶ Redis'],
      ['Trainer', 15, 'Trainer'],
    ],
  );
  // Each drawing as a whole still shows that a diagram is there.
  assert.deepEqual(answer.units.filter((unit) => unit.kind === 'ascii-art').map((unit) => [unit.span.line, unit.span.endLine]), [[4, 8], [12, 15]]);
  // Its figures are read where they stand.
  const rate = answer.quantities.find((quantity) => quantity.kind === 'qps');
  assert.deepEqual(rate && shown(rate.span), [12, '2k events/s']);
});

test('reads the words of an HTML block line by line, and nothing of its comments, scripts or styles', () => {
  const source = [
    '# Fraud', //                                                         0
    '',
    '<ol>',
    '    <li>',
    '        <b>Is ML the right fit?</b> Fraud patterns change &amp; rules go stale within weeks.', // 4
    '    </li>',
    '    <li>Score 2k payments per second</li>', //                      6
    '</ol>',
    '',
    '<!-- TODO: add drift monitoring -->', //                          9
    '',
    '<div>',
    '<style>.x { color: red }</style>',
    '<script>track("feature store")</script>',
    '</div>',
    '',
  ].join('\n');
  const answer = parseAnswer(source);
  assert.deepEqual(
    answer.units.filter((unit) => unit.kind === 'bullet').map((unit) => [unit.text, unit.span.line, unit.span.character]),
    [
      ['Is ML the right fit? Fraud patterns change & rules go stale within weeks.', 4, 8],
      ['Score 2k payments per second', 6, 4],
    ],
  );
  assert.deepEqual(answer.quantities.map((quantity) => [quantity.kind, quantity.value]), [['qps', 2000]]);
  assertInside(answer, source);
});

test('reads terse requirement lines in a text fence as notes', () => {
  const source = '# Rec\n\n## Non-Functional Requirements\n\n```text\nLatency < 100 ms\n100M Users\n10M Movies\nHigh Availability\n```\n';
  const answer = parseAnswer(source);
  assert.deepEqual(answer.units.filter((unit) => unit.kind === 'bullet').map((unit) => unit.text), ['Latency < 100 ms', '100M Users', '10M Movies', 'High Availability']);
  assert.deepEqual(answer.quantities.map((quantity) => quantity.kind), ['latency', 'users', 'items']);
});

test('reads no notes in code: a language fence, or lines of statements', () => {
  const code = '# Model\n\n```python\nmodel = train(features, labels)\n```\n\n```\nmodel = train(features, labels)\nscores = model.predict(batch)\nreturn scores\n```\n\n    SELECT user_id, label FROM clicks;\n';
  assert.deepEqual(parseAnswer(code).units.map((unit) => unit.text), ['Model']);
});

test('an unclosed fence runs to the end without losing earlier sections', () => {
  const answer = parseAnswer('# A\n\nText.\n\n## B\n\n```mermaid\nflowchart LR\n  A --> B\n');
  assert.equal(answer.headings.length, 2);
  assert.equal(answer.diagrams.length, 1);
  assert.equal(answer.diagrams[0].source, 'flowchart LR\n  A --> B');
});

function assertInside(answer: Answer, source: string): void {
  const docLines = source.split(/\r\n|\r|\n/);
  const check = (span: Span, what: string): void => {
    assert.ok(span.line >= 0 && span.line <= span.endLine && span.endLine < docLines.length, `${what} lines inside`);
    assert.ok(span.character >= 0 && span.character <= docLines[span.line].length, `${what} start inside its line`);
    assert.ok(span.endCharacter >= 0 && span.endCharacter <= docLines[span.endLine].length, `${what} end inside its line`);
  };
  answer.headings.forEach((h) => check(h.span, 'heading'));
  answer.units.forEach((u) => check(u.span, `unit ${JSON.stringify(u.text)}`));
  answer.quantities.forEach((q) => check(q.span, 'quantity'));
  answer.diagrams.forEach((d) => check(d.span, 'diagram'));
  answer.units.forEach((u) => assert.ok(u.section >= 0 && u.section < answer.sections.length));
}

const markdownish = fc.array(
  fc.oneof(
    fc.constantFrom('# A', '## 2. Data', '### Metrics', '```mermaid', '```', '~~~', '    ```mermaid', '  ```', '\t```', '  - nested', '<!--', '-->', '<div>', '- 10k QPS', '1. p99 < 200 ms', '| a | b |', '| --- | --- |', '> quote', '---', '', '<!-- mlsd-disable qps -->', '=== "Tab"', '    flowchart LR', '%%{init: {}}%%', '  L["click logs"] -->|"10k QPS"| T(train', '    S[(Feature store)] -- fetch --> R', 'A->>B: 5 ms', '┌────┐', '│ Ranker │──▶ Store', '\t└─┬─┘', '<ol><li><b>QPS</b>: 5k</li>', '<!-- 10 ms', '</ol>'),
    fc.string({ maxLength: 30 }),
  ),
  { maxLength: 60 },
);

test('never throws and keeps every range inside the document, for random and truncated Markdown', () => {
  fc.assert(
    fc.property(markdownish, fc.nat(), (parts, cut) => {
      const source = parts.join('\n');
      const truncated = source.slice(0, cut % (source.length + 1));
      for (const document of [source, truncated]) assertInside(parseAnswer(document), document);
    }),
    { numRuns: 300 },
  );
});

test('re-using unchanged chunks gives the same answer as a fresh parse', () => {
  fc.assert(
    fc.property(markdownish, markdownish, fc.nat(), (first, insert, at) => {
      const parser = createAnswerParser();
      const before = first.join('\n');
      parser.parse(before);
      const firstLines = before.split('\n');
      const position = at % (firstLines.length + 1);
      const after = [...firstLines.slice(0, position), ...insert, ...firstLines.slice(position)].join('\n');
      assert.deepEqual(parser.parse(after), parseAnswer(after));
    }),
    { numRuns: 200 },
  );
});

test('keeps every place inside its line where tabs in nested content widen it', () => {
  for (const text of ['1. p99 < 200 ms\n\t`', '    ```mermaid\n\t- 5M DAU\t20 ms', '- item\n\n\t\tcode\twith 20 ms']) {
    assertInside(parseAnswer(text), text);
    assertInside(createAnswerParser().parse(text), text);
  }
});

test('a heading inside a comment, or inside a fence that indented code hides, is no heading, however the text is cut', () => {
  const texts = [
    '# Answer\n\n<!--\n## Old notes\n\nWe had 100M DAU.\n-->\n\n## Metrics\n\nNDCG.',
    '# Answer\n\n    ```mermaid\n```\n# Inside the fence\n',
    '# Answer\n\n```mermaid\n\t```\n \n# Inside the fence\n',
  ];
  for (const text of texts) {
    const fresh = parseAnswer(text);
    assert.deepEqual(fresh.headings.map((heading) => heading.text).filter((heading) => heading !== 'Metrics'), ['Answer'], text);
    const parser = createAnswerParser();
    parser.parse(text.replace(/^# Answer/, '# Draft'));
    assert.deepEqual(parser.parse(text), fresh, text);
  }
});

test('parses a 50,000-line answer', () => {
  const big = Array.from({ length: 2500 }, () => text).join('\n');
  const answer = parseAnswer(big);
  assert.equal(answer.diagrams.length, 2500 * 7);
  assert.ok(answer.lineCount >= 50000);
});

test('reads a paragraph that is one bold line as a heading nested under the Markdown headings', () => {
  const answer = parseAnswer('## 2. Requirements\n\n**Functional**\n\nReturn candidates.\n\n**Step 3: Data**\n\nLogs.\n\nSome **bold** words.\n');
  assert.deepEqual(answer.headings.map((h) => [h.level, h.text]), [[2, '2. Requirements'], [7, 'Functional'], [7, 'Step 3: Data']]);
  assert.equal(answer.sections[2].parent, 1);
});

test('reads a plain line naming a step as a heading over the notes that continue it, not a sentence after a step number', () => {
  const answer = parseAnswer('STEP 1 : Problem formulation\n    business goal: more watch time\n\nStep 2 - Metrics\n\nStep 3: we log every impression with its score.\n');
  assert.deepEqual(answer.headings.map((h) => [h.text, h.span.line]), [['STEP 1 : Problem formulation', 0], ['Step 2 - Metrics', 3]]);
  assert.deepEqual(
    answer.units.filter((unit) => unit.kind !== 'heading').map((unit) => [unit.text, unit.span.line, unit.section]),
    [['business goal: more watch time', 1, 1], ['Step 3: we log every impression with its score.', 5, 2]],
  );
});

test('reads a numbered line over a bulleted list as a heading, not a list of one short item', () => {
  const notes = '1. Requirements\n* Low latency for ad prediction.\n\n2. Calculate and estimation:\n* 4K ads requests per second.\n';
  const answer = parseAnswer(notes);
  assert.deepEqual(answer.headings.map((h) => [h.text, h.span.line]), [['Requirements', 0], ['Calculate and estimation', 3]]);
  assert.deepEqual(
    answer.units.filter((unit) => unit.kind !== 'heading').map((unit) => [unit.text, unit.section]),
    [['Low latency for ad prediction.', 1], ['4K ads requests per second.', 2]],
  );
  // A list of several items, a long sentence or no bulleted list after it: a list, not a heading.
  for (const list of ['1. Logistic regression\n2. GBDT\n* tuned weekly\n', '1. We log every impression with its score and position.\n* kept 30 days\n', '1. Requirements\n\nLow latency.\n']) {
    assert.deepEqual(parseAnswer(list).headings, [], list);
  }
});

test('reads no quantities inside link addresses', () => {
  const answer = parseAnswer('See [the paper](https://arxiv.org/abs/2306.04833), https://example.org/2023/10/post and www.example.org/2024 for 10M users.\n');
  assert.deepEqual(answer.quantities.map((q) => q.text), ['10M users']);
});

