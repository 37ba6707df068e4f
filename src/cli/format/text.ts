/** The text format: one line per finding, `file:line:col severity message rule`, as editors and CI logs link them. */
import type { JsonReport } from '../../core/report';

export function formatText(report: JsonReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      lines.push(`${file.path ?? ''}:${finding.line}:${finding.column} ${finding.severity} ${finding.message} ${finding.rule}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** One line for stderr: how many files, answers and findings of each severity. */
export function summaryLine(report: JsonReport): string {
  const answers = report.files.filter((file) => file.isAnswer).length;
  const counts = new Map<string, number>();
  for (const file of report.files) {
    for (const finding of file.findings) counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1);
  }
  const findings = ['error', 'warning', 'info', 'hint']
    .filter((severity) => counts.has(severity))
    .map((severity) => `${counts.get(severity)} ${severity}`)
    .join(', ');
  const files = `${report.files.length} file${report.files.length === 1 ? '' : 's'}`;
  return `${files} checked, ${answers} answer${answers === 1 ? '' : 's'}: ${findings || 'no findings'}`;
}
