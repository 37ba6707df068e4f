/**
 * The `mlsd` command as a user runs it: the built dist/cli.js in a child process, on the
 * fixtures in test/fixtures/cli.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FileReport, JsonReport } from '../../../src/core/report';

// out/test/unit/cli/cli.test.js → the repository root.
const root = resolve(__dirname, '../../../..');
const cli = resolve(root, 'dist/cli.js');
const fixtures = resolve(root, 'test/fixtures/cli');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function mlsd(...args: string[]): Run {
  return mlsdWithInput('', ...args);
}

function mlsdWithInput(input: string, ...args: string[]): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: fixtures, encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function text(...args: string[]): string {
  return mlsd('check', ...args).stdout;
}

function json(...args: string[]): { run: Run; report: JsonReport } {
  const run = mlsd('check', '--format', 'json', ...args);
  return { run, report: JSON.parse(run.stdout) as JsonReport };
}

const FILE_KEYS = ['coverage', 'findings', 'framework', 'isAnswer', 'items', 'path', 'problem'];
const SEVERITIES = ['error', 'warning', 'info', 'hint'];
const STATUSES = ['covered', 'needs-number', 'missing'];

function assertFileReportShape(file: FileReport, lineCount: number): void {
  assert.deepEqual(Object.keys(file).sort(), FILE_KEYS);
  assert.equal(typeof file.framework, 'string');
  assert.equal(typeof file.problem, 'string');
  assert.ok(file.coverage.covered >= 0 && file.coverage.covered <= file.coverage.total);
  assert.equal(file.coverage.covered, file.items.filter((item) => item.status === 'covered').length);
  for (const item of file.items) {
    assert.ok(STATUSES.includes(item.status), `status ${item.status}`);
    assert.equal(typeof item.id, 'string');
    assert.equal(typeof item.step, 'string');
    if (item.status === 'missing') assert.equal(item.line, undefined);
    else assert.ok(item.line !== undefined && item.line >= 1 && item.line <= lineCount, `line of ${item.id}`);
  }
  for (const finding of file.findings) {
    assert.deepEqual(Object.keys(finding).sort(), ['column', 'endColumn', 'endLine', 'line', 'message', 'rule', 'severity']);
    assert.ok(SEVERITIES.includes(finding.severity));
    assert.ok(finding.line >= 1 && finding.line <= lineCount, `line ${finding.line} of ${finding.rule}`);
    assert.ok(finding.column >= 1);
    assert.ok(finding.endLine > finding.line || (finding.endLine === finding.line && finding.endColumn >= finding.column));
    assert.ok(finding.message.length > 0);
  }
}

function lineCountOf(fixture: string): number {
  return readFileSync(resolve(fixtures, fixture), 'utf8').split('\n').length;
}

describe('mlsd check', () => {
  it('prints help and exits 0', () => {
    const run = mlsd('--help');
    assert.equal(run.status, 0);
    assert.match(run.stdout, /Usage: mlsd check \[options\] FILE\|DIR/);
    assert.match(run.stdout, /--format FORMAT/);
    assert.match(run.stdout, /report: the whole checklist per step/);
    assert.match(run.stdout, /isAnswer/);
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
    const run = mlsd('--version');
    assert.equal(run.status, 0);
    assert.equal(run.stdout.trim(), version);
  });

  it('lists an answer\'s gaps as file:line:col severity message rule and exits 1 on errors', () => {
    const run = mlsd('check', 'gaps.md');
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.ok(lines.length > 0);
    for (const line of lines) assert.match(line, /^gaps\.md:\d+:\d+ (error|warning|info|hint) .+ [a-z0-9-]+$/);
    assert.ok(lines.some((line) => / error .* business-metric$/.test(line)), 'a missing business metric is an error');
    assert.match(run.stderr, /1 file checked, 1 answer: \d+ error/);
  });

  it('exits 0 when a thorough answer leaves no errors', () => {
    const run = mlsd('check', 'complete.mlsd.md');
    assert.equal(run.status, 0, run.stdout);
    assert.doesNotMatch(run.stdout, / error /);
  });

  it('prints the JSON report shape with 1-based lines', () => {
    const { run, report } = json('gaps.md', 'complete.mlsd.md');
    assert.equal(run.status, 1);
    assert.equal(report.version, 1);
    assert.deepEqual(report.files.map((file) => file.path), ['gaps.md', 'complete.mlsd.md']);
    assertFileReportShape(report.files[0] as FileReport, lineCountOf('gaps.md'));
    assertFileReportShape(report.files[1] as FileReport, lineCountOf('complete.mlsd.md'));
    const complete = report.files[1] as FileReport;
    assert.equal(complete.isAnswer, true);
    assert.equal(complete.problem, 'rec');
    assert.ok(complete.coverage.covered > (report.files[0] as FileReport).coverage.covered);
    const gaps = report.files[0] as FileReport;
    assert.equal(gaps.items.find((item) => item.id === 'business-metric')?.status, 'missing');
    assert.ok(gaps.findings.some((finding) => finding.rule === 'business-metric' && finding.severity === 'error'));
  });

  it('runs Mermaid on every diagram and points at the line it cannot parse, also in an indented fence', () => {
    const { run, report } = json('broken-diagram.mlsd.md');
    assert.equal(run.status, 1, 'a diagram that does not parse is an error');
    const file = report.files[0] as FileReport;
    assertFileReportShape(file, lineCountOf('broken-diagram.mlsd.md'));
    assert.equal(file.items.find((item) => item.id === 'diagram-valid')?.status, 'missing');
    const lines = readFileSync(resolve(fixtures, 'broken-diagram.mlsd.md'), 'utf8').split('\n');
    const blamed = file.findings.filter((finding) => finding.rule === 'diagram-valid');
    assert.deepEqual(
      blamed.map((finding) => lines[finding.line - 1]?.slice(finding.column - 1, finding.endColumn - 1)),
      ['features --> train[Training pipeline', 'Ranker->>: scores'],
    );
    for (const finding of blamed) assert.match(finding.message, /^Mermaid cannot draw this diagram: parse error near “.+”: expected .+, got .+\.$/);
    assert.equal(text('broken-diagram.mlsd.md').split('\n').filter((line) => line.endsWith(' diagram-valid')).length, 2);
  });

  it('goes on without Mermaid\'s parser when its bundle is missing, and says so once', () => {
    // The command alone in a folder: dist/mermaid-parser.js is not beside it.
    const alone = mkdtempSync(join(tmpdir(), 'mlsd-cli-'));
    copyFileSync(cli, join(alone, 'cli.js'));
    const result = spawnSync(process.execPath, [join(alone, 'cli.js'), 'check', '--format', 'json', 'broken-diagram.mlsd.md'], { cwd: fixtures, encoding: 'utf8' });
    rmSync(alone, { recursive: true, force: true });
    assert.equal(result.stderr.match(/^mlsd: Mermaid's parser is unavailable: .+; diagrams are checked for a known diagram type only$/gm)?.length, 1, result.stderr);
    const file = (JSON.parse(result.stdout) as JsonReport).files[0] as FileReport;
    assertFileReportShape(file, lineCountOf('broken-diagram.mlsd.md'));
    // Every block names a known type: without the parser no diagram is blamed.
    assert.equal(file.items.find((item) => item.id === 'diagram-valid')?.status, 'covered');
  });

  it('reports a named non-answer as isAnswer false with no findings', () => {
    const { run, report } = json('README.md');
    assert.equal(run.status, 0);
    assert.equal(report.files.length, 1);
    assert.equal(report.files[0]?.isAnswer, false);
    assert.deepEqual(report.files[0]?.findings, []);
  });

  it('searches a directory for answers and skips other Markdown found there', () => {
    const { report } = json('answers');
    assert.deepEqual(report.files.map((file) => file.path), ['answers/ads.md']);
  });

  it('reads an answer from standard input when given -', () => {
    const answer = readFileSync(resolve(fixtures, 'gaps.md'), 'utf8');
    const piped = mlsdWithInput(answer, 'check', '--format', 'json', '-', 'README.md');
    const fromFile = json('gaps.md');
    assert.equal(piped.status, fromFile.run.status);
    const report = JSON.parse(piped.stdout) as JsonReport;
    assert.deepEqual(report.files.map((file) => file.path), ['<stdin>', 'README.md']);
    const [stdin] = report.files;
    assert.deepEqual({ ...stdin, path: 'gaps.md' }, fromFile.report.files[0]);
    assert.match(mlsdWithInput(answer, 'check', '-').stdout, /^<stdin>:\d+:\d+ error /m);
  });

  it('says clearly that a file is missing and exits 2', () => {
    const run = mlsd('check', 'nope.md');
    assert.equal(run.status, 2);
    assert.equal(run.stderr.trim(), 'mlsd: nope.md: no such file or directory');
    assert.equal(run.stdout, '');
  });

  it('exits 2 on usage errors', () => {
    assert.equal(mlsd().status, 2);
    assert.equal(mlsd('lint', 'gaps.md').status, 2);
    const badFormat = mlsd('check', '--format', 'xml', 'gaps.md');
    assert.equal(badFormat.status, 2);
    assert.match(badFormat.stderr, /--format must be one of text, json, sarif, report/);
    assert.equal(mlsd('check', '--colour', 'gaps.md').status, 2);
    assert.equal(mlsd('check', '--format', 'json').status, 2);
  });

  it('uses the framework named by --framework', () => {
    const { report } = json('--framework', 'seven-step', 'gaps.md');
    assert.equal(report.files[0]?.framework, 'seven-step');
  });

  it('refuses an unknown framework with the known ones listed', () => {
    const run = mlsd('check', '--framework', 'nine-step', 'gaps.md');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /unknown framework 'nine-step' \(known: default, seven-step/);
  });

  it('prints configuration problems, keeps checking with the defaults and exits 1', () => {
    const run = mlsd('check', '--config', 'bad-config/.mlsdrc.json', 'complete.mlsd.md');
    assert.equal(run.status, 1);
    const problems = run.stderr.split('\n').filter((line) => line.startsWith('bad-config/.mlsdrc.json:'));
    assert.ok(problems.length >= 1, run.stderr);
    for (const line of problems) assert.match(line, /^bad-config\/\.mlsdrc\.json:\d+:\d+ error .+ config$/);
    assert.doesNotMatch(run.stdout, / error /);
  });

  it('exits 2 when --config names a missing file', () => {
    const run = mlsd('check', '--config', 'missing.json', 'gaps.md');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /missing\.json: no such file or directory/);
  });
});

describe('mlsd check --format sarif', () => {
  interface SarifLog {
    version: string;
    $schema: string;
    runs: Array<{
      tool: { driver: { name: string; version: string; rules: Array<Record<string, unknown> & { id: string; helpUri: string; shortDescription: { text: string } }> } };
      artifacts: Array<{ location: { uri: string } }>;
      results: Array<{
        ruleId: string;
        ruleIndex: number;
        level: string;
        message: { text: string };
        locations: Array<{ physicalLocation: { artifactLocation: { uri: string; index: number }; region: Record<string, number> } }>;
      }>;
    }>;
  }

  it('writes a SARIF 2.1.0 log whose results match the JSON findings', () => {
    const run = mlsd('check', '--format', 'sarif', 'gaps.md', 'complete.mlsd.md');
    assert.equal(run.status, 1);
    const sarif = JSON.parse(run.stdout) as SarifLog;
    const { report } = json('gaps.md', 'complete.mlsd.md');

    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-schema-2\.1\.0\.json$/);
    assert.equal(sarif.runs.length, 1);
    const [sarifRun] = sarif.runs;
    assert.ok(sarifRun);
    assert.equal(sarifRun.tool.driver.name, 'mlsd');
    assert.match(sarifRun.tool.driver.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(sarifRun.artifacts.map((artifact) => artifact.location.uri), ['gaps.md', 'complete.mlsd.md']);

    const ruleIds = sarifRun.tool.driver.rules.map((rule) => rule.id);
    assert.equal(new Set(ruleIds).size, ruleIds.length, 'each rule once');
    const documented = readFileSync(resolve(root, 'docs/rules.md'), 'utf8');
    for (const rule of sarifRun.tool.driver.rules) {
      assert.match(rule.helpUri, new RegExp(`^file://.*/docs/rules\\.md#${rule.id}$`));
      assert.match(documented, new RegExp(`^## ${rule.id}$`, 'm'), `docs/rules.md explains ${rule.id}`);
      assert.ok(rule.shortDescription.text.length > 0);
    }

    const findings = report.files.flatMap((file) => file.findings.map((finding) => ({ file: file.path, finding })));
    assert.equal(sarifRun.results.length, findings.length);
    sarifRun.results.forEach((result, index) => {
      const { file, finding } = findings[index] as (typeof findings)[number];
      assert.equal(result.ruleId, finding.rule);
      assert.equal(ruleIds[result.ruleIndex], result.ruleId);
      assert.equal(result.level, finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'note');
      assert.equal(result.message.text, finding.message);
      const [location] = result.locations;
      assert.equal(location?.physicalLocation.artifactLocation.uri, file);
      assert.equal(sarifRun.artifacts[location?.physicalLocation.artifactLocation.index ?? -1]?.location.uri, file);
      assert.deepEqual(location?.physicalLocation.region, {
        startLine: finding.line,
        startColumn: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
      });
    });
    assert.ok(sarifRun.results.some((result) => result.ruleId === 'business-metric' && result.level === 'error'));
  });
});

