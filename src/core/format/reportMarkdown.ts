/**
 * The "Check Answer" report as Markdown: the whole checklist per framework step, most
 * important gaps first, with each step's time budget and links to the lines behind each state.
 * Pure, so the editor command and any other front end render the same text.
 */
import type { CheckOutcome, FindingDetail, ItemState } from '../api';
import type { FrameworkStep, Severity } from '../framework';

export interface ReportMarkdownOptions {
  /** Name of the checked file as the reader knows it. */
  fileName: string;
  /** Link target for a 0-based line of the checked file. */
  lineLink: (line: number) => string;
  /** Length of the mock in minutes; step budgets (written for 45) scale to it. */
  totalMinutes?: number;
}

const MOCK_MINUTES = 45;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

const STATUS_LABEL = {
  missing: '✗ missing',
  'needs-number': '△ needs a number',
  covered: '✓ covered',
} as const;

export function reportMarkdown(outcome: CheckOutcome, options: ReportMarkdownOptions): string {
  const { report, framework } = outcome;
  const lines: string[] = [`# Check Answer: ${escapeMarkdown(options.fileName)}`, ''];
  if (!report.isAnswer) {
    lines.push(
      'This file does not look like an answer, so it is not checked.',
      '',
      'A Markdown file is checked as an answer when its name matches `mlsd.answerFiles` (by default `*.mlsd.md`), ' +
        'its front matter names a `framework` or `problem`, or its headings match at least two framework steps.',
      '',
    );
    return lines.join('\n');
  }

  const counts = severityCounts(outcome.findings);
  lines.push(
    `**${report.coverage.covered}/${report.coverage.total} covered** · framework: ${escapeMarkdown(framework.title)} · ` +
      `problem: ${escapeMarkdown(report.problem)} · ${counts}`,
    '',
  );

  const stepIds = new Set(framework.steps.map((step) => step.id));
  for (const [index, step] of framework.steps.entries()) {
    lines.push(...stepSection(outcome, step, index, options));
  }

  const unplaced = outcome.findings.filter((finding) => !finding.step || !stepIds.has(finding.step));
  if (unplaced.length > 0) {
    lines.push('## Other findings', '');
    for (const finding of sortFindings(unplaced)) lines.push(findingLine(finding, options));
    lines.push('');
  }
  return lines.join('\n');
}

function stepSection(outcome: CheckOutcome, step: FrameworkStep, index: number, options: ReportMarkdownOptions): string[] {
  const items = outcome.items.filter((state) => state.step === step.id);
  const covered = items.filter((state) => state.status === 'covered').length;
  const minutes = scaledMinutes(step.minutes, options.totalMinutes);
  const sectionIndex = outcome.sectionSteps.indexOf(step.id);
  const section = sectionIndex >= 0 ? outcome.answer.sections[sectionIndex] : undefined;
  const where = section ? `[line ${section.startLine + 1}](${options.lineLink(section.startLine)})` : 'no section yet';

  const lines = [
    `## ${index + 1}. ${escapeMarkdown(step.title)} — ${covered}/${items.length}`,
    '',
    `Budget: ${minutes} min · ${where}`,
    '',
  ];
  if (items.length > 0) {
    lines.push('| state | item | why it matters |', '| --- | --- | --- |');
    for (const state of sortItems(items)) lines.push(itemRow(state, options));
    lines.push('');
  }
  const findings = outcome.findings.filter((finding) => finding.step === step.id);
  if (findings.length > 0) {
    lines.push('Findings:', '');
    for (const finding of sortFindings(findings)) lines.push(findingLine(finding, options));
    lines.push('');
  }
  return lines;
}

function itemRow(state: ItemState, options: ReportMarkdownOptions): string {
  const label = STATUS_LABEL[state.status];
  const title = escapeTableCell(state.item.title);
  const evidence = state.evidence
    ? ` ([line ${state.evidence.line + 1}](${options.lineLink(state.evidence.line)}))`
    : state.status === 'missing' ? ` (${state.item.severity})` : '';
  return `| ${label} | **${title}**${evidence} | ${escapeTableCell(state.item.why)} |`;
}

function findingLine(finding: FindingDetail, options: ReportMarkdownOptions): string {
  const line = finding.span.line;
  return `- ${finding.severity} [line ${line + 1}](${options.lineLink(line)}): ${escapeMarkdown(finding.message)} \`${finding.rule}\``;
}

/** Gaps before partial coverage before coverage; within each, errors before warnings before hints. */
function sortItems(items: ItemState[]): ItemState[] {
  const statusRank = { missing: 0, 'needs-number': 1, covered: 2 } as const;
  return [...items].sort(
    (a, b) =>
      statusRank[a.status] - statusRank[b.status] ||
      SEVERITY_RANK[a.item.severity] - SEVERITY_RANK[b.item.severity],
  );
}

function sortFindings(findings: FindingDetail[]): FindingDetail[] {
  return [...findings].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.span.line - b.span.line,
  );
}

function severityCounts(findings: FindingDetail[]): string {
  if (findings.length === 0) return 'no findings';
  const order: Severity[] = ['error', 'warning', 'info', 'hint'];
  return order
    .map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}${count === 1 ? '' : severity === 'info' ? '' : 's'}`)
    .join(', ');
}

function scaledMinutes(minutes: number, totalMinutes: number | undefined): number {
  if (!totalMinutes || totalMinutes === MOCK_MINUTES) return minutes;
  return Math.round((minutes * totalMinutes) / MOCK_MINUTES);
}

/** Keeps user-written words from turning into Markdown structure. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (character) => `\\${character}`);
}

function escapeTableCell(text: string): string {
  return escapeMarkdown(text).replace(/\r?\n/g, ' ');
}