describe('mlsd check --format report', () => {
  it('prints each answer\'s checklist per step, agreeing with the JSON report, and exits as the other formats do', () => {
    const run = mlsd('check', '--format', 'report', 'gaps.md', 'README.md');
    const { run: jsonRun, report } = json('gaps.md', 'README.md');
    assert.equal(run.status, jsonRun.status);
    assert.equal(run.status, 1);
    const [gaps, readme] = run.stdout.split(/^(?=# Check Answer: )/m);
    assert.ok(gaps && readme, 'one report per file');

    const file = report.files[0] as FileReport;
    assert.match(gaps, new RegExp(`^# Check Answer: gaps\\.md\\n\\n\\*\\*${file.coverage.covered}/${file.coverage.total} covered\\*\\*`));
    // Every step's heading counts the items the JSON report puts in that step.
    const steps = [...new Set(file.items.map((item) => item.step))];
    const headings = [...gaps.matchAll(/^## \d+\. .+ — (\d+)\/(\d+)$/gm)];
    assert.equal(headings.length, steps.length);
    headings.forEach((heading, index) => {
      const inStep = file.items.filter((item) => item.step === steps[index]);
      assert.deepEqual([Number(heading[1]), Number(heading[2])], [inStep.filter((item) => item.status === 'covered').length, inStep.length]);
    });
    // Lines link into the file, by the path the command was given.
    const needsNumber = file.items.find((item) => item.status === 'needs-number');
    assert.ok(needsNumber?.line);
    assert.ok(gaps.includes(`[line ${needsNumber.line}](gaps.md#L${needsNumber.line})`));
    for (const finding of file.findings) assert.ok(gaps.includes(`\`${finding.rule}\``), `finding ${finding.rule} listed`);

    assert.match(readme, /^# Check Answer: README\.md\n\nThis file does not look like an answer/);
  });
});
